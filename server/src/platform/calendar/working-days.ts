import { AppError } from '../errors';

// Pure date arithmetic on YYYY-MM-DD strings. Days are handled as UTC midnights, so no time zone
// or daylight-saving shift can move a date.

const DAY_MS = 86_400_000;

/** What the arithmetic needs: the years that have a schedule, and that schedule's exceptions. */
export interface WorkingDayCalendar {
  /** Years present in calendar_year. */
  years: ReadonlySet<number>;
  /**
   * The year right after the last known one, whose schedule the State Council has not published
   * (or the administrator not entered) yet: counted on weekends alone, and marked provisional.
   * Any later year is refused.
   */
  provisionalYear: number | null;
  /** Exceptions to Monday–Friday: day → is it a working day. */
  exceptions: ReadonlyMap<string, boolean>;
}

export function toEpochDay(day: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

export function fromEpochDay(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(day: string, n: number): string {
  return fromEpochDay(toEpochDay(day) + n);
}

export function yearOf(day: string): number {
  return Number(day.slice(0, 4));
}

/** Saturday or Sunday. */
export function isWeekend(day: string): boolean {
  const weekday = new Date(toEpochDay(day) * DAY_MS).getUTCDay();
  return weekday === 0 || weekday === 6;
}

/**
 * The working-day rule: the exception if there is one, else Monday–Friday. The provisional year
 * counts weekends alone; any other unknown year → CALENDAR_YEAR_MISSING naming it.
 */
export function isWorkingDayIn(calendar: WorkingDayCalendar, day: string): boolean {
  const year = yearOf(day);
  if (year === calendar.provisionalYear) return !isWeekend(day);
  if (!calendar.years.has(year)) throw new AppError('CALENDAR_YEAR_MISSING', { year });
  return calendar.exceptions.get(day) ?? !isWeekend(day);
}

/** Whether a computation over the days from `a` to `b` (either order) touched the provisional year. */
export function touchesProvisional(calendar: WorkingDayCalendar, a: string, b: string): boolean {
  const p = calendar.provisionalYear;
  if (p === null) return false;
  const [low, high] = [yearOf(a), yearOf(b)].sort((x, y) => x - y) as [number, number];
  return low <= p && p <= high;
}

/**
 * The date `n` working days after `from`, counting from the next day (1 working day after a
 * Friday before a normal weekend is the Monday). Negative `n` counts backwards from the day
 * before; 0 returns `from` itself.
 */
export function addWorkingDaysIn(calendar: WorkingDayCalendar, from: string, n: number): string {
  const step = n < 0 ? -1 : 1;
  let remaining = Math.abs(n);
  let current = toEpochDay(from);
  while (remaining > 0) {
    current += step;
    if (isWorkingDayIn(calendar, fromEpochDay(current))) remaining -= 1;
  }
  return fromEpochDay(current);
}

/**
 * Working days after `from` up to and including `to`; negative (the same count, after `to` up
 * to and including `from`) when `to` is before `from`. So `addWorkingDays(from, n) = to` gives `n`.
 */
export function workingDaysBetweenIn(calendar: WorkingDayCalendar, from: string, to: string): number {
  const start = toEpochDay(from);
  const end = toEpochDay(to);
  if (end < start) return -workingDaysBetweenIn(calendar, to, from);
  let count = 0;
  for (let d = start + 1; d <= end; d += 1) if (isWorkingDayIn(calendar, fromEpochDay(d))) count += 1;
  return count;
}
