import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api';
import type { SupervisionItem } from '../types';
import { refreshSupervision } from './query-keys';

/**
 * One step of the 督办 lifecycle, each its own route (`POST /api/supervision-items/:id/{action}`),
 * with the text the workflow gives it: an optional opinion, a required reason or summary.
 */
export type SupervisionActionInput =
  | { id: string; action: 'accept' }
  | { id: string; action: 'assign' | 'approve' | 'close' | 'resume'; opinion?: string | null }
  | { id: string; action: 'decline' | 'return' | 'suspend'; reason: string }
  | { id: string; action: 'submit'; summary: string };

/** Runs one action of SUPERVISION_ITEM_WORKFLOW on an item. */
export function runSupervisionAction(input: SupervisionActionInput): Promise<SupervisionItem> {
  const params = { id: input.id };
  switch (input.action) {
    case 'accept':
      return call('acceptSupervisionItem', { params });
    case 'assign':
      return call('assignSupervisionItem', { params, body: { opinion: input.opinion || null } });
    case 'approve':
      return call('approveSupervisionItem', { params, body: { opinion: input.opinion || null } });
    case 'close':
      return call('closeSupervisionItem', { params, body: { opinion: input.opinion || null } });
    case 'resume':
      return call('resumeSupervisionItem', { params, body: { opinion: input.opinion || null } });
    case 'decline':
      return call('declineSupervisionItem', { params, body: { reason: input.reason } });
    case 'return':
      return call('returnSupervisionItem', { params, body: { reason: input.reason } });
    case 'suspend':
      return call('suspendSupervisionItem', { params, body: { reason: input.reason } });
    case 'submit':
      return call('submitSupervisionItem', { params, body: { summary: input.summary } });
  }
}

export function useSupervisionAction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: runSupervisionAction,
    onSuccess: () => refreshSupervision(queryClient),
  });
}
