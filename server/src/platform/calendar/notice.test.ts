import { describe, expect, it } from 'vitest';
import { parseHolidayNotice } from './notice';

describe("reading the State Council's holiday notice", () => {
  it('reads ranges across months, lunar dates in brackets, single days and adjusted workdays', () => {
    const text = `国务院办公厅关于2025年部分节假日安排的通知
一、元旦：1月1日（周三）放假1天，不调休。
二、春节：1月28日（农历除夕、周二）至2月4日（农历正月初七、周二）放假调休，共8天。1月26日（周日）、2月8日（周六）上班。
三、国庆节、中秋节：10月1日（周三）至8日（周三）放假调休，共8天。9月28日（周日）、10月11日（周六）上班。`;
    expect(parseHolidayNotice(text)).toEqual({
      year: 2025,
      holidays: [
        { name: '元旦', startDate: '2025-01-01', endDate: '2025-01-01' },
        { name: '春节', startDate: '2025-01-28', endDate: '2025-02-04' },
        { name: '国庆节、中秋节', startDate: '2025-10-01', endDate: '2025-10-08' },
      ],
      workdays: [
        { date: '2025-01-26', name: '春节' },
        { date: '2025-02-08', name: '春节' },
        { date: '2025-09-28', name: '国庆节、中秋节' },
        { date: '2025-10-11', name: '国庆节、中秋节' },
      ],
    });
  });

  it('puts a New Year range that starts in December into the year before', () => {
    const text =
      '国务院办公厅关于2028年部分节假日安排的通知\n一、元旦：12月30日（周六）至1月1日（周一）放假，共3天。';
    expect(parseHolidayNotice(text)?.holidays).toEqual([
      { name: '元旦', startDate: '2027-12-30', endDate: '2028-01-01' },
    ]);
  });

  it('reads nothing from a text without holidays', () => {
    expect(parseHolidayNotice('关于2027年的通知')).toBeNull();
    expect(parseHolidayNotice('')).toBeNull();
  });
});
