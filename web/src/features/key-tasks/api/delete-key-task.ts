import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api';
import { keyTaskKeys } from './query-keys';

export function deleteKeyTask(id: string): Promise<{ ok: true }> {
  return call('deleteKeyTask', { params: { id } });
}

export function useDeleteKeyTask() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteKeyTask,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keyTaskKeys.all }),
  });
}
