import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { UpdateKeyTaskInput } from '@zeren/contracts';
import { call } from '../../../lib/api';
import type { KeyTask } from '../types';
import { keyTaskKeys } from './query-keys';

export function updateKeyTask({ id, ...body }: UpdateKeyTaskInput & { id: string }): Promise<KeyTask> {
  return call('updateKeyTask', { params: { id }, body });
}

export function useUpdateKeyTask() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateKeyTask,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keyTaskKeys.all }),
  });
}
