import {
  type AuditEventInput,
  type AuditVerifyReason,
  type AuditVerifyResult,
  auditEventInputSchema,
} from '@zeren/contracts';
import { desc, eq, type SQL, sql } from 'drizzle-orm';
import { type Db, type DbOrTx, executePrepared } from '../../db/client';
import { newId } from '../../db/columns';
import { insertJsonRows, jsonRowsInsert } from '../../db/json-rows';
import { hmacSm3, maskPersonal, sm3 } from '../crypto';
import { auditCheckpoint, auditEvent, auditHead } from './audit.table';
import { type AuditKeys, checkpointSignatureValid, signCheckpoint } from './audit-keys';
import { canonicalJson } from './canonical';

export const GENESIS_HASH = '0'.repeat(64);
/**
 * Advisory lock key that serialises appends to a log without a head (see lockChain), so the chain
 * has exactly one successor per event.
 */
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

/** How an event's hash is made: 1 = SM3 (before the chain was keyed), 2 = HMAC-SM3 under the audit key. */
export const LEGACY_CHAIN = 1;
export const KEYED_CHAIN = 2;

/** Content that the hash covers, in canonical form (a keyed event's covers its chain version too). */
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
    ...(row.chain === LEGACY_CHAIN ? {} : { chain: row.chain }),
  });
}

/**
 * An event's hash: HMAC-SM3 under the audit key (which is not in the database, so whoever can
 * write the database cannot recompute it); events written before the chain was keyed keep SM3.
 */
export function auditHash(row: Omit<Row, 'hash'>, keys: AuditKeys): string {
  return row.chain === LEGACY_CHAIN ? sm3(auditContent(row)) : hmacSm3(keys.chainKey, auditContent(row));
}

/** The seal of the head record. */
export function headMac(keys: AuditKeys, seq: number, hash: string): string {
  return hmacSm3(keys.chainKey, `zeren-audit-head/v1|${seq}|${hash}`);
}

/** A checkpoint of the head is signed after this many events, or this long, since the last one. */
export const CHECKPOINT_EVERY_EVENTS = 1000;
export const CHECKPOINT_EVERY_MS = 60 * 60_000;

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

/** An event checked and given its id, waiting to be chained (see `inTransaction`). */
export interface PreparedAuditEvent {
  id: string;
  payload: ReturnType<typeof storedPayload>;
}

/** Checks an event against its contract and names it: what `tx.audit` does at once. */
export function prepareAuditEvent(input: AuditEventInput): PreparedAuditEvent {
  return { id: newId(), payload: storedPayload(input) };
}

/**
 * Appends one event to the chain, keyed (HMAC-SM3), and moves the sealed head. Must run inside
 * the transaction of the change it records, so both commit or neither does. Signs a checkpoint
 * of the head every CHECKPOINT_EVERY_EVENTS events or CHECKPOINT_EVERY_MS.
 */
export async function appendAuditEvent(
  tx: DbOrTx,
  keys: AuditKeys,
  actor: AuditActor,
  at: Date,
  input: AuditEventInput,
): Promise<string> {
  return (await appendAuditEvents(tx, keys, actor, at, [input]))[0]!;
}

/** Appends events in their order, as appendAuditEvent would one by one. */
export async function appendAuditEvents(
  tx: DbOrTx,
  keys: AuditKeys,
  actor: AuditActor,
  at: Date,
  inputs: readonly AuditEventInput[],
): Promise<string[]> {
  return appendPreparedAuditEvents(tx, keys, actor, at, inputs.map(prepareAuditEvent));
}

/** Events of one insert statement: a job that records thousands of steps writes them in parts. */
const INSERT_CHUNK = 500;

/**
 * Locks the head of the chain and answers it with the position to continue from. The head row
 * is the lock: `FOR UPDATE` waits for the transaction holding it and then reads the head that
 * transaction committed, in one round trip. Only a log without a head (its first event, or one
 * written before the chain was keyed) takes the advisory lock, since there is no row to lock yet.
 */
