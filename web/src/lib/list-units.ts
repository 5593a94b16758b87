import { useQuery } from '@tanstack/react-query';
import type { Unit } from '@zeren/contracts';
import { callItems } from './api';

/** The query key of the unit list; every change to a unit invalidates it. */
export const unitsQueryKey = ['units'] as const;

/** Every unit in the caller's data scope, as a flat list (the tree pickers and the org pages share it). */
export function listUnits(): Promise<Unit[]> {
  return callItems('listUnits');
}

export function useUnits(enabled = true) {
  return useQuery({ queryKey: unitsQueryKey, queryFn: listUnits, enabled });
}
