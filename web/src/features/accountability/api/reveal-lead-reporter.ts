import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api';
import { refreshAccountability } from './query-keys';

/**
 * A named reporter's name and contact, after the user re-entered their password and stated why
 * (audited; the reporter sees that it happened). Never cached: shown once, in the dialog.
 */
export function revealLeadReporter({
  id,
  password,
  reason,
}: {
  id: string;
  password: string;
  reason: string;
}): Promise<{ name: string | null; contact: string | null }> {
  return call('revealLeadReporter', { params: { id }, body: { password, reason } });
}

export function useRevealLeadReporter() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: revealLeadReporter, onSuccess: () => refreshAccountability(queryClient) });
}
