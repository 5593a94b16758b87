import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api';
import type { DutyItem } from '../types';
import { dutyKeys } from './query-keys';

/** One action of the version workflow, each its own route (`POST /api/duty-items/:id/{action}`). */
export type DutyItemActionInput =
  | { id: string; action: 'submit' | 'withdraw' }
  /** 审核意见: optional, kept in the item's history. */
  | { id: string; action: 'approve'; opinion?: string | null }
  /** Required: shown to the drafter. */
  | { id: string; action: 'return'; reason: string };

/** Submit, withdraw, approve (and publish) or return the latest version. */
export function runDutyItemAction(input: DutyItemActionInput): Promise<DutyItem> {
  const params = { id: input.id };
  switch (input.action) {
    case 'submit':
      return call('submitDutyItem', { params });
    case 'withdraw':
      return call('withdrawDutyItem', { params });
    case 'approve':
      return call('approveDutyItem', { params, body: { opinion: input.opinion || null } });
    case 'return':
      return call('returnDutyItem', { params, body: { reason: input.reason } });
  }
}

export function useDutyItemAction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: runDutyItemAction,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: dutyKeys.all }),
  });
}
