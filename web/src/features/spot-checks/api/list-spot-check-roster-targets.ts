import type { Page } from '@zeren/contracts';
import { call } from '../../../lib/api';
import { usePagedList } from '../../../lib/use-paged-list';
import type { SpotCheckRosterFilters, SpotCheckRosterQuery, SpotCheckRosterTarget } from '../types';
import { spotCheckKeys } from './query-keys';

/** One page of the target rosters in scope (检查对象名录库). */
export function listSpotCheckRosterTargets(
  query: SpotCheckRosterQuery = {},
): Promise<Page<SpotCheckRosterTarget>> {
  return call('listSpotCheckRosterTargets', { query });
}

export function useSpotCheckRosterTargetsPage(filters: SpotCheckRosterFilters) {
  return usePagedList({ filters, queryKey: spotCheckKeys.rosterTargets, fetch: listSpotCheckRosterTargets });
}
