import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { KeyTaskProgress, ProgressBody } from '../types';
import { keyTaskKeys } from './query-keys';

/** Reports progress (percent, note, evidence file ids uploaded beforehand). */
export function reportProgress({ id, ...body }: ProgressBody & { id: string }): Promise<KeyTaskProgress> {
  return api<KeyTaskProgress>(`/api/key-tasks/${encodeURIComponent(id)}/progress`, { method: 'POST', body });
}

export function useReportProgress() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: reportProgress,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keyTaskKeys.all }),
  });
}
