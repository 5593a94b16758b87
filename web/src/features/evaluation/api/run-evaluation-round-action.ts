import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api';
import type { EvaluationRound } from '../types';
import { refreshEvaluation } from './query-keys';

/** One step of EVALUATION_ROUND_WORKFLOW, each its own route, with the text it takes. */
export type RoundActionInput =
  | { id: string; action: 'open' | 'close' | 'publish' }
  | { id: string; action: 'approve'; opinion?: string | null }
  | { id: string; action: 'reopen'; reason: string };

export function runEvaluationRoundAction(input: RoundActionInput): Promise<EvaluationRound> {
  const params = { id: input.id };
  switch (input.action) {
    case 'open':
      return call('openEvaluationRound', { params });
    case 'close':
      return call('closeEvaluationRound', { params });
    case 'publish':
      return call('publishEvaluationRound', { params });
    case 'approve':
      return call('approveEvaluationRound', { params, body: { opinion: input.opinion || null } });
    case 'reopen':
      return call('reopenEvaluationRound', { params, body: { reason: input.reason } });
  }
}

export function useEvaluationRoundAction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: runEvaluationRoundAction,
    onSuccess: () => refreshEvaluation(queryClient),
  });
}
