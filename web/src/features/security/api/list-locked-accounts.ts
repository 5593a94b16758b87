import { useQuery } from '@tanstack/react-query';
import type { Account } from '@zeren/contracts';
import { isLocked } from '../../../components/account-status';
import { fetchAllPages } from '../../../lib/use-paged-list';
import { listAccounts } from '../../org/api/list-accounts';
import { securityKeys } from './query-keys';

/**
 * Accounts in the caller's scope whose lock has not yet run out. The accounts list has no filter
 * for locks: every page of it is read (staff accounts in scope: a few pages of 200 at most).
 */
export async function listLockedAccounts(): Promise<Account[]> {
  const items = await fetchAllPages(listAccounts, {});
  const now = Date.now();
  return items.filter((account) => isLocked(account, now));
}

export function useLockedAccounts() {
  return useQuery({ queryKey: securityKeys.lockedAccounts, queryFn: listLockedAccounts });
}
