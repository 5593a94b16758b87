import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api';
import type { Notice } from '../types';
import { refreshNotices } from './query-keys';

/** One step of NOTICE_WORKFLOW, each its own route, with the text it takes. */
export type NoticeActionInput =
  | { id: string; action: 'submit' | 'withdraw' | 'issue' }
  | { id: string; action: 'approve'; opinion?: string | null }
  | { id: string; action: 'return'; reason: string };

export function runNoticeAction(input: NoticeActionInput): Promise<Notice> {
  const params = { id: input.id };
  switch (input.action) {
    case 'submit':
      return call('submitNotice', { params });
    case 'withdraw':
      return call('withdrawNotice', { params });
    case 'issue':
      return call('issueNotice', { params });
    case 'approve':
      return call('approveNotice', { params, body: { opinion: input.opinion || null } });
    case 'return':
      return call('returnNotice', { params, body: { reason: input.reason } });
  }
}

export function useNoticeAction() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: runNoticeAction, onSuccess: () => refreshNotices(queryClient) });
}
