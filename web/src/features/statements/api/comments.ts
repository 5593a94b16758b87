import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call, callItems } from '../../../lib/api';
import type { StatementComment } from '../types';
import { refreshStatements, statementKeys } from './query-keys';

/** A statement's public comments, all of them, pending first. */
export function listStatementComments(id: string): Promise<StatementComment[]> {
  return callItems('listStatementComments', { params: { id } });
}

export function useStatementComments(id: string | undefined) {
  return useQuery({
    queryKey: statementKeys.comments(id ?? ''),
    queryFn: () => listStatementComments(id!),
    enabled: id !== undefined,
  });
}

/** Approves a comment (it shows on the portal) or rejects it. */
export function moderateStatementComment(input: {
  id: string;
  decision: 'approve' | 'reject';
}): Promise<StatementComment> {
  return call('moderateStatementComment', { params: { id: input.id }, body: { decision: input.decision } });
}

export function useModerateStatementComment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: moderateStatementComment,
    onSuccess: () => refreshStatements(queryClient),
  });
}
