import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { callItems } from '../../../lib/api';
import type { DutyItem, DutyItemFilters } from '../types';
import { dutyKeys } from './query-keys';

/** Items of one list (power or duty) in the caller's scope, with their latest and published versions. */
export function listDutyItems(filters: DutyItemFilters): Promise<DutyItem[]> {
  return callItems('listDutyItems', { query: filters });
}

export function useDutyItems(filters: DutyItemFilters, enabled = true) {
  return useQuery({
    queryKey: dutyKeys.list(filters),
    queryFn: () => listDutyItems(filters),
    placeholderData: keepPreviousData,
    enabled,
  });
}
