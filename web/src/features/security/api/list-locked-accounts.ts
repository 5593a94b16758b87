import { useQuery } from '@tanstack/react-query';
import type { Account } from '@zeren/contracts';
import { isLocked } from '../../../components/account-status';
import { callItems } from '../../../lib/api';
import { securityKeys } from './query-keys';

/** Accounts in the caller's scope whose lock has not yet run out. */
export async function listLockedAccounts(): Promise<Account[]> {
  const items = await callItems('listAccounts');
  const now = Date.now();
  return items.filter((account) => isLocked(account, now));
}

export function useLockedAccounts() {
  return useQuery({ queryKey: securityKeys.lockedAccounts, queryFn: listLockedAccounts });
}
