import { and, desc, eq, gte, lt, lte, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { auditEvent } from './audit.table';

export interface AuditFilter {
  action?: string | undefined;
  recordType?: string | undefined;
  recordId?: string | undefined;
  actorId?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
  beforeSeq?: number | undefined;
  limit: number;
}

/** Newest first, keyset-paginated by seq. */
export function listAuditEvents(db: DbOrTx, f: AuditFilter) {
  const c: SQL[] = [];
  if (f.action) c.push(eq(auditEvent.action, f.action));
  if (f.recordType) c.push(eq(auditEvent.recordType, f.recordType));
  if (f.recordId) c.push(eq(auditEvent.recordId, f.recordId));
  if (f.actorId) c.push(eq(auditEvent.actorId, f.actorId));
  if (f.from) c.push(gte(auditEvent.occurredAt, f.from));
  if (f.to) c.push(lte(auditEvent.occurredAt, f.to));
  if (f.beforeSeq) c.push(lt(auditEvent.seq, f.beforeSeq));
  return db
    .select()
    .from(auditEvent)
    .where(and(...c))
    .orderBy(desc(auditEvent.seq))
    .limit(f.limit);
}
