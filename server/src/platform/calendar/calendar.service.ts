import type {
  CalendarDay,
  CalendarDays,
  CalendarSchedule,
  CalendarYear,
  SetCalendarDayInput,
  SetCalendarScheduleInput,
} from '@zeren/contracts';
import type { Db, DbOrTx } from '../../db/client';
import { inTransaction, type ServiceContext, type TxContext } from '../context';
import { AppError, type FieldIssue, fieldError } from '../errors';
import * as repo from './calendar.repository';
import { parseHolidayNotice } from './notice';
import { loadChineseDays, scheduleByYear } from './published-schedule';
import {
  addDays,
  addWorkingDaysIn,
  isWeekend,
  isWorkingDayIn,
  touchesProvisional,
  type WorkingDayCalendar,
  workingDaysBetweenIn,
  yearOf,
} from './working-days';

/**
 * Recomputes what was counted on working days in the given years (deadlines given as N working
 * days), inside the transaction that changed the calendar; returns how many records changed.
 * Modules register one (ServerModule.onCalendarChanged).
 */
export type CalendarListener = (tx: TxContext, years: number[]) => Promise<number>;
const listeners = new Set<CalendarListener>();

export function registerCalendarListener(listener: CalendarListener): void {
  listeners.add(listener);
}

async function recomputeAfterChange(tx: TxContext, years: number[]): Promise<number> {
  let changed = 0;
  for (const listener of listeners) changed += await listener(tx, years);
  return changed;
}

// ---------------------------------------------------------------- working days (used by other modules)

/**
 * The calendar for years `fromYear`..`toYear`: the known years among them and their exceptions,
 * the exceptions in one query. Years outside the range count as unknown, so a computation can
 * never silently use a year whose exceptions were not loaded.
 */
async function loadCalendar(db: DbOrTx, fromYear: number, toYear: number): Promise<WorkingDayCalendar> {
  const { years, days, last } = await repo.calendarSpan(db, fromYear, toYear);
  return {
    years: new Set(years),
    provisionalYear: last === null ? null : last + 1,
    exceptions: new Map(days.map((d) => [d.day, d.isWorkingDay])),
  };
}

/**
 * The calendar covering these days (or months) and `today`, through the year after the last (a
 * deadline counted from one may run into it), in memory for counting over many dates at once with
 * the functions of working-days.ts: loaded once for a page, an export or a job run. Any
 * number of days — a province's escalation pass reads hundreds of thousands, more arguments than a
 * spread into Math.min can take.
 */
export function calendarCovering(
  db: DbOrTx,
  days: readonly string[],
  today?: string,
): Promise<WorkingDayCalendar> {
  let from = today ? yearOf(today) : Number.POSITIVE_INFINITY;
  let to = today ? from : Number.NEGATIVE_INFINITY;
  for (const day of days) {
    const year = yearOf(day);
    if (year < from) from = year;
    if (year > to) to = year;
  }
  if (from > to) throw new Error('calendarCovering: neither a day nor today');
  return loadCalendar(db, from, to + 1);
}

/** The year counted on weekends alone until its schedule is entered (the year after the last known). */
export async function provisionalYear(db: DbOrTx): Promise<number | null> {
  const last = await repo.lastYear(db);
  return last === null ? null : last + 1;
}

/**
 * True when `day` (YYYY-MM-DD) is a working day: in the provisional year by weekends alone; any
 * later year is refused with CALENDAR_YEAR_MISSING naming it. Used to validate a deadline.
 */
export async function isWorkingDay(db: DbOrTx, day: string): Promise<boolean> {
  const year = yearOf(day);
  return isWorkingDayIn(await loadCalendar(db, year, year), day);
}

/** The date N working days after `from`, counting from the next day; provisional when it ran through the provisional year. */
export async function addWorkingDays(
  db: DbOrTx,
  from: string,
  days: number,
): Promise<{ date: string; provisional: boolean }> {
  // A year has well over 200 working days, so this many years always holds the answer.
  const span = Math.ceil(Math.abs(days) / 200) + 1;
  const year = yearOf(from);
  const calendar = await loadCalendar(db, days < 0 ? year - span : year, days < 0 ? year : year + span);
  const date = addWorkingDaysIn(calendar, from, days);
  return { date, provisional: touchesProvisional(calendar, from, date) };
}

