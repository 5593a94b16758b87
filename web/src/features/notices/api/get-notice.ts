import { useQuery } from '@tanstack/react-query';
import { call } from '../../../lib/api';
import type { Notice } from '../types';
import { noticeKeys } from './query-keys';

export function getNotice(id: string): Promise<Notice> {
  return call('getNotice', { params: { id } });
}

export function useNotice(id: string | undefined) {
  return useQuery({
    queryKey: noticeKeys.detail(id ?? ''),
    queryFn: () => getNotice(id!),
    enabled: id !== undefined,
  });
}
