import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, isWorkingDayIn, type WorkingDayCalendar } from '../../platform/calendar/working-days';
import { dueDateOf, endedMonths, monthSpan, nextMonth, previousMonth, reminderDays } from './schedule';

/** A calendar of 2025–2027 with the given days turned around (holidays, adjusted working days). */
function calendarWith(turned: string[]): WorkingDayCalendar {
  const exceptions = new Map<string, boolean>();
  for (const day of turned) {
    const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
    exceptions.set(day, weekday === 0 || weekday === 6);
  }
  return { years: new Set([2025, 2026, 2027]), provisionalYear: null, exceptions };
}

const dayIn2026 = fc.integer({ min: 0, max: 364 }).map((n) => addDays('2026-01-01', n));
const monthIn2026 = fc.integer({ min: 1, max: 12 }).map((m) => `2026-${String(m).padStart(2, '0')}`);

describe('the monthly report schedule', () => {
  it('the due date is the first working day on or after day X of the next month (遇节假日顺延)', () => {
    fc.assert(
      fc.property(
        fc.array(dayIn2026, { maxLength: 60 }),
        monthIn2026,
        fc.integer({ min: 1, max: 28 }),
        (turned, month, reportDay) => {
          const calendar = calendarWith(turned);
          const due = dueDateOf(calendar, month, reportDay);
          const dayX = `${nextMonth(month)}-${String(reportDay).padStart(2, '0')}`;
          expect(due >= dayX).toBe(true);
          expect(isWorkingDayIn(calendar, due)).toBe(true);
          for (let d = dayX; d < due; d = addDays(d, 1)) expect(isWorkingDayIn(calendar, d)).toBe(false);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('reminders fall on working days, the first before (or on) the due date, the second after it', () => {
    fc.assert(
      fc.property(
        fc.array(dayIn2026, { maxLength: 60 }),
        monthIn2026.filter((m) => m !== '2026-12'),
        fc.integer({ min: 0, max: 10 }),
        fc.integer({ min: 1, max: 20 }),
        (turned, month, before, after) => {
          const calendar = calendarWith(turned);
          const due = dueDateOf(calendar, month, 5);
          const days = reminderDays(calendar, due, before, after);
          expect(days.before <= due && days.after > due).toBe(true);
          expect(isWorkingDayIn(calendar, days.after)).toBe(true);
          if (before > 0) expect(isWorkingDayIn(calendar, days.before)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a report day on the National Day holiday moves to the first working day after it', () => {
    // 2026: 1–7 October are holidays, 10 October (a Saturday) is a working day.
    const holidays = ['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07', '2026-10-10'];
    expect(dueDateOf(calendarWith(holidays), '2026-09', 5)).toBe('2026-10-08');
    // 10 January 2026 is a Saturday: the report on December is due on Monday the 12th.
    expect(dueDateOf(calendarWith([]), '2025-12', 10)).toBe('2026-01-12');
  });

  it('months: spans in Shanghai time, across the year end, and the months a campaign has ended', () => {
    expect(monthSpan('2026-02')).toEqual({
      from: '2026-02-01',
      to: '2026-02-28',
      start: new Date('2026-01-31T16:00:00Z'),
      end: new Date('2026-02-28T16:00:00Z'),
    });
    expect(nextMonth('2026-12')).toBe('2027-01');
    expect(previousMonth('2026-01')).toBe('2025-12');
    expect(endedMonths('2026-01-15', '2026-12-31', '2026-04-01')).toEqual(['2026-01', '2026-02', '2026-03']);
    expect(endedMonths('2026-01-15', '2026-12-31', '2026-03-31')).toEqual(['2026-01', '2026-02']);
    expect(endedMonths('2026-01-01', '2026-02-10', '2026-09-01')).toEqual(['2026-01', '2026-02']);
    expect(endedMonths('2027-01-01', '2027-12-31', '2026-09-01')).toEqual([]);
  });
});
