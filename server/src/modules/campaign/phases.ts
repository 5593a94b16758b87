import { type CampaignPhase, PHASES, type Phase } from '@zeren/contracts';
import { shanghaiDate } from '../../platform/calendar/deadline';
import { addDays } from '../../platform/calendar/working-days';
import type { FieldIssue } from '../../platform/errors';

/**
 * The phase rule of the source document §四: exactly the four phases, in their order, each
 * start ≤ end, and contiguous (each starts the day after the previous one ends). Returns the
 * problems on the fields at fault (`phases.N.startDate`, …); empty when the phases are valid.
 */
export function phaseProblems(phases: readonly CampaignPhase[]): FieldIssue[] {
  if (phases.length !== PHASES.length)
    return [{ path: 'phases', key: 'campaign.phases_count', params: { count: PHASES.length } }];
  const issues: FieldIssue[] = [];
  phases.forEach((p, i) => {
    if (p.phase !== PHASES[i]) issues.push({ path: `phases.${i}.phase`, key: 'campaign.phase_order' });
    if (p.startDate > p.endDate)
      issues.push({
        path: `phases.${i}.endDate`,
        key: 'campaign.phase_reversed',
        params: { start: p.startDate },
      });
    const previous = phases[i - 1];
    if (!previous) return;
    const expected = addDays(previous.endDate, 1);
    if (p.startDate < expected)
      issues.push({ path: `phases.${i}.startDate`, key: 'campaign.phase_overlap', params: { expected } });
    else if (p.startDate > expected)
      issues.push({ path: `phases.${i}.startDate`, key: 'campaign.phase_gap', params: { expected } });
  });
  return issues;
}

/** The phase whose dates contain `today` (YYYY-MM-DD), or null before the first and after the last. */
export function currentPhase(phases: readonly CampaignPhase[], today: string): Phase | null {
  return phases.find((p) => p.startDate <= today && today <= p.endDate)?.phase ?? null;
}

/** The calendar date of an instant in Asia/Shanghai, where the campaign runs. */
export const dateInShanghai = shanghaiDate;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** The same month and day `years` later; Feb 29 becomes Feb 28 in a year without one. */
export function shiftDateByYears(day: string, years: number): string {
  const year = Number(day.slice(0, 4)) + years;
  const monthDay = day.slice(5);
  return `${String(year).padStart(4, '0')}-${monthDay === '02-29' && !isLeapYear(year) ? '02-28' : monthDay}`;
}

/**
 * The phases moved by whole years (a clone into another year). Starts and the last end are
 * shifted; every other end is the day before the next start, so the phases stay contiguous
 * across a Feb 29 that one year has and the other has not.
 */
export function shiftPhasesByYears(phases: readonly CampaignPhase[], years: number): CampaignPhase[] {
  const starts = phases.map((p) => shiftDateByYears(p.startDate, years));
  return phases.map((p, i) => ({
    phase: p.phase,
    startDate: starts[i]!,
    endDate: i + 1 < phases.length ? addDays(starts[i + 1]!, -1) : shiftDateByYears(p.endDate, years),
  }));
}

/** The name of a clone: the year in the name replaced, or the new year appended. */
export function cloneName(name: string, fromYear: number, toYear: number): string {
  return name.includes(String(fromYear))
    ? name.replaceAll(String(fromYear), String(toYear))
    : `${name}（${toYear}）`;
}
