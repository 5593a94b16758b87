import type { AuditEvent, auditListQuerySchema } from '@zeren/contracts';
import type { z } from 'zod';
import { inTransaction, type ServiceContext } from '../context';
import { listAuditEvents } from './audit.repository';

/** Lists events for the audit administrator, newest first; reading the log is itself logged. */
export async function browseAuditLog(
  ctx: ServiceContext,
  query: z.output<typeof auditListQuerySchema>,
): Promise<{ items: AuditEvent[]; nextBeforeSeq: number | null }> {
  const filter = {
    ...query,
    from: query.from ? new Date(query.from) : undefined,
    to: query.to ? new Date(query.to) : undefined,
  };
  const rows = await inTransaction(ctx, async (tx) => {
    const found = await listAuditEvents(tx.tx, filter);
    await tx.audit({ action: 'audit.viewed', recordType: 'audit_event', after: { filter: { ...query } } });
    return found;
  });
  return {
    items: rows.map((r) => ({
      id: r.id,
      seq: r.seq,
      occurredAt: r.occurredAt.toISOString(),
      actorId: r.actorId,
      actorName: r.actorName,
      action: r.action,
      recordType: r.recordType,
      recordId: r.recordId,
      unitId: r.unitId,
      ip: r.ip,
      before: (r.before as Record<string, unknown> | null) ?? null,
      after: (r.after as Record<string, unknown> | null) ?? null,
      hash: r.hash,
    })),
    nextBeforeSeq: rows.length === query.limit ? rows[rows.length - 1]!.seq : null,
  };
}
