import type { QueryClient } from '@tanstack/react-query';
import { historyKeys } from '../../../lib/get-record-history';

/** Query keys of the notices; invalidating `all` refreshes lists and details. */
export const noticeKeys = {
  all: ['notices'] as const,
  list: (filters: object) => ['notices', 'list', filters] as const,
  detail: (id: string) => ['notices', 'detail', id] as const,
  sources: (kind: string) => ['notices', 'sources', kind] as const,
  prefix: (unitId: string) => ['notices', 'prefix', unitId] as const,
};

/** After a change: the lists and details, and the histories shown beside them. */
export function refreshNotices(queryClient: QueryClient): Promise<unknown> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: noticeKeys.all }),
    queryClient.invalidateQueries({ queryKey: historyKeys.all }),
  ]);
}
