import { useQuery } from '@tanstack/react-query';
import { call } from '../../../lib/api';
import type { SpotCheckPlanDetail } from '../types';
import { spotCheckKeys } from './query-keys';

/** One plan with its draw input and steps, targets and findings. */
export function getSpotCheckPlan(id: string): Promise<SpotCheckPlanDetail> {
  return call('getSpotCheckPlan', { params: { id } });
}

export function useSpotCheckPlan(id: string | undefined) {
  return useQuery({
    queryKey: spotCheckKeys.plan(id ?? ''),
    queryFn: () => getSpotCheckPlan(id!),
    enabled: id !== undefined,
  });
}
