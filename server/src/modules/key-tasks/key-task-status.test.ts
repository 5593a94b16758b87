import { describe, expect, it } from 'vitest';
import { shanghaiDate } from '../../platform/calendar/deadline';
import { calendarDaysBetween, deriveKeyTaskStatus, rollUpProgress } from './key-task-status';

describe('key task status', () => {
  const base = { progress: 40, dueDate: '2026-06-30', today: '2026-06-01' };
  it('is completed at 100 % whatever the date', () => {
    expect(deriveKeyTaskStatus({ ...base, progress: 100, today: '2026-07-05', workingDaysLeft: -3 })).toBe(
      'completed',
    );
  });
  it('is overdue after the due date, not on it', () => {
    expect(deriveKeyTaskStatus({ ...base, today: '2026-07-01', workingDaysLeft: -1 })).toBe('overdue');
    expect(deriveKeyTaskStatus({ ...base, today: '2026-06-30', workingDaysLeft: 0 })).toBe('due_soon');
  });
  it('is due soon with at most five working days left', () => {
    expect(deriveKeyTaskStatus({ ...base, workingDaysLeft: 5 })).toBe('due_soon');
    expect(deriveKeyTaskStatus({ ...base, workingDaysLeft: 6 })).toBe('on_track');
  });
  it('falls back to a week of calendar days without calendar data', () => {
    expect(deriveKeyTaskStatus({ ...base, today: '2026-06-23', workingDaysLeft: null })).toBe('due_soon');
    expect(deriveKeyTaskStatus({ ...base, today: '2026-06-22', workingDaysLeft: null })).toBe('on_track');
  });
  it('rolls up the mean of the children', () => {
    expect(rollUpProgress([])).toBe(0);
    expect(rollUpProgress([100, 50, 0])).toBe(50);
    expect(rollUpProgress([33, 34])).toBe(34);
  });
  it('dates in Asia/Shanghai', () => {
    expect(shanghaiDate(new Date('2026-06-01T17:00:00Z'))).toBe('2026-06-02');
    expect(calendarDaysBetween('2026-06-01', '2026-06-08')).toBe(7);
  });
});
