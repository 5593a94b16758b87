import { sql } from 'drizzle-orm';
import { date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, idColumn } from '../../db/columns';
import { unit, userAccount } from '../org/org.table';

/**
 * 延期申请 of any record with a deadline set by a superior unit (key tasks, supervision items).
 * Read through the record it belongs to; decided within the scope of the unit that set the
 * deadline (`decider_unit_id`).
 */
export const extensionRequest = pgTable(
  'extension_request',
  {
    id: idColumn(),
    /** The record type of the subject, e.g. 'key_task'. */
    subjectType: text('subject_type').notNull(),
    subjectId: uuid('subject_id').notNull(),
    /** The responsible unit, which asks. */
    unitId: uuid('unit_id')
      .notNull()
      .references(() => unit.id),
    /** The unit that set the deadline, which decides. */
    deciderUnitId: uuid('decider_unit_id')
      .notNull()
      .references(() => unit.id),
    status: text('status', { enum: ['requested', 'approved', 'refused'] }).notNull(),
    currentDueDate: date('current_due_date', { mode: 'string' }).notNull(),
    requestedDueDate: date('requested_due_date', { mode: 'string' }).notNull(),
    /** When asked as N working days after the current deadline: N (the approved deadline keeps the basis). */
    requestedWorkingDays: integer('requested_working_days'),
    reason: text('reason').notNull(),
    requestedBy: uuid('requested_by').references(() => userAccount.id),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull(),
    decidedBy: uuid('decided_by').references(() => userAccount.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    opinion: text('opinion'),
    createdAt: createdAt(),
  },
  (t) => [
    index('extension_request_subject_idx').on(t.subjectType, t.subjectId),
    index('extension_request_decider_idx').on(t.deciderUnitId, t.status),
    // At most one open request per record.
    uniqueIndex('extension_request_open_uq')
      .on(t.subjectType, t.subjectId)
      .where(sql`${t.status} = 'requested'`),
  ],
);
