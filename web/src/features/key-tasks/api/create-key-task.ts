import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api';
import type { KeyTask, KeyTaskBody } from '../types';
import { keyTaskKeys } from './query-keys';

export function createKeyTask(body: KeyTaskBody): Promise<KeyTask> {
  return call('createKeyTask', { body });
}

export function useCreateKeyTask() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createKeyTask,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keyTaskKeys.all }),
  });
}
