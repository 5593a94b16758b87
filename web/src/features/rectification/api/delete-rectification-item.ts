import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api';
import { refreshRectification } from './query-keys';

/** Deletes a pending self-inspection item entered by mistake. */
export async function deleteRectificationItem(id: string): Promise<void> {
  await call('deleteRectificationItem', { params: { id } });
}

export function useDeleteRectificationItem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteRectificationItem,
    onSuccess: () => refreshRectification(queryClient),
  });
}
