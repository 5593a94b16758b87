import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { keyTaskKeys } from './query-keys';

export function deleteKeyTask(id: string): Promise<unknown> {
  return api<unknown>(`/api/key-tasks/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

export function useDeleteKeyTask() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteKeyTask,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keyTaskKeys.all }),
  });
}
