import chineseDays from 'chinese-days';
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import { loadChineseDays, scheduleByYear } from './published-schedule';
import {
  addDays,
  addWorkingDaysIn,
  isWeekend,
  isWorkingDayIn,
  type WorkingDayCalendar,
  workingDaysBetweenIn,
} from './working-days';

/** The bundled schedule as the database holds it after seeding. */
function publishedCalendar(): WorkingDayCalendar {
  const schedule = scheduleByYear(loadChineseDays());
  const days = [...schedule.values()].flat();
  return {
    years: new Set(schedule.keys()),
    provisionalYear: null,
    exceptions: new Map(days.map((d) => [d.day, d.isWorkingDay])),
  };
}
const cal = publishedCalendar();

describe('working-day arithmetic', () => {
  it('date helpers handle month and year ends and weekends', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(isWeekend('2026-10-10')).toBe(true); // a Saturday
    expect(isWeekend('2026-10-09')).toBe(false);
  });

  it('counts from the next day: one working day after a Friday before a normal weekend is Monday', () => {
    expect(addWorkingDaysIn(cal, '2026-06-05', 1)).toBe('2026-06-08');
    expect(addWorkingDaysIn(cal, '2026-06-05', 0)).toBe('2026-06-05');
    expect(addWorkingDaysIn(cal, '2026-06-08', -1)).toBe('2026-06-05');
  });

  it('skips the 2026 National Day holiday and uses its adjusted workdays (chinese-days 1.5.7 data)', () => {
    // Published: 10月1日至7日放假; 9月20日（周日）、10月10日（周六）上班; 中秋 9月25日（周五）.
    expect(isWorkingDayIn(cal, '2026-09-20')).toBe(true);
    expect(isWorkingDayIn(cal, '2026-09-25')).toBe(false);
    for (let d = 1; d <= 7; d++) expect(isWorkingDayIn(cal, `2026-10-0${d}`)).toBe(false);
    expect(isWorkingDayIn(cal, '2026-10-08')).toBe(true);
    expect(isWorkingDayIn(cal, '2026-10-10')).toBe(true);
    expect(addWorkingDaysIn(cal, '2026-09-30', 1)).toBe('2026-10-08');
    expect(addWorkingDaysIn(cal, '2026-09-30', 3)).toBe('2026-10-10');
    expect(addWorkingDaysIn(cal, '2026-09-30', 4)).toBe('2026-10-12');
    expect(addWorkingDaysIn(cal, '2026-09-18', 1)).toBe('2026-09-20');
    expect(addWorkingDaysIn(cal, '2026-10-08', -1)).toBe('2026-09-30');
  });

  it('workingDaysBetween is the inverse of addWorkingDays, negative backwards', () => {
    expect(workingDaysBetweenIn(cal, '2026-09-30', '2026-10-12')).toBe(4);
    expect(workingDaysBetweenIn(cal, '2026-10-12', '2026-09-30')).toBe(-4);
    expect(workingDaysBetweenIn(cal, '2026-06-05', '2026-06-05')).toBe(0);
    for (const n of [1, 5, 17, 250, 600]) {
      const to = addWorkingDaysIn(cal, '2024-02-27', n);
      expect(workingDaysBetweenIn(cal, '2024-02-27', to)).toBe(n);
    }
  });

  it('refuses a year without a schedule, naming the year', () => {
    const attempt = () => addWorkingDaysIn(cal, '2026-12-30', 5);
    expect(attempt).toThrow(AppError);
    try {
      attempt();
    } catch (error) {
      expect((error as AppError).code).toBe('CALENDAR_YEAR_MISSING');
      expect((error as AppError).params).toEqual({ year: 2027 });
    }
    expect(() => isWorkingDayIn(cal, '2003-06-02')).toThrow(AppError);
  });

  it('an exception overrides the weekday rule both ways', () => {
    const custom: WorkingDayCalendar = {
      years: new Set([2030]),
      provisionalYear: null,
      exceptions: new Map([
        ['2030-01-07', false], // a Monday off
        ['2030-01-12', true], // a Saturday on
      ]),
    };
    expect(addWorkingDaysIn(custom, '2030-01-04', 1)).toBe('2030-01-08');
    expect(addWorkingDaysIn(custom, '2030-01-11', 1)).toBe('2030-01-12');
  });
});

describe('the published schedule', () => {
  const schedule = scheduleByYear(loadChineseDays());

  it('covers 2004–2026 and keeps only exceptions to Monday–Friday', () => {
    expect([...schedule.keys()].sort()).toEqual(Array.from({ length: 23 }, (_, i) => 2004 + i));
    for (const d of [...schedule.values()].flat()) expect(isWeekend(d.day)).toBe(d.isWorkingDay);
    const oct = schedule.get(2026)!.filter((d) => d.day.startsWith('2026-10'));
    expect(oct.map((d) => [d.day, d.kind, d.name])).toEqual([
      ['2026-10-01', 'holiday', '国庆节'],
      ['2026-10-02', 'holiday', '国庆节'],
      ['2026-10-05', 'holiday', '国庆节'],
      ['2026-10-06', 'holiday', '国庆节'],
      ['2026-10-07', 'holiday', '国庆节'],
      ['2026-10-10', 'adjusted_workday', '国庆节'],
    ]);
  });

  it('agrees with chinese-days itself on every day of 2004–2026', () => {
    let day = '2004-01-01';
    let checked = 0;
    while (day <= '2026-12-31') {
      expect([day, isWorkingDayIn(cal, day)]).toEqual([day, chineseDays.isWorkday(day)]);
      day = addDays(day, 1);
      checked++;
    }
    expect(checked).toBe(8401);
  });
});
