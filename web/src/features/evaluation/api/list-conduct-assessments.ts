import { useQuery } from '@tanstack/react-query';
import { callItems } from '../../../lib/api';
import type { ConductAssessment } from '../types';
import { evaluationKeys } from './query-keys';

/** A unit's conduct assessment record (作风建设考核): its approved evaluation results. */
export function listConductAssessments(unitId: string): Promise<ConductAssessment[]> {
  return callItems('listConductAssessments', { query: { unitId } });
}

export function useConductAssessments(unitId: string) {
  return useQuery({
    queryKey: evaluationKeys.conduct(unitId),
    queryFn: () => listConductAssessments(unitId),
  });
}
