import type { Page } from '@zeren/contracts';
import { call } from '../../../lib/api';
import { usePagedList } from '../../../lib/use-paged-list';
import type { Notice, NoticeFilters, NoticeQuery } from '../types';
import { noticeKeys } from './query-keys';

/** One page of the notices of the issuing units in scope, newest first. */
export function listNotices(query: NoticeQuery = {}): Promise<Page<Notice>> {
  return call('listNotices', { query });
}

export function useNoticesPage(filters: NoticeFilters = {}) {
  return usePagedList({ filters, queryKey: noticeKeys.list, fetch: listNotices });
}
