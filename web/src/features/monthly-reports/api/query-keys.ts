import type { QueryClient } from '@tanstack/react-query';
import { historyKeys } from '../../../lib/get-record-history';

/** Query keys of the monthly reports; invalidating `all` refreshes lists, overviews and details. */
export const monthlyReportKeys = {
  all: ['monthlyReports'] as const,
  list: (filters: object) => ['monthlyReports', 'list', filters] as const,
  detail: (id: string) => ['monthlyReports', 'detail', id] as const,
  overview: (campaignId: string, month: string) => ['monthlyReports', 'overview', campaignId, month] as const,
  settings: (campaignId: string) => ['monthlyReports', 'settings', campaignId] as const,
};

/** After a change: lists, overviews, details and the histories. */
export function refreshMonthlyReports(queryClient: QueryClient): Promise<unknown> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: monthlyReportKeys.all }),
    queryClient.invalidateQueries({ queryKey: historyKeys.all }),
  ]);
}
