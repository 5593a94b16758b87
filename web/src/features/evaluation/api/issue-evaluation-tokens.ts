import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api';
import type { EvaluationToken, IssueTokensBody } from '../types';
import { refreshEvaluation } from './query-keys';

/** Issues one-time tokens to a token group: a count of anonymous ones, and one per evaluator account. */
export async function issueEvaluationTokens(input: {
  id: string;
  body: IssueTokensBody;
}): Promise<EvaluationToken[]> {
  return (await call('issueEvaluationTokens', { params: { id: input.id }, body: input.body })).items;
}

export function useIssueEvaluationTokens() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: issueEvaluationTokens, onSuccess: () => refreshEvaluation(queryClient) });
}
