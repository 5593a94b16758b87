import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api';
import type { KeyTaskProgress, ProgressBody } from '../types';
import { keyTaskKeys } from './query-keys';

/** Reports progress (percent, note, evidence file ids uploaded beforehand). */
export function reportProgress({ id, ...body }: ProgressBody & { id: string }): Promise<KeyTaskProgress> {
  return call('reportKeyTaskProgress', { params: { id }, body });
}

export function useReportProgress() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: reportProgress,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keyTaskKeys.all }),
  });
}
