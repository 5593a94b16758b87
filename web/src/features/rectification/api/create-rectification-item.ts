import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api';
import type { RectificationItem, RectificationItemBody } from '../types';
import { refreshRectification } from './query-keys';

/** Enters a problem into a unit's ledger (from its self-inspection, or from a source record it names). */
export function createRectificationItem(body: RectificationItemBody): Promise<RectificationItem> {
  return call('createRectificationItem', { body });
}

export function useCreateRectificationItem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createRectificationItem,
    onSuccess: () => refreshRectification(queryClient),
  });
}
