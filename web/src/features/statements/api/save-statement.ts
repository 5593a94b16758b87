import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { UpdateDutyStatementInput } from '@zeren/contracts';
import { call } from '../../../lib/api';
import { uploadFile } from '../../../lib/files';
import type { CreateStatementBody, DutyStatement } from '../types';
import { refreshStatements } from './query-keys';

/** Drafts a statement for a unit (its body written afterwards, on its page). */
export function createStatement(body: CreateStatementBody): Promise<DutyStatement> {
  return call('createDutyStatement', { body });
}

/** Edits a draft: its title, its body (HTML, sanitised by the server) or its attachments. */
export function updateStatement(input: {
  id: string;
  changes: UpdateDutyStatementInput;
}): Promise<DutyStatement> {
  return call('updateDutyStatement', { params: { id: input.id }, body: input.changes });
}

export async function deleteStatement(id: string): Promise<void> {
  await call('deleteDutyStatement', { params: { id } });
}

/** Uploads files for the statement's unit and attaches them after the ones it has. */
export async function addStatementAttachments(input: {
  statement: DutyStatement;
  files: File[];
}): Promise<DutyStatement> {
  const stored = [];
  for (const file of input.files) stored.push(await uploadFile(input.statement.unitId, file));
  const fileIds = [...input.statement.attachments.map((file) => file.id), ...stored.map((file) => file.id)];
  return updateStatement({ id: input.statement.id, changes: { fileIds } });
}

/** Takes one attachment off a draft statement. */
export function removeStatementAttachment(input: {
  statement: DutyStatement;
  fileId: string;
}): Promise<DutyStatement> {
  const fileIds = input.statement.attachments.map((file) => file.id).filter((id) => id !== input.fileId);
  return updateStatement({ id: input.statement.id, changes: { fileIds } });
}

function useRefreshing<I, O>(fn: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => refreshStatements(queryClient) });
}

export const useCreateStatement = () => useRefreshing(createStatement);
export const useUpdateStatement = () => useRefreshing(updateStatement);
export const useDeleteStatement = () => useRefreshing(deleteStatement);
export const useAddStatementAttachments = () => useRefreshing(addStatementAttachments);
export const useRemoveStatementAttachment = () => useRefreshing(removeStatementAttachment);
