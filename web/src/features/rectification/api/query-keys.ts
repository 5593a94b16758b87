import type { QueryClient } from '@tanstack/react-query';
import { historyKeys } from '../../../lib/get-record-history';

/** Query keys of the ledger; invalidating `all` refreshes lists, counts and details. */
export const rectificationKeys = {
  all: ['rectification'] as const,
  list: (filters: object) => ['rectification', 'list', filters] as const,
  detail: (id: string) => ['rectification', 'detail', id] as const,
};

/** After a change: the lists and details, and the histories (shown beside the details). */
export function refreshRectification(queryClient: QueryClient): Promise<unknown> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: rectificationKeys.all }),
    queryClient.invalidateQueries({ queryKey: historyKeys.all }),
  ]);
}
