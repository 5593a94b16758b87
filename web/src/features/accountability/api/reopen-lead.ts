import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api';
import type { Lead } from '../types';
import { refreshAccountability } from './query-keys';

/** Takes a shelved lead back to triage, with a reason. */
export function reopenLead({ id, reason }: { id: string; reason: string }): Promise<Lead> {
  return call('reopenLead', { params: { id }, body: { reason } });
}

export function useReopenLead() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: reopenLead, onSuccess: () => refreshAccountability(queryClient) });
}
