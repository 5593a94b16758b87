import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api';
import type { MonthlyReportDetail } from '../types';
import { refreshMonthlyReports } from './query-keys';

/** One step of the report's lifecycle, each its own route, with the text the workflow gives it. */
export type MonthlyReportActionInput =
  | { id: string; action: 'submit' }
  | { id: string; action: 'approve'; opinion?: string | null }
  | { id: string; action: 'return'; reason: string };

/** Runs one action of MONTHLY_REPORT_WORKFLOW on a report. */
export function runMonthlyReportAction(input: MonthlyReportActionInput): Promise<MonthlyReportDetail> {
  const params = { id: input.id };
  switch (input.action) {
    case 'submit':
      return call('submitMonthlyReport', { params });
    case 'approve':
      return call('approveMonthlyReport', { params, body: { opinion: input.opinion || null } });
    case 'return':
      return call('returnMonthlyReport', { params, body: { reason: input.reason } });
  }
}

export function useMonthlyReportAction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: runMonthlyReportAction,
    onSuccess: () => refreshMonthlyReports(queryClient),
  });
}
