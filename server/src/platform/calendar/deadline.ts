import type { DbOrTx } from '../../db/client';
import { addWorkingDays, isWorkingDay } from './calendar.service';

const shanghai = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today's date (YYYY-MM-DD) where the campaign runs: deadlines are Asia/Shanghai dates. */
export function shanghaiDate(now: Date): string {
  return shanghai.format(now);
}

/** A deadline as stored: the date, and when it was given as N working days, the basis N counts from. */
export interface Deadline {
  dueDate: string;
  dueBasisFrom: string | null;
  dueBasisDays: number | null;
}

/**
 * The deadline a create or edit asks for: a date (no basis), or N working days after today (kept
 * with its basis, so a change of the calendar recomputes it). A date in a year beyond the
 * provisional one is refused with the year named (422 CALENDAR_YEAR_MISSING). Key tasks and
 * supervision items take their deadlines this way.
 */
export async function resolveDeadline(
  db: DbOrTx,
  now: Date,
  input: { dueDate?: string | undefined; dueWorkingDays?: number | undefined },
): Promise<Deadline> {
  if (input.dueWorkingDays !== undefined) {
    const from = shanghaiDate(now);
    const { date } = await addWorkingDays(db, from, input.dueWorkingDays);
    return { dueDate: date, dueBasisFrom: from, dueBasisDays: input.dueWorkingDays };
  }
  await isWorkingDay(db, input.dueDate!);
  return { dueDate: input.dueDate!, dueBasisFrom: null, dueBasisDays: null };
}
