import { useQuery } from '@tanstack/react-query';
import { call } from '../../../lib/api';
import type { SpotCheckTargetDetail } from '../types';
import { spotCheckKeys } from './query-keys';

/** One drawn target with its inspectors, result, findings and its plan's check items. */
export function getSpotCheckTarget(id: string): Promise<SpotCheckTargetDetail> {
  return call('getSpotCheckTarget', { params: { id } });
}

export function useSpotCheckTarget(id: string | null) {
  return useQuery({
    queryKey: spotCheckKeys.target(id ?? ''),
    queryFn: () => getSpotCheckTarget(id!),
    enabled: id !== null,
  });
}
