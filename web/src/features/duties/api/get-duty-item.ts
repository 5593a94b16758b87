import { useQuery } from '@tanstack/react-query';
import { call } from '../../../lib/api';
import type { DutyItemDetail } from '../types';
import { dutyKeys } from './query-keys';

/** One item with all its versions, newest first as the server sends them. */
export function getDutyItem(id: string): Promise<DutyItemDetail> {
  return call('getDutyItem', { params: { id } });
}

export function useDutyItem(id: string | null) {
  return useQuery({
    queryKey: dutyKeys.detail(id ?? ''),
    queryFn: () => getDutyItem(id!),
    enabled: id !== null,
  });
}
