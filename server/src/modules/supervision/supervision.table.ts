import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, idColumn, updatedAt } from '../../db/columns';
import { referencedTable } from '../../db/references';
import { person, unit, userAccount } from '../../platform/org/org.table';

const campaign = referencedTable('campaign');
const campaignDomain = referencedTable('campaign_domain');

/** 督办事项: a task assigned to a lead unit with a deadline counted on working days. */
export const supervisionItem = pgTable(
  'supervision_item',
  {
    id: idColumn(),
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => campaign.id),
    /** 督-2026-0007: numbered per campaign. */
    code: text('code').notNull(),
    domainId: uuid('domain_id').references(() => campaignDomain.id),
    source: text('source', { enum: ['decision', 'leader_instruction', 'other'] }).notNull(),
    instruction: text('instruction'),
    instructingLeader: text('instructing_leader'),
    title: text('title').notNull(),
    task: text('task').notNull(),
    /** The lead unit (牵头单位); a sub-item's is the co-operating unit's. */
    unitId: uuid('unit_id')
      .notNull()
      .references(() => unit.id),
    responsiblePersonId: uuid('responsible_person_id').references(() => person.id),
    parentId: uuid('parent_id').references((): AnyPgColumn => supervisionItem.id),
    /** The unit that assigned it (交办单位): it edits it, decides extensions and reviews completion. */
    assignedByUnitId: uuid('assigned_by_unit_id')
      .notNull()
      .references(() => unit.id),
    status: text('status', {
      enum: [
        'registered',
        'assigned',
        'accepted',
        'in_progress',
        'completion_requested',
        'reviewed',
        'closed',
        'returned',
        'suspended',
        'rejected_assignment',
      ],
    }).notNull(),
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    /** A deadline given as N working days after a date keeps both, so calendar changes recompute it. */
    dueBasisFrom: date('due_basis_from', { mode: 'string' }),
    dueBasisDays: integer('due_basis_days'),
    milestones: jsonb('milestones').$type<{ title: string; dueDate: string }[]>().notNull().default([]),
    progress: integer('progress').notNull().default(0),
    createdBy: uuid('created_by').references(() => userAccount.id),
    createdAt: createdAt(),
    /** When it was closed (办结销号); null while not. */
    closedAt: timestamp('closed_at', { withTimezone: true }),
    /** 按期办结: closed (its Beijing day) on or before its due date; null while open. Kept by the database. */
    closedOnTime: boolean('closed_on_time').generatedAlwaysAs(
      sql`((closed_at at time zone 'Asia/Shanghai')::date <= due_date)`,
    ),
    /** Reminded (催办) at least once, by the ladder or a person: set by the database when a reminder is recorded. */
    reminded: boolean('reminded').notNull().default(false),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('supervision_item_code_uq').on(t.campaignId, t.code),
    // A few units' lists walk each unit's items in the board's order (paging.ts pageIdsUnitByUnit).
    // INCLUDE (the columns the dashboard counts) is added by migration 0027, which drizzle cannot express.
    index('supervision_item_unit_due_idx').on(t.unitId, t.dueDate, t.id),
    index('supervision_item_parent_idx').on(t.parentId),
    // The board pages by due date; the escalation job reads running items by due date.
    index('supervision_item_due_idx').on(t.dueDate, t.id),
    index('supervision_item_status_due_idx').on(t.status, t.dueDate),
  ],
);

/**
 * The supervision items counted by campaign, status, due date and the two facts the dashboard
 * asks of them (platform/tallies.ts): the city's figures read it instead of 50,000 items. Kept by
 * the database (migration 0030's triggers); columns named as the item's.
 */
export const supervisionItemTally = pgTable(
  'supervision_item_tally',
  {
    campaignId: uuid('campaign_id').notNull(),
    status: text('status').notNull(),
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    reminded: boolean('reminded').notNull(),
    closedOnTime: boolean('closed_on_time'),
    n: integer('n').notNull(),
  },
  (t) => [index('supervision_item_tally_idx').on(t.campaignId)],
);

