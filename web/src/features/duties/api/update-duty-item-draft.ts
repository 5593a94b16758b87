import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api';
import type { DutyItem, DutyItemContent } from '../types';
import { dutyKeys } from './query-keys';

/** Edits the open (draft or returned) version; a published version is never changed. */
export function updateDutyItemDraft({
  id,
  ...body
}: Partial<DutyItemContent> & { id: string }): Promise<DutyItem> {
  return call('updateDutyItemDraft', { params: { id }, body });
}

export function useUpdateDutyItemDraft() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateDutyItemDraft,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: dutyKeys.all }),
  });
}
