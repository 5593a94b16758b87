import { describe, expect, it } from 'vitest';
import type { DashboardGroup } from './dashboard';
import { changesOf, comparisonOf, ratePercent, valuesOf } from './dashboard-comparison';

const campaigns = [
  { id: 'c2026', year: 2026, unitId: 'city' },
  { id: 'c2025', year: 2025, unitId: 'city' },
  { id: 'k2025', year: 2025, unitId: 'county' },
];

describe('the dashboard comparison', () => {
  it('compares a month with the month before, across a year end', () => {
    expect(comparisonOf({ campaignId: 'c2026', from: '2026-01-01', to: '2026-01-31' }, campaigns)).toEqual({
      kind: 'previousPeriod',
      campaignId: 'c2026',
      from: '2025-12-01',
      to: '2025-12-31',
    });
  });

  it('compares several months with as many months just before', () => {
    expect(
      comparisonOf({ campaignId: 'c2026', from: '2026-04-01', to: '2026-06-30' }, campaigns),
    ).toMatchObject({
      from: '2026-01-01',
      to: '2026-03-31',
    });
  });

  it("compares a whole campaign with its government's campaign of the year before, else with nothing", () => {
    expect(comparisonOf({ campaignId: 'c2026' }, campaigns)).toEqual({
      kind: 'previousCampaign',
      campaignId: 'c2025',
    });
    expect(comparisonOf({ campaignId: 'c2025' }, campaigns)).toBeNull();
  });

  it('compares a period of days with the whole months before the months it touches', () => {
    expect(comparisonOf({ campaignId: 'c2026', from: '2026-04-10', to: '2026-05-31' }, campaigns)).toEqual({
      kind: 'previousPeriod',
      campaignId: 'c2026',
      from: '2026-02-01',
      to: '2026-03-31',
    });
    // A leap year's February ends on the 29th.
    expect(
      comparisonOf({ campaignId: 'c2026', from: '2028-03-01', to: '2028-03-31' }, campaigns),
    ).toMatchObject({ from: '2028-02-01', to: '2028-02-29' });
  });
});

const figure = (key: string, value: number) => ({
  key,
  label: null,
  value,
  drill: { operationId: 'listLeads', query: {} },
});

describe('the changes against the compared summary', () => {
  const group: DashboardGroup = {
    key: 'supervision.total',
    figures: [
      figure('supervision.total', 12),
      figure('supervision.overdue', 3),
      figure('leads.month.2026-05', 4),
    ],
    rates: [
      {
        key: 'supervision.onTimeRate',
        numerator: figure('supervision.closedOnTime', 2),
        denominator: figure('supervision.closed', 3),
      },
    ],
  };
  const before = valuesOf({
    campaignId: 'c',
    from: null,
    to: null,
    unit: null,
    groups: [
      {
        key: 'supervision.total',
        figures: [figure('supervision.total', 10), figure('supervision.overdue', 5)],
        rates: [
          {
            key: 'supervision.onTimeRate',
            numerator: figure('supervision.closedOnTime', 1),
            denominator: figure('supervision.closed', 4),
          },
        ],
      },
    ],
  });

  it('gives each figure the compared summary has its change, and a rate its change in points as shown', () => {
    expect(ratePercent(2, 3)).toBe(66.7);
    expect(ratePercent(1, 0)).toBeNull();
    expect(changesOf(group, before).map((c) => [c.kind, c.now, c.before, c.change])).toEqual([
      ['figure', 12, 10, 2],
      ['figure', 3, 5, -2],
      // 66.7% against 25%: 41.7 points (the month of the period has nothing before it).
      ['rate', 66.7, 25, 41.7],
    ]);
  });

  it('leaves out a rate either side of which has nothing counted, and a ranking', () => {
    const none = valuesOf({
      campaignId: 'c',
      from: null,
      to: null,
      unit: null,
      groups: [{ ...group, rates: [{ ...group.rates[0]!, denominator: figure('supervision.closed', 0) }] }],
    });
    expect(changesOf(group, none).filter((c) => c.kind === 'rate')).toEqual([]);
    expect(changesOf({ ...group, kind: 'ranking' }, before)).toEqual([]);
  });
});
