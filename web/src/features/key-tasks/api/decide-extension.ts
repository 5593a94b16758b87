import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api';
import type { ExtensionDecision } from '../../../lib/extensions';
import type { ExtensionRequest } from '../types';
import { keyTaskKeys } from './query-keys';

/** The unit that set the deadline approves or refuses an extension request (`POST /api/key-task-extensions/:id/{action}`). */
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
