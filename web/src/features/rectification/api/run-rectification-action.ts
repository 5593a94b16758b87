import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api';
import type { RectificationItem } from '../types';
import { refreshRectification } from './query-keys';

/**
 * One step of the ledger's lifecycle, each its own route (`POST /api/rectification-items/:id/{action}`),
 * with the text the workflow gives it: an optional opinion, a required reason or summary.
 */
export type RectificationActionInput =
  | { id: string; action: 'start' }
  | { id: string; action: 'signOff' | 'confirm'; opinion?: string | null }
  | { id: string; action: 'return' | 'refuse' | 'reopen'; reason: string }
  | { id: string; action: 'claim'; summary: string };

/** Runs one action of RECTIFICATION_ITEM_WORKFLOW on an item. */
export function runRectificationAction(input: RectificationActionInput): Promise<RectificationItem> {
  const params = { id: input.id };
  switch (input.action) {
    case 'start':
      return call('startRectificationItem', { params });
    case 'signOff':
      return call('signOffRectificationItem', { params, body: { opinion: input.opinion || null } });
    case 'confirm':
      return call('confirmRectificationItem', { params, body: { opinion: input.opinion || null } });
    case 'return':
      return call('returnRectificationItem', { params, body: { reason: input.reason } });
    case 'refuse':
      return call('refuseRectificationItem', { params, body: { reason: input.reason } });
    case 'reopen':
      return call('reopenRectificationItem', { params, body: { reason: input.reason } });
    case 'claim':
      return call('claimRectificationItem', { params, body: { summary: input.summary } });
  }
}

export function useRectificationAction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: runRectificationAction,
    onSuccess: () => refreshRectification(queryClient),
  });
}
