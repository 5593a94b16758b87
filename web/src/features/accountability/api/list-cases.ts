import type { Page } from '@zeren/contracts';
import { call } from '../../../lib/api';
import { usePagedList } from '../../../lib/use-paged-list';
import type { AccountabilityCase, CaseFilters, CaseQuery } from '../types';
import { accountabilityKeys } from './query-keys';

/** One page of the cases handled in the caller's scope, due first. */
export function listCases(query: CaseQuery = {}): Promise<Page<AccountabilityCase>> {
  return call('listCases', { query });
}

/** The cases a table pages through. */
export function useCasesPage(filters: CaseFilters = {}) {
  return usePagedList({ filters, queryKey: accountabilityKeys.caseList, fetch: listCases });
}
