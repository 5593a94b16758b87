import type { Locale } from '@zeren/contracts';

const formatters = new Map<Locale, Intl.DateTimeFormat>();

/** A timestamp as shown to users: always Beijing time, whatever the browser's zone. */
export function formatDateTime(value: string | null | undefined, locale: Locale): string {
  if (!value) return '';
  let formatter = formatters.get(locale);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, {
      timeZone: 'Asia/Shanghai',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hour12: false,
    });
    formatters.set(locale, formatter);
  }
  return formatter.format(new Date(value));
}
