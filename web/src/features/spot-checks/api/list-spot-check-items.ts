import type { Page } from '@zeren/contracts';
import { call } from '../../../lib/api';
import { usePagedList, usePickerList } from '../../../lib/use-paged-list';
import type { SpotCheckItem, SpotCheckRosterFilters, SpotCheckRosterQuery } from '../types';
import { spotCheckKeys } from './query-keys';

/** One page of the check item lists in scope (随机抽查事项清单), by code. */
export function listSpotCheckItems(query: SpotCheckRosterQuery = {}): Promise<Page<SpotCheckItem>> {
  return call('listSpotCheckItems', { query });
}

export function useSpotCheckItemsPage(filters: SpotCheckRosterFilters) {
  return usePagedList({ filters, queryKey: spotCheckKeys.items, fetch: listSpotCheckItems });
}

/** The active check items of one organising unit, for a plan's picker. */
export function useSpotCheckItemOptions(unitId: string | undefined) {
  return usePickerList<SpotCheckRosterFilters, SpotCheckItem>({
    filters: { unitId, active: 'true' },
    queryKey: spotCheckKeys.items,
    fetch: listSpotCheckItems,
    enabled: unitId !== undefined,
  });
}
