import { useQuery } from '@tanstack/react-query';
import { call } from '../../../lib/api';
import type { KeyTaskDetail } from '../types';
import { keyTaskKeys } from './query-keys';

/** One task with its sub-tasks and progress updates (with their evidence files). */
export function getKeyTask(id: string): Promise<KeyTaskDetail> {
  return call('getKeyTask', { params: { id } });
}

export function useKeyTask(id: string | null) {
  return useQuery({
    queryKey: keyTaskKeys.detail(id ?? ''),
    queryFn: () => getKeyTask(id!),
    enabled: id !== null,
  });
}
