import {
  type DashboardGroup,
  DEFAULT_MONTHLY_REPORT_SETTINGS,
  type Locale,
  MONTHLY_REPORT_PROGRESS,
  MONTHLY_REPORT_WORKFLOW,
  type MonthlyFigure,
  type MonthlyReport,
  type MonthlyReportAction,
  type MonthlyReportDetail,
  type MonthlyReportListQuery,
  type MonthlyReportOverview,
  type MonthlyReportOverviewRow,
  type MonthlyReportRole,
  type MonthlyReportSettings,
  type Page,
  type Permission,
  type RemindMonthlyReportInput,
  type UpdateMonthlyReportInput,
  type UpdateMonthlyReportSettingsInput,
} from '@zeren/contracts';
import type { DbOrTx } from '../../db/client';
import { changedFields } from '../../platform/audit/audit.service';
import { calendarCovering } from '../../platform/calendar/calendar.service';
import { shanghaiDate } from '../../platform/calendar/deadline';
import { type WorkingDayCalendar, yearOf } from '../../platform/calendar/working-days';
import { inTransaction, requireActor, type ServiceContext, type TxContext } from '../../platform/context';
import { AppError, fieldError } from '../../platform/errors';
import { drill, type FigureArea } from '../../platform/figures';
import { hasMessage, t } from '../../platform/i18n';
import type { ScheduledJob } from '../../platform/jobs';
import { accountsWithPermissionOver, notify } from '../../platform/notifications/notifications.service';
import { findUnitRef, findUnitRefs } from '../../platform/org/org.repository';
import { defineRecord } from '../../platform/records';
import { grantScope, Scope } from '../../platform/scope';
import { applyTransition } from '../../platform/workflow';
import {
  type CampaignPlan,
  campaignRecord,
  findCampaignPlan,
  listActiveCampaignPlans,
} from '../campaign/campaign.service';
import { type MonthlyFigureArea, monthlyFigureProviders } from './monthly-figures';
import { buildMonthDigest } from './monthly-reports.digest';
import { buildMonthWorkbook } from './monthly-reports.excel';
import * as repo from './monthly-reports.repository';
import type { MonthlyReportSnapshot } from './monthly-reports.table';
import { dueDateOf, endedMonths, monthSpan, progressOf, reminderDays } from './schedule';

export {
  type MonthlyFigureArea,
  type MonthlyFigureProvider,
  registerMonthlyFigures,
} from './monthly-figures';

/** A monthly report belongs to the reporting unit. */
export const monthlyReportRecord = defineRecord({ type: 'monthly_report', find: repo.findReport });

type StoredFigure = MonthlyReportSnapshot['figures'][number];

// ---------------------------------------------------------------- the campaign's schedule

async function planOf(db: DbOrTx, campaignId: string): Promise<CampaignPlan> {
  const plan = await findCampaignPlan(db, campaignId);
  if (!plan) throw new Error(`campaign ${campaignId} of a monthly report vanished`);
  return plan;
}

interface Settings {
  remindBeforeWorkingDays: number;
  remindAfterWorkingDays: number;
  supervisionUnits: { id: string; name: string; path: string }[];
}

async function settingsOf(db: DbOrTx, campaignId: string): Promise<Settings> {
  const row = await repo.findSettings(db, campaignId);
  return {
    remindBeforeWorkingDays:
      row?.remindBeforeWorkingDays ?? DEFAULT_MONTHLY_REPORT_SETTINGS.remindBeforeWorkingDays,
    remindAfterWorkingDays:
      row?.remindAfterWorkingDays ?? DEFAULT_MONTHLY_REPORT_SETTINGS.remindAfterWorkingDays,
    supervisionUnits: await repo.supervisionUnitsOf(db, campaignId),
  };
}

interface OwingUnit {
  unitId: string;
  unitName: string;
  unitPath: string;
  role: MonthlyReportRole;
}

/**
 * Who owes a report each month: the lead departments of the campaign's domains and its
 * supervision departments (a unit that is both reports once, as a supervision department).
 */
