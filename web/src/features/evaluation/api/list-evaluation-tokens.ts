import { useQuery } from '@tanstack/react-query';
import { callItems } from '../../../lib/api';
import type { EvaluationToken } from '../types';
import { evaluationKeys } from './query-keys';

/** The round's tokens, to print with their QR codes (the server audits every view). */
export function listEvaluationTokens(id: string): Promise<EvaluationToken[]> {
  return callItems('listEvaluationTokens', { params: { id } });
}

/**
 * The tokens, once asked for (`enabled`): each fetch is an audited view, so they are kept for the
 * session rather than refetched when the window regains focus.
 */
export function useEvaluationTokens(id: string | undefined, enabled = true) {
  return useQuery({
    queryKey: evaluationKeys.tokens(id ?? ''),
    queryFn: () => listEvaluationTokens(id!),
    enabled: id !== undefined && enabled,
    staleTime: Number.POSITIVE_INFINITY,
    refetchOnWindowFocus: false,
  });
}
