import type { QueryClient } from '@tanstack/react-query';
import { historyKeys } from '../../../lib/get-record-history';

/** Query keys of 述责; invalidating `all` refreshes statements, commitments and comments. */
export const statementKeys = {
  all: ['statements'] as const,
  list: (filters: object) => ['statements', 'list', filters] as const,
  detail: (id: string) => ['statements', 'detail', id] as const,
  commitments: (filters: object) => ['statements', 'commitments', filters] as const,
  comments: (id: string) => ['statements', 'comments', id] as const,
  locate: (recordType: string, id: string) => ['statements', 'locate', recordType, id] as const,
};

/** After a change: the lists and details, and the histories shown beside them. */
export function refreshStatements(queryClient: QueryClient): Promise<unknown> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: statementKeys.all }),
    queryClient.invalidateQueries({ queryKey: historyKeys.all }),
  ]);
}
