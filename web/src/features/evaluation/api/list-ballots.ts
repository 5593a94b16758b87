import type { Page } from '@zeren/contracts';
import { call } from '../../../lib/api';
import { usePagedList } from '../../../lib/use-paged-list';
import type { Ballot, BallotFilters, BallotQuery } from '../types';
import { evaluationKeys } from './query-keys';

/** One page of a round's ballots (never who cast them); flagged ones by their review. */
export function listBallots(input: { id: string; query?: BallotQuery }): Promise<Page<Ballot>> {
  return call('listBallots', { params: { id: input.id }, query: input.query ?? {} });
}

/** A round's flagged ballots a table pages through. */
export function useBallotsPage(roundId: string, filters: BallotFilters = {}) {
  return usePagedList({
    filters: { ...filters, roundId },
    queryKey: evaluationKeys.ballots,
    fetch: ({ roundId: id, ...query }) => listBallots({ id, query }),
  });
}
