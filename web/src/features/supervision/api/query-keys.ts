import type { QueryClient } from '@tanstack/react-query';
import { historyKeys } from '../../../lib/get-record-history';

/** Query keys of the supervision items; invalidating `all` refreshes lists, counts and details. */
export const supervisionKeys = {
  all: ['supervision'] as const,
  list: (filters: object) => ['supervision', 'list', filters] as const,
  reminders: (filters: object) => ['supervision', 'reminders', filters] as const,
  detail: (id: string) => ['supervision', 'detail', id] as const,
  settings: (campaignId: string) => ['supervision', 'settings', campaignId] as const,
};

/**
 * After a change: the lists, counts and details, and the histories (the item's page keeps its
 * history in view beside the details, so a step just taken shows there at once).
 */
export function refreshSupervision(queryClient: QueryClient): Promise<unknown> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: supervisionKeys.all }),
    queryClient.invalidateQueries({ queryKey: historyKeys.all }),
  ]);
}
