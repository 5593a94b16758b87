import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api';
import type { MonthlyReport } from '../types';
import { refreshMonthlyReports } from './query-keys';

/** 催报: the office reminds a unit of a report it has not submitted. */
export function remindMonthlyReport(input: { id: string; message: string | null }): Promise<MonthlyReport> {
  return call('remindMonthlyReport', { params: { id: input.id }, body: { message: input.message } });
}

export function useRemindMonthlyReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: remindMonthlyReport,
    onSuccess: () => refreshMonthlyReports(queryClient),
  });
}
