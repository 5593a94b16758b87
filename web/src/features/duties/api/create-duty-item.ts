import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api';
import type { CreateDutyItemBody, DutyItem } from '../types';
import { dutyKeys } from './query-keys';

/** Drafts a new item: version 1, status draft. */
export function createDutyItem(body: CreateDutyItemBody): Promise<DutyItem> {
  return call('createDutyItem', { body });
}

export function useCreateDutyItem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createDutyItem,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: dutyKeys.all }),
  });
}
