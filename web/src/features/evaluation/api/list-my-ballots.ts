import { useQuery } from '@tanstack/react-query';
import { callItems } from '../../../lib/api';
import type { MyBallotRound } from '../types';
import { evaluationKeys } from './query-keys';

/** The open rounds the caller scores in, with the targets still to score. */
export function listMyBallots(): Promise<MyBallotRound[]> {
  return callItems('listMyBallots');
}

export function useMyBallots() {
  return useQuery({ queryKey: evaluationKeys.myBallots, queryFn: listMyBallots });
}
