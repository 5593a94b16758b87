import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api';
import { securityKeys } from './query-keys';

/** Ends another user's session: their next request answers 401 and sends them to sign in. */
export function revokeSession(id: string): Promise<{ ok: true }> {
  return call('revokeSession', { params: { id } });
}

export function useRevokeSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeSession,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: securityKeys.sessions }),
  });
}
