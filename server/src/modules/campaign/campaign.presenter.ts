import {
  type Campaign,
  type CampaignDomain,
  type DomainCode,
  PHASES,
  type PublicCampaign,
} from '@zeren/contracts';
import type { CampaignWithUnit, DomainRow, DomainUnitRow, PhaseRow } from './campaign.repository';
import { currentPhase } from './phases';

/** The four phases in their order (the table keys them by name, not by position). */
export function orderedPhases(rows: PhaseRow[]): Campaign['phases'] {
  return [...rows]
    .sort((a, b) => PHASES.indexOf(a.phase) - PHASES.indexOf(b.phase))
    .map((p) => ({ phase: p.phase, startDate: p.startDate, endDate: p.endDate }));
}

export function presentDomain(row: DomainRow, units: DomainUnitRow[]): CampaignDomain {
  const mine = units.filter((u) => u.domainId === row.id);
  const ref = (u: DomainUnitRow) => ({ id: u.unitId, name: u.unitName });
  return {
    id: row.id,
    code: row.code as DomainCode | null,
    title: row.title,
    description: row.description,
    focusProblems: row.focusProblems,
    isLocal: row.isLocal,
    sortOrder: row.sortOrder,
    leadUnits: mine.filter((u) => u.role === 'lead').map(ref),
    participantUnits: mine.filter((u) => u.role === 'participant').map(ref),
  };
}

/** A campaign with its phases and domains; `today` (Asia/Shanghai) gives the current phase. */
export function presentCampaign(
  row: CampaignWithUnit,
  phases: PhaseRow[],
  domains: DomainRow[],
  units: DomainUnitRow[],
  today: string,
): Campaign {
  const c = row.campaign;
  const ordered = orderedPhases(phases.filter((p) => p.campaignId === c.id));
  return {
    id: c.id,
    name: c.name,
    year: c.year,
    unitId: c.unitId,
    unitName: row.unitName,
    status: c.status,
    reportDay: c.reportDay,
    currentPhase: c.status === 'active' ? currentPhase(ordered, today) : null,
    phases: ordered,
    domains: domains.filter((d) => d.campaignId === c.id).map((d) => presentDomain(d, units)),
    clonedFromId: c.clonedFromId,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
  };
}

/**
 * What the public portal may show: named fields only, so a field added to the staff view is
 * never published by accident. No persons, no participant lists, no settings.
 */
export function presentPublicCampaign(c: Campaign): PublicCampaign {
  return {
    id: c.id,
    name: c.name,
    year: c.year,
    unitName: c.unitName,
    reportDay: c.reportDay,
    currentPhase: c.currentPhase,
    phases: c.phases.map((p) => ({ phase: p.phase, startDate: p.startDate, endDate: p.endDate })),
    domains: c.domains.map((d) => ({
      id: d.id,
      code: d.code,
      title: d.title,
      description: d.description,
      focusProblems: d.focusProblems,
      leadUnits: d.leadUnits.map((u) => ({ id: u.id, name: u.name })),
    })),
  };
}
