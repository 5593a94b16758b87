import { type AuditEventInput, type AuditVerifyResult, auditEventInputSchema } from '@zeren/contracts';
import { desc, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { newId } from '../../db/columns';
import { maskPersonal, sm3 } from '../crypto';
import { auditEvent } from './audit.table';
import { canonicalJson } from './canonical';

export const GENESIS_HASH = '0'.repeat(64);
/** Advisory lock key that serialises appends, so the chain has exactly one successor per event. */
const CHAIN_LOCK = 7302;

/** Fields whose values are personal data: masked in before/after. */
const PERSONAL_FIELDS = new Set(['phone', 'email', 'idNumber', 'address', 'contact']);
/** Fields never written to the log at all. */
const SECRET_FIELDS = new Set(['password', 'passwordHash', 'tokenHash', 'phoneEnc', 'emailEnc']);

export interface AuditActor {
  userId: string | null;
  name: string | null;
  ip: string | null;
}

type Row = typeof auditEvent.$inferSelect;

/** Content that the hash covers, in canonical form. */
export function auditContent(row: Omit<Row, 'hash'>): string {
  return canonicalJson({
    id: row.id,
    seq: row.seq,
    occurredAt: row.occurredAt.toISOString(),
    actorId: row.actorId,
    actorName: row.actorName,
    action: row.action,
    recordType: row.recordType,
    recordId: row.recordId,
    unitId: row.unitId,
    ip: row.ip,
    before: row.before ?? null,
    after: row.after ?? null,
    prevHash: row.prevHash,
  });
}

export function auditHash(row: Omit<Row, 'hash'>): string {
  return sm3(auditContent(row));
}

/** Strips secrets, masks personal data, and makes values JSON-plain (dates → ISO strings). */
export function sanitise(data: Record<string, unknown> | null | undefined): Record<string, unknown> | null {
  if (!data) return null;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    if (SECRET_FIELDS.has(key) || value === undefined) continue;
    if (PERSONAL_FIELDS.has(key)) out[key] = typeof value === 'string' ? maskPersonal(value) : value;
    else out[key] = value instanceof Date ? value.toISOString() : value;
  }
  return JSON.parse(JSON.stringify(out));
}

/** Keeps only the fields whose values differ, so an update's event says what changed. */
export function changedFields(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): { before: Record<string, unknown>; after: Record<string, unknown> } {
  const b: Record<string, unknown> = {};
  const a: Record<string, unknown> = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (canonicalJson(before[key]) !== canonicalJson(after[key])) {
      b[key] = before[key];
      a[key] = after[key];
    }
  }
  return { before: b, after: a };
}

/**
 * An event exactly as it will be stored (secrets dropped, personal data masked), checked against
 * the typed event of its action: a payload its contract does not describe is a programming error.
 */
export function storedPayload(input: AuditEventInput) {
  const stored = {
    ...input,
    before: sanitise(input.before as Record<string, unknown> | null | undefined),
    after: sanitise(input.after as Record<string, unknown> | null | undefined),
  };
  const checked = auditEventInputSchema.safeParse(stored);
  if (!checked.success)
    throw new Error(`audit event ${input.action} does not match its contract: ${checked.error.message}`);
  return stored;
}

/**
 * Appends one event to the chain. Must run inside the transaction of the change it
 * records, so both commit or neither does.
 */
export async function appendAuditEvent(
  tx: DbOrTx,
  actor: AuditActor,
  at: Date,
  input: AuditEventInput,
): Promise<string> {
  const payload = storedPayload(input);
  await tx.execute(sql`select pg_advisory_xact_lock(${CHAIN_LOCK})`);
  const [last] = await tx
    .select({ seq: auditEvent.seq, hash: auditEvent.hash })
    .from(auditEvent)
    .orderBy(desc(auditEvent.seq))
    .limit(1);
  const row: Omit<Row, 'hash'> = {
    id: newId(),
    seq: (last?.seq ?? 0) + 1,
    // The hash covers millisecond time; PostgreSQL keeps microseconds, so truncate first.
    occurredAt: new Date(Math.floor(at.getTime())),
    actorId: actor.userId,
    actorName: actor.name,
    action: payload.action,
    recordType: payload.recordType,
    recordId: payload.recordId ?? null,
    unitId: payload.unitId ?? null,
    ip: actor.ip,
    before: payload.before,
    after: payload.after,
    prevHash: last?.hash ?? GENESIS_HASH,
  };
  await tx.insert(auditEvent).values({ ...row, hash: auditHash(row) });
  return row.id;
}

export type VerifyResult = AuditVerifyResult;

/** Walks the whole chain in order and reports the first event that does not match. */
export async function verifyAuditChain(db: DbOrTx, batchSize = 2000): Promise<VerifyResult> {
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  let checked = 0;
  for (;;) {
    const rows = await db
      .select()
      .from(auditEvent)
      .where(sql`${auditEvent.seq} >= ${expectedSeq}`)
      .orderBy(auditEvent.seq)
      .limit(batchSize);
    if (rows.length === 0) return { ok: true, checked };
    for (const row of rows) {
      if (row.seq !== expectedSeq)
        return { ok: false, checked, firstBad: { seq: row.seq, id: row.id, reason: 'gap' } };
      if (row.prevHash !== prevHash)
        return { ok: false, checked, firstBad: { seq: row.seq, id: row.id, reason: 'broken_link' } };
      if (auditHash(row) !== row.hash)
        return { ok: false, checked, firstBad: { seq: row.seq, id: row.id, reason: 'hash_mismatch' } };
      prevHash = row.hash;
      expectedSeq++;
      checked++;
    }
  }
}
