import { useQuery } from '@tanstack/react-query';
import { call } from '../../../lib/api';
import type { MonthlyReportDetail } from '../types';
import { monthlyReportKeys } from './query-keys';

/** One report with its figures: live while open, frozen once submitted. */
export function getMonthlyReport(id: string): Promise<MonthlyReportDetail> {
  return call('getMonthlyReport', { params: { id } });
}

export function useMonthlyReport(id: string | undefined) {
  return useQuery({
    queryKey: monthlyReportKeys.detail(id ?? ''),
    queryFn: () => getMonthlyReport(id!),
    enabled: id !== undefined,
  });
}
