import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { callItems } from '../../../lib/api';
import type { KeyTask, KeyTaskFilters } from '../types';
import { keyTaskKeys } from './query-keys';

/** Key tasks in scope with their status (on track, due soon, overdue, completed) and progress. */
export function listKeyTasks(filters: KeyTaskFilters = {}): Promise<KeyTask[]> {
  return callItems('listKeyTasks', { query: filters });
}

export function useKeyTasks(filters: KeyTaskFilters = {}, enabled = true) {
  return useQuery({
    queryKey: keyTaskKeys.list(filters),
    queryFn: () => listKeyTasks(filters),
    placeholderData: keepPreviousData,
    enabled,
  });
}
