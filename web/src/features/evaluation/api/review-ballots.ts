import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ReviewBallotsInput } from '@zeren/contracts';
import { call } from '../../../lib/api';
import { refreshEvaluation } from './query-keys';

/** Accepts flagged ballots (they count) or rejects them (invalid), with a note. */
export async function reviewBallots(input: { id: string } & ReviewBallotsInput): Promise<number> {
  const { id, ...body } = input;
  return (await call('reviewBallots', { params: { id }, body })).reviewed;
}

export function useReviewBallots() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: reviewBallots, onSuccess: () => refreshEvaluation(queryClient) });
}
