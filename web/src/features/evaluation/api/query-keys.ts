import type { QueryClient } from '@tanstack/react-query';
import { historyKeys } from '../../../lib/get-record-history';

/** Query keys of 评责; invalidating `all` refreshes rounds, tokens, ballots, results and exemplars. */
export const evaluationKeys = {
  all: ['evaluation'] as const,
  rounds: (filters: object) => ['evaluation', 'rounds', filters] as const,
  round: (id: string) => ['evaluation', 'round', id] as const,
  tokens: (id: string) => ['evaluation', 'tokens', id] as const,
  ballots: (filters: object) => ['evaluation', 'ballots', filters] as const,
  results: (id: string) => ['evaluation', 'results', id] as const,
  myBallots: ['evaluation', 'my-ballots'] as const,
  conduct: (unitId: string) => ['evaluation', 'conduct', unitId] as const,
  exemplars: (filters: object) => ['evaluation', 'exemplars', filters] as const,
  exemplar: (id: string) => ['evaluation', 'exemplar', id] as const,
};

/** After a change: the lists and details, and the histories shown beside them. */
export function refreshEvaluation(queryClient: QueryClient): Promise<unknown> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: evaluationKeys.all }),
    queryClient.invalidateQueries({ queryKey: historyKeys.all }),
  ]);
}
