import { sql } from 'drizzle-orm';
import {
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, idColumn, updatedAt } from '../../db/columns';
import { referencedTable } from '../../db/references';
import { unit, userAccount } from '../../platform/org/org.table';

const campaign = referencedTable('campaign');

/** What the approval froze: the figures, and the due date the submission was judged against. */
export interface MonthlyReportSnapshot {
  figures: { group: string; key: string; value: number }[];
  dueDate: string;
  late: boolean;
}

/**
 * 月报: what one owing unit reports on one month of a campaign. Made by the schedule for each
 * owing unit once the month has ended; one per campaign, unit and month.
 */
export const monthlyReport = pgTable(
  'monthly_report',
  {
    id: idColumn(),
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => campaign.id),
    /** The reporting unit: a domain's lead department or a supervision department. */
    unitId: uuid('unit_id')
      .notNull()
      .references(() => unit.id),
    /** YYYY-MM: the month reported on (due in the next one). */
    month: text('month').notNull(),
    role: text('role', { enum: ['domain_lead', 'supervision'] }).notNull(),
    status: text('status', { enum: ['draft', 'awaiting_approval', 'returned', 'submitted'] })
      .notNull()
      .default('draft'),
    narrative: text('narrative').notNull().default(''),
    /** The first save of the narrative: before it, the unit has not started. */
    editedAt: timestamp('edited_at', { withTimezone: true }),
    returnReason: text('return_reason'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    submittedBy: uuid('submitted_by').references(() => userAccount.id),
    snapshot: jsonb('snapshot').$type<MonthlyReportSnapshot>(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('monthly_report_unit_month_uq').on(t.campaignId, t.unitId, t.month),
    index('monthly_report_unit_idx').on(t.unitId),
    // The list pages newest month first (keyset on month, id).
    index('monthly_report_month_idx').on(t.month, t.id),
  ],
);

/**
 * A reminder sent about a report: by the schedule before and after the due date (催报, once each:
 * the unique key is what makes the job safe to run twice) or by the office (any number).
 */
export const monthlyReportReminder = pgTable(
  'monthly_report_reminder',
  {
    id: idColumn(),
    reportId: uuid('report_id')
      .notNull()
      .references(() => monthlyReport.id, { onDelete: 'cascade' }),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => unit.id),
    kind: text('kind', { enum: ['before', 'after', 'manual'] }).notNull(),
    sentOn: date('sent_on', { mode: 'string' }).notNull(),
    message: text('message'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('monthly_report_reminder_once_uq').on(t.reportId, t.kind).where(sql`${t.kind} <> 'manual'`),
    index('monthly_report_reminder_report_idx').on(t.reportId),
  ],
);

/** The reminder offsets of one campaign (absent: the defaults). */
export const monthlyReportSettings = pgTable('monthly_report_settings', {
  campaignId: uuid('campaign_id')
    .primaryKey()
    .references(() => campaign.id),
  remindBeforeWorkingDays: integer('remind_before_working_days').notNull(),
  remindAfterWorkingDays: integer('remind_after_working_days').notNull(),
  updatedAt: updatedAt(),
});

/** The supervision departments that owe a report in a campaign, beside the domains' lead departments. */
export const monthlyReportSupervisionUnit = pgTable(
  'monthly_report_supervision_unit',
  {
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => campaign.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => unit.id),
  },
  (t) => [primaryKey({ columns: [t.campaignId, t.unitId] })],
);
