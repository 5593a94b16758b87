import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api';
import type { SupervisionItem } from '../types';
import { refreshSupervision } from './query-keys';

/** 催办: the assigning unit reminds the lead unit, with an optional message. */
export function remindSupervisionItem({
  id,
  message,
}: {
  id: string;
  message?: string | null;
}): Promise<SupervisionItem> {
  return call('remindSupervisionItem', { params: { id }, body: { message: message || null } });
}

export function useRemindSupervisionItem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: remindSupervisionItem,
    onSuccess: () => refreshSupervision(queryClient),
  });
}