async function lockChain(tx: DbOrTx) {
  const lockedHead = async () =>
    (await tx.select().from(auditHead).where(eq(auditHead.id, 1)).for('update'))[0];
  let head = await lockedHead();
  if (!head) {
    await tx.execute(sql`select pg_advisory_xact_lock(${CHAIN_LOCK})`);
    head = await lockedHead();
  }
  if (head) return { head, seq: head.seq, prevHash: head.hash };
  const [last] = await tx
    .select({ seq: auditEvent.seq, hash: auditEvent.hash })
    .from(auditEvent)
    .orderBy(desc(auditEvent.seq))
    .limit(1);
  return { head: undefined, seq: last?.seq ?? 0, prevHash: last?.hash ?? GENESIS_HASH };
}

/** Where a chain continues from: the last event's position and hash, and the last checkpoint. */
interface ChainStart {
  seq: number;
  prevHash: string;
  /** null on a log without a head: its first event creates the head and takes no checkpoint. */
  checkpoint: { seq: number; at: Date | null } | null;
}

/**
 * The rows of prepared events chained after `start`, in their order: each event's seq, hash and
 * the hash before it; the new head; and the checkpoints due along the way (every
 * CHECKPOINT_EVERY_EVENTS events or CHECKPOINT_EVERY_MS). Pure: both ways of appending use it.
 */
function chainEvents(
  keys: AuditKeys,
  actor: AuditActor,
  at: Date,
  start: ChainStart,
  events: readonly PreparedAuditEvent[],
) {
  // The hash covers millisecond time; PostgreSQL keeps microseconds, so truncate first.
  const occurredAt = new Date(Math.floor(at.getTime()));
  let seq = start.seq;
  let prevHash = start.prevHash;
  let checkpoint = start.checkpoint;
  const rows: Row[] = [];
  const checkpoints: { seq: number; hash: string }[] = [];
  for (const { id, payload } of events) {
    const row: Omit<Row, 'hash'> = {
      id,
      seq: ++seq,
      occurredAt,
      actorId: actor.userId,
      actorName: actor.name,
      action: payload.action,
      recordType: payload.recordType,
      recordId: payload.recordId ?? null,
      unitId: payload.unitId ?? null,
      ip: actor.ip,
      before: payload.before,
      after: payload.after,
      prevHash,
      chain: KEYED_CHAIN,
    };
    const hash = auditHash(row, keys);
    rows.push({ ...row, hash });
    prevHash = hash;
    if (!checkpoint) {
      checkpoint = { seq: 0, at: occurredAt };
      continue;
    }
    const since = checkpoint.at ? occurredAt.getTime() - checkpoint.at.getTime() : 0;
    if (row.seq - checkpoint.seq >= CHECKPOINT_EVERY_EVENTS || since >= CHECKPOINT_EVERY_MS) {
      checkpoints.push({ seq: row.seq, hash });
      checkpoint = { seq: row.seq, at: occurredAt };
    }
  }
  return { rows, occurredAt, head: { seq, hash: prevHash, mac: headMac(keys, seq, prevHash) }, checkpoints };
}

/**
 * Chains prepared events in their order — the same rows, hashes, head and checkpoints as one
 * appendAuditEvent each — holding the chain for two round trips: the locked read of the head,
 * then one statement that inserts the events and moves the head (a job that records thousands of
 * steps inserts them in chunks first). `inTransaction` calls it last, just before the commit, so
 * concurrent changes wait on each other only for that long.
 */
export async function appendPreparedAuditEvents(
  tx: DbOrTx,
  keys: AuditKeys,
  actor: AuditActor,
  at: Date,
  events: readonly PreparedAuditEvent[],
): Promise<string[]> {
  if (events.length === 0) return [];
  const { head, seq, prevHash } = await lockChain(tx);
  const chained = chainEvents(
    keys,
    actor,
    at,
    { seq, prevHash, checkpoint: head ? { seq: head.checkpointSeq, at: head.checkpointAt } : null },
    events,
  );
  const { rows, occurredAt } = chained;
  const lastChunk = Math.floor((rows.length - 1) / INSERT_CHUNK) * INSERT_CHUNK;
  for (let i = 0; i < lastChunk; i += INSERT_CHUNK)
    await insertJsonRows(tx, auditEvent, rows.slice(i, i + INSERT_CHUNK));
  if (head) {
    // One JSON parameter, not a builder's fourteen a row: this runs in every change's transaction.
    await tx.execute(
      sql`with appended as (${jsonRowsInsert(auditEvent, rows.slice(lastChunk))})
        update ${auditHead} set seq = ${chained.head.seq}, hash = ${chained.head.hash}, mac = ${chained.head.mac}
        where ${auditHead.id} = 1`,
    );
  } else {
    await insertJsonRows(tx, auditEvent, rows.slice(lastChunk));
    await tx.insert(auditHead).values({ id: 1, ...chained.head, checkpointSeq: 0, checkpointAt: occurredAt });
  }
  for (const c of chained.checkpoints) await writeCheckpoint(tx, keys, c.seq, c.hash, occurredAt);
  return rows.map((r) => r.id);
}

