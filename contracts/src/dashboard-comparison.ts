import type { DashboardFigure, DashboardGroup, DashboardRate, DashboardSummary } from './dashboard';

/**
 * The dashboard's comparison (上期 / 上年活动), one logic for the page and the .docx briefing:
 * which summary the figures are compared with, the compared values by key, and each figure's and
 * rate's change.
 */

/** What the figures are compared with: the period just before, or the campaign of the year before. */
export type DashboardComparison =
  | { kind: 'previousPeriod'; campaignId: string; from: string; to: string }
  | { kind: 'previousCampaign'; campaignId: string };

const pad = (n: number) => String(n).padStart(2, '0');

/** The first day of the month `months` after (or, negative, before) the month of `date` ('YYYY-MM-DD'). */
function monthStart(date: string, months: number): string {
  const index = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 + months;
  return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}-01`;
}

/** The last day of the month of `date`. */
function monthEnd(date: string): string {
  const next = monthStart(date, 1);
  const last = new Date(Date.UTC(Number(next.slice(0, 4)), Number(next.slice(5, 7)) - 1, 0));
  return `${last.getUTCFullYear()}-${pad(last.getUTCMonth() + 1)}-${pad(last.getUTCDate())}`;
}

/**
 * A period compares with as many whole months just before the months it touches (this month with
 * last month, April–June with January–March); the whole campaign with the same government's
 * campaign of the year before, when there is one. Null: nothing to compare with.
 */
export function comparisonOf(
  query: { campaignId: string; from?: string | null | undefined; to?: string | null | undefined },
  campaigns: readonly { id: string; year: number; unitId: string }[],
): DashboardComparison | null {
  if (query.from && query.to) {
    const months =
      (Number(query.to.slice(0, 4)) - Number(query.from.slice(0, 4))) * 12 +
      Number(query.to.slice(5, 7)) -
      Number(query.from.slice(5, 7)) +
      1;
    return {
      kind: 'previousPeriod',
      campaignId: query.campaignId,
      from: monthStart(query.from, -months),
      to: monthEnd(monthStart(query.from, -1)),
    };
  }
  const current = campaigns.find((c) => c.id === query.campaignId);
  const before = current && campaigns.find((c) => c.unitId === current.unitId && c.year === current.year - 1);
  return before ? { kind: 'previousCampaign', campaignId: before.id } : null;
}

/** The compared figures by key (numbers and both sides of each rate: `<rate>.numerator`, `.denominator`). */
export function valuesOf(summary: DashboardSummary | undefined | null): Map<string, number> {
  const out = new Map<string, number>();
  for (const group of summary?.groups ?? []) {
    for (const f of group.figures) out.set(f.key, f.value);
    for (const r of group.rates) {
      out.set(`${r.key}.numerator`, r.numerator.value);
      out.set(`${r.key}.denominator`, r.denominator.value);
    }
  }
  return out;
}

/** A rate in per cent to one decimal (66.7), as the page and the briefing show it; null when nothing was counted. */
export function ratePercent(numerator: number, denominator: number): number | null {
  if (denominator === 0) return null;
  return Number(((100 * numerator) / denominator).toFixed(1));
}

/** How a figure or a rate moved against the compared summary. */
export type DashboardChange =
  | { kind: 'figure'; figure: DashboardFigure; now: number; before: number; change: number }
  /** In percentage points, between the two rates as shown (to one decimal). */
  | { kind: 'rate'; rate: DashboardRate; now: number; before: number; change: number };

/**
 * The changes of a group's figures and rates against the compared values (`valuesOf`): only those
 * the compared summary has (a month of the period has none before it), and a rate only when both
 * sides have one. A ranking is no count: it has none.
 */
export function changesOf(group: DashboardGroup, before: ReadonlyMap<string, number>): DashboardChange[] {
  if (group.kind === 'ranking') return [];
  const out: DashboardChange[] = [];
  for (const figure of group.figures) {
    const then = before.get(figure.key);
    if (then !== undefined)
      out.push({ kind: 'figure', figure, now: figure.value, before: then, change: figure.value - then });
  }
  for (const rate of group.rates) {
    const now = ratePercent(rate.numerator.value, rate.denominator.value);
    const numerator = before.get(`${rate.key}.numerator`);
    const denominator = before.get(`${rate.key}.denominator`);
    const then =
      numerator === undefined || denominator === undefined ? null : ratePercent(numerator, denominator);
    if (now !== null && then !== null)
      out.push({ kind: 'rate', rate, now, before: then, change: Number((now - then).toFixed(1)) });
  }
  return out;
}
