import type { Locale } from '@zeren/contracts';
import { format } from '../i18n/format';
import type { CoreMessages } from '../i18n/zh-CN';

/**
 * How dates and times read, in the staff app and the portal alike: one date format and one
 * date-time format per language, always in Beijing time (Asia/Shanghai), whatever the
 * browser's zone.
 *
 * - zh-CN: 2026年12月2日 and 2026年12月2日 13:05 — the date as official documents write it
 *   (GB/T 9704-2012 党政机关公文格式: the year in full, month and day without leading zeros),
 *   the time on the 24-hour clock;
 * - en-US: Dec 2, 2026 and Dec 2, 2026, 1:05 PM.
 *
 * Calendar dates (`YYYY-MM-DD`: deadlines, phases) are days, not moments: they are read as
 * that day in Beijing and never move with a time zone.
 */

/** What an empty value shows as, in tables and details alike. */
export const EMPTY = '—';

const MONTH: Record<Locale, 'long' | 'short'> = { 'zh-CN': 'long', 'en-US': 'short' };

const CLOCK: Record<Locale, Intl.DateTimeFormatOptions> = {
  'zh-CN': { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
  'en-US': { hour: 'numeric', minute: '2-digit', hour12: true },
};

const cache = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: Locale, kind: 'date' | 'dateTime' | 'monthDay'): Intl.DateTimeFormat {
  const key = `${locale} ${kind}`;
  let found = cache.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(locale, {
      timeZone: 'Asia/Shanghai',
      ...(kind === 'monthDay' ? {} : { year: 'numeric' }),
      month: MONTH[locale],
      day: 'numeric',
      ...(kind === 'dateTime' ? CLOCK[locale] : {}),
    });
    cache.set(key, found);
  }
  return found;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A `YYYY-MM-DD` day or an ISO moment as a Date; null for nothing or an unreadable value. */
function toDate(value: string | null | undefined): Date | null {
  if (!value) return null;
  const date = new Date(DAY.test(value) ? `${value}T00:00:00+08:00` : value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** A day (`2026-12-02`, or the day of a moment in Beijing): 2026年12月2日 / Dec 2, 2026. Empty: ''. */
export function formatDate(value: string | null | undefined, locale: Locale): string {
  const date = toDate(value);
  return date ? formatter(locale, 'date').format(date) : '';
}

/** A moment in Beijing time: 2026年12月2日 13:05 / Dec 2, 2026, 1:05 PM. Empty: ''. */
export function formatDateTime(value: string | null | undefined, locale: Locale): string {
  const date = toDate(value);
  return date ? formatter(locale, 'dateTime').format(date) : '';
}

/**
 * From one day to another: 2026年1月1日至3月31日 / Jan 1 – Mar 31, 2026 (the year once when both
 * days are in the same year).
 */
export function formatDateRange(start: string, end: string, locale: Locale): string {
  const from = toDate(start);
  const to = toDate(end);
  if (!from || !to) return `${formatDate(start, locale)} – ${formatDate(end, locale)}`;
  const year = (date: Date) =>
    formatter(locale, 'date')
      .formatToParts(date)
      .find((part) => part.type === 'year')?.value;
  const oneYear = year(from) === year(to);
  const monthDay = formatter(locale, 'monthDay');
  if (locale === 'zh-CN')
    return `${formatDate(start, locale)}至${oneYear ? monthDay.format(to) : formatDate(end, locale)}`;
  return `${oneYear ? monthDay.format(from) : formatDate(start, locale)} – ${formatDate(end, locale)}`;
}

/** A count with the language's digit grouping: 1,234 (both languages group by thousands). */
export function formatCount(value: number, locale: Locale): string {
  return new Intl.NumberFormat(locale).format(value);
}

/**
 * How many rows a list's filters match, as its pager says it: 共 1,234 条 / 1,234 items, or
 * 10,000+ 条 / 10,000+ items when the server stopped counting (`exact` false: "at least").
 */
export function formatTotal(
  messages: CoreMessages['pager'],
  total: number,
  exact: boolean,
  locale: Locale,
): string {
  const count = formatCount(total, locale);
  if (!exact) return format(messages.totalAtLeast, { count });
  return total === 1 ? messages.totalOne : format(messages.total, { count });
}
