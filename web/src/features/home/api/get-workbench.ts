import { useQuery } from '@tanstack/react-query';
import type { WorkbenchEntry } from '@zeren/contracts';
import { callItems } from '../../../lib/api';

export const workbenchKey = ['workbench'] as const;

/** What waits for the signed-in person: each entry a count of the list (operation and query) it links to. */
export function getWorkbench(): Promise<WorkbenchEntry[]> {
  return callItems('getWorkbench');
}

/** Fetched afresh whenever the home page opens: the counts follow what was just done elsewhere. */
export function useWorkbench() {
  return useQuery({ queryKey: workbenchKey, queryFn: getWorkbench, staleTime: 0, refetchOnMount: 'always' });
}
