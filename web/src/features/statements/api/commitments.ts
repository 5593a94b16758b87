import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { MAX_PAGE_SIZE, type Page, type UpdateCommitmentInput } from '@zeren/contracts';
import { call } from '../../../lib/api';
import { usePagedList } from '../../../lib/use-paged-list';
import type {
  Commitment,
  CommitmentFilters,
  CommitmentQuery,
  CommitmentReportBody,
  CreateCommitmentBody,
} from '../types';
import { refreshStatements, statementKeys } from './query-keys';

/** One page of the commitments of the units in scope, soonest due first. */
export function listCommitments(query: CommitmentQuery = {}): Promise<Page<Commitment>> {
  return call('listCommitments', { query });
}

/** The commitments page: a server-paged table. */
export function useCommitmentsPage(filters: CommitmentFilters = {}) {
  return usePagedList({ filters, queryKey: statementKeys.commitments, fetch: listCommitments });
}

/** Every commitment of one statement, page after page (a statement has a few). */
export async function listStatementCommitments(statementId: string): Promise<Commitment[]> {
  const all: Commitment[] = [];
  let after: string | undefined;
  do {
    const page = await listCommitments({ statementId, limit: MAX_PAGE_SIZE, ...(after ? { after } : {}) });
    all.push(...page.items);
    after = page.nextCursor ?? undefined;
  } while (after);
  return all;
}

export function useStatementCommitments(statementId: string | undefined) {
  return useQuery({
    queryKey: statementKeys.commitments({ statementId, all: true }),
    queryFn: () => listStatementCommitments(statementId!),
    enabled: statementId !== undefined,
  });
}

export function createCommitment(input: {
  statementId: string;
  body: CreateCommitmentBody;
}): Promise<Commitment> {
  return call('createCommitment', { params: { id: input.statementId }, body: input.body });
}

export function updateCommitment(input: { id: string; changes: UpdateCommitmentInput }): Promise<Commitment> {
  return call('updateCommitment', { params: { id: input.id }, body: input.changes });
}

export async function deleteCommitment(id: string): Promise<void> {
  await call('deleteCommitment', { params: { id } });
}

/** 报告进展 or 践诺: the text and the evidence files (uploaded first, then referenced). */
export type CommitmentReportInput = { id: string; kind: 'progress' | 'fulfilment' } & CommitmentReportBody;

export function reportCommitment({ id, kind, ...body }: CommitmentReportInput): Promise<Commitment> {
  return kind === 'fulfilment'
    ? call('fulfilCommitment', { params: { id }, body })
    : call('reportCommitmentProgress', { params: { id }, body });
}

/** 认定未践诺, with the reason (the campaign office). */
export function markCommitmentNotFulfilled(input: { id: string; reason: string }): Promise<Commitment> {
  return call('markCommitmentNotFulfilled', { params: { id: input.id }, body: { reason: input.reason } });
}

function useRefreshing<I, O>(fn: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => refreshStatements(queryClient) });
}

export const useCreateCommitment = () => useRefreshing(createCommitment);
export const useUpdateCommitment = () => useRefreshing(updateCommitment);
export const useDeleteCommitment = () => useRefreshing(deleteCommitment);
export const useReportCommitment = () => useRefreshing(reportCommitment);
export const useMarkCommitmentNotFulfilled = () => useRefreshing(markCommitmentNotFulfilled);
