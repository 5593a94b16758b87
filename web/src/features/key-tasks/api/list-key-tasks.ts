import { useQuery } from '@tanstack/react-query';
import type { Page } from '@zeren/contracts';
import { call } from '../../../lib/api';
import { fetchAllPages, usePagedList } from '../../../lib/use-paged-list';
import type { KeyTask, KeyTaskFilters, KeyTaskQuery } from '../types';
import { keyTaskKeys } from './query-keys';

/**
 * One page of the key tasks in scope, by due date, with their status (on track, due soon,
 * overdue, completed: filtered on the server) and progress.
 */
export function listKeyTasks(query: KeyTaskQuery = {}): Promise<Page<KeyTask>> {
  return call('listKeyTasks', { query });
}

/** The key tasks a table pages through. */
export function useKeyTasksPage(filters: KeyTaskFilters = {}, enabled = true) {
  return usePagedList({ filters, queryKey: keyTaskKeys.list, fetch: listKeyTasks, enabled });
}

/**
 * Whether an extension request on `task` waits for the caller's decision: the task is among those
 * the server lists as waiting for the caller (narrowed to the task's campaign and unit, every
 * page of them read).
 */
export function useDecidesExtension(task: KeyTask | undefined, enabled = true) {
  const filters: KeyTaskFilters = task
    ? { pendingExtension: 'true', campaignId: task.campaignId, unitId: task.unitId }
    : {};
  return useQuery({
    queryKey: keyTaskKeys.list({ ...filters, waitingOn: task?.id }),
    queryFn: async () =>
      (await fetchAllPages(listKeyTasks, filters)).some((pending) => pending.id === task?.id),
    enabled: enabled && task !== undefined,
  });
}
