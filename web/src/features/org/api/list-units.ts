import { useQuery } from '@tanstack/react-query';
import type { Unit } from '@zeren/contracts';
import { api } from '../../../lib/api';
import { orgKeys } from './query-keys';

/** Every unit in the caller's data scope, as a flat list. */
export async function listUnits(): Promise<Unit[]> {
  return (await api<{ items: Unit[] }>('/api/units')).items;
}

export function useUnits() {
  return useQuery({ queryKey: orgKeys.units, queryFn: listUnits });
}
