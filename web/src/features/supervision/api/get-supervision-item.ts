import { useQuery } from '@tanstack/react-query';
import { call } from '../../../lib/api';
import type { SupervisionItemDetail } from '../types';
import { supervisionKeys } from './query-keys';

/** One item with its sub-items, progress reports, extension requests and the escalation steps reached. */
export function getSupervisionItem(id: string): Promise<SupervisionItemDetail> {
  return call('getSupervisionItem', { params: { id } });
}

export function useSupervisionItem(id: string | undefined) {
  return useQuery({
    queryKey: supervisionKeys.detail(id ?? ''),
    queryFn: () => getSupervisionItem(id!),
    enabled: id !== undefined,
  });
}