/** Working days after `from` up to and including `to` (negative when `to` is before `from`). */
export async function workingDaysBetween(
  db: DbOrTx,
  from: string,
  to: string,
): Promise<{ days: number; provisional: boolean }> {
  const [a, b] = [yearOf(from), yearOf(to)].sort((x, y) => x - y) as [number, number];
  const calendar = await loadCalendar(db, a, b);
  return {
    days: workingDaysBetweenIn(calendar, from, to),
    provisional: touchesProvisional(calendar, from, to),
  };
}

// ---------------------------------------------------------------- seeding

/**
 * Loads the published schedule of chinese-days (2004–2026) into calendar_year/calendar_day.
 * Idempotent: a year already present is skipped and an administrator's row is never overwritten.
 * Returns the years added. Run after migrations by the CLI and by the test harness.
 */
export async function ensureCalendarSeeded(db: Db): Promise<number[]> {
  const schedule = scheduleByYear(loadChineseDays());
  return db.transaction(async (tx) => {
    const known = new Set((await repo.listYears(tx)).map((y) => y.year));
    const added: number[] = [];
    for (const [year, days] of [...schedule].sort(([a], [b]) => a - b)) {
      if (known.has(year)) continue;
      const inserted = await repo.insertYear(tx, { year, source: 'chinese-days' });
      if (!inserted) continue;
      await repo.insertDays(
        tx,
        days.map((d) => ({ ...d, source: 'chinese-days' as const })),
      );
      added.push(year);
    }
    return added;
  });
}

// ---------------------------------------------------------------- administration

function presentDay(row: repo.CalendarDayRow): CalendarDay {
  return { day: row.day, isWorkingDay: row.isWorkingDay, kind: row.kind, name: row.name };
}

async function requireYear(db: DbOrTx, year: number): Promise<repo.CalendarYearRow> {
  const found = await repo.findYear(db, year);
  if (!found) throw new AppError('CALENDAR_YEAR_MISSING', { year });
  return found;
}

/** The years the calendar knows, with where each came from, and the provisional year. */
export async function listYears(
  ctx: ServiceContext,
): Promise<{ items: CalendarYear[]; provisionalYear: number | null }> {
  const items = (await repo.listYears(ctx.db)).map((y) => ({ year: y.year, source: y.source }));
  return { items, provisionalYear: items.length > 0 ? items[items.length - 1]!.year + 1 : null };
}

/** A year's exceptions to Monday–Friday (holidays, adjusted workdays, overrides); none for the provisional year. */
export async function listDays(ctx: ServiceContext, year: number): Promise<CalendarDays> {
  if (year === (await provisionalYear(ctx.db))) return { year, days: [] };
  await requireYear(ctx.db, year);
  const days = await repo.listDaysBetween(ctx.db, `${year}-01-01`, `${year}-12-31`);
  return { year, days: days.map(presentDay) };
}

/** An administrator's override of one day of a known year. */
export async function setDay(
  ctx: ServiceContext,
  day: string,
  input: SetCalendarDayInput,
): Promise<CalendarDay> {
  return inTransaction(ctx, async (tx) => {
    await requireYear(tx.tx, yearOf(day));
    const before = await repo.findDay(tx.tx, day);
    const row = await repo.upsertOverride(tx.tx, {
      day,
      isWorkingDay: input.isWorkingDay,
      name: input.name ?? null,
      updatedAt: ctx.clock.now(),
    });
    const view = presentDay(row);
    await recomputeAfterChange(tx, [yearOf(day)]);
    await tx.audit({
      action: 'calendar.day_set',
      recordType: 'calendar_day',
      recordId: day,
      before: before ? { ...presentDay(before), source: before.source } : null,
      after: { ...view, source: row.source },
    });
    return view;
  });
}

