import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api';
import type { ExemptionOutcome, ExemptionRequest } from '../types';
import { refreshAccountability } from './query-keys';

/** Decides a fault-tolerance request: 免予问责 / 从轻减轻 / 不予容错, with an opinion. */
export function decideExemption(input: {
  id: string;
  outcome: ExemptionOutcome;
  opinion: string;
}): Promise<ExemptionRequest> {
  return call('decideExemption', {
    params: { id: input.id },
    body: { outcome: input.outcome, opinion: input.opinion },
  });
}

export function useDecideExemption() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: decideExemption, onSuccess: () => refreshAccountability(queryClient) });
}
