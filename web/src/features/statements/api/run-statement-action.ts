import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api';
import type { DutyStatement } from '../types';
import { refreshStatements } from './query-keys';

/** One step of DUTY_STATEMENT_WORKFLOW, each its own route, with the text it takes. */
export type StatementActionInput =
  | { id: string; action: 'submit' | 'publish' }
  | { id: string; action: 'approve'; opinion?: string | null }
  | { id: string; action: 'return' | 'unpublish'; reason: string };

export function runStatementAction(input: StatementActionInput): Promise<DutyStatement> {
  const params = { id: input.id };
  switch (input.action) {
    case 'submit':
      return call('submitDutyStatement', { params });
    case 'publish':
      return call('publishDutyStatement', { params });
    case 'approve':
      return call('approveDutyStatement', { params, body: { opinion: input.opinion || null } });
    case 'return':
      return call('returnDutyStatement', { params, body: { reason: input.reason } });
    case 'unpublish':
      return call('unpublishDutyStatement', { params, body: { reason: input.reason } });
  }
}

export function useStatementAction() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: runStatementAction, onSuccess: () => refreshStatements(queryClient) });
}
