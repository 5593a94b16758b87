import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api';
import type { Exemplar } from '../types';
import { refreshEvaluation } from './query-keys';

/** One step of EXEMPLAR_WORKFLOW, each its own route, with the text it takes. */
export type ExemplarActionInput =
  | { id: string; action: 'publish' }
  | { id: string; action: 'approve'; opinion?: string | null }
  | { id: string; action: 'reject'; reason: string };

export function runExemplarAction(input: ExemplarActionInput): Promise<Exemplar> {
  const params = { id: input.id };
  switch (input.action) {
    case 'publish':
      return call('publishExemplar', { params });
    case 'approve':
      return call('approveExemplar', { params, body: { opinion: input.opinion || null } });
    case 'reject':
      return call('rejectExemplar', { params, body: { reason: input.reason } });
  }
}

export function useExemplarAction() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: runExemplarAction, onSuccess: () => refreshEvaluation(queryClient) });
}
