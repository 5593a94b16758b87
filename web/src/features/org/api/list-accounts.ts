import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Account } from '@zeren/contracts';
import { api } from '../../../lib/api';
import { orgKeys } from './query-keys';

export interface AccountFilters {
  unitId?: string | undefined;
  q?: string | undefined;
}

export async function listAccounts(filters: AccountFilters = {}): Promise<Account[]> {
  return (await api<{ items: Account[] }>('/api/accounts', { query: { ...filters } })).items;
}

export function useAccounts(filters: AccountFilters = {}) {
  return useQuery({
    queryKey: orgKeys.accountList(filters),
    queryFn: () => listAccounts(filters),
    placeholderData: keepPreviousData,
  });
}
