import {
  DEFAULT_SUPERVISION_SETTINGS,
  type EscalationStep,
  SUPERVISION_RUNNING_STATUSES,
  type SupervisionColour,
  type SupervisionItemStatus,
} from '@zeren/contracts';
import {
  addDays,
  addWorkingDaysIn,
  isWorkingDayIn,
  type WorkingDayCalendar,
  workingDaysBetweenIn,
} from '../../platform/calendar/working-days';

/**
 * 三色督办 — the escalation ladder as pure functions of the calendar, a campaign's thresholds, a
 * due date and today. The list (colour of each item, the colour filter in SQL), the escalation
 * job (steps reached) and the tests all use these, so they cannot disagree.
 */

export interface Thresholds {
  reminderWorkingDays: number;
  redAfterWorkingDays: number;
  transferAfterWorkingDays: number;
}

export const DEFAULT_THRESHOLDS: Thresholds = { ...DEFAULT_SUPERVISION_SETTINGS };

/** Whether the item's deadline runs (the ladder applies): assigned, signed for, in progress, returned. */
export function isRunning(status: SupervisionItemStatus): boolean {
  return (SUPERVISION_RUNNING_STATUSES as readonly string[]).includes(status);
}

export interface LadderPosition {
  /** Working days after today up to the due date; negative: working days overdue. */
  workingDaysLeft: number;
  colour: SupervisionColour;
  /** Every step whose threshold is passed, in ladder order. */
  steps: EscalationStep[];
}

/**
 * Where a running item stands today:
 * - blue (催办) with at most N working days left (N = reminderWorkingDays; 0 means no blue);
 * - yellow (预警) from the due date on;
 * - red once M working days overdue (M = redAfterWorkingDays): 通报批评;
 * - transfer (移交) K working days after that (K = transferAfterWorkingDays).
 * Throws CALENDAR_YEAR_MISSING when the calendar cannot count the days.
 */
export function ladderPosition(
  calendar: WorkingDayCalendar,
  thresholds: Thresholds,
  dueDate: string,
  today: string,
): LadderPosition {
  const left = workingDaysBetweenIn(calendar, today, dueDate);
  const due = today >= dueDate;
  const overdue = due ? -left : 0;
  const red = due && overdue >= thresholds.redAfterWorkingDays;
  const reminded = thresholds.reminderWorkingDays > 0 && left <= thresholds.reminderWorkingDays;
  const colour: SupervisionColour = red ? 'red' : due ? 'yellow' : reminded ? 'blue' : 'none';
  const steps: EscalationStep[] = [];
  if (reminded) steps.push('reminder');
  if (due) steps.push('warning');
  if (red) steps.push('criticism');
  if (due && overdue >= thresholds.redAfterWorkingDays + thresholds.transferAfterWorkingDays)
    steps.push('transfer');
  return { workingDaysLeft: left, colour, steps };
}

/**
 * The due dates of each colour today, for a filter in SQL (running items only):
 * red: due < yellowFrom; yellow: yellowFrom ≤ due ≤ today; blue: today < due ≤ blueUntil;
 * none: due > blueUntil. The same boundaries ladderPosition draws.
 */
export function colourWindows(
  calendar: WorkingDayCalendar,
  thresholds: Thresholds,
  today: string,
): { yellowFrom: string; blueUntil: string } {
  // The last due date with at most N working days left: the day before the (N+1)-th working day.
  const blueUntil =
    thresholds.reminderWorkingDays > 0
      ? addDays(addWorkingDaysIn(calendar, today, thresholds.reminderWorkingDays + 1), -1)
      : today;
  // The earliest due date still fewer than M working days overdue: step back while it stays so.
  let yellowFrom = today;
  let overdue = 0;
  for (;;) {
    const next = overdue + (isWorkingDayIn(calendar, yellowFrom) ? 1 : 0);
    if (next >= thresholds.redAfterWorkingDays) break;
    overdue = next;
    yellowFrom = addDays(yellowFrom, -1);
  }
  return { yellowFrom, blueUntil };
}
