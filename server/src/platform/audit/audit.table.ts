import { bigint, index, jsonb, pgTable, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Append-only, hash-chained. `seq` orders the chain; `hash` covers the canonical content, which
 * includes prevHash. `chain` says how: 1 = SM3 (events written before the chain was keyed),
 * 2 = HMAC-SM3 under the audit key, which is kept outside the database. The database refuses
 * UPDATE, DELETE and TRUNCATE on this table (migration triggers).
 */
export const auditEvent = pgTable(
  'audit_event',
  {
    id: uuid('id').primaryKey(),
    seq: bigint('seq', { mode: 'number' }).notNull().unique(),
    occurredAt: timestamp('occurred_at', { withTimezone: true, mode: 'date', precision: 3 }).notNull(),
    actorId: uuid('actor_id'),
    actorName: text('actor_name'),
    action: text('action').notNull(),
    recordType: text('record_type').notNull(),
    recordId: text('record_id'),
    unitId: uuid('unit_id'),
    ip: text('ip'),
    before: jsonb('before'),
    after: jsonb('after'),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
    chain: smallint('chain').notNull().default(1),
  },
  (t) => [
    index('audit_event_record_idx').on(t.recordType, t.recordId),
    index('audit_event_actor_idx').on(t.actorId),
    index('audit_event_action_idx').on(t.action),
    index('audit_event_occurred_idx').on(t.occurredAt),
  ],
);

/**
 * The head of the chain: the last event's seq and hash, sealed by HMAC-SM3 under the audit key,
 * so deleting the last events (or the whole table) is seen. One row (id 1), moved by every append.
 * Also where the last signed checkpoint was taken.
 */
export const auditHead = pgTable('audit_head', {
  id: smallint('id').primaryKey(),
  seq: bigint('seq', { mode: 'number' }).notNull(),
  hash: text('hash').notNull(),
  mac: text('mac').notNull(),
  checkpointSeq: bigint('checkpoint_seq', { mode: 'number' }).notNull().default(0),
  checkpointAt: timestamp('checkpoint_at', { withTimezone: true, mode: 'date' }),
});

/**
 * Signed checkpoints of the head (SM2): exported and kept elsewhere by the operator, they let
 * `zeren audit verify` catch a chain rewritten with a stolen key or a head replayed from the
 * past. Append-only like the log.
 */
export const auditCheckpoint = pgTable('audit_checkpoint', {
  seq: bigint('seq', { mode: 'number' }).primaryKey(),
  hash: text('hash').notNull(),
  signedAt: timestamp('signed_at', { withTimezone: true, mode: 'date', precision: 3 }).notNull(),
  signature: text('signature').notNull(),
  publicKey: text('public_key').notNull(),
});
