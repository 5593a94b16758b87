import type { Messages } from '../../app/module';
import { format } from '../../i18n/format';

const shanghaiMonth = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
});

/** This month in Beijing time, YYYY-MM. */
export function currentMonth(now = new Date()): string {
  return shanghaiMonth.format(now).slice(0, 7);
}

export function previousMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

/**
 * The months of a campaign whose reports are owed or were: from its first phase's month to the
 * month before this one (or its last month), newest first.
 */
export function campaignMonths(
  phases: readonly { startDate: string; endDate: string }[],
  now = new Date(),
): string[] {
  if (phases.length === 0) return [];
  const first = phases[0]!.startDate.slice(0, 7);
  const lastOfCampaign = phases[phases.length - 1]!.endDate.slice(0, 7);
  const lastEnded = previousMonth(currentMonth(now));
  // The earlier of the two (months compare as text).
  const last = [lastEnded, lastOfCampaign].sort()[0]!;
  const out: string[] = [];
  for (let m = last; m >= first; m = previousMonth(m)) out.push(m);
  return out;
}

/** 2026-07 → 2026年7月 / 7/2026. */
export function monthLabel(t: Messages, month: string): string {
  return format(t.monthlyReports.monthValue, { year: month.slice(0, 4), month: Number(month.slice(5)) });
}
