import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api';
import { refreshSupervision } from './query-keys';

/** Deletes an item never assigned (a mistake at registration). */
export function deleteSupervisionItem(id: string): Promise<{ ok: true }> {
  return call('deleteSupervisionItem', { params: { id } });
}

export function useDeleteSupervisionItem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteSupervisionItem,
    onSuccess: () => refreshSupervision(queryClient),
  });
}
