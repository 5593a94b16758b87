import type { QueryClient } from '@tanstack/react-query';
import { historyKeys } from '../../../lib/get-record-history';

/** Query keys of the spot checks; invalidating `all` refreshes rosters, plans, targets and details. */
export const spotCheckKeys = {
  all: ['spotChecks'] as const,
  rosterTargets: (filters: object) => ['spotChecks', 'rosterTargets', filters] as const,
  inspectors: (filters: object) => ['spotChecks', 'inspectors', filters] as const,
  items: (filters: object) => ['spotChecks', 'items', filters] as const,
  plans: (filters: object) => ['spotChecks', 'plans', filters] as const,
  plan: (id: string) => ['spotChecks', 'plan', id] as const,
  targets: (filters: object) => ['spotChecks', 'targets', filters] as const,
  target: (id: string) => ['spotChecks', 'target', id] as const,
};

/** After a change: every spot-check list and detail, and the histories shown beside them. */
export function refreshSpotChecks(queryClient: QueryClient): Promise<unknown> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: spotCheckKeys.all }),
    queryClient.invalidateQueries({ queryKey: historyKeys.all }),
  ]);
}
