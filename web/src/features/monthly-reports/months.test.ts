import { describe, expect, it } from 'vitest';
import { campaignMonths, currentMonth, previousMonth } from './months';

describe('the months of a campaign', () => {
  it('counts in Beijing time and lists the ended months, newest first', () => {
    // 31 July 17:00 UTC is already 1 August in Beijing.
    expect(currentMonth(new Date('2026-07-31T17:00:00Z'))).toBe('2026-08');
    expect(previousMonth('2026-01')).toBe('2025-12');
    const phases = [
      { startDate: '2026-03-01', endDate: '2026-06-30' },
      { startDate: '2026-07-01', endDate: '2026-12-31' },
    ];
    expect(campaignMonths(phases, new Date('2026-06-10T02:00:00Z'))).toEqual([
      '2026-05',
      '2026-04',
      '2026-03',
    ]);
    expect(campaignMonths(phases, new Date('2027-03-10T02:00:00Z'))[0]).toBe('2026-12');
    expect(campaignMonths(phases, new Date('2026-03-10T02:00:00Z'))).toEqual([]);
  });
});
