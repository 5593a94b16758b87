import type {
  PublicSpotCheck,
  SpotCheckFinding,
  SpotCheckInspector,
  SpotCheckItem,
  SpotCheckPlan,
  SpotCheckRosterTarget,
  SpotCheckTarget,
} from '@zeren/contracts';
import type * as repo from './spot-checks.repository';

type ItemRef = { id: string; code: string; title: string };
type Counts = { targets: number; checked: number; findings: number; noProblem: number };
type Assigned = { personId: string; rosterId: string; name: string; unitName: string };

export function presentRosterTarget(row: repo.RosterTargetWithNames): SpotCheckRosterTarget {
  const e = row.entry;
  return {
    id: e.id,
    unitId: e.unitId,
    unitName: row.unitName,
    targetUnitId: e.targetUnitId,
    targetUnitName: row.targetUnitName,
    category: e.category,
    note: e.note,
    active: e.active,
    createdAt: e.createdAt.toISOString(),
    updatedAt: e.updatedAt.toISOString(),
  };
}

export function presentInspector(
  row: repo.InspectorWithNames,
  unitNames: Map<string, string>,
): SpotCheckInspector {
  const e = row.entry;
  return {
    id: e.id,
    unitId: e.unitId,
    unitName: row.unitName,
    personId: e.personId,
    personName: row.personName,
    personUnitId: row.personUnitId,
    personUnitName: row.personUnitName,
    certificateNo: e.certificateNo,
    conflicts: e.conflicts.map((c) => ({ ...c, unitName: unitNames.get(c.unitId) ?? '' })),
    active: e.active,
    createdAt: e.createdAt.toISOString(),
    updatedAt: e.updatedAt.toISOString(),
  };
}

export function presentItem(row: repo.ItemWithNames): SpotCheckItem {
  const i = row.item;
  return {
    id: i.id,
    unitId: i.unitId,
    unitName: row.unitName,
    code: i.code,
    title: i.title,
    basis: i.basis,
    method: i.method,
    active: i.active,
    createdAt: i.createdAt.toISOString(),
    updatedAt: i.updatedAt.toISOString(),
  };
}

export function presentPlan(row: repo.PlanWithNames, items: ItemRef[], counts: Counts): SpotCheckPlan {
  const p = row.plan;
  return {
    id: p.id,
    code: p.code,
    campaignId: p.campaignId,
    unitId: p.unitId,
    unitName: row.unitName,
    title: p.title,
    description: p.description,
    kind: p.kind,
    targetCount: p.targetCount,
    ratioCapPercent: p.ratioCapPercent,
    inspectorsPerTarget: p.inspectorsPerTarget,
    checkItems: items,
    status: p.status,
    eligibleTargets: p.eligibleTargets,
    eligibleInspectors: p.eligibleInspectors,
    commitment: p.commitment,
    committedAt: p.committedAt?.toISOString() ?? null,
    publicValue: p.publicValue,
    publicValueSource: p.publicValueSource,
    publicValueDate: p.publicValueDate,
    seed: p.seed,
    algorithm: p.algorithm,
    drawnAt: p.drawnAt?.toISOString() ?? null,
    publishedAt: p.publishedAt?.toISOString() ?? null,
    targetsTotal: counts.targets,
    targetsChecked: counts.checked,
    findingCount: counts.findings,
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
  };
}

export function presentTarget(
  row: repo.TargetWithNames,
  inspectors: Assigned[],
  findingCount: number,
  callerPersonId: string | null,
): SpotCheckTarget {
  const t = row.target;
  return {
    id: t.id,
    planId: t.planId,
    planCode: row.plan.code,
    planTitle: row.plan.title,
    planStatus: row.plan.status,
    planKind: row.plan.kind,
    organizerUnitName: row.organiserName,
    unitId: t.unitId,
    unitName: row.unitName,
    rosterId: t.rosterId,
    ordinal: t.ordinal,
    inspectors: inspectors.map((i) => ({
      personId: i.personId,
      rosterId: i.rosterId,
      name: i.name,
      unitName: i.unitName,
    })),
    outcome: t.outcome,
    resultSummary: t.resultSummary,
    checkedOn: t.checkedOn,
    findingCount,
    assignedToCaller: callerPersonId !== null && inspectors.some((i) => i.personId === callerPersonId),
  };
}

export function presentFinding(row: repo.FindingWithNames, domainTitle: string | null): SpotCheckFinding {
  const f = row.finding;
  return {
    id: f.id,
    planId: f.planId,
    targetId: f.targetId,
    unitId: f.unitId,
    unitName: row.unitName,
    problem: f.problem,
    conduct: f.conduct,
    domainId: f.domainId,
    domainTitle,
    severity: f.severity,
    disposition: f.disposition,
    dispositionNote: f.dispositionNote,
    rectificationItemId: f.rectificationItemId,
    transferId: row.transferId,
    disposedAt: f.disposedAt?.toISOString() ?? null,
    createdAt: f.createdAt.toISOString(),
  };
}

/** What the portal shows of a published plan: no user ids, no internal fields. */
export function presentPublicPlan(
  row: repo.PlanWithNames,
  items: ItemRef[],
  counts: Counts,
): PublicSpotCheck {
  const p = row.plan;
  return {
    id: p.id,
    code: p.code,
    title: p.title,
    description: p.description,
    kind: p.kind,
    unitName: row.unitName,
    targetCount: p.targetCount,
    ratioCapPercent: p.ratioCapPercent,
    inspectorsPerTarget: p.inspectorsPerTarget,
    eligibleTargets: p.eligibleTargets ?? 0,
    eligibleInspectors: p.eligibleInspectors ?? 0,
    checkItems: items.map((i) => ({ code: i.code, title: i.title })),
    commitment: p.commitment ?? '',
    committedAt: p.committedAt?.toISOString() ?? '',
    publicValue: p.publicValue ?? '',
    publicValueSource: p.publicValueSource ?? '',
    publicValueDate: p.publicValueDate ?? '',
    seed: p.seed ?? '',
    algorithm: p.algorithm ?? '',
    drawnAt: p.drawnAt?.toISOString() ?? '',
    publishedAt: p.publishedAt?.toISOString() ?? '',
    noProblem: counts.noProblem,
    problemsFound: counts.checked - counts.noProblem,
    findingCount: counts.findings,
  };
}

/** What an audit event records of a plan. */
export function planAudit(plan: SpotCheckPlan) {
  return {
    code: plan.code,
    campaignId: plan.campaignId,
    unitId: plan.unitId,
    title: plan.title,
    description: plan.description,
    kind: plan.kind,
    targetCount: plan.targetCount,
    ratioCapPercent: plan.ratioCapPercent,
    inspectorsPerTarget: plan.inspectorsPerTarget,
    checkItemIds: plan.checkItems.map((i) => i.id),
  };
}
