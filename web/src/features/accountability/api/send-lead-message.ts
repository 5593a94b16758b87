import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api';
import type { LeadMessage } from '../types';
import { refreshAccountability } from './query-keys';

/** Writes to a public report's reporter (they read it with their receipt code). */
export function sendLeadMessage({ id, body }: { id: string; body: string }): Promise<LeadMessage> {
  return call('sendLeadMessage', { params: { id }, body: { body } });
}

export function useSendLeadMessage() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: sendLeadMessage, onSuccess: () => refreshAccountability(queryClient) });
}
