import type { HistoryEntry } from '@zeren/contracts';
import type { DbOrTx } from '../../db/client';
import { inTransaction, type ServiceContext } from '../context';
import { notFound } from '../errors';
import { recordHandle } from '../module';
import { listRecordHistory } from './audit.repository';

/**
 * A record's history for the people who work on it: every change (who, when, what), newest
 * first, built from the audit log. Whoever may read the record may read its history (404
 * otherwise); where reading the record is itself audited (personal data), so is this.
 */
export async function recordHistory(
  ctx: ServiceContext,
  recordType: string,
  id: string,
): Promise<HistoryEntry[]> {
  const handle = recordHandle(recordType);
  if (!handle) throw notFound();
  const read = async (db: DbOrTx) => {
    await handle.loadForRead(ctx, id, db);
    const rows = await listRecordHistory(db, { recordType, recordId: id, related: handle.related ?? [] });
    return rows.map(
      (r): HistoryEntry => ({
        seq: r.seq,
        occurredAt: r.occurredAt.toISOString(),
        actorName: r.actorName,
        action: r.action,
        recordType: r.recordType,
        recordId: r.recordId,
        before: (r.before as Record<string, unknown> | null) ?? null,
        after: (r.after as Record<string, unknown> | null) ?? null,
      }),
    );
  };
  if (!handle.auditViews) return read(ctx.db);
  return inTransaction(ctx, async (tx) => {
    const entries = await read(tx.tx);
    await tx.audit({ action: 'history.viewed', recordType: 'history', recordId: id, after: { recordType } });
    return entries;
  });
}
