import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Account, UpdateAccountInput } from '@zeren/contracts';
import { call } from '../../../lib/api';
import { orgKeys } from './query-keys';

/** Changes roles, the disabled flag or the password, or lifts a lock (`unlock: true`). */
export function updateAccount({ id, ...body }: UpdateAccountInput & { id: string }): Promise<Account> {
  return call('updateAccount', { params: { id }, body });
}

export function useUpdateAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateAccount,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: orgKeys.accounts }),
  });
}
