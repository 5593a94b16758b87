import { useQueries } from '@tanstack/react-query';
import type { Page } from '@zeren/contracts';
import { call } from '../../../lib/api';
import { usePagedList } from '../../../lib/use-paged-list';
import {
  SUPERVISION_COLOURS,
  type SupervisionColour,
  type SupervisionItem,
  type SupervisionItemFilters,
  type SupervisionItemQuery,
} from '../types';
import { supervisionKeys } from './query-keys';

/** One page of the supervision items in scope, by code, with today's colour and working days left. */
export function listSupervisionItems(query: SupervisionItemQuery = {}): Promise<Page<SupervisionItem>> {
  return call('listSupervisionItems', { query });
}

/** The supervision items a table pages through. */
export function useSupervisionItemsPage(filters: SupervisionItemFilters = {}, enabled = true) {
  return usePagedList({ filters, queryKey: supervisionKeys.list, fetch: listSupervisionItems, enabled });
}

/**
 * How many items of `filters` have each colour today, and all of them: the totals of one-row
 * pages (the server counts; exact up to its cap, `exact` false beyond).
 */
export function useColourCounts(filters: Omit<SupervisionItemFilters, 'colour'>, enabled = true) {
  const colours = [undefined, ...SUPERVISION_COLOURS] as const;
  const results = useQueries({
    queries: colours.map((colour) => {
      const query = { ...filters, ...(colour ? { colour } : {}), limit: 1 };
      return {
        queryKey: supervisionKeys.list({ ...query, count: true }),
        queryFn: () => listSupervisionItems(query),
        enabled,
      };
    }),
  });
  const count = (index: number) => {
    const data = results[index]?.data;
    return data ? { total: data.total, exact: data.totalExact } : undefined;
  };
  return {
    all: count(0),
    byColour: Object.fromEntries(SUPERVISION_COLOURS.map((colour, i) => [colour, count(i + 1)])) as Record<
      SupervisionColour,
      { total: number; exact: boolean } | undefined
    >,
  };
}