/** The head as a statement read it (`auditHeadRead`); null on a log without a head. */
export interface AuditHeadSeen {
  seq: number;
  hash: string;
  checkpointSeq: number;
  checkpointAt: Date | null;
}

/**
 * The head as one JSON value: a scalar subquery for the statement in which an intake reads what
 * its batch needs, so the head costs no round trip of its own (see `appendAtHead`).
 */
export const auditHeadRead = sql`(select json_build_object('seq', h.seq, 'hash', h.hash,
  'checkpointSeq', h.checkpoint_seq, 'checkpointAt', h.checkpoint_at) from ${auditHead} h where h.id = 1)`;

export function parseAuditHead(value: unknown): AuditHeadSeen | null {
  if (!value) return null;
  const v = (typeof value === 'string' ? JSON.parse(value) : value) as {
    seq: number | string;
    hash: string;
    checkpointSeq: number | string;
    checkpointAt: string | null;
  };
  return {
    seq: Number(v.seq),
    hash: v.hash,
    checkpointSeq: Number(v.checkpointSeq),
    checkpointAt: v.checkpointAt ? new Date(v.checkpointAt) : null,
  };
}

/** A change written by `appendAtHead`'s statement, made only when `moved` holds. */
export type ChangeAtHead = (moved: SQL) => SQL;

/**
 * Appends events and makes the changes they record in one statement, with no transaction around
 * it and no lock held between round trips: for an intake whose throughput is bounded by round
 * trips (the public ballots' group commit). The events are chained after the head the caller read
 * (`auditHeadRead`, in the same statement as the rest of what its batch needed); the statement
 * moves the head only if it is still that one (compare-and-set), and inserts the events, the due
 * checkpoints and the caller's changes only if it moved. A `guard` is a further condition of the
 * move (what a plan made from memory rested on: see `PlannedAtHead`). Answers the head the chain
 * moved to, or null when another writer moved it first (or the guard did not hold): nothing was
 * written, and the caller reads again (or takes the lock: `inTransaction`). One statement is one
 * transaction: the change and its events commit together.
 */
export async function appendAtHead(
  db: DbOrTx,
  keys: AuditKeys,
  actor: AuditActor,
  at: Date,
  seen: AuditHeadSeen,
  events: readonly PreparedAuditEvent[],
  changes: readonly ChangeAtHead[],
  guard?: SQL,
): Promise<AuditHeadSeen | null> {
  const chained = chainEvents(
    keys,
    actor,
    at,
    { seq: seen.seq, prevHash: seen.hash, checkpoint: { seq: seen.checkpointSeq, at: seen.checkpointAt } },
    events,
  );
  const moved = sql`exists (select 1 from moved)`;
  const signedAt = chained.occurredAt;
  const last = chained.checkpoints.at(-1);
  const parts: SQL[] = [
    sql`moved as (update ${auditHead} set seq = ${chained.head.seq}, hash = ${chained.head.hash},
      mac = ${chained.head.mac}${last ? sql`, checkpoint_seq = ${last.seq}, checkpoint_at = ${signedAt.toISOString()}::timestamptz` : sql``}
      where ${auditHead.id} = 1 and ${auditHead.seq} = ${seen.seq} and ${auditHead.hash} = ${seen.hash}${guard ? sql` and (${guard})` : sql``} returning 1)`,
  ];
  if (chained.rows.length > 0)
    parts.push(sql`events as (${jsonRowsInsert(auditEvent, chained.rows, { when: moved })})`);
  if (chained.checkpoints.length > 0)
    parts.push(
      sql`checkpoints as (${jsonRowsInsert(
        auditCheckpoint,
        await Promise.all(
          chained.checkpoints.map(async (c) => ({
            seq: c.seq,
            hash: c.hash,
            signedAt,
            signature: await signCheckpoint(keys, {
              seq: c.seq,
              hash: c.hash,
              signedAt: signedAt.toISOString(),
            }),
            publicKey: keys.publicKey,
          })),
        ),
        { when: moved, onConflictDoNothing: [auditCheckpoint.seq] },
      )})`,
    );
  changes.forEach((change, i) => {
    parts.push(sql`${sql.identifier(`change_${i}`)} as (${change(moved)})`);
  });
  const result = (await executePrepared(
    db,
    sql`with ${sql.join(parts, sql`, `)} select count(*)::int as moved from moved`,
  )) as { rows: { moved: number }[] };
  if (Number(result.rows[0]?.moved) !== 1) return null;
  return {
    seq: chained.head.seq,
    hash: chained.head.hash,
    checkpointSeq: last ? last.seq : seen.checkpointSeq,
    checkpointAt: last ? signedAt : seen.checkpointAt,
  };
}

