import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api';
import type { CreateExemplarBody, Exemplar, UpdateExemplarInput } from '../types';
import { refreshEvaluation } from './query-keys';

/** Nominates a unit or a person, with the citation and the evidence (files uploaded first, then referenced). */
export function createExemplar(body: CreateExemplarBody): Promise<Exemplar> {
  return call('createExemplar', { body });
}

/** Edits a nomination not yet reviewed: title, citation, attachments. */
export function updateExemplar(input: { id: string; changes: UpdateExemplarInput }): Promise<Exemplar> {
  return call('updateExemplar', { params: { id: input.id }, body: input.changes });
}

/** Withdraws a nomination not yet reviewed. */
export async function deleteExemplar(id: string): Promise<void> {
  await call('deleteExemplar', { params: { id } });
}

function useRefreshing<I, O>(fn: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => refreshEvaluation(queryClient) });
}

export const useCreateExemplar = () => useRefreshing(createExemplar);
export const useUpdateExemplar = () => useRefreshing(updateExemplar);
export const useDeleteExemplar = () => useRefreshing(deleteExemplar);
