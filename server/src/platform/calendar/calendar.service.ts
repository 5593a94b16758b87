import type { DbOrTx } from '../../db/client';

// Signatures other modules build on; the calendar issue work fills them in.

/** True when `day` (YYYY-MM-DD) is a working day; CALENDAR_YEAR_MISSING for an unknown year. */
export async function isWorkingDay(_db: DbOrTx, _day: string): Promise<boolean> {
  throw new Error('calendar not implemented yet');
}

/** The date N working days after `from`, counting from the next day. */
export async function addWorkingDays(_db: DbOrTx, _from: string, _days: number): Promise<string> {
  throw new Error('calendar not implemented yet');
}

/** Working days after `from` up to and including `to` (negative when `to` is before `from`). */
export async function workingDaysBetween(_db: DbOrTx, _from: string, _to: string): Promise<number> {
  throw new Error('calendar not implemented yet');
}