/** What a batch planned after reading the head: its events, its changes, and what it answers. */
export interface PlannedAtHead<T> {
  /** The head its read saw (`auditHeadRead`); null on a log without a head. */
  head: AuditHeadSeen | null;
  at: Date;
  events: readonly PreparedAuditEvent[];
  changes: readonly ChangeAtHead[];
  /**
   * Only in a plan made from what its intake remembers (`fresh` false) rather than from a read: the
   * further condition its statement writes under — what the memory assumed still holds in the
   * database (e.g. the codes it checked are still the last ones sent). When it does not, nothing is
   * written and the batch is planned again from a read.
   */
  guard?: SQL;
  /**
   * Told once the writes committed: the head they moved the chain to, the head the plan saw when
   * it chained nothing, or null when they were written under the chain's lock (the head is not
   * known here).
   */
  written?(head: AuditHeadSeen | null): void;
  result: T;
}

/** Tries on the unlocked head before a batch takes the chain's lock. */
const UNLOCKED_TRIES = 2;

/**
 * Commits a batch that reads what it needs (the head among it) and plans its writes: in one
 * statement at the head it read (`appendAtHead`); when another writer moved the head first, it
 * plans again from a new read, and after UNLOCKED_TRIES it plans and writes in a transaction that
 * takes the chain's lock, as every other change does. A plan without events writes its changes in
 * one statement and chains nothing.
 *
 * `fresh` tells the plan whether it must read: false on the first try only, where an intake may
 * plan from what it remembers instead (with a `guard`, and the head it last wrote); every retry,
 * and the locked transaction, plans from a read.
 */
export async function commitAtHead<T>(
  db: Db,
  keys: AuditKeys,
  actor: AuditActor,
  plan: (db: DbOrTx, fresh: boolean) => Promise<PlannedAtHead<T>>,
): Promise<T> {
  const all = (changes: readonly ChangeAtHead[]) =>
    sql`with ${sql.join(
      changes.map((change, i) => sql`${sql.identifier(`change_${i}`)} as (${change(sql`true`)})`),
      sql`, `,
    )} select 1`;
  for (let attempt = 0; attempt < UNLOCKED_TRIES; attempt++) {
    const planned = await plan(db, attempt > 0);
    // A guarded plan goes through appendAtHead even without events: its changes need the guard.
    if (planned.events.length === 0 && !planned.guard) {
      if (planned.changes.length > 0) await db.execute(all(planned.changes));
      planned.written?.(planned.head);
      return planned.result;
    }
    const moved = planned.head
      ? await appendAtHead(
          db,
          keys,
          actor,
          planned.at,
          planned.head,
          planned.events,
          planned.changes,
          planned.guard,
        )
      : null;
    if (moved) {
      planned.written?.(moved);
      return planned.result;
    }
  }
  return db.transaction(async (tx) => {
    const planned = await plan(tx, true);
    if (planned.changes.length > 0) await tx.execute(all(planned.changes));
    await appendPreparedAuditEvents(tx, keys, actor, planned.at, planned.events);
    planned.written?.(null);
    return planned.result;
  });
}