async function owingUnits(db: DbOrTx, plan: CampaignPlan, settings: Settings): Promise<OwingUnit[]> {
  const owing = new Map<string, OwingUnit>();
  const leads = await findUnitRefs(
    db,
    plan.leads.map((l) => l.unitId),
  );
  for (const u of leads)
    owing.set(u.id, { unitId: u.id, unitName: u.name, unitPath: u.path, role: 'domain_lead' });
  for (const u of settings.supervisionUnits)
    owing.set(u.id, { unitId: u.id, unitName: u.name, unitPath: u.path, role: 'supervision' });
  return [...owing.values()].sort((a, b) => (a.role === b.role ? 0 : a.role === 'supervision' ? 1 : -1));
}

/** What a report's figures count: its unit's subtree, or a supervision department's whole campaign. */
function areaOf(
  plan: CampaignPlan,
  report: { unitId: string; unitPath: string; role: MonthlyReportRole; month: string },
): MonthlyFigureArea {
  const whole = report.role === 'supervision';
  return {
    campaignId: plan.id,
    unitId: whole ? plan.unitId : report.unitId,
    unitPath: whole ? plan.unitPath : report.unitPath,
    wholeCampaign: whole,
    ...monthSpan(report.month),
  };
}

// ---------------------------------------------------------------- figures

/** Every registered group's counts over an area, in the groups' order. */
async function computeFigures(db: DbOrTx, area: MonthlyFigureArea): Promise<StoredFigure[]> {
  const out: StoredFigure[] = [];
  for (const provider of monthlyFigureProviders()) {
    const values = await provider.compute(db, area);
    for (const f of provider.figures)
      out.push({ group: provider.group, key: f.key, value: values[f.key] ?? 0 });
  }
  return out;
}

const messageOr = (locale: Locale, key: string | undefined, fallback: string) =>
  key && hasMessage(locale, key) ? t(locale, key) : fallback;

/** Figures with their labels in the reader's language and the list each links to (a frozen one's too). */
function presentFigures(locale: Locale, stored: StoredFigure[], area: MonthlyFigureArea): MonthlyFigure[] {
  const providers = monthlyFigureProviders();
  return stored.map((f) => {
    const provider = providers.find((p) => p.group === f.group);
    const label = provider?.figures.find((x) => x.key === f.key)?.label;
    return {
      key: f.key,
      group: f.group,
      groupLabel: messageOr(locale, provider?.label, f.group),
      label: messageOr(locale, label, f.key),
      value: f.value,
      link: provider?.link?.(area, f.key) ?? null,
    };
  });
}

// ---------------------------------------------------------------- presenting

interface ReportContext {
  plans: Map<string, CampaignPlan>;
  calendar: WorkingDayCalendar | null;
  reminders: Map<string, number>;
  today: string;
}

async function reportContext(db: DbOrTx, now: Date, rows: repo.MonthlyReportRow[]): Promise<ReportContext> {
  const plans = new Map<string, CampaignPlan>();
  for (const id of new Set(rows.map((r) => r.campaignId))) plans.set(id, await planOf(db, id));
  return {
    plans,
    calendar:
      rows.length > 0
        ? await calendarCovering(
            db,
            rows.map((r) => r.month),
          )
        : null,
    reminders: await repo.reminderCounts(
      db,
      rows.map((r) => r.id),
    ),
    today: shanghaiDate(now),
  };
}

