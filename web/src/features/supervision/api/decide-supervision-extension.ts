import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ExtensionRequest } from '@zeren/contracts';
import { call } from '../../../lib/api';
import type { ExtensionDecision } from '../../../lib/extensions';
import { refreshSupervision } from './query-keys';

/**
 * The assigning unit approves an extension request (the due date moves, the colour is counted
 * again) or refuses it (`POST /api/supervision-extensions/:id/{action}`).
 */
export function decideSupervisionExtension(input: ExtensionDecision): Promise<ExtensionRequest> {
  const params = { id: input.id };
  return input.action === 'approve'
    ? call('approveSupervisionExtension', { params, body: { opinion: input.opinion || null } })
    : call('refuseSupervisionExtension', { params, body: { reason: input.reason } });
}

export function useDecideSupervisionExtension() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: decideSupervisionExtension,
    onSuccess: () => refreshSupervision(queryClient),
  });
}