async function writeCheckpoint(tx: DbOrTx, keys: AuditKeys, seq: number, hash: string, at: Date) {
  const signedAt = new Date(Math.floor(at.getTime()));
  const signature = await signCheckpoint(keys, { seq, hash, signedAt: signedAt.toISOString() });
  await tx
    .insert(auditCheckpoint)
    .values({ seq, hash, signedAt, signature, publicKey: keys.publicKey })
    .onConflictDoNothing();
  await tx.update(auditHead).set({ checkpointSeq: seq, checkpointAt: signedAt }).where(eq(auditHead.id, 1));
}

/** Signs a checkpoint of the current head now (`zeren audit checkpoint`); null on an empty log. */
export async function checkpointNow(db: Db, keys: AuditKeys, at: Date): Promise<ExportedCheckpoint | null> {
  return db.transaction(async (tx) => {
    const { head } = await lockChain(tx);
    if (!head) return null;
    await writeCheckpoint(tx, keys, head.seq, head.hash, at);
    const [row] = await tx.select().from(auditCheckpoint).where(eq(auditCheckpoint.seq, head.seq));
    return presentCheckpoint(row!);
  });
}

/**
 * Keys the chain of an install whose events were hashed with plain SM3 (before this version):
 * when there are events but no head, appends `audit.chain_keyed` — a keyed event whose hash
 * covers the last legacy hash, so the legacy events are sealed by it — and signs a checkpoint.
 * Runs at every start; does nothing once the head exists (or on an empty log).
 */
