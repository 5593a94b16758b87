import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { DutyItem, DutyItemContent } from '../types';
import { dutyKeys } from './query-keys';

/** Edits the open (draft or returned) version; a published version is never changed. */
export function updateDutyItemDraft({
  id,
  ...body
}: Partial<DutyItemContent> & { id: string }): Promise<DutyItem> {
  return api<DutyItem>(`/api/duty-items/${encodeURIComponent(id)}/draft`, { method: 'PATCH', body });
}

export function useUpdateDutyItemDraft() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateDutyItemDraft,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: dutyKeys.all }),
  });
}
