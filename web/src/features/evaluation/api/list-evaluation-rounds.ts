import type { Page } from '@zeren/contracts';
import { call } from '../../../lib/api';
import { usePagedList } from '../../../lib/use-paged-list';
import type { EvaluationRound, RoundFilters, RoundQuery } from '../types';
import { evaluationKeys } from './query-keys';

/** One page of the evaluation rounds organised by units in scope, newest first. */
export function listEvaluationRounds(query: RoundQuery = {}): Promise<Page<EvaluationRound>> {
  return call('listEvaluationRounds', { query });
}

export function useEvaluationRoundsPage(filters: RoundFilters = {}) {
  return usePagedList({ filters, queryKey: evaluationKeys.rounds, fetch: listEvaluationRounds });
}
