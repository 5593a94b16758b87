import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api';
import type { CreateRoundBody, EvaluationRound, UpdateEvaluationRoundInput } from '../types';
import { refreshEvaluation } from './query-keys';

/** Prepares a round: the organising unit, title and window (the rest defaults, set on its page). */
export function createEvaluationRound(body: CreateRoundBody): Promise<EvaluationRound> {
  return call('createEvaluationRound', { body });
}

/** Edits a round in preparation (its targets replaced as a whole). */
export function updateEvaluationRound(input: {
  id: string;
  changes: UpdateEvaluationRoundInput;
}): Promise<EvaluationRound> {
  return call('updateEvaluationRound', { params: { id: input.id }, body: input.changes });
}

export async function deleteEvaluationRound(id: string): Promise<void> {
  await call('deleteEvaluationRound', { params: { id } });
}

function useRefreshing<I, O>(fn: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => refreshEvaluation(queryClient) });
}

export const useCreateEvaluationRound = () => useRefreshing(createEvaluationRound);
export const useUpdateEvaluationRound = () => useRefreshing(updateEvaluationRound);
export const useDeleteEvaluationRound = () => useRefreshing(deleteEvaluationRound);
