import { useQuery } from '@tanstack/react-query';
import type { Unit } from '@zeren/contracts';
import { callItems } from '../../../lib/api';
import { orgKeys } from './query-keys';

/** Every unit in the caller's data scope, as a flat list. */
export function listUnits(): Promise<Unit[]> {
  return callItems('listUnits');
}

export function useUnits() {
  return useQuery({ queryKey: orgKeys.units, queryFn: listUnits });
}
