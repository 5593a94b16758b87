import type { MonthlyReportProgress, MonthlyReportStatus } from '@zeren/contracts';
import {
  addDays,
  addWorkingDaysIn,
  isWorkingDayIn,
  type WorkingDayCalendar,
} from '../../platform/calendar/working-days';

// Pure rules of the monthly report schedule: months, due dates and reminder days on the
// working-day calendar. Dates are YYYY-MM-DD strings, months YYYY-MM (Asia/Shanghai).

const pad = (n: number) => String(n).padStart(2, '0');

export function monthOf(day: string): string {
  return day.slice(0, 7);
}

export function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${pad(m + 1)}`;
}

export function previousMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${pad(m - 1)}`;
}

/** The month's first and last day, and the instants [start, end) they span in Asia/Shanghai. */
export function monthSpan(month: string): { from: string; to: string; start: Date; end: Date } {
  const from = `${month}-01`;
  const following = `${nextMonth(month)}-01`;
  return {
    from,
    to: addDays(following, -1),
    start: new Date(`${from}T00:00:00+08:00`),
    end: new Date(`${following}T00:00:00+08:00`),
  };
}

/**
 * The report on `month` is due on day `reportDay` of the next month; a day that is not a working
 * day moves to the next working day (遇节假日顺延).
 */
export function dueDateOf(calendar: WorkingDayCalendar, month: string, reportDay: number): string {
  let day = `${nextMonth(month)}-${pad(reportDay)}`;
  while (!isWorkingDayIn(calendar, day)) day = addDays(day, 1);
  return day;
}

/** The days the schedule reminds on: N working days before the due date, and M after it. */
export function reminderDays(
  calendar: WorkingDayCalendar,
  dueDate: string,
  before: number,
  after: number,
): { before: string; after: string } {
  return {
    before: addWorkingDaysIn(calendar, dueDate, -before),
    after: addWorkingDaysIn(calendar, dueDate, after),
  };
}

/**
 * The months of a campaign that have ended by `today`: every month that overlaps the campaign's
 * days and whose last day is before today. Their reports are owed.
 */
export function endedMonths(startDate: string, endDate: string, today: string): string[] {
  const out: string[] = [];
  for (let m = monthOf(startDate); `${m}-01` <= endDate; m = nextMonth(m)) {
    if (monthSpan(m).to >= today) break;
    out.push(m);
  }
  return out;
}

/** Where a unit stands for a month, as the office's overview shows it. */
export function progressOf(
  report: { status: MonthlyReportStatus; editedAt: Date | null; late: boolean } | null,
): MonthlyReportProgress {
  if (!report) return 'not_started';
  if (report.status === 'submitted') return report.late ? 'submitted_late' : 'submitted';
  if (report.status === 'draft' && !report.editedAt) return 'not_started';
  return report.status;
}
