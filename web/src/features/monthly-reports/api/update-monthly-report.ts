import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api';
import type { MonthlyReportDetail } from '../types';
import { refreshMonthlyReports } from './query-keys';

/** Saves the narrative of a report the unit has not handed on. */
export function updateMonthlyReport(input: { id: string; narrative: string }): Promise<MonthlyReportDetail> {
  return call('updateMonthlyReport', { params: { id: input.id }, body: { narrative: input.narrative } });
}

export function useUpdateMonthlyReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateMonthlyReport,
    onSuccess: () => refreshMonthlyReports(queryClient),
  });
}
