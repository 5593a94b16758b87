import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { KeyTask, KeyTaskFilters } from '../types';
import { keyTaskKeys } from './query-keys';

/** Key tasks in scope with their status (on track, due soon, overdue, completed) and progress. */
export async function listKeyTasks(filters: KeyTaskFilters = {}): Promise<KeyTask[]> {
  return (await api<{ items: KeyTask[] }>('/api/key-tasks', { query: { ...filters } })).items;
}

export function useKeyTasks(filters: KeyTaskFilters = {}) {
  return useQuery({
    queryKey: keyTaskKeys.list(filters),
    queryFn: () => listKeyTasks(filters),
    placeholderData: keepPreviousData,
  });
}
