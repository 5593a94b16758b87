import { useQuery } from '@tanstack/react-query';
import { callItems } from '../../../lib/api';
import type { DutyItem } from '../types';
import { dutyKeys } from './query-keys';

/** Items whose latest version waits for approval, in the approver's scope. */
export function listApprovalQueue(): Promise<DutyItem[]> {
  return callItems('listDutyItemApprovals');
}

export function useApprovalQueue() {
  return useQuery({ queryKey: dutyKeys.queue, queryFn: listApprovalQueue });
}
