import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api';
import type { RectificationItem, RectificationItemChanges } from '../types';
import { refreshRectification } from './query-keys';

/** Edits an item before its completion is claimed. */
export function updateRectificationItem({
  id,
  ...body
}: RectificationItemChanges & { id: string }): Promise<RectificationItem> {
  return call('updateRectificationItem', { params: { id }, body });
}

export function useUpdateRectificationItem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateRectificationItem,
    onSuccess: () => refreshRectification(queryClient),
  });
}
