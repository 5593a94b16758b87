import { useQuery } from '@tanstack/react-query';
import { call } from '../../../lib/api';
import type { RectificationItemDetail } from '../types';
import { rectificationKeys } from './query-keys';

/** One ledger item with its evidence files. */
export function getRectificationItem(id: string): Promise<RectificationItemDetail> {
  return call('getRectificationItem', { params: { id } });
}

export function useRectificationItem(id: string | undefined) {
  return useQuery({
    queryKey: rectificationKeys.detail(id ?? ''),
    queryFn: () => getRectificationItem(id!),
    enabled: id !== undefined,
  });
}
