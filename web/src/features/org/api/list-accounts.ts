import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Account } from '@zeren/contracts';
import { callItems } from '../../../lib/api';
import { orgKeys } from './query-keys';

export interface AccountFilters {
  unitId?: string | undefined;
  q?: string | undefined;
}

export function listAccounts(filters: AccountFilters = {}): Promise<Account[]> {
  return callItems('listAccounts', { query: filters });
}

export function useAccounts(filters: AccountFilters = {}) {
  return useQuery({
    queryKey: orgKeys.accountList(filters),
    queryFn: () => listAccounts(filters),
    placeholderData: keepPreviousData,
  });
}
