import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, type WorkingDayCalendar } from '../../platform/calendar/working-days';
import { colourWindows, ladderPosition, type Thresholds } from './ladder';

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
const thresholds: fc.Arbitrary<Thresholds> = fc.record({
  reminderWorkingDays: fc.integer({ min: 0, max: 30 }),
  redAfterWorkingDays: fc.integer({ min: 1, max: 60 }),
  transferAfterWorkingDays: fc.integer({ min: 1, max: 120 }),
});

/** The colour the SQL filter's windows give a due date. */
function windowColour(w: { yellowFrom: string; blueUntil: string }, today: string, due: string) {
  if (due < w.yellowFrom) return 'red';
  if (due <= today) return 'yellow';
  if (due <= w.blueUntil) return 'blue';
  return 'none';
}

describe('the escalation ladder', () => {
  it("the list filter's due-date windows give every item the colour its position gives it", () => {
    fc.assert(
      fc.property(
        fc.array(dayIn2026, { maxLength: 40 }),
        thresholds,
        dayIn2026,
        fc.integer({ min: -150, max: 150 }),
        (turned, t, today, offset) => {
          const calendar = calendarWith(turned);
          const due = addDays(today, offset);
          const position = ladderPosition(calendar, t, due, today);
          expect(windowColour(colourWindows(calendar, t, today), today, due)).toBe(position.colour);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('steps come in order and match the colour: blue has the reminder only, red the criticism', () => {
    fc.assert(
      fc.property(thresholds, dayIn2026, fc.integer({ min: -150, max: 150 }), (t, today, offset) => {
        const calendar = calendarWith([]);
        const { colour, steps } = ladderPosition(calendar, t, addDays(today, offset), today);
        const order = ['reminder', 'warning', 'criticism', 'transfer'];
        expect([...steps].sort((a, b) => order.indexOf(a) - order.indexOf(b))).toEqual(steps);
        if (colour === 'none') expect(steps).toEqual([]);
        if (colour === 'blue') expect(steps).toEqual(['reminder']);
        if (colour === 'yellow') expect(steps).toContain('warning');
        if (colour === 'yellow') expect(steps).not.toContain('criticism');
        if (colour === 'red') expect(steps).toContain('criticism');
      }),
      { numRuns: 500 },
    );
  });

  it('a Friday due date with a weekend between: Monday is one working day overdue', () => {
    const calendar = calendarWith([]);
    const t = { reminderWorkingDays: 3, redAfterWorkingDays: 1, transferAfterWorkingDays: 10 };
    // 2026-07-17 is a Friday; the Saturday and Sunday after it do not count.
    expect(ladderPosition(calendar, t, '2026-07-17', '2026-07-19').colour).toBe('yellow');
    expect(ladderPosition(calendar, t, '2026-07-17', '2026-07-20')).toMatchObject({
      colour: 'red',
      workingDaysLeft: -1,
    });
  });
});