export async function anchorAuditChain(db: Db, keys: AuditKeys, at: Date): Promise<boolean> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${CHAIN_LOCK + 1})`);
    if ((await tx.select({ id: auditHead.id }).from(auditHead)).length > 0) return false;
    const [last] = await tx
      .select({ seq: auditEvent.seq, hash: auditEvent.hash })
      .from(auditEvent)
      .orderBy(desc(auditEvent.seq))
      .limit(1);
    if (!last) return false;
    await appendAuditEvent(tx, keys, { userId: null, name: null, ip: null }, at, {
      action: 'audit.chain_keyed',
      recordType: 'audit_event',
      after: { legacySeq: last.seq, legacyHash: last.hash },
    });
    const [head] = await tx.select().from(auditHead).where(eq(auditHead.id, 1));
    await writeCheckpoint(tx, keys, head!.seq, head!.hash, at);
    return true;
  });
}

// ---------------------------------------------------------------- verification

/** A checkpoint as exported and kept elsewhere by the operator. */
export interface ExportedCheckpoint {
  seq: number;
  hash: string;
  signedAt: string;
  signature: string;
  publicKey: string;
}

function presentCheckpoint(row: typeof auditCheckpoint.$inferSelect): ExportedCheckpoint {
  return {
    seq: row.seq,
    hash: row.hash,
    signedAt: row.signedAt.toISOString(),
    signature: row.signature,
    publicKey: row.publicKey,
  };
}

/** Every checkpoint in the database, oldest first (`zeren audit checkpoint export`). */
export async function listCheckpoints(db: DbOrTx): Promise<ExportedCheckpoint[]> {
  return (await db.select().from(auditCheckpoint).orderBy(auditCheckpoint.seq)).map(presentCheckpoint);
}

export type VerifyResult = AuditVerifyResult;
type Reason = AuditVerifyReason;

const bad = (
  checked: number,
  seq: number,
  id: string | null,
  reason: Reason,
  detail?: string,
): VerifyResult => ({
  ok: false,
  checked,
  firstBad: { seq, id, reason, ...(detail ? { detail } : {}) },
});

/**
 * Walks the whole chain in order and reports the first position that does not hold:
 * - `gap`: the event at `seq` is missing (deleted);
 * - `hash_mismatch`: the event at `seq` was edited (its hash is not what the key gives);
 * - `reordered`: the event at `seq` carries the hash of a neighbouring position (events swapped);
 * - `broken_link`: the event at `seq` does not follow its predecessor (an earlier one was replaced);
 * - `unkeyed_after_keyed`: a plain-SM3 event after the chain was keyed (a rewrite without the key);
 * - `head_missing`, `head_invalid`, `head_mismatch`: the sealed head is gone, forged, or does not
 *   name the last event; `truncated`: the head (or a checkpoint) names events after the last one;
 * - `checkpoint_signature`, `checkpoint_mismatch`: a checkpoint's SM2 signature fails, or the
 *   event at its position no longer has the hash it signed.
 * `external` are checkpoints exported earlier and kept elsewhere; they are checked with the
 * public key they carry unless `publicKey` is given.
 */
export async function verifyAuditChain(
  db: DbOrTx,
  keys: AuditKeys,
  options: { external?: ExportedCheckpoint[]; publicKey?: string; batchSize?: number } = {},
): Promise<VerifyResult> {
  const batchSize = options.batchSize ?? 2000;
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  let checked = 0;
  let keyed = false;
  let lastHash: string | null = null;
  const hashAt = new Map<number, string>();
  const checkpoints = [...(await listCheckpoints(db)), ...(options.external ?? [])];
  const wanted = new Set(checkpoints.map((c) => c.seq));
  for (;;) {
    const rows = await db
      .select()
      .from(auditEvent)
      .where(sql`${auditEvent.seq} >= ${expectedSeq}`)
      .orderBy(auditEvent.seq)
      .limit(batchSize);
    if (rows.length === 0) break;
    for (const row of rows) {
      if (row.seq !== expectedSeq) return bad(checked, expectedSeq, null, 'gap', `next is ${row.seq}`);
      if (row.chain === LEGACY_CHAIN && keyed) return bad(checked, row.seq, row.id, 'unkeyed_after_keyed');
      if (row.chain !== LEGACY_CHAIN && row.chain !== KEYED_CHAIN)
        return bad(checked, row.seq, row.id, 'hash_mismatch', `chain ${row.chain}`);
      if (auditHash(row, keys) !== row.hash) {
        const swapped = [row.seq - 1, row.seq + 1].some(
          (seq) => auditHash({ ...row, seq }, keys) === row.hash,
        );
        return bad(checked, row.seq, row.id, swapped ? 'reordered' : 'hash_mismatch');
      }
      if (row.prevHash !== prevHash) return bad(checked, row.seq, row.id, 'broken_link');
      if (row.chain === KEYED_CHAIN) keyed = true;
      if (wanted.has(row.seq)) hashAt.set(row.seq, row.hash);
      prevHash = row.hash;
      lastHash = row.hash;
      expectedSeq++;
      checked++;
    }
  }
  const lastSeq = expectedSeq - 1;
  const [head] = await db.select().from(auditHead).where(eq(auditHead.id, 1));
  if (!head) {
    // Only a log never written by a keyed server (or empty) may lack its head.
    if (keyed) return bad(checked, lastSeq + 1, null, 'head_missing');
  } else {
    if (head.mac !== headMac(keys, head.seq, head.hash)) return bad(checked, head.seq, null, 'head_invalid');
    if (head.seq > lastSeq)
      return bad(
        checked,
        lastSeq + 1,
        null,
        'truncated',
        `the head names event ${head.seq}; the log ends at ${lastSeq}`,
      );
    if (head.seq < lastSeq || head.hash !== lastHash)
      return bad(checked, head.seq, null, 'head_mismatch', `the log ends at ${lastSeq}`);
  }
  for (const c of checkpoints.sort((a, b) => a.seq - b.seq)) {
    const publicKey = options.publicKey ?? c.publicKey;
    if (!checkpointSignatureValid(publicKey, { seq: c.seq, hash: c.hash, signedAt: c.signedAt }, c.signature))
      return bad(checked, c.seq, null, 'checkpoint_signature');
    if (c.seq > lastSeq)
      return bad(
        checked,
        lastSeq + 1,
        null,
        'truncated',
        `a checkpoint names event ${c.seq}; the log ends at ${lastSeq}`,
      );
    if (hashAt.get(c.seq) !== c.hash) return bad(checked, c.seq, null, 'checkpoint_mismatch');
  }
  return { ok: true, checked };
}
