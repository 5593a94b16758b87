import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Account, CreateAccountInput } from '@zeren/contracts';
import { call } from '../../../lib/api';
import { orgKeys } from './query-keys';

export function createAccount(body: CreateAccountInput): Promise<Account> {
  return call('createAccount', { body });
}

export function useCreateAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createAccount,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: orgKeys.accounts }),
  });
}
