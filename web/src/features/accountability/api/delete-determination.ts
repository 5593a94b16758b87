import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api';
import { refreshAccountability } from './query-keys';

/** Removes a determination while its case is being verified. */
export async function deleteDetermination(id: string): Promise<void> {
  await call('deleteDetermination', { params: { id } });
}

export function useDeleteDetermination() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteDetermination,
    onSuccess: () => refreshAccountability(queryClient),
  });
}
