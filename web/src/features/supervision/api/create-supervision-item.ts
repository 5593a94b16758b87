import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api';
import type { SupervisionItem, SupervisionItemBody } from '../types';
import { refreshSupervision } from './query-keys';

/** 立项: registers an item (or a sub-item of `parentId`) for a lead unit. */
export function createSupervisionItem(body: SupervisionItemBody): Promise<SupervisionItem> {
  return call('createSupervisionItem', { body });
}

export function useCreateSupervisionItem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createSupervisionItem,
    onSuccess: () => refreshSupervision(queryClient),
  });
}