/** A progress report (反馈) with its evidence files (stored_file, owner 'supervision_progress'). */
export const supervisionProgress = pgTable(
  'supervision_progress',
  {
    id: idColumn(),
    itemId: uuid('item_id')
      .notNull()
      .references(() => supervisionItem.id, { onDelete: 'cascade' }),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => unit.id),
    percent: integer('percent').notNull(),
    note: text('note').notNull(),
    reportedBy: uuid('reported_by').references(() => userAccount.id),
    reportedAt: timestamp('reported_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('supervision_progress_item_idx').on(t.itemId)],
);

/**
 * A step of the escalation ladder an item reached for one due date. The unique key is what
 * makes the job safe to run twice, and by two instances at once: a step is inserted once.
 */
export const supervisionEscalation = pgTable(
  'supervision_escalation',
  {
    id: idColumn(),
    itemId: uuid('item_id')
      .notNull()
      .references(() => supervisionItem.id, { onDelete: 'cascade' }),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => unit.id),
    step: text('step', { enum: ['reminder', 'warning', 'criticism', 'transfer'] }).notNull(),
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    reachedOn: date('reached_on', { mode: 'string' }).notNull(),
    workingDaysOverdue: integer('working_days_overdue').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('supervision_escalation_step_uq').on(t.itemId, t.dueDate, t.step)],
);

/**
 * 催办: one reminder of an item's lead unit, by the escalation ladder (its `reminder` step) or by a
 * person of the assigning unit (`remindSupervisionItem`, with an optional message). The record
 * behind the dashboard's 催办次数 and the list of reminders (催办记录); the item's lead unit and
 * due date are those it was reminded of. Ids are UUIDv7, so they sort by when it was reminded
 * (the back-filled ones were made from the time of the event they copy).
 */
export const supervisionReminder = pgTable(
  'supervision_reminder',
  {
    id: idColumn(),
    itemId: uuid('item_id')
      .notNull()
      .references(() => supervisionItem.id, { onDelete: 'cascade' }),
    /** The item's campaign (set from the item by the database, whatever the insert says). */
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => campaign.id),
    /** The lead unit reminded. */
    unitId: uuid('unit_id')
      .notNull()
      .references(() => unit.id),
    kind: text('kind', { enum: ['ladder', 'manual'] }).notNull(),
    /** Who reminded (a person's reminder): their unit and account; null for the ladder. */
    byUnitId: uuid('by_unit_id').references(() => unit.id),
    byUserId: uuid('by_user_id').references(() => userAccount.id),
    message: text('message'),
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    /** The Beijing day of the reminder: the list's period and the dashboard's. */
    remindedOn: date('reminded_on', { mode: 'string' }).notNull(),
    remindedAt: timestamp('reminded_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('supervision_reminder_item_idx').on(t.itemId),
    index('supervision_reminder_day_idx').on(t.remindedOn, t.id),
  ],
);

/** The reminders counted by campaign, kind and day (platform/tallies.ts); columns named as the reminder's. */
export const supervisionReminderTally = pgTable(
  'supervision_reminder_tally',
  {
    campaignId: uuid('campaign_id').notNull(),
    kind: text('kind').notNull(),
    remindedOn: date('reminded_on', { mode: 'string' }).notNull(),
    n: integer('n').notNull(),
  },
  (t) => [index('supervision_reminder_tally_idx').on(t.campaignId, t.remindedOn)],
);

/**
 * 通报批评: the circulated criticism of a unit whose item went red. The notices of the
 * accountability module quote these.
 */
export const supervisionCriticism = pgTable(
  'supervision_criticism',
  {
    id: idColumn(),
    itemId: uuid('item_id')
      .notNull()
      .references(() => supervisionItem.id, { onDelete: 'cascade' }),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => unit.id),
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    workingDaysOverdue: integer('working_days_overdue').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('supervision_criticism_unit_idx').on(t.unitId)],
);

/**
 * 移交: an item overdue past the last threshold, handed to the supervision department as a lead
 * to be: the item, its unit and its overdue history. The accountability module picks up the
 * pending ones (status 'pending' → 'received').
 */
export const supervisionTransfer = pgTable(
  'supervision_transfer',
  {
    id: idColumn(),
    itemId: uuid('item_id')
      .notNull()
      .references(() => supervisionItem.id, { onDelete: 'cascade' }),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => unit.id),
    status: text('status', { enum: ['pending', 'received'] })
      .notNull()
      .default('pending'),
    /** The overdue history at the time of transfer: due dates, steps, extensions. */
    history: jsonb('history').$type<Record<string, unknown>>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('supervision_transfer_status_idx').on(t.status)],
);

/** The escalation thresholds of one campaign (absent: the defaults). */
export const supervisionSettings = pgTable('supervision_settings', {
  campaignId: uuid('campaign_id')
    .primaryKey()
    .references(() => campaign.id),
  reminderWorkingDays: integer('reminder_working_days').notNull(),
  redAfterWorkingDays: integer('red_after_working_days').notNull(),
  transferAfterWorkingDays: integer('transfer_after_working_days').notNull(),
  updatedAt: updatedAt(),
});
