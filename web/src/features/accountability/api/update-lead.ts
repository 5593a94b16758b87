import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api';
import type { Lead, UpdateLeadInput } from '../types';
import { refreshAccountability } from './query-keys';

/** Corrects a lead before triage (what it reports, who and what it concerns). */
export function updateLead({ id, ...body }: UpdateLeadInput & { id: string }): Promise<Lead> {
  return call('updateLead', { params: { id }, body });
}

export function useUpdateLead() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updateLead, onSuccess: () => refreshAccountability(queryClient) });
}
