import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { DashboardHeat } from '@zeren/contracts';
import { call, type QueryOf } from '../../../lib/api';

export type DashboardHeatQuery = QueryOf<'getDashboardHeat'>;

/** Sibling units × the campaign's domains for one measure, each cell with its list (the server audits the view). */
export function getDashboardHeat(query: DashboardHeatQuery): Promise<DashboardHeat> {
  return call('getDashboardHeat', { query });
}

/** Fetched afresh when shown, as the summary is. */
export function useDashboardHeat(query: DashboardHeatQuery | null) {
  return useQuery({
    queryKey: ['dashboard', 'heat', query] as const,
    queryFn: () => getDashboardHeat(query!),
    enabled: query !== null,
    staleTime: 0,
    placeholderData: keepPreviousData,
  });
}
