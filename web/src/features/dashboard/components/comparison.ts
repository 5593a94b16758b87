import type { DashboardSummary } from '@zeren/contracts';
import dayjs from 'dayjs';

/** What the figures are compared with: the period just before, or the campaign of the year before. */
export type Comparison =
  | { kind: 'previousPeriod'; campaignId: string; from: string; to: string }
  | { kind: 'previousCampaign'; campaignId: string };

/**
 * A period of whole months compares with as many months just before it (this month with last
 * month); the whole campaign with the same government's campaign of the year before, when there
 * is one. Null: nothing to compare with.
 */
export function comparisonOf(
  query: { campaignId: string; from?: string | undefined; to?: string | undefined },
  campaigns: readonly { id: string; year: number; unitId: string }[],
): Comparison | null {
  if (query.from && query.to) {
    const from = dayjs(query.from);
    const to = dayjs(query.to);
    const months = to.startOf('month').diff(from.startOf('month'), 'month') + 1;
    return {
      kind: 'previousPeriod',
      campaignId: query.campaignId,
      from: from.subtract(months, 'month').startOf('month').format('YYYY-MM-DD'),
      to: from.subtract(1, 'month').endOf('month').format('YYYY-MM-DD'),
    };
  }
  const current = campaigns.find((c) => c.id === query.campaignId);
  const before = current && campaigns.find((c) => c.unitId === current.unitId && c.year === current.year - 1);
  return before ? { kind: 'previousCampaign', campaignId: before.id } : null;
}

/** The compared figures by key (numbers and both sides of each rate). */
export function valuesOf(summary: DashboardSummary | undefined): Map<string, number> {
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
