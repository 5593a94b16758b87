import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api';
import type { AccountabilityCase } from '../types';
import { refreshAccountability } from './query-keys';

/** One step of the case's decision: propose (locked until the six are confirmed), approve, return. */
export type CaseActionInput =
  | { id: string; action: 'propose'; opinion: string }
  | { id: string; action: 'approve'; opinion?: string | null }
  | { id: string; action: 'return'; reason: string };

/** Runs one action of CASE_WORKFLOW on a case. */
export function runCaseAction(input: CaseActionInput): Promise<AccountabilityCase> {
  const params = { id: input.id };
  switch (input.action) {
    case 'propose':
      return call('proposeCase', { params, body: { opinion: input.opinion } });
    case 'approve':
      return call('approveCase', { params, body: { opinion: input.opinion || null } });
    case 'return':
      return call('returnCase', { params, body: { reason: input.reason } });
  }
}

export function useCaseAction() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: runCaseAction, onSuccess: () => refreshAccountability(queryClient) });
}
