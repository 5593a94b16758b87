import type { Page } from '@zeren/contracts';
import { call } from '../../../lib/api';
import { usePagedList } from '../../../lib/use-paged-list';
import type { SpotCheckTarget, SpotCheckTargetFilters, SpotCheckTargetQuery } from '../types';
import { spotCheckKeys } from './query-keys';

/** One page of the drawn targets whose unit is in scope (or only the caller's own tasks). */
export function listSpotCheckTargets(query: SpotCheckTargetQuery = {}): Promise<Page<SpotCheckTarget>> {
  return call('listSpotCheckTargets', { query });
}

export function useSpotCheckTargetsPage(filters: SpotCheckTargetFilters) {
  return usePagedList({ filters, queryKey: spotCheckKeys.targets, fetch: listSpotCheckTargets });
}
