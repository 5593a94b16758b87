import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api';
import type { SupervisionItem, SupervisionItemChanges } from '../types';
import { refreshSupervision } from './query-keys';

/** Edits an item (the assigning unit's; the lead unit only before it was signed for). */
export function updateSupervisionItem({
  id,
  ...body
}: SupervisionItemChanges & { id: string }): Promise<SupervisionItem> {
  return call('updateSupervisionItem', { params: { id }, body });
}

export function useUpdateSupervisionItem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateSupervisionItem,
    onSuccess: () => refreshSupervision(queryClient),
  });
}