function presentReport(
  c: ReportContext,
  row: { report: repo.MonthlyReportRow; unitName: string },
): MonthlyReport {
  const r = row.report;
  const plan = c.plans.get(r.campaignId)!;
  const dueDate = r.snapshot?.dueDate ?? dueDateOf(c.calendar!, r.month, plan.reportDay);
  return {
    id: r.id,
    campaignId: r.campaignId,
    month: r.month,
    unitId: r.unitId,
    unitName: row.unitName,
    role: r.role,
    status: r.status,
    dueDate,
    dueDateProvisional: yearOf(dueDate) === c.calendar?.provisionalYear,
    narrative: r.narrative,
    submittedAt: r.submittedAt?.toISOString() ?? null,
    late: r.snapshot ? r.snapshot.late : c.today > dueDate,
    returnReason: r.status === 'returned' ? r.returnReason : null,
    reminders: c.reminders.get(r.id) ?? 0,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

async function presentReports(db: DbOrTx, now: Date, rows: repo.ReportWithUnit[]): Promise<MonthlyReport[]> {
  const c = await reportContext(
    db,
    now,
    rows.map((r) => r.report),
  );
  return rows.map((row) => presentReport(c, row));
}

/** A report with its figures: the frozen snapshot once submitted, else counted now. */
async function presentDetail(
  db: DbOrTx,
  locale: Locale,
  now: Date,
  row: repo.ReportWithUnit,
): Promise<MonthlyReportDetail> {
  const [report] = await presentReports(db, now, [row]);
  const plan = await planOf(db, row.report.campaignId);
  const area = areaOf(plan, { ...row.report, unitPath: row.unitPath });
  const snapshot = row.report.snapshot;
  return {
    report: report!,
    figures: presentFigures(locale, snapshot ? snapshot.figures : await computeFigures(db, area), area),
    frozen: snapshot !== null,
    coverage: area.wholeCampaign
      ? { unitId: plan.unitId, unitName: plan.unitName }
      : { unitId: row.unitId, unitName: row.unitName },
  };
}

/** What an audit event records of a report. */
function reportAudit(r: repo.MonthlyReportRow) {
  return { campaignId: r.campaignId, month: r.month, unitId: r.unitId, role: r.role, narrative: r.narrative };
}

// ---------------------------------------------------------------- who hears of a step

/** The month as notification texts take it: year and month number, in either language. */
const monthParams = (month: string) => ({
  year: Number(month.slice(0, 4)),
  monthNumber: Number(month.slice(5)),
});

/**
 * Notifies the holders of these permissions over the report's unit (its clerks, its leaders),
 * never the person who took the step. The text is `notification.monthlyReports.<kind>`.
 */
async function tell(
  tx: TxContext,
  report: { id: string; unitId: string; month: string },
  unitName: string,
  kind: string,
  permissions: Permission[],
  params: Record<string, string | number> = {},
): Promise<void> {
  const holders: string[][] = [];
  for (const p of permissions) holders.push(await accountsWithPermissionOver(tx.tx, p, report.unitId));
  const userIds = holders.flat().filter((id) => id !== tx.actor?.userId);
  await notify(tx, {
    userIds,
    kind: `monthlyReports.${kind}`,
    recordType: 'monthly_report',
    recordId: report.id,
    params: { unit: unitName, ...monthParams(report.month), ...params },
  });
}

// ---------------------------------------------------------------- reads

/**
 * The last month of a campaign whose report's due date has passed (today is after it), or null
 * before the first one: its reports and the earlier months' are owed and, if not submitted, late.
 */
async function lastMonthDue(db: DbOrTx, campaignId: string, today: string): Promise<string | null> {
  const plan = await planOf(db, campaignId);
  const months = endedMonths(plan.startDate, plan.endDate, today);
  if (months.length === 0) return null;
  const calendar = await calendarCovering(db, months);
  return months.findLast((m) => today > dueDateOf(calendar, m, plan.reportDay)) ?? null;
}

/** The filters of the list and the dashboard's figures as the repository takes them. */
async function filterOf(
  ctx: ServiceContext,
  query: Omit<MonthlyReportListQuery, 'limit' | 'after'>,
): Promise<repo.ReportFilter> {
  const { owed, toApprove, overdue, ...filter } = query;
  const actor = requireActor(ctx);
  const unitScope = owed
    ? { scope: Scope.of(actor, 'monthlyReport.fill'), statuses: ['draft' as const, 'returned' as const] }
    : toApprove
      ? { scope: Scope.of(actor, 'monthlyReport.approve'), statuses: ['awaiting_approval' as const] }
      : undefined;
  let overdueMonths: repo.ReportFilter['overdueMonths'];
  if (overdue) {
    const today = shanghaiDate(ctx.clock.now());
    overdueMonths = [];
    for (const campaignId of await repo.campaignsOfReports(ctx.db, grantScope(ctx), filter.campaignId)) {
      const lastMonth = await lastMonthDue(ctx.db, campaignId, today);
      if (lastMonth) overdueMonths.push({ campaignId, lastMonth });
    }
  }
  return { ...filter, unitScope, overdueMonths };
}

/** Monthly reports in the caller's scope, newest month first; `owed` and `toApprove` narrow to the caller's work. */
export async function listMonthlyReports(
  ctx: ServiceContext,
  query: MonthlyReportListQuery,
): Promise<Page<MonthlyReport>> {
  const { limit, after, ...filters } = query;
  const page = await repo.listReports(ctx.db, grantScope(ctx), await filterOf(ctx, filters), {
    limit,
    after,
  });
  return { ...page, items: await presentReports(ctx.db, ctx.clock.now(), page.items) };
}

/**
 * The dashboard's monthly-report figures (月报报送): for the months the period covers (a month
 * overlapping it counts), or without a period the last month already due, the reports submitted
 * on time and late, those overdue (not submitted, due date passed), waiting for approval and
 * returned, and 按时报送率 (on time over all) — in the caller's reading scope, each counted with
 * the filter its drill-down hands `listMonthlyReports`. No group before any month is due.
 */
export async function monthlyReportFigures(ctx: ServiceContext, area: FigureArea): Promise<DashboardGroup[]> {
  let months: Pick<MonthlyReportListQuery, 'month' | 'monthFrom' | 'monthTo'>;
  if (area.from || area.to) {
    months = { monthFrom: area.from?.slice(0, 7), monthTo: area.to?.slice(0, 7) };
  } else {
    const month = await lastMonthDue(ctx.db, area.campaignId, shanghaiDate(ctx.clock.now()));
    if (!month) return [];
    months = { month };
  }
  const base = { campaignId: area.campaignId, unitId: area.unitId ?? undefined, ...months };
  const figures: { key: string; query: Omit<MonthlyReportListQuery, 'limit' | 'after'> }[] = [
    { key: 'monthlyReports.total', query: base },
    { key: 'monthlyReports.onTime', query: { ...base, submitted: 'on_time' } },
    { key: 'monthlyReports.late', query: { ...base, submitted: 'late' } },
    { key: 'monthlyReports.overdue', query: { ...base, overdue: 'true' } },
    { key: 'monthlyReports.awaitingApproval', query: { ...base, status: 'awaiting_approval' } },
    { key: 'monthlyReports.returned', query: { ...base, status: 'returned' } },
  ];
  const filters: repo.ReportFilter[] = [];
  for (const f of figures) filters.push(await filterOf(ctx, f.query));
  const counts = await repo.countReportFigures(ctx.db, grantScope(ctx), filters);
  const [total, onTime, ...rest] = figures.map((f, i) => ({
    key: f.key,
    label: null,
    value: counts[i] ?? 0,
    drill: drill('listMonthlyReports', f.query),
  }));
  return [
    {
      key: 'monthlyReports.total',
      figures: [total!, onTime!, ...rest],
      rates: [{ key: 'monthlyReports.onTimeRate', numerator: onTime!, denominator: total! }],
    },
  ];
}

/** One report with its figures (404 outside the caller's scope). */
export async function getMonthlyReport(ctx: ServiceContext, id: string): Promise<MonthlyReportDetail> {
  const row = await monthlyReportRecord.loadForRead(ctx, id);
  return presentDetail(ctx.db, ctx.locale, ctx.clock.now(), row);
}

// ---------------------------------------------------------------- changes

const OPEN: readonly string[] = ['draft', 'returned'];

/** Saves the narrative of a report the unit has not handed on yet (409 once it has). */
export async function updateMonthlyReport(
  ctx: ServiceContext,
  id: string,
  input: UpdateMonthlyReportInput,
): Promise<MonthlyReportDetail> {
  return inTransaction(ctx, async (tx) => {
    const row = await monthlyReportRecord.loadForChange(tx, id);
    if (!OPEN.includes(row.report.status)) throw new AppError('INVALID_TRANSITION');
    const now = tx.clock.now();
    const updated = await repo.updateReport(tx.tx, id, {
      narrative: input.narrative,
      editedAt: row.report.editedAt ?? now,
      updatedAt: now,
    });
    await tx.audit({
      action: 'monthly_report.updated',
      recordType: 'monthly_report',
      recordId: id,
      unitId: row.unitId,
      ...changedFields(reportAudit(row.report), reportAudit(updated)),
    });
    return presentDetail(tx.tx, tx.locale, now, await monthlyReportRecord.reload(tx.tx, id));
  });
}

/**
 * One step of the report's lifecycle (409 when the table does not allow it). Approval submits
 * the report: the figures are counted one last time and frozen with the due date it was judged
 * against, so later records never change what the unit reported.
 */
export async function transitionMonthlyReport(
  ctx: ServiceContext,
  id: string,
  action: MonthlyReportAction,
  input: Record<string, string | null | undefined>,
): Promise<MonthlyReportDetail> {
  const actor = requireActor(ctx);
  return inTransaction(ctx, async (tx) => {
    const row = await monthlyReportRecord.loadForChange(tx, id);
    const now = tx.clock.now();
    await applyTransition(
      tx,
      MONTHLY_REPORT_WORKFLOW,
      action,
      { id, unitId: row.unitId, status: row.report.status },
      input,
      async (next, text) => {
        if (action === 'submit') {
          if (row.report.narrative.trim() === '')
            throw fieldError('narrative', 'monthlyReports.narrative_required');
          await repo.updateReport(tx.tx, id, { status: next, returnReason: null, updatedAt: now });
          return undefined;
        }
        if (action === 'return') {
          await repo.updateReport(tx.tx, id, { status: next, returnReason: text, updatedAt: now });
          return undefined;
        }
        const plan = await planOf(tx.tx, row.report.campaignId);
        const calendar = await calendarCovering(tx.tx, [row.report.month]);
        const dueDate = dueDateOf(calendar, row.report.month, plan.reportDay);
        const late = shanghaiDate(now) > dueDate;
        const figures = await computeFigures(tx.tx, areaOf(plan, { ...row.report, unitPath: row.unitPath }));
        await repo.updateReport(tx.tx, id, {
          status: next,
          submittedAt: now,
          submittedBy: actor.userId,
          snapshot: { figures, dueDate, late },
          updatedAt: now,
        });
        return {
          after: { figures: Object.fromEntries(figures.map((f) => [f.key, f.value])), dueDate, late },
        };
      },
    );
    const text = (input.reason ?? input.opinion ?? '').trim();
    if (action === 'submit') await tell(tx, row.report, row.unitName, 'submit', ['monthlyReport.approve']);
    else if (action === 'return')
      await tell(tx, row.report, row.unitName, 'return', ['monthlyReport.fill'], { text });
    else await tell(tx, row.report, row.unitName, 'approve', ['monthlyReport.fill']);
    return presentDetail(tx.tx, tx.locale, now, await monthlyReportRecord.reload(tx.tx, id));
  });
}

/** 催报: the office reminds the unit of a report it has not submitted, with an optional message. */
export async function remindMonthlyReport(
  ctx: ServiceContext,
  id: string,
  input: RemindMonthlyReportInput,
): Promise<MonthlyReport> {
  return inTransaction(ctx, async (tx) => {
    const row = await monthlyReportRecord.loadForChange(tx, id);
    if (row.report.status === 'submitted') throw new AppError('INVALID_TRANSITION');
    const now = tx.clock.now();
    const [report] = await presentReports(tx.tx, now, [row]);
    const message = input?.message?.trim() || null;
    await repo.insertReminder(tx.tx, {
      reportId: id,
      unitId: row.unitId,
      kind: 'manual',
      sentOn: shanghaiDate(now),
      message,
      createdAt: now,
    });
    await tx.audit({
      action: 'monthly_report.reminded',
      recordType: 'monthly_report',
      recordId: id,
      unitId: row.unitId,
      after: { kind: 'manual', dueDate: report!.dueDate, message },
    });
    await tell(tx, row.report, row.unitName, 'reminded', ['monthlyReport.fill', 'monthlyReport.approve'], {
      dueDate: report!.dueDate,
      text: message ?? '',
    });
    return { ...report!, reminders: report!.reminders + 1 };
  });
}

// ---------------------------------------------------------------- the office's month

interface MonthView {
  plan: CampaignPlan;
  dueDate: string;
  dueDateProvisional: boolean;
  rows: (MonthlyReportOverviewRow & { report: repo.ReportWithUnit | null; unitPath: string })[];
}

/**
 * One month of a campaign for the caller: every owing unit in the caller's scope (and any unit
 * with a report of that month that no longer owes one), with where it stands.
 */
async function monthView(
  ctx: ServiceContext,
  db: DbOrTx,
  campaignId: string,
  month: string,
): Promise<MonthView> {
  await campaignRecord.loadForRead(ctx, campaignId, db);
  const plan = await planOf(db, campaignId);
  const scope = grantScope(ctx);
  const reports = await repo.reportsOfMonth(db, scope, campaignId, month);
  const owing = (await owingUnits(db, plan, await settingsOf(db, campaignId))).filter((u) =>
    scope.covers({ id: u.unitId, path: u.unitPath }),
  );
  const calendar = await calendarCovering(db, [month]);
  const dueDate = dueDateOf(calendar, month, plan.reportDay);
  const c = await reportContext(
    db,
    ctx.clock.now(),
    reports.map((r) => r.report),
  );
  const byUnit = new Map(reports.map((r) => [r.unitId, r]));
  const units = [
    ...owing,
    ...reports
      .filter((r) => !owing.some((u) => u.unitId === r.unitId))
      .map((r) => ({ unitId: r.unitId, unitName: r.unitName, unitPath: r.unitPath, role: r.report.role })),
  ];
  return {
    plan,
    dueDate,
    dueDateProvisional: yearOf(dueDate) === calendar.provisionalYear,
    rows: units.map((u) => {
      const found = byUnit.get(u.unitId) ?? null;
      const presented = found ? presentReport(c, found) : null;
      return {
        unitId: u.unitId,
        unitName: u.unitName,
        unitPath: u.unitPath,
        role: found?.report.role ?? u.role,
        reportId: found?.report.id ?? null,
        progress: progressOf(
          found
            ? { status: found.report.status, editedAt: found.report.editedAt, late: presented!.late }
            : null,
        ),
        dueDate: presented?.dueDate ?? dueDate,
        submittedAt: presented?.submittedAt ?? null,
        reminders: presented?.reminders ?? 0,
        report: found,
      };
    }),
  };
}

/** The office's overview of one month: who has submitted, who is late, who has not started. */
export async function getMonthlyReportOverview(
  ctx: ServiceContext,
  campaignId: string,
  month: string,
): Promise<MonthlyReportOverview> {
  const view = await monthView(ctx, ctx.db, campaignId, month);
  const counts = Object.fromEntries(
    MONTHLY_REPORT_PROGRESS.map((p) => [p, 0]),
  ) as MonthlyReportOverview['counts'];
  for (const row of view.rows) counts[row.progress] += 1;
  return {
    campaignId,
    month,
    dueDate: view.dueDate,
    dueDateProvisional: view.dueDateProvisional,
    rows: view.rows.map(({ report: _r, unitPath: _p, ...row }) => row),
    counts,
  };
}

/** Each row of a month with its figures: a submitted report's frozen ones, else counted now. */
async function monthWithFigures(tx: TxContext, campaignId: string, month: string) {
  const view = await monthView(tx, tx.tx, campaignId, month);
  const rows = [];
  for (const row of view.rows) {
    const area = areaOf(view.plan, { ...row, month });
    const stored = row.report?.report.snapshot?.figures ?? (await computeFigures(tx.tx, area));
    rows.push({ ...row, figures: presentFigures(tx.locale, stored, area) });
  }
  return { ...view, rows };
}

/** The month's reports as a workbook, one row per owing unit (audited). */
export async function exportMonthlyReports(
  ctx: ServiceContext,
  campaignId: string,
  month: string,
): Promise<Buffer> {
  return inTransaction(ctx, async (tx) => {
    const view = await monthWithFigures(tx, campaignId, month);
    const buffer = await buildMonthWorkbook(tx.locale, month, view);
    await tx.audit({
      action: 'monthly_report.exported',
      recordType: 'campaign',
      recordId: campaignId,
      unitId: view.plan.unitId,
      after: { month, format: 'xlsx', count: view.rows.length },
    });
    return buffer;
  });
}

/** The month's digest as an official document (.docx) issued by the caller's unit (audited). */
export async function monthlyReportDigest(
  ctx: ServiceContext,
  campaignId: string,
  month: string,
): Promise<Buffer> {
  const actor = requireActor(ctx);
  return inTransaction(ctx, async (tx) => {
    const view = await monthWithFigures(tx, campaignId, month);
    const issuer = (await findUnitRef(tx.tx, actor.unitId))?.name ?? view.plan.unitName;
    // The campaign as a whole, as a supervision department reports it.
    const totalsArea = areaOf(view.plan, {
      unitId: view.plan.unitId,
      unitPath: view.plan.unitPath,
      role: 'supervision',
      month,
    });
    const totals = presentFigures('zh-CN', await computeFigures(tx.tx, totalsArea), totalsArea);
    const buffer = await buildMonthDigest({
      issuer,
      month,
      today: shanghaiDate(tx.clock.now()),
      view,
      totals,
    });
    await tx.audit({
      action: 'monthly_report.exported',
      recordType: 'campaign',
      recordId: campaignId,
      unitId: view.plan.unitId,
      after: { month, format: 'docx', count: view.rows.length },
    });
    return buffer;
  });
}

export type MonthWithFigures = Awaited<ReturnType<typeof monthWithFigures>>;

// ---------------------------------------------------------------- settings

async function presentSettings(db: DbOrTx, campaignId: string): Promise<MonthlyReportSettings> {
  const plan = await planOf(db, campaignId);
  const s = await settingsOf(db, campaignId);
  return {
    campaignId,
    reportDay: plan.reportDay,
    remindBeforeWorkingDays: s.remindBeforeWorkingDays,
    remindAfterWorkingDays: s.remindAfterWorkingDays,
    supervisionUnits: s.supervisionUnits.map((u) => ({ id: u.id, name: u.name })),
  };
}

/** A campaign's report schedule, for whoever may read the campaign (404 otherwise). */
export async function getMonthlyReportSettings(
  ctx: ServiceContext,
  campaignId: string,
): Promise<MonthlyReportSettings> {
  await campaignRecord.loadForRead(ctx, campaignId);
  return presentSettings(ctx.db, campaignId);
}

/**
 * Changes a campaign's reminder offsets and supervision departments (the office of the campaign's
 * government). A supervision department must exist: the commission (纪委监委) is outside the
 * government's tree, so any unit of the city may be named.
 */
export async function updateMonthlyReportSettings(
  ctx: ServiceContext,
  campaignId: string,
  input: UpdateMonthlyReportSettingsInput,
): Promise<MonthlyReportSettings> {
  return inTransaction(ctx, async (tx) => {
    // 404 outside the campaign's readers, 403 outside the caller's manage scope.
    const { campaign } = await campaignRecord.loadForChange(tx, campaignId);
    const before = await settingsOf(tx.tx, campaignId);
    const after = {
      remindBeforeWorkingDays: input.remindBeforeWorkingDays ?? before.remindBeforeWorkingDays,
      remindAfterWorkingDays: input.remindAfterWorkingDays ?? before.remindAfterWorkingDays,
    };
    await repo.upsertSettings(tx.tx, { campaignId, ...after, updatedAt: tx.clock.now() });
    const beforeIds = before.supervisionUnits.map((u) => u.id);
    let afterIds = beforeIds;
    if (input.supervisionUnitIds) {
      afterIds = [...new Set(input.supervisionUnitIds)];
      const found = await findUnitRefs(tx.tx, afterIds);
      const known = new Set(found.map((u) => u.id));
      const missing = afterIds.findIndex((id) => !known.has(id));
      if (missing >= 0) throw fieldError(`supervisionUnitIds.${missing}`, 'field.not_found');
      await repo.replaceSupervisionUnits(tx.tx, campaignId, afterIds);
    }
    await tx.audit({
      action: 'monthly_report_settings.updated',
      recordType: 'campaign',
      recordId: campaignId,
      unitId: campaign.unitId,
      ...changedFields(
        { ...before, supervisionUnits: undefined, supervisionUnitIds: [...beforeIds].sort() },
        { ...after, supervisionUnits: undefined, supervisionUnitIds: [...afterIds].sort() },
      ),
    });
    return presentSettings(tx.tx, campaignId);
  });
}

// ---------------------------------------------------------------- the schedule

const REMINDER_ORDER = ['before', 'after'] as const;

/**
 * One run of the schedule, for every active campaign: the reports of the month that ended last
 * are made for each owing unit that has none (months before Zeren ran are not asked for), and
 * each open report gets the reminder before its due date and the one after it once their days
 * have come — each once (unique per report and kind), so a second run, or a second instance,
 * sends nothing twice. A run that catches up on both sends one message, the later one.
 */
export async function runMonthlyReportSchedule(tx: TxContext): Promise<Record<string, number>> {
  const today = shanghaiDate(tx.clock.now());
  let created = 0;
  let reminded = 0;
  for (const plan of await listActiveCampaignPlans(tx.tx)) {
    const months = endedMonths(plan.startDate, plan.endDate, today);
    const settings = await settingsOf(tx.tx, plan.id);
    const last = months[months.length - 1];
    if (last) {
      const existing = await repo.existingReports(tx.tx, plan.id, [last]);
      for (const u of await owingUnits(tx.tx, plan, settings)) {
        if (existing.has(`${last}|${u.unitId}`)) continue;
        const now = tx.clock.now();
        const inserted = await repo.insertReport(tx.tx, {
          campaignId: plan.id,
          unitId: u.unitId,
          month: last,
          role: u.role,
          createdAt: now,
          updatedAt: now,
        });
        if (!inserted) continue;
        await tx.audit({
          action: 'monthly_report.created',
          recordType: 'monthly_report',
          recordId: inserted.id,
          unitId: u.unitId,
          after: reportAudit(inserted),
        });
        created += 1;
      }
    }
    const open = await repo.openReportsOf(tx.tx, plan.id, months);
    if (open.length === 0) continue;
    const calendar = await calendarCovering(
      tx.tx,
      open.map((r) => r.month),
    );
    const sent = await repo.scheduledReminders(
      tx.tx,
      open.map((r) => r.id),
    );
    const names = new Map(
      (
        await findUnitRefs(
          tx.tx,
          open.map((r) => r.unitId),
        )
      ).map((u) => [u.id, u.name]),
    );
    for (const report of open) {
      const dueDate = dueDateOf(calendar, report.month, plan.reportDay);
      const days = reminderDays(
        calendar,
        dueDate,
        settings.remindBeforeWorkingDays,
        settings.remindAfterWorkingDays,
      );
      let latest: (typeof REMINDER_ORDER)[number] | null = null;
      for (const kind of REMINDER_ORDER) {
        if (today < days[kind] || sent.has(`${report.id}|${kind}`)) continue;
        const inserted = await repo.insertReminder(tx.tx, {
          reportId: report.id,
          unitId: report.unitId,
          kind,
          sentOn: today,
          createdAt: tx.clock.now(),
        });
        if (!inserted) continue;
        await tx.audit({
          action: 'monthly_report.reminded',
          recordType: 'monthly_report',
          recordId: report.id,
          unitId: report.unitId,
          after: { kind, dueDate },
        });
        latest = kind;
        reminded += 1;
      }
      if (latest)
        await tell(
          tx,
          report,
          names.get(report.unitId) ?? '',
          `remind_${latest}`,
          ['monthlyReport.fill', 'monthlyReport.approve'],
          { dueDate },
        );
    }
  }
  return { created, reminded };
}

/** The schedule runs at start and every hour; a day's reminders go out with its first run. */
export const monthlyReportJob: ScheduledJob = {
  name: 'monthlyReports.schedule',
  everyMs: 60 * 60_000,
  lockKey: 7330,
  // One transaction: the reports made, the reminders, their audit events and notifications commit together.
  run: (ctx) => inTransaction(ctx, runMonthlyReportSchedule),
};

// ---------------------------------------------------------------- the demo

/** The units owing a campaign's reports, for the demo (see owingUnits). */
export async function owingUnitsOf(db: DbOrTx, plan: CampaignPlan) {
  return owingUnits(db, plan, await settingsOf(db, plan.id));
}

/** What an approval at `now` would freeze of a report, for the demo. */
export async function snapshotAt(
  db: DbOrTx,
  plan: CampaignPlan,
  report: { unitId: string; unitPath: string; role: MonthlyReportRole; month: string },
  now: Date,
): Promise<MonthlyReportSnapshot> {
  const dueDate = dueDateOf(await calendarCovering(db, [report.month]), report.month, plan.reportDay);
  return {
    figures: await computeFigures(db, areaOf(plan, report)),
    dueDate,
    late: shanghaiDate(now) > dueDate,
  };
}
