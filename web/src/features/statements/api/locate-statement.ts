import { useQuery } from '@tanstack/react-query';
import type { HistoryEntry } from '@zeren/contracts';
import { getRecordHistory } from '../../../lib/get-record-history';
import { statementKeys } from './query-keys';

/** The statement id an event of a commitment or a comment names (its creation always does). */
export function statementIdOf(entries: readonly HistoryEntry[]): string | null {
  for (const entry of [...entries].reverse())
    for (const payload of [entry.after, entry.before]) {
      const id = payload?.statementId;
      if (typeof id === 'string' && id) return id;
    }
  return null;
}

/**
 * The statement a commitment or a public comment belongs to. Neither has a route of its own, so
 * links to them (notifications, the audit log) find it in the record's history: its events name
 * the statement (`statementId`). Null when none does.
 */
export function useLocateStatement(recordType: 'commitment' | 'statement_comment', id: string | undefined) {
  return useQuery({
    queryKey: statementKeys.locate(recordType, id ?? ''),
    queryFn: async () => statementIdOf(await getRecordHistory(recordType, id!)),
    enabled: id !== undefined,
    retry: false,
  });
}
