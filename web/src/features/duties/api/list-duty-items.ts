import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { DutyItem, DutyItemFilters } from '../types';
import { dutyKeys } from './query-keys';

/** Items of one list (power or duty) in the caller's scope, with their latest and published versions. */
export async function listDutyItems(filters: DutyItemFilters): Promise<DutyItem[]> {
  return (await api<{ items: DutyItem[] }>('/api/duty-items', { query: { ...filters } })).items;
}

export function useDutyItems(filters: DutyItemFilters) {
  return useQuery({
    queryKey: dutyKeys.list(filters),
    queryFn: () => listDutyItems(filters),
    placeholderData: keepPreviousData,
  });
}
