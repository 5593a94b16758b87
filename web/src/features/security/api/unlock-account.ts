import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api';
import { orgKeys } from '../../org/api/query-keys';

/** Lifts an account's sign-in lock (clears lockedUntil and the failure count). */
export function unlockAccount(id: string): Promise<{ ok: true }> {
  return call('unlockAccount', { params: { id } });
}

export function useUnlockAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: unlockAccount,
    // The locked list sits under the accounts prefix: one invalidation refreshes both pages.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: orgKeys.accounts }),
  });
}
