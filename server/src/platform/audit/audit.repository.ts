import { and, desc, eq, gte, like, lt, lte, not, or, type SQL, sql } from 'drizzle-orm';
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

/**
 * The events of one record, and of related records that name it in their payload (a campaign's
 * domains name their campaignId), newest first. Views and exports are not changes and are left out.
 */
export function listRecordHistory(
  db: DbOrTx,
  q: { recordType: string; recordId: string; related: readonly { recordType: string; via: string }[] },
) {
  const own = and(eq(auditEvent.recordType, q.recordType), eq(auditEvent.recordId, q.recordId))!;
  const related = q.related.map(
    (r) =>
      and(
        eq(auditEvent.recordType, r.recordType),
        or(
          sql`${auditEvent.after} ->> ${r.via} = ${q.recordId}`,
          sql`${auditEvent.before} ->> ${r.via} = ${q.recordId}`,
        ),
      )!,
  );
  return db
    .select()
    .from(auditEvent)
    .where(
      and(
        or(own, ...related),
        not(like(auditEvent.action, '%.viewed')),
        not(like(auditEvent.action, '%.exported')),
      ),
    )
    .orderBy(desc(auditEvent.seq))
    .limit(1000);
}
