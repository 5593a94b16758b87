import { useQuery } from '@tanstack/react-query';
import { call } from '../../../lib/api';
import type { EvaluationRound } from '../types';
import { evaluationKeys } from './query-keys';

export function getEvaluationRound(id: string): Promise<EvaluationRound> {
  return call('getEvaluationRound', { params: { id } });
}

export function useEvaluationRound(id: string | undefined) {
  return useQuery({
    queryKey: evaluationKeys.round(id ?? ''),
    queryFn: () => getEvaluationRound(id!),
    enabled: id !== undefined,
  });
}
