import type { Page } from '@zeren/contracts';
import { call } from '../../../lib/api';
import { usePagedList } from '../../../lib/use-paged-list';
import type { SpotCheckInspector, SpotCheckRosterFilters, SpotCheckRosterQuery } from '../types';
import { spotCheckKeys } from './query-keys';

/** One page of the inspector rosters in scope (执法检查人员名录库), with their conflicts. */
export function listSpotCheckInspectors(query: SpotCheckRosterQuery = {}): Promise<Page<SpotCheckInspector>> {
  return call('listSpotCheckInspectors', { query });
}

export function useSpotCheckInspectorsPage(filters: SpotCheckRosterFilters) {
  return usePagedList({ filters, queryKey: spotCheckKeys.inspectors, fetch: listSpotCheckInspectors });
}
