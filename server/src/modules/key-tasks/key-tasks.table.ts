import {
  type AnyPgColumn,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, idColumn, updatedAt } from '../../db/columns';
import { referencedTable } from '../../db/references';
import { person, unit, userAccount } from '../../platform/org/org.table';

const campaign = referencedTable('campaign');
const campaignDomain = referencedTable('campaign_domain');

/** 三个清单: a key task with its target (目标任务), deadline (完成时限) and responsible persons (责任人员). */
export const keyTask = pgTable(
  'key_task',
  {
    id: idColumn(),
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => campaign.id),
    domainId: uuid('domain_id').references(() => campaignDomain.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => unit.id),
    parentId: uuid('parent_id').references((): AnyPgColumn => keyTask.id),
    title: text('title').notNull(),
    target: text('target').notNull(),
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    /**
     * When the deadline was given as N working days after a date: the date and N, so it can be
     * recomputed when a year's holiday schedule is entered or changed.
     */
    dueBasisFrom: date('due_basis_from', { mode: 'string' }),
    dueBasisDays: integer('due_basis_days'),
    /**
     * The unit that set the deadline and target (the creator's unit). When it is not the
     * responsible unit, only it changes them; the responsible unit asks for an extension.
     */
    setByUnitId: uuid('set_by_unit_id')
      .notNull()
      .references(() => unit.id),
    /** Latest reported percentage (0–100); parents roll up their children's. */
    progress: integer('progress').notNull().default(0),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => userAccount.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('key_task_unit_idx').on(t.unitId),
    index('key_task_campaign_idx').on(t.campaignId),
    index('key_task_parent_idx').on(t.parentId),
    // The list pages by due date (keyset on due date, id).
    index('key_task_due_idx').on(t.dueDate, t.id),
  ],
);

export const keyTaskPerson = pgTable(
  'key_task_person',
  {
    taskId: uuid('task_id')
      .notNull()
      .references(() => keyTask.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => person.id),
  },
  (t) => [primaryKey({ columns: [t.taskId, t.personId] })],
);

/** A progress update with its evidence files (stored_file, owner_type 'key_task_progress'). */
export const keyTaskProgress = pgTable(
  'key_task_progress',
  {
    id: idColumn(),
    taskId: uuid('task_id')
      .notNull()
      .references(() => keyTask.id, { onDelete: 'cascade' }),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => unit.id),
    percent: integer('percent').notNull(),
    note: text('note').notNull(),
    reportedBy: uuid('reported_by').references(() => userAccount.id),
    reportedAt: timestamp('reported_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('key_task_progress_task_idx').on(t.taskId)],
);
