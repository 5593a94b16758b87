import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api';
import type { Lead, TriageLeadInput } from '../types';
import { refreshAccountability } from './query-keys';

/** 受理/分流: one disposal, with what it needs (a handling unit and deadline, a reason, a target). */
export function triageLead({ id, ...body }: TriageLeadInput & { id: string }): Promise<Lead> {
  return call('triageLead', { params: { id }, body });
}

export function useTriageLead() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: triageLead, onSuccess: () => refreshAccountability(queryClient) });
}
