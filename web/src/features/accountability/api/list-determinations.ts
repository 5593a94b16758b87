import type { Page } from '@zeren/contracts';
import { call } from '../../../lib/api';
import { usePagedList } from '../../../lib/use-paged-list';
import type { DeterminationFilters, DeterminationListItem, DeterminationQuery } from '../types';
import { accountabilityKeys } from './query-keys';

/** One page of the determinations of the cases handled in the caller's scope, newest first (audited). */
export function listDeterminations(query: DeterminationQuery = {}): Promise<Page<DeterminationListItem>> {
  return call('listDeterminations', { query });
}

/** The determinations a table pages through. */
export function useDeterminationsPage(filters: DeterminationFilters = {}) {
  return usePagedList({ filters, queryKey: accountabilityKeys.determinationList, fetch: listDeterminations });
}
