import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api';
import type { ExtensionRequest } from '../types';
import { keyTaskKeys } from './query-keys';

/** One decision on an extension request, each its own route (`POST /api/key-task-extensions/:id/{action}`). */
export type ExtensionDecision =
  /** The deadline moves to the requested date; the opinion (审批意见) is optional. */
  | { id: string; action: 'approve'; opinion?: string | null }
  /** The reason is required and shown to the responsible unit. */
  | { id: string; action: 'refuse'; reason: string };

/** The unit that set the deadline approves or refuses an extension request. */
export function decideExtension(input: ExtensionDecision): Promise<ExtensionRequest> {
  const params = { id: input.id };
  return input.action === 'approve'
    ? call('approveKeyTaskExtension', { params, body: { opinion: input.opinion || null } })
    : call('refuseKeyTaskExtension', { params, body: { reason: input.reason } });
}

export function useDecideExtension() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: decideExtension,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keyTaskKeys.all }),
  });
}
