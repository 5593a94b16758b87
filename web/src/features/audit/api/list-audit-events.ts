import { useInfiniteQuery } from '@tanstack/react-query';
import { call } from '../../../lib/api';

export interface AuditFilters {
  action?: string | undefined;
  recordType?: string | undefined;
  recordId?: string | undefined;
  actorId?: string | undefined;
  /** ISO 8601 with offset. */
  from?: string | undefined;
  to?: string | undefined;
}

const PAGE_SIZE = 50;

/** One page of events, newest first; `beforeSeq` continues where the previous page stopped. */
export function listAuditEvents(filters: AuditFilters, beforeSeq?: number) {
  return call('listAuditEvents', { query: { ...filters, limit: PAGE_SIZE, beforeSeq } });
}

export function useAuditEvents(filters: AuditFilters) {
  return useInfiniteQuery({
    queryKey: ['audit-events', filters],
    queryFn: ({ pageParam }) => listAuditEvents(filters, pageParam),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (last) => last.nextBeforeSeq ?? undefined,
  });
}
