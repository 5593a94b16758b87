import type { Page } from '@zeren/contracts';
import { call } from '../../../lib/api';
import { usePagedList } from '../../../lib/use-paged-list';
import type { UnitDetermination, UnitDeterminationFilters, UnitDeterminationQuery } from '../types';
import { accountabilityKeys } from './query-keys';

/** One page of the determinations about the people of the caller's units, newest first. */
export function listUnitDeterminations(query: UnitDeterminationQuery = {}): Promise<Page<UnitDetermination>> {
  return call('listUnitDeterminations', { query });
}

/** The determinations the unit's fault-tolerance page pages through. */
export function useUnitDeterminationsPage(filters: UnitDeterminationFilters = {}) {
  return usePagedList({
    filters,
    queryKey: accountabilityKeys.unitDeterminationList,
    fetch: listUnitDeterminations,
  });
}
