import { date, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { createdAt, idColumn, updatedAt } from '../../db/columns';
import { referencedTable } from '../../db/references';
import { person, unit, userAccount } from '../../platform/org/org.table';

const campaign = referencedTable('campaign');
const campaignDomain = referencedTable('campaign_domain');

/**
 * 述责报告: one unit's duty statement in a campaign. The body is HTML, sanitised on the way in
 * (statements.rules). `authorIds` are everyone who drafted, edited or signed it: none of them
 * may approve it (四眼原则).
 */
export const dutyStatement = pgTable(
  'duty_statement',
  {
    id: idColumn(),
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => campaign.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => unit.id),
    status: text('status', { enum: ['draft', 'submitted', 'approved', 'published'] }).notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    authorIds: jsonb('author_ids').$type<string[]>().notNull().default([]),
    returnReason: text('return_reason'),
    signedBy: uuid('signed_by').references(() => userAccount.id),
    signedAt: timestamp('signed_at', { withTimezone: true }),
    approvedBy: uuid('approved_by').references(() => userAccount.id),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => userAccount.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('duty_statement_unit_id_idx').on(t.unitId, t.id),
    index('duty_statement_status_idx').on(t.status, t.id),
  ],
);

/**
 * 承诺事项: a commitment of a statement. The deadline is kept as given (working days from the
 * start date) and as the date it comes to; `outcome` is set once it is kept or found not kept —
 * on track / due soon / overdue follow from the clock.
 */
export const commitment = pgTable(
  'commitment',
  {
    id: idColumn(),
    statementId: uuid('statement_id')
      .notNull()
      .references(() => dutyStatement.id, { onDelete: 'cascade' }),
    /** Its statement's unit (it never changes): the commitment's data scope, without a join. */
    unitId: uuid('unit_id')
      .notNull()
      .references(() => unit.id),
    promise: text('promise').notNull(),
    domainId: uuid('domain_id').references(() => campaignDomain.id),
    responsiblePersonId: uuid('responsible_person_id').references(() => person.id),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    workingDays: integer('working_days').notNull(),
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    outcome: text('outcome', { enum: ['fulfilled', 'not_fulfilled'] }),
    decidedOn: date('decided_on', { mode: 'string' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('commitment_statement_idx').on(t.statementId, t.id),
    index('commitment_unit_due_idx').on(t.unitId, t.dueDate, t.id),
    index('commitment_due_idx').on(t.dueDate, t.id),
  ],
);

/** A progress report, the fulfilment (践诺) or a "not fulfilled" finding on a commitment. */
export const commitmentProgress = pgTable(
  'commitment_progress',
  {
    id: idColumn(),
    commitmentId: uuid('commitment_id')
      .notNull()
      .references(() => commitment.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['progress', 'fulfilment', 'not_fulfilled'] }).notNull(),
    text: text('text').notNull(),
    date: date('date', { mode: 'string' }).notNull(),
    createdBy: uuid('created_by').references(() => userAccount.id),
    createdAt: createdAt(),
  },
  (t) => [index('commitment_progress_commitment_idx').on(t.commitmentId, t.id)],
);

/**
 * A citizen's comment on a published statement: shown once approved. Only what the commenter
 * wrote and the name they chose is kept — no address, no agent.
 */
export const statementComment = pgTable(
  'statement_comment',
  {
    id: idColumn(),
    statementId: uuid('statement_id')
      .notNull()
      .references(() => dutyStatement.id, { onDelete: 'cascade' }),
    displayName: text('display_name').notNull(),
    body: text('body').notNull(),
    status: text('status', { enum: ['pending', 'approved', 'rejected'] }).notNull(),
    createdAt: createdAt(),
    moderatedBy: uuid('moderated_by').references(() => userAccount.id),
    moderatedAt: timestamp('moderated_at', { withTimezone: true }),
  },
  (t) => [index('statement_comment_statement_idx').on(t.statementId, t.status, t.id)],
);
