import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CastBallotInput } from '@zeren/contracts';
import { call } from '../../../lib/api';
import { refreshEvaluation } from './query-keys';

/** Scores a target: as an invited evaluator (the account's token) or for the caller's unit (互评). */
export async function castBallot(input: { roundId: string } & CastBallotInput): Promise<void> {
  const { roundId, ...body } = input;
  await call('castBallot', { params: { id: roundId }, body });
}

export function useCastBallot() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: castBallot, onSettled: () => refreshEvaluation(queryClient) });
}
