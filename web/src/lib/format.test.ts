import { describe, expect, it } from 'vitest';
import { EMPTY, formatDate, formatDateRange, formatDateTime } from './format';

describe('dates and times', () => {
  it('write a day as official documents do in Chinese, and the American way in English', () => {
    expect(formatDate('2026-12-02', 'zh-CN')).toBe('2026年12月2日');
    expect(formatDate('2026-12-02', 'en-US')).toBe('Dec 2, 2026');
  });

  it('read a calendar day as that day, whatever the zone', () => {
    expect(formatDate('2026-01-01', 'zh-CN')).toBe('2026年1月1日');
    expect(formatDate('2026-12-31', 'en-US')).toBe('Dec 31, 2026');
  });

  it('show moments in Beijing time', () => {
    // 16:30 UTC is half past midnight the next day in Beijing.
    expect(formatDate('2026-12-01T16:30:00Z', 'zh-CN')).toBe('2026年12月2日');
    expect(formatDateTime('2026-12-01T16:30:00Z', 'zh-CN')).toBe('2026年12月2日 00:30');
    expect(formatDateTime('2026-12-02T05:05:09Z', 'zh-CN')).toBe('2026年12月2日 13:05');
    expect(formatDateTime('2026-12-02T05:05:09Z', 'en-US')).toBe('Dec 2, 2026, 1:05 PM');
  });

  it('leave nothing for an empty or unreadable value', () => {
    expect(formatDate(null, 'zh-CN')).toBe('');
    expect(formatDateTime(undefined, 'en-US')).toBe('');
    expect(formatDate('not a date', 'zh-CN')).toBe('');
    expect(EMPTY).toBe('—');
  });

  it('write a range with the year once when both days share it', () => {
    expect(formatDateRange('2026-01-01', '2026-03-31', 'zh-CN')).toBe('2026年1月1日至3月31日');
    expect(formatDateRange('2026-11-01', '2027-01-31', 'zh-CN')).toBe('2026年11月1日至2027年1月31日');
    expect(formatDateRange('2026-01-01', '2026-03-31', 'en-US')).toBe('Jan 1 – Mar 31, 2026');
    expect(formatDateRange('2026-11-01', '2027-01-31', 'en-US')).toBe('Nov 1, 2026 – Jan 31, 2027');
  });
});
