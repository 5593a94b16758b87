import type { Page } from '@zeren/contracts';
import { call } from '../../../lib/api';
import { usePagedList } from '../../../lib/use-paged-list';
import type { RectificationFilters, RectificationItem, RectificationQuery } from '../types';
import { rectificationKeys } from './query-keys';

/** One page of the ledger in scope, most urgent first, with today's colour and working days left. */
export function listRectificationItems(query: RectificationQuery = {}): Promise<Page<RectificationItem>> {
  return call('listRectificationItems', { query });
}

/** The ledger items a table pages through (a supervision item's page lists its own by `sourceId`). */
export function useRectificationItemsPage(filters: RectificationFilters = {}, enabled = true) {
  return usePagedList({ filters, queryKey: rectificationKeys.list, fetch: listRectificationItems, enabled });
}
