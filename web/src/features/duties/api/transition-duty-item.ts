import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { DutyItem, DutyItemAction } from '../types';
import { dutyKeys } from './query-keys';

export interface TransitionBody {
  id: string;
  action: DutyItemAction;
  /** Required to return a version. */
  reason?: string;
}

/** Submit, withdraw, approve (and publish) or return the latest version. */
export function transitionDutyItem({ id, ...body }: TransitionBody): Promise<DutyItem> {
  return api<DutyItem>(`/api/duty-items/${encodeURIComponent(id)}/transitions`, { method: 'POST', body });
}

export function useTransitionDutyItem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: transitionDutyItem,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: dutyKeys.all }),
  });
}
