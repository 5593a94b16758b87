import { useQuery } from '@tanstack/react-query';
import { call } from '../../../lib/api';
import type { MonthlyReportOverview } from '../types';
import { monthlyReportKeys } from './query-keys';

/** One month of a campaign: every owing unit with where it stands. */
export function getMonthlyReportOverview(campaignId: string, month: string): Promise<MonthlyReportOverview> {
  return call('getMonthlyReportOverview', { params: { id: campaignId }, query: { month } });
}

export function useMonthlyReportOverview(campaignId: string | undefined, month: string | undefined) {
  return useQuery({
    queryKey: monthlyReportKeys.overview(campaignId ?? '', month ?? ''),
    queryFn: () => getMonthlyReportOverview(campaignId!, month!),
    enabled: campaignId !== undefined && month !== undefined,
  });
}
