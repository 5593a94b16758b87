import { bigint, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Append-only, SM3 hash-chained. `seq` orders the chain; `hash` = SM3(prevHash ‖ canonical content).
 * The database refuses UPDATE and DELETE on this table (migration trigger).
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
  },
  (t) => [
    index('audit_event_record_idx').on(t.recordType, t.recordId),
    index('audit_event_actor_idx').on(t.actorId),
    index('audit_event_action_idx').on(t.action),
    index('audit_event_occurred_idx').on(t.occurredAt),
  ],
);
