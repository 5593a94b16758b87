import { useQuery } from '@tanstack/react-query';
import type { HistoryEntry } from '@zeren/contracts';
import { callItems } from './api';

export const historyKeys = {
  all: ['history'] as const,
  record: (recordType: string, id: string) => ['history', recordType, id] as const,
};

/** A record's changes, newest first (404 unless the caller may read the record). */
export function getRecordHistory(recordType: string, id: string): Promise<HistoryEntry[]> {
  return callItems('getRecordHistory', { params: { recordType, id } });
}

/**
 * Fetched each time the history is shown (the tab mounts it afresh), so a change made a moment
 * ago is there; for personal data the server logs each look, as it logs the record's.
 */
export function useRecordHistory(recordType: string, id: string) {
  return useQuery({
    queryKey: historyKeys.record(recordType, id),
    queryFn: () => getRecordHistory(recordType, id),
    staleTime: 0,
    gcTime: 0,
  });
}
