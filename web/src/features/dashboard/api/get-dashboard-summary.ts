import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { DashboardSummary } from '@zeren/contracts';
import { call, type QueryOf } from '../../../lib/api';

export type DashboardQuery = QueryOf<'getDashboardSummary'>;

/** A campaign's figures in the caller's scope, each with the list behind it (the server audits the view). */
export function getDashboardSummary(query: DashboardQuery): Promise<DashboardSummary> {
  return call('getDashboardSummary', { query });
}

/** Fetched afresh when the page opens: the figures follow what was just done elsewhere. */
export function useDashboardSummary(query: DashboardQuery | null) {
  return useQuery({
    queryKey: ['dashboard', 'summary', query] as const,
    queryFn: () => getDashboardSummary(query!),
    enabled: query !== null,
    staleTime: 0,
    placeholderData: keepPreviousData,
  });
}
