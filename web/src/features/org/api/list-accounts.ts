import type { Account, Page } from '@zeren/contracts';
import { call, type QueryOf } from '../../../lib/api';
import { usePagedList } from '../../../lib/use-paged-list';
import { orgKeys } from './query-keys';

/** An accounts query as the caller writes it (the route's input type: `limit` and `after` optional). */
export type AccountQuery = QueryOf<'listAccounts'>;
/** The accounts list's filters: the query without its paging. */
export type AccountFilters = Omit<AccountQuery, 'limit' | 'after'>;

/** One page of the accounts in scope, by username. */
export function listAccounts(query: AccountQuery = {}): Promise<Page<Account>> {
  return call('listAccounts', { query });
}

/** The accounts list a table pages through. */
export function useAccountsPage(filters: AccountFilters = {}) {
  return usePagedList({ filters, queryKey: orgKeys.accountList, fetch: listAccounts });
}
