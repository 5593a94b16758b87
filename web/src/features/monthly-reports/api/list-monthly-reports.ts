import type { Page } from '@zeren/contracts';
import { call } from '../../../lib/api';
import { usePagedList } from '../../../lib/use-paged-list';
import type { MonthlyReport, MonthlyReportFilters, MonthlyReportQuery } from '../types';
import { monthlyReportKeys } from './query-keys';

/** One page of the monthly reports in scope, newest month first. */
export function listMonthlyReports(query: MonthlyReportQuery = {}): Promise<Page<MonthlyReport>> {
  return call('listMonthlyReports', { query });
}

/** The monthly reports a table pages through. */
export function useMonthlyReportsPage(filters: MonthlyReportFilters = {}, enabled = true) {
  return usePagedList({ filters, queryKey: monthlyReportKeys.list, fetch: listMonthlyReports, enabled });
}
