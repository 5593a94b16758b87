import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { UpdateKeyTaskInput } from '@zeren/contracts';
import { api } from '../../../lib/api';
import type { KeyTask } from '../types';
import { keyTaskKeys } from './query-keys';

export function updateKeyTask({ id, ...body }: UpdateKeyTaskInput & { id: string }): Promise<KeyTask> {
  return api<KeyTask>(`/api/key-tasks/${encodeURIComponent(id)}`, { method: 'PATCH', body });
}

export function useUpdateKeyTask() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateKeyTask,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keyTaskKeys.all }),
  });
}
