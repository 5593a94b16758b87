import type {
  AddCalendarYearInput,
  CalendarDay,
  CalendarDays,
  CalendarYear,
  SetCalendarDayInput,
} from '@zeren/contracts';
import type { Db, DbOrTx } from '../../db/client';
import { inTransaction, type ServiceContext } from '../context';
import { AppError } from '../errors';
import * as repo from './calendar.repository';
import { loadChineseDays, scheduleByYear } from './published-schedule';
import {
  addWorkingDaysIn,
  isWorkingDayIn,
  type WorkingDayCalendar,
  workingDaysBetweenIn,
  yearOf,
} from './working-days';

// ---------------------------------------------------------------- working days (used by other modules)

/**
 * The calendar for years `fromYear`..`toYear`: the known years among them and their exceptions,
 * the exceptions in one query. Years outside the range count as unknown, so a computation can
 * never silently use a year whose exceptions were not loaded.
 */
async function loadCalendar(db: DbOrTx, fromYear: number, toYear: number): Promise<WorkingDayCalendar> {
  const years = await repo.listYearNumbersBetween(db, fromYear, toYear);
  const days = await repo.listDaysBetween(db, `${fromYear}-01-01`, `${toYear}-12-31`);
  return { years: new Set(years), exceptions: new Map(days.map((d) => [d.day, d.isWorkingDay])) };
}

/** True when `day` (YYYY-MM-DD) is a working day; CALENDAR_YEAR_MISSING for an unknown year. */
export async function isWorkingDay(db: DbOrTx, day: string): Promise<boolean> {
  const year = yearOf(day);
  return isWorkingDayIn(await loadCalendar(db, year, year), day);
}

/** The date N working days after `from`, counting from the next day. */
export async function addWorkingDays(db: DbOrTx, from: string, days: number): Promise<string> {
  // A year has well over 200 working days, so this many years always holds the answer.
  const span = Math.ceil(Math.abs(days) / 200) + 1;
  const year = yearOf(from);
  const calendar = await loadCalendar(db, days < 0 ? year - span : year, days < 0 ? year : year + span);
  return addWorkingDaysIn(calendar, from, days);
}

/** Working days after `from` up to and including `to` (negative when `to` is before `from`). */
export async function workingDaysBetween(db: DbOrTx, from: string, to: string): Promise<number> {
  const [a, b] = [yearOf(from), yearOf(to)].sort((x, y) => x - y) as [number, number];
  return workingDaysBetweenIn(await loadCalendar(db, a, b), from, to);
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

/** The years the calendar knows, with where each came from. */
export async function listYears(ctx: ServiceContext): Promise<CalendarYear[]> {
  return (await repo.listYears(ctx.db)).map((y) => ({ year: y.year, source: y.source }));
}

/** A year's exceptions to Monday–Friday (holidays, adjusted workdays, overrides). */
export async function listDays(ctx: ServiceContext, year: number): Promise<CalendarDays> {
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

/** Adds a year the administrator will fill; its days follow Monday–Friday until overridden. */
export async function addYear(ctx: ServiceContext, input: AddCalendarYearInput): Promise<CalendarYear> {
  return inTransaction(ctx, async (tx) => {
    if (await repo.findYear(tx.tx, input.year))
      throw new AppError('CONFLICT', {}, [{ path: 'year', key: 'field.taken' }]);
    const row = await repo.insertYear(tx.tx, {
      year: input.year,
      source: 'admin',
      createdAt: ctx.clock.now(),
    });
    if (!row) throw new AppError('CONFLICT', {}, [{ path: 'year', key: 'field.taken' }]);
    const view = { year: row.year, source: row.source };
    await tx.audit({
      action: 'calendar.year_added',
      recordType: 'calendar_year',
      recordId: String(row.year),
      after: view,
    });
    return view;
  });
}