/** The days a schedule makes exceptions: every holiday day, and the adjusted workdays. */
function scheduleDays(input: SetCalendarScheduleInput) {
  const issues: FieldIssue[] = [];
  const days = new Map<
    string,
    { day: string; isWorkingDay: boolean; kind: 'holiday' | 'adjusted_workday'; name: string | null }
  >();
  input.holidays.forEach((h, i) => {
    if (h.endDate < h.startDate) {
      issues.push({
        path: `holidays.${i}.endDate`,
        key: 'calendar.range_reversed',
        params: { start: h.startDate },
      });
      return;
    }
    if (addDays(h.startDate, 31) < h.endDate) {
      issues.push({ path: `holidays.${i}.endDate`, key: 'calendar.range_too_long' });
      return;
    }
    for (let d = h.startDate; d <= h.endDate; d = addDays(d, 1))
      days.set(d, { day: d, isWorkingDay: false, kind: 'holiday', name: h.name });
  });
  input.workdays.forEach((w, i) => {
    if (!isWeekend(w.date)) issues.push({ path: `workdays.${i}.date`, key: 'calendar.workday_not_weekend' });
    else if (days.has(w.date))
      issues.push({ path: `workdays.${i}.date`, key: 'calendar.workday_in_holiday' });
    else
      days.set(w.date, { day: w.date, isWorkingDay: true, kind: 'adjusted_workday', name: w.name ?? null });
  });
  if (issues.length > 0) throw new AppError('VALIDATION_FAILED', {}, issues);
  return [...days.values()].sort((a, b) => a.day.localeCompare(b.day));
}

/**
 * Enters a year's official schedule in one step (the holiday ranges and adjusted workdays of the
 * State Council's notice): the year's published days are replaced (an administrator's overrides
 * stay), and deadlines counted on working days through the changed years are recomputed, each in
 * its record's history. Dates may lie at the edges of the neighbouring years (元旦).
 */
export async function setYearSchedule(
  ctx: ServiceContext,
  year: number,
  input: SetCalendarScheduleInput,
): Promise<CalendarDays & { source: 'notice'; recomputed: number }> {
  // A known year may be corrected, the provisional one entered; a later year waits for it.
  const next = await provisionalYear(ctx.db);
  if (next !== null && year > next) throw new AppError('CALENDAR_YEAR_MISSING', { year: next });
  const days = scheduleDays(input);
  const outside = days.find((d) => d.day < `${year - 1}-12-01` || d.day > `${year + 1}-01-31`);
  if (outside) throw fieldError('holidays', 'calendar.outside_year', { year });
  return inTransaction(ctx, async (tx) => {
    const before = await repo.findYear(tx.tx, year);
    const previous = await repo.listDaysBetween(tx.tx, `${year}-01-01`, `${year}-12-31`);
    await repo.upsertYear(tx.tx, { year, source: 'notice', createdAt: ctx.clock.now() });
    await repo.deletePublishedDays(tx.tx, `${year}-01-01`, `${year}-12-31`);
    // Edge days of the neighbouring years replace theirs too; overrides are never touched.
    await repo.deletePublishedDays(
      tx.tx,
      days[0]!.day,
      days[days.length - 1]!.day,
      days.map((d) => d.day),
    );
    await repo.insertDays(
      tx.tx,
      days.map((d) => ({ ...d, source: 'admin' as const, updatedAt: ctx.clock.now() })),
    );
    const years = [...new Set([year, ...days.map((d) => yearOf(d.day))])].sort();
    const recomputed = await recomputeAfterChange(tx, years);
    await tx.audit({
      action: 'calendar.schedule_set',
      recordType: 'calendar_year',
      recordId: String(year),
      before: before ? { source: before.source, days: previous.length } : null,
      after: {
        year,
        source: 'notice',
        holidays: input.holidays.map((h) => `${h.name}:${h.startDate}..${h.endDate}`),
        workdays: input.workdays.map((w) => w.date),
        recomputed,
      },
    });
    const stored = await repo.listDaysBetween(tx.tx, `${year}-01-01`, `${year}-12-31`);
    return { year, source: 'notice' as const, days: stored.map(presentDay), recomputed };
  });
}

/** Reads the pasted notice into a schedule for the administrator to confirm (nothing is stored). */
export function parseNotice(text: string): CalendarSchedule {
  const schedule = parseHolidayNotice(text);
  if (!schedule) throw fieldError('text', 'calendar.notice_unreadable');
  return schedule;
}

/**
 * Working days between two dates, computed once per pair; null when the calendar cannot count
 * them (a year beyond the provisional one).
 */
export function workingDaysCounter(db: DbOrTx) {
  const cache = new Map<string, Promise<{ days: number; provisional: boolean } | null>>();
  return (from: string, to: string) => {
    const key = `${from}|${to}`;
    let counted = cache.get(key);
    if (!counted) {
      counted = workingDaysBetween(db, from, to).catch((error: unknown) => {
        if (error instanceof AppError && error.code === 'CALENDAR_YEAR_MISSING') return null;
        throw error;
      });
      cache.set(key, counted);
    }
    return counted;
  };
}
