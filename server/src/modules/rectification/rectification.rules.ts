import {
  CONDUCT_LABELS,
  CONDUCT_TYPES,
  type Conduct,
  RECTIFICATION_DUE_SOON_WORKING_DAYS,
  RECTIFICATION_OPEN_STATUSES,
  type RectificationColour,
  type RectificationStatus,
} from '@zeren/contracts';
import { type WorkingDayCalendar, workingDaysBetweenIn } from '../../platform/calendar/working-days';

/**
 * The ledger's rules as pure functions: where an item's deadline stands today, and how the cells
 * of an Excel ledger read (a due date as units write it, a conduct type by its label). The list,
 * the export, the import and the tests use these, so they cannot disagree.
 */

/** Whether the item's deadline runs: not yet claimed as complete. */
export function isOpen(status: RectificationStatus): boolean {
  return (RECTIFICATION_OPEN_STATUSES as readonly string[]).includes(status);
}

export interface DueState {
  overdue: boolean;
  colour: RectificationColour;
  /** Working days after today up to the due date (negative: overdue); null when not open. */
  workingDaysLeft: number | null;
}

/**
 * An open item is red (overdue) once today is past its due date, yellow with at most
 * RECTIFICATION_DUE_SOON_WORKING_DAYS working days left; an item claimed, signed off or confirmed
 * has no colour. Throws CALENDAR_YEAR_MISSING when the calendar cannot count the days.
 */
export function dueState(
  calendar: WorkingDayCalendar,
  status: RectificationStatus,
  dueDate: string,
  today: string,
): DueState {
  if (!isOpen(status)) return { overdue: false, colour: 'none', workingDaysLeft: null };
  const left = workingDaysBetweenIn(calendar, today, dueDate);
  if (today > dueDate) return { overdue: true, colour: 'red', workingDaysLeft: left };
  return {
    overdue: false,
    colour: left <= RECTIFICATION_DUE_SOON_WORKING_DAYS ? 'yellow' : 'none',
    workingDaysLeft: left,
  };
}

/** A conduct cell: the Chinese or English label, or the code; '' → null; unknown → undefined. */
export function conductFromCell(text: string): Conduct | null | undefined {
  if (text === '') return null;
  const lower = text.toLowerCase();
  return CONDUCT_TYPES.find(
    (c) =>
      c === lower ||
      CONDUCT_LABELS[c]['zh-CN'] === text ||
      CONDUCT_LABELS[c]['en-US'].toLowerCase() === lower,
  );
}

const pad = (n: number) => String(n).padStart(2, '0');

function validDate(y: number, m: number, d: number): string | undefined {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d)
    return undefined;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** A deadline cell as units write it: a date, or a count of working days from the import day. */
export type DueCell = { dueDate: string } | { dueWorkingDays: number };

/**
 * Reads a 整改时限 cell: 2026-07-31, 2026/7/31, 2026.7.31, 2026年7月31日 (an Excel date cell
 * arrives as 2026-07-31), or "20个工作日" / "20 working days". '' → null; anything else →
 * undefined (the row's error).
 */
export function dueFromCell(text: string): DueCell | null | undefined {
  const value = text.trim();
  if (value === '') return null;
  const date = /^(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})\s*日?$/.exec(value);
  if (date) {
    const found = validDate(Number(date[1]), Number(date[2]), Number(date[3]));
    return found ? { dueDate: found } : undefined;
  }
  const days = /^(\d{1,3})\s*(?:个工作日|working days?)$/i.exec(value);
  if (days) {
    const n = Number(days[1]);
    return n >= 1 && n <= 500 ? { dueWorkingDays: n } : undefined;
  }
  return undefined;
}
