import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api';
import type { CaseDetail, Requirement } from '../types';
import { refreshAccountability } from './query-keys';

/** Confirms one of the six requirements with a note saying how it is met, or withdraws it. */
export function confirmCaseRequirement(input: {
  id: string;
  requirement: Requirement;
  confirmed: boolean;
  note?: string | null;
}): Promise<CaseDetail> {
  return call('confirmCaseRequirement', {
    params: { id: input.id, requirement: input.requirement },
    body: { confirmed: input.confirmed, note: input.confirmed ? (input.note ?? null) : null },
  });
}

export function useConfirmCaseRequirement() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: confirmCaseRequirement,
    onSuccess: () => refreshAccountability(queryClient),
  });
}
