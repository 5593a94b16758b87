import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ReportSupervisionProgressInput } from '@zeren/contracts';
import { call } from '../../../lib/api';
import type { SupervisionProgress } from '../types';
import { refreshSupervision } from './query-keys';

/** 反馈: reports progress (percent, note, evidence file ids uploaded beforehand); the first starts the work. */
export function reportSupervisionProgress({
  id,
  ...body
}: ReportSupervisionProgressInput & { id: string }): Promise<SupervisionProgress> {
  return call('reportSupervisionProgress', { params: { id }, body });
}

export function useReportSupervisionProgress() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: reportSupervisionProgress,
    onSuccess: () => refreshSupervision(queryClient),
  });
}
