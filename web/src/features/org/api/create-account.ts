import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Account, CreateAccountInput } from '@zeren/contracts';
import { api } from '../../../lib/api';
import { orgKeys } from './query-keys';

export function createAccount(body: CreateAccountInput): Promise<Account> {
  return api<Account>('/api/accounts', { method: 'POST', body });
}

export function useCreateAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createAccount,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: orgKeys.accounts }),
  });
}
