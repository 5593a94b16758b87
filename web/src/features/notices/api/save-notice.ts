import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ComposeNoticeInput, CreateNoticeInput, UpdateNoticeInput } from '@zeren/contracts';
import { call } from '../../../lib/api';
import type { Notice } from '../types';
import { refreshNotices } from './query-keys';

/** Drafts a notice by hand. */
export function createNotice(body: CreateNoticeInput): Promise<Notice> {
  return call('createNotice', { body });
}

/** Drafts a notice composed from source records (its body written from them). */
export function composeNotice(body: ComposeNoticeInput): Promise<Notice> {
  return call('composeNotice', { body });
}

export function updateNotice(input: { id: string; changes: UpdateNoticeInput }): Promise<Notice> {
  return call('updateNotice', { params: { id: input.id }, body: input.changes });
}

export async function deleteNotice(id: string): Promise<void> {
  await call('deleteNotice', { params: { id } });
}

function useRefreshing<I, O>(fn: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => refreshNotices(queryClient) });
}

export const useCreateNotice = () => useRefreshing(createNotice);
export const useComposeNotice = () => useRefreshing(composeNotice);
export const useUpdateNotice = () => useRefreshing(updateNotice);
export const useDeleteNotice = () => useRefreshing(deleteNotice);
