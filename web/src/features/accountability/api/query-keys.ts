import type { QueryClient } from '@tanstack/react-query';
import { historyKeys } from '../../../lib/get-record-history';

/** Query keys of 问责; invalidating `all` refreshes lists, details, settings and records. */
export const accountabilityKeys = {
  all: ['accountability'] as const,
  leadList: (filters: object) => ['accountability', 'leads', filters] as const,
  lead: (id: string) => ['accountability', 'lead', id] as const,
  caseList: (filters: object) => ['accountability', 'cases', filters] as const,
  case: (id: string) => ['accountability', 'case', id] as const,
  determinationList: (filters: object) => ['accountability', 'determinations', filters] as const,
  unitDeterminationList: (filters: object) => ['accountability', 'unit-determinations', filters] as const,
  settings: ['accountability', 'settings'] as const,
  person: (id: string) => ['accountability', 'person', id] as const,
};

/** After a change: the lists and details, and the histories shown beside them. */
export function refreshAccountability(queryClient: QueryClient): Promise<unknown> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: accountabilityKeys.all }),
    queryClient.invalidateQueries({ queryKey: historyKeys.all }),
  ]);
}
