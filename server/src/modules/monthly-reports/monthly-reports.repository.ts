import type { MonthlyReportStatus, PageQuery } from '@zeren/contracts';
import { and, asc, count, eq, gte, inArray, lte, ne, or, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { countEach } from '../../platform/figures';
import { unit } from '../../platform/org/org.table';
import { countUpTo, fetchSize, orderOf, pageWhere, type SortKey, toPage } from '../../platform/paging';
import type { Scope } from '../../platform/scope';
import {
  monthlyReport,
  monthlyReportReminder,
  monthlyReportSettings,
  monthlyReportSupervisionUnit,
} from './monthly-reports.table';

export type MonthlyReportRow = typeof monthlyReport.$inferSelect;

const reportColumns = {
  report: monthlyReport,
  unitId: monthlyReport.unitId,
  unitName: unit.name,
  unitPath: unit.path,
};

function reportQuery(db: DbOrTx) {
  return db.select(reportColumns).from(monthlyReport).innerJoin(unit, eq(unit.id, monthlyReport.unitId));
}
export type ReportWithUnit = NonNullable<Awaited<ReturnType<typeof findReport>>>;

/** Newest month first, then by id: the list's order, a page at a time. */
const REPORT_ORDER: SortKey<ReportWithUnit>[] = [
  { column: monthlyReport.month, direction: 'desc', type: 'text', of: (r) => r.report.month },
  { column: monthlyReport.id, direction: 'asc', type: 'uuid', of: (r) => r.report.id },
];

export interface ReportFilter {
  campaignId?: string | undefined;
  month?: string | undefined;
  unitId?: string | undefined;
  status?: MonthlyReportStatus | undefined;
  monthFrom?: string | undefined;
  monthTo?: string | undefined;
  submitted?: 'on_time' | 'late' | undefined;
  /** Not submitted, of a month up to each campaign's last month already due. */
  overdueMonths?: { campaignId: string; lastMonth: string }[] | undefined;
  /** Only reports of units in this scope, in these states (owed by the caller's units, or to approve). */
  unitScope?: { scope: Scope; statuses: MonthlyReportStatus[] } | undefined;
}

/** The filter's conditions on the report table alone (the scope's are added by the caller). */
function reportConditions(filter: ReportFilter): SQL[] {
  const conditions: SQL[] = [];
  if (filter.campaignId) conditions.push(eq(monthlyReport.campaignId, filter.campaignId));
  if (filter.month) conditions.push(eq(monthlyReport.month, filter.month));
  if (filter.monthFrom) conditions.push(gte(monthlyReport.month, filter.monthFrom));
  if (filter.monthTo) conditions.push(lte(monthlyReport.month, filter.monthTo));
  if (filter.unitId) conditions.push(eq(monthlyReport.unitId, filter.unitId));
  if (filter.status) conditions.push(eq(monthlyReport.status, filter.status));
  if (filter.submitted)
    conditions.push(
      eq(monthlyReport.status, 'submitted'),
      sql`coalesce((${monthlyReport.snapshot} ->> 'late')::boolean, false) = ${filter.submitted === 'late'}`,
    );
  if (filter.overdueMonths) {
    // Per campaign, the months whose due date has passed: month ≤ the last such month.
    const due = filter.overdueMonths.map(({ campaignId, lastMonth }) =>
      and(eq(monthlyReport.campaignId, campaignId), lte(monthlyReport.month, lastMonth)),
    );
    conditions.push(ne(monthlyReport.status, 'submitted'), due.length > 0 ? or(...due)! : sql`false`);
  }
  if (filter.unitScope)
    conditions.push(
      filter.unitScope.scope.where(monthlyReport.unitId),
      inArray(monthlyReport.status, filter.unitScope.statuses),
    );
  return conditions;
}

/** One count per filter, each with exactly the conditions `listReports` applies, over the caller's scope. */
export function countReportFigures(db: DbOrTx, scope: Scope, filters: readonly ReportFilter[]) {
  return countEach(
    db,
    monthlyReport,
    scope.where(monthlyReport.unitId),
    filters.map((f) => and(...reportConditions(f)) ?? sql`true`),
  );
}

/** The campaigns of the reports in scope (of one campaign when given): whose due dates an `overdue` filter needs. */
export function campaignsOfReports(db: DbOrTx, scope: Scope, campaignId: string | undefined) {
  return db
    .selectDistinct({ campaignId: monthlyReport.campaignId })
    .from(monthlyReport)
    .where(
      and(
        scope.where(monthlyReport.unitId),
        campaignId ? eq(monthlyReport.campaignId, campaignId) : undefined,
      ),
    )
    .then((rows) => rows.map((r) => r.campaignId));
}

export async function listReports(db: DbOrTx, scope: Scope, filter: ReportFilter, page: PageQuery) {
  const where = and(scope.where(monthlyReport.unitId), ...reportConditions(filter));
  const rows = await reportQuery(db)
    .where(pageWhere(REPORT_ORDER, page, where))
    .orderBy(...orderOf(REPORT_ORDER))
    .limit(fetchSize(page));
  const counted = await countUpTo(db, db.select({ id: monthlyReport.id }).from(monthlyReport).where(where));
  return toPage(REPORT_ORDER, page, rows, counted);
}

export function findReport(db: DbOrTx, id: string, scope: Scope) {
  return reportQuery(db)
    .where(and(eq(monthlyReport.id, id), scope.where(monthlyReport.unitId)))
    .limit(1)
    .then((r) => r[0]);
}

/** The reports of one month of a campaign for units in `scope` (the overview, the exports). */
export function reportsOfMonth(db: DbOrTx, scope: Scope, campaignId: string, month: string) {
  return reportQuery(db)
    .where(
      and(
        eq(monthlyReport.campaignId, campaignId),
        eq(monthlyReport.month, month),
        scope.where(monthlyReport.unitId),
      ),
    )
    .orderBy(asc(unit.path));
}

/** Reports of these months of a campaign not yet submitted (the reminder job). */
export function openReportsOf(db: DbOrTx, campaignId: string, months: string[]) {
  if (months.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(monthlyReport)
    .where(
      and(
        eq(monthlyReport.campaignId, campaignId),
        inArray(monthlyReport.month, months),
        inArray(monthlyReport.status, ['draft', 'awaiting_approval', 'returned']),
      ),
    )
    .orderBy(asc(monthlyReport.month), asc(monthlyReport.id));
}

/** The units that already have a report of these months of a campaign, as `month|unitId`. */
export function existingReports(db: DbOrTx, campaignId: string, months: string[]) {
  if (months.length === 0) return Promise.resolve(new Set<string>());
  return db
    .select({ month: monthlyReport.month, unitId: monthlyReport.unitId })
    .from(monthlyReport)
    .where(and(eq(monthlyReport.campaignId, campaignId), inArray(monthlyReport.month, months)))
    .then((r) => new Set(r.map((x) => `${x.month}|${x.unitId}`)));
}

/** Inserts a report unless one exists already (another run, another instance): the new row, or undefined. */
export function insertReport(db: DbOrTx, values: typeof monthlyReport.$inferInsert) {
  return db
    .insert(monthlyReport)
    .values(values)
    .onConflictDoNothing()
    .returning()
    .then((r) => r[0]);
}

export function updateReport(db: DbOrTx, id: string, values: Partial<typeof monthlyReport.$inferInsert>) {
  return db
    .update(monthlyReport)
    .set(values)
    .where(eq(monthlyReport.id, id))
    .returning()
    .then((r) => r[0]!);
}

// ---------------------------------------------------------------- reminders

/** How many reminders each report had. */
export async function reminderCounts(db: DbOrTx, reportIds: string[]): Promise<Map<string, number>> {
  if (reportIds.length === 0) return new Map();
  const rows = await db
    .select({ reportId: monthlyReportReminder.reportId, n: count() })
    .from(monthlyReportReminder)
    .where(inArray(monthlyReportReminder.reportId, reportIds))
    .groupBy(monthlyReportReminder.reportId);
  return new Map(rows.map((r) => [r.reportId, r.n]));
}

/** The scheduled reminders already sent for these reports, as `reportId|kind`. */
export function scheduledReminders(db: DbOrTx, reportIds: string[]) {
  if (reportIds.length === 0) return Promise.resolve(new Set<string>());
  return db
    .select({ reportId: monthlyReportReminder.reportId, kind: monthlyReportReminder.kind })
    .from(monthlyReportReminder)
    .where(inArray(monthlyReportReminder.reportId, reportIds))
    .then((r) => new Set(r.map((x) => `${x.reportId}|${x.kind}`)));
}

/** Records a reminder; false when the schedule's was recorded already (by an earlier run, or another instance). */
export async function insertReminder(
  db: DbOrTx,
  values: typeof monthlyReportReminder.$inferInsert,
): Promise<boolean> {
  const inserted = await db
    .insert(monthlyReportReminder)
    .values(values)
    .onConflictDoNothing()
    .returning({ id: monthlyReportReminder.id });
  return inserted.length === 1;
}

// ---------------------------------------------------------------- settings

export function findSettings(db: DbOrTx, campaignId: string) {
  return db
    .select()
    .from(monthlyReportSettings)
    .where(eq(monthlyReportSettings.campaignId, campaignId))
    .then((r) => r[0]);
}

export function upsertSettings(db: DbOrTx, values: typeof monthlyReportSettings.$inferInsert) {
  return db
    .insert(monthlyReportSettings)
    .values(values)
    .onConflictDoUpdate({
      target: monthlyReportSettings.campaignId,
      set: {
        remindBeforeWorkingDays: values.remindBeforeWorkingDays,
        remindAfterWorkingDays: values.remindAfterWorkingDays,
        updatedAt: values.updatedAt,
      },
    });
}

/** The supervision departments of a campaign, with their names, in the tree's order. */
export function supervisionUnitsOf(db: DbOrTx, campaignId: string) {
  return db
    .select({ id: unit.id, name: unit.name, path: unit.path })
    .from(monthlyReportSupervisionUnit)
    .innerJoin(unit, eq(unit.id, monthlyReportSupervisionUnit.unitId))
    .where(eq(monthlyReportSupervisionUnit.campaignId, campaignId))
    .orderBy(asc(unit.sortOrder), asc(unit.path));
}

export async function replaceSupervisionUnits(db: DbOrTx, campaignId: string, unitIds: string[]) {
  await db
    .delete(monthlyReportSupervisionUnit)
    .where(eq(monthlyReportSupervisionUnit.campaignId, campaignId));
  if (unitIds.length > 0)
    await db.insert(monthlyReportSupervisionUnit).values(unitIds.map((unitId) => ({ campaignId, unitId })));
}
