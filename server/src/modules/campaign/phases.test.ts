import type { CampaignPhase } from '@zeren/contracts';
import { describe, expect, it } from 'vitest';
import {
  cloneName,
  currentPhase,
  dateInShanghai,
  phaseProblems,
  shiftDateByYears,
  shiftPhasesByYears,
} from './phases';

const year2026: CampaignPhase[] = [
  { phase: 'mobilization', startDate: '2026-01-01', endDate: '2026-03-31' },
  { phase: 'self_inspection', startDate: '2026-04-01', endDate: '2026-06-30' },
  { phase: 'inspection', startDate: '2026-07-01', endDate: '2026-10-31' },
  { phase: 'summary', startDate: '2026-11-01', endDate: '2026-12-31' },
];
const withPhase = (i: number, change: Partial<CampaignPhase>) =>
  year2026.map((p, j) => (j === i ? { ...p, ...change } : p));
const paths = (phases: CampaignPhase[]) => phaseProblems(phases).map((i) => `${i.path}:${i.key}`);

describe('phase rule', () => {
  it('accepts the four phases in order, contiguous', () => {
    expect(phaseProblems(year2026)).toEqual([]);
    // A one-day phase is fine.
    expect(
      phaseProblems([
        { phase: 'mobilization', startDate: '2026-01-01', endDate: '2026-01-01' },
        { phase: 'self_inspection', startDate: '2026-01-02', endDate: '2026-01-02' },
        { phase: 'inspection', startDate: '2026-01-03', endDate: '2026-01-03' },
        { phase: 'summary', startDate: '2026-01-04', endDate: '2026-01-04' },
      ]),
    ).toEqual([]);
  });

  it('requires exactly four', () => {
    expect(paths(year2026.slice(0, 3))).toEqual(['phases:campaign.phases_count']);
    expect(paths([...year2026, year2026[3]!])).toEqual(['phases:campaign.phases_count']);
  });

  it('names an overlap on the later start', () => {
    expect(paths(withPhase(1, { startDate: '2026-03-15' }))).toEqual([
      'phases.1.startDate:campaign.phase_overlap',
    ]);
    expect(phaseProblems(withPhase(1, { startDate: '2026-03-15' }))[0]!.params).toEqual({
      expected: '2026-04-01',
    });
  });

  it('names a gap on the later start', () => {
    expect(paths(withPhase(2, { startDate: '2026-07-05' }))).toEqual([
      'phases.2.startDate:campaign.phase_gap',
    ]);
  });

  it('names a reversed range on its end', () => {
    expect(paths(withPhase(3, { startDate: '2026-11-01', endDate: '2026-10-31' }))).toEqual([
      'phases.3.endDate:campaign.phase_reversed',
    ]);
  });

  it('names phases out of order', () => {
    const swapped = [year2026[1]!, year2026[0]!, year2026[2]!, year2026[3]!];
    expect(paths(swapped)).toContain('phases.0.phase:campaign.phase_order');
    expect(paths(swapped)).toContain('phases.1.phase:campaign.phase_order');
  });
});

describe('current phase', () => {
  it('is the phase containing today, inclusive at both ends', () => {
    expect(currentPhase(year2026, '2026-01-01')).toBe('mobilization');
    expect(currentPhase(year2026, '2026-03-31')).toBe('mobilization');
    expect(currentPhase(year2026, '2026-04-01')).toBe('self_inspection');
    expect(currentPhase(year2026, '2026-12-31')).toBe('summary');
    expect(currentPhase(year2026, '2025-12-31')).toBeNull();
    expect(currentPhase(year2026, '2027-01-01')).toBeNull();
  });

  it("takes today's date in Asia/Shanghai (UTC+8)", () => {
    expect(dateInShanghai(new Date('2026-03-31T15:59:59Z'))).toBe('2026-03-31');
    expect(dateInShanghai(new Date('2026-03-31T16:00:00Z'))).toBe('2026-04-01');
  });
});

describe('shifting into another year', () => {
  it('moves dates by whole years, Feb 29 to Feb 28', () => {
    expect(shiftDateByYears('2026-04-01', 1)).toBe('2027-04-01');
    expect(shiftDateByYears('2028-02-29', 1)).toBe('2029-02-28');
    expect(shiftDateByYears('2028-02-29', 4)).toBe('2032-02-29');
  });

  it('keeps the phases contiguous across a leap day', () => {
    const leap: CampaignPhase[] = [
      { phase: 'mobilization', startDate: '2028-01-01', endDate: '2028-02-29' },
      { phase: 'self_inspection', startDate: '2028-03-01', endDate: '2028-06-30' },
      { phase: 'inspection', startDate: '2028-07-01', endDate: '2028-10-31' },
      { phase: 'summary', startDate: '2028-11-01', endDate: '2028-12-31' },
    ];
    const next = shiftPhasesByYears(leap, 1);
    expect(next[0]).toEqual({ phase: 'mobilization', startDate: '2029-01-01', endDate: '2029-02-28' });
    expect(phaseProblems(next)).toEqual([]);
    // …and from a common year into a leap year the end grows to Feb 29.
    const back = shiftPhasesByYears(next, 3);
    expect(back[0]!.endDate).toBe('2032-02-29');
    expect(phaseProblems(back)).toEqual([]);
    expect(shiftPhasesByYears(year2026, 1)[3]).toEqual({
      phase: 'summary',
      startDate: '2027-11-01',
      endDate: '2027-12-31',
    });
  });

  it("replaces the year in the clone's name, or appends it", () => {
    expect(cloneName('示范市2026年懒政怠政为官不为问责年活动', 2026, 2027)).toBe(
      '示范市2027年懒政怠政为官不为问责年活动',
    );
    expect(cloneName('问责年活动', 2026, 2027)).toBe('问责年活动（2027）');
  });
});
