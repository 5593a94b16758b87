import { describe, expect, it } from 'vitest';
import { comparisonOf } from './comparison';

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
});
