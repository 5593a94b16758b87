import type { Page } from '@zeren/contracts';
import { call } from '../../../lib/api';
import { usePagedList } from '../../../lib/use-paged-list';
import type { DutyStatement, StatementFilters, StatementQuery } from '../types';
import { statementKeys } from './query-keys';

/** One page of the duty statements of the units in scope, newest first. */
export function listStatements(query: StatementQuery = {}): Promise<Page<DutyStatement>> {
  return call('listDutyStatements', { query });
}

export function useStatementsPage(filters: StatementFilters = {}) {
  return usePagedList({ filters, queryKey: statementKeys.list, fetch: listStatements });
}
