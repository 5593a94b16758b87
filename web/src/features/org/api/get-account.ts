import { useQuery } from '@tanstack/react-query';
import type { Account } from '@zeren/contracts';
import { call } from '../../../lib/api';
import { orgKeys } from './query-keys';

/** One account with its role assignments (under the accounts prefix: a save or unlock refreshes it). */
export function getAccount(id: string): Promise<Account> {
  return call('getAccount', { params: { id } });
}

/** The account `id`; `row` (its row of the list) stands in while it loads. */
export function useAccount(id: string | null, row?: Account) {
  return useQuery({
    queryKey: orgKeys.account(id ?? ''),
    queryFn: () => getAccount(id!),
    enabled: id !== null,
    placeholderData: row,
  });
}
