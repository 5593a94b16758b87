import { KEY_TASK_DUE_SOON_DAYS, type KeyTaskStatus } from '@zeren/contracts';

/** Calendar days from `from` to `to` (both YYYY-MM-DD). */
export function calendarDaysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The date `days` calendar days after `date` (YYYY-MM-DD). */
export function addCalendarDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * A task's status: completed at 100 %; overdue once past its due date; due soon with at most
 * five working days left; on track otherwise. Without working-day data (`workingDaysLeft` null,
 * a year missing from the calendar) a week of calendar days stands in for five working days.
 */
export function deriveKeyTaskStatus(input: {
  progress: number;
  dueDate: string;
  today: string;
  workingDaysLeft: number | null;
}): KeyTaskStatus {
  if (input.progress >= 100) return 'completed';
  if (input.today > input.dueDate) return 'overdue';
  if (input.workingDaysLeft !== null)
    return input.workingDaysLeft <= KEY_TASK_DUE_SOON_DAYS ? 'due_soon' : 'on_track';
  return calendarDaysBetween(input.today, input.dueDate) <= 7 ? 'due_soon' : 'on_track';
}

/** A parent's progress: the mean of its children's, rounded. */
export function rollUpProgress(children: number[]): number {
  if (children.length === 0) return 0;
  return Math.round(children.reduce((a, b) => a + b, 0) / children.length);
}
