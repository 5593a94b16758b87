import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api';
import { dutyKeys } from './query-keys';

/** Removes the open draft (and the item itself when it was never published). */
export function deleteDutyItemDraft(id: string): Promise<{ ok: true }> {
  return call('deleteDutyItemDraft', { params: { id } });
}

export function useDeleteDutyItemDraft() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteDutyItemDraft,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: dutyKeys.all }),
  });
}
