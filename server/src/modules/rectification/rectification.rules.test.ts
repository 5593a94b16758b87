import { CONDUCT_LABELS, CONDUCT_TYPES, RECTIFICATION_STATUSES } from '@zeren/contracts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, type WorkingDayCalendar, workingDaysBetweenIn } from '../../platform/calendar/working-days';
import { conductFromCell, dueFromCell, dueState, isOpen } from './rectification.rules';

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

describe('where an item’s deadline stands', () => {
  it('an open item is overdue exactly when today is past its due date; a claimed or closed one never', () => {
    fc.assert(
      fc.property(
        fc.array(dayIn2026, { maxLength: 30 }),
        dayIn2026,
        dayIn2026,
        fc.constantFrom(...RECTIFICATION_STATUSES),
        (turned, today, due, status) => {
          const state = dueState(calendarWith(turned), status, due, today);
          expect(state.overdue).toBe(isOpen(status) && today > due);
          expect(state.colour === 'red').toBe(state.overdue);
          if (!isOpen(status))
            expect(state).toEqual({ overdue: false, colour: 'none', workingDaysLeft: null });
          else expect(state.workingDaysLeft).toBe(workingDaysBetweenIn(calendarWith(turned), today, due));
        },
      ),
    );
  });

  it('yellow with three working days left or fewer, counted on the calendar (the National Day holiday)', () => {
    const calendar = calendarWith(['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07']);
    // From 30 September, 8 October is the first working day after the holiday.
    expect(dueState(calendar, 'rectifying', '2026-10-08', '2026-09-30')).toEqual({
      overdue: false,
      colour: 'yellow',
      workingDaysLeft: 1,
    });
    expect(dueState(calendar, 'pending', '2026-10-13', '2026-09-30').colour).toBe('none');
    expect(dueState(calendar, 'pending', '2026-09-29', '2026-09-30')).toMatchObject({
      overdue: true,
      colour: 'red',
    });
  });
});

describe('the cells of an Excel ledger', () => {
  it('reads back every date however units write it, and refuses dates that do not exist', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3000 }).map((n) => addDays('2024-01-01', n)),
        (day) => {
          const [y, m, d] = day.split('-').map(Number) as [number, number, number];
          for (const written of [
            day,
            `${y}/${m}/${d}`,
            `${y}.${m}.${d}`,
            `${y}年${m}月${d}日`,
            ` ${y}年${m}月${d}日 `,
          ])
            expect(dueFromCell(written)).toEqual({ dueDate: day });
        },
      ),
    );
    expect(dueFromCell('2026-02-30')).toBeUndefined();
    expect(dueFromCell('2026年13月1日')).toBeUndefined();
    expect(dueFromCell('下月底')).toBeUndefined();
    expect(dueFromCell('')).toBeNull();
  });

  it('reads a deadline in working days, within the API’s bounds', () => {
    expect(dueFromCell('20个工作日')).toEqual({ dueWorkingDays: 20 });
    expect(dueFromCell('5 working days')).toEqual({ dueWorkingDays: 5 });
    expect(dueFromCell('0个工作日')).toBeUndefined();
    expect(dueFromCell('501个工作日')).toBeUndefined();
  });

  it('reads a conduct type by its Chinese or English label or its code', () => {
    for (const conduct of CONDUCT_TYPES) {
      expect(conductFromCell(CONDUCT_LABELS[conduct]['zh-CN'])).toBe(conduct);
      expect(conductFromCell(CONDUCT_LABELS[conduct]['en-US'].toUpperCase())).toBe(conduct);
      expect(conductFromCell(conduct)).toBe(conduct);
    }
    expect(conductFromCell('')).toBeNull();
    expect(conductFromCell('不担当')).toBeUndefined();
  });
});
