import { useQuery } from '@tanstack/react-query';
import type { Page } from '@zeren/contracts';
import { call } from '../../../lib/api';
import { usePagedList, usePickerList } from '../../../lib/use-paged-list';
import type { DutyItem, DutyItemFilters, DutyItemQuery } from '../types';
import { dutyKeys } from './query-keys';

/** One page of the items of a list (power or duty) in the caller's scope, by code, with their latest and published versions. */
export function listDutyItems(query: DutyItemQuery): Promise<Page<DutyItem>> {
  return call('listDutyItems', { query });
}

/** The items a table pages through. */
export function useDutyItemsPage(filters: DutyItemFilters) {
  return usePagedList({ filters, queryKey: dutyKeys.list, fetch: listDutyItems });
}

/**
 * How many items match `filters`, without their rows (a tab's count): one row asked for, the total
 * read; `totalExact` false when it is "at least".
 */
export function useDutyItemCount(filters: DutyItemFilters, enabled = true) {
  const query = { ...filters, limit: 1 };
  return useQuery({
    queryKey: dutyKeys.list(query),
    queryFn: () => listDutyItems(query),
    select: ({ total, totalExact }) => ({ total, totalExact }),
    enabled,
  });
}

/** Items for a picker: up to 200, searched by code or name on the server. */
export function useDutyItemOptions(filters: Omit<DutyItemFilters, 'q'>, enabled = true) {
  return usePickerList({ filters, queryKey: dutyKeys.list, fetch: listDutyItems, enabled });
}
