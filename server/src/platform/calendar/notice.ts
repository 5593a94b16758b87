import type { CalendarSchedule } from '@zeren/contracts';

/**
 * Reads the State Council's notice of a year's holidays (国务院办公厅关于某年部分节假日安排的通知)
 * as it is published, e.g.
 *   一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。
 *   二、春节：2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共9天。
 *       2月14日（周六）、2月28日（周六）上班。
 * into holiday ranges and adjusted workdays, for the administrator to confirm. Returns null when
 * no holiday can be read.
 */
export function parseHolidayNotice(text: string, fallbackYear?: number): CalendarSchedule | null {
  const plain = text
    .replace(/\r/g, '')
    // Weekdays and lunar dates in brackets say nothing the dates do not.
    .replace(/（[^）]*）|\([^)]*\)/g, '')
    .replace(/[ \t\u3000]/g, '');
  const year = Number(
    /关于(\d{4})年/.exec(plain)?.[1] ?? /(\d{4})年\d{1,2}月/.exec(plain)?.[1] ?? fallbackYear,
  );
  if (!year) return null;

  const holidays: CalendarSchedule['holidays'] = [];
  const workdays: CalendarSchedule['workdays'] = [];
  const items = plain.split(/(?:^|\n|。)\s*[一二三四五六七八九十]+、/).slice(1);
  for (const item of items) {
    const colon = item.search(/[：:]/);
    if (colon < 0) continue;
    const name = item.slice(0, colon).trim();
    const body = item.slice(colon + 1);
    // 元旦 may start in December of the year before.
    const yearOf = (explicit: string | undefined, month: number) =>
      explicit ? Number(explicit) : name.includes('元旦') && month === 12 ? year - 1 : year;
    for (const sentence of body.split(/[。；;\n]/)) {
      if (sentence.includes('放假')) {
        const range = /(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日至(?:(\d{4})年)?(?:(\d{1,2})月)?(\d{1,2})日/.exec(
          sentence,
        );
        const single = /(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日/.exec(sentence);
        if (range) {
          const [, y1, m1, d1, y2, m2, d2] = range;
          const startMonth = Number(m1);
          const endMonth = m2 ? Number(m2) : startMonth;
          holidays.push({
            name,
            startDate: isoDate(yearOf(y1, startMonth), startMonth, Number(d1)),
            endDate: isoDate(y2 ? Number(y2) : yearOf(undefined, endMonth), endMonth, Number(d2)),
          });
        } else if (single) {
          const [, y1, m1, d1] = single;
          const date = isoDate(yearOf(y1, Number(m1)), Number(m1), Number(d1));
          holidays.push({ name, startDate: date, endDate: date });
        }
      } else if (sentence.includes('上班')) {
        for (const m of sentence.matchAll(/(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日/g))
          workdays.push({ date: isoDate(yearOf(m[1], Number(m[2])), Number(m[2]), Number(m[3])), name });
      }
    }
  }
  if (holidays.length === 0) return null;
  return { year, holidays, workdays };
}

function isoDate(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
