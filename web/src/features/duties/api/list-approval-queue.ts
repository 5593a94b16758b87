import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { DutyItem } from '../types';
import { dutyKeys } from './query-keys';

/** Items whose latest version waits for approval, in the approver's scope. */
export async function listApprovalQueue(): Promise<DutyItem[]> {
  return (await api<{ items: DutyItem[] }>('/api/duty-items/approval-queue')).items;
}

export function useApprovalQueue() {
  return useQuery({ queryKey: dutyKeys.queue, queryFn: listApprovalQueue });
}
