import { useQuery } from '@tanstack/react-query';
import { ApiError, call } from '../../../lib/api';
import type { EvaluationResults } from '../types';
import { evaluationKeys } from './query-keys';

/** Results per category: weighted scores, breakdown, ballot counts, ranks. */
export function getEvaluationResults(id: string): Promise<EvaluationResults> {
  return call('getEvaluationResults', { params: { id } });
}

export function useEvaluationResults(id: string | undefined, enabled = true) {
  return useQuery({
    queryKey: evaluationKeys.results(id ?? ''),
    queryFn: () => getEvaluationResults(id!),
    enabled: id !== undefined && enabled,
    // 403 (hidden before the round closes) and 404 are answers, not failures to retry.
    retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
  });
}
