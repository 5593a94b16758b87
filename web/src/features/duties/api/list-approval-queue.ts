import type { Page } from '@zeren/contracts';
import { call, type QueryOf } from '../../../lib/api';
import { usePagedList } from '../../../lib/use-paged-list';
import type { DutyItem } from '../types';
import { dutyKeys } from './query-keys';

/** One page of the items whose latest version waits for approval, in the approver's scope. */
export function listApprovalQueue(query: QueryOf<'listDutyItemApprovals'> = {}): Promise<Page<DutyItem>> {
  return call('listDutyItemApprovals', { query });
}

/** The approval queue a table pages through (it has no filters). */
export function useApprovalQueuePage() {
  return usePagedList({ filters: {}, queryKey: dutyKeys.queuePage, fetch: listApprovalQueue });
}
