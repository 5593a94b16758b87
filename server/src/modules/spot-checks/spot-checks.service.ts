import {
  type CreateSpotCheckFindingInput,
  type CreateSpotCheckInspectorInput,
  type CreateSpotCheckItemInput,
  type CreateSpotCheckPlanInput,
  type CreateSpotCheckRosterTargetInput,
  type DisposeSpotCheckFindingInput,
  type DrawSpotCheckPlanInput,
  type Page,
  type PublicSpotCheck,
  type PublicSpotCheckDetail,
  type PublicSpotCheckQuery,
  type RecordSpotCheckResultInput,
  type RectificationItem,
  SPOT_CHECK_ALGORITHM,
  SPOT_CHECK_PLAN_WORKFLOW,
  type SpotCheckFinding,
  type SpotCheckInspector,
  type SpotCheckItem,
  type SpotCheckPlan,
  type SpotCheckPlanAction,
  type SpotCheckPlanDetail,
  type SpotCheckPlanListQuery,
  type SpotCheckRosterQuery,
  type SpotCheckRosterTarget,
  type SpotCheckTarget,
  type SpotCheckTargetDetail,
  type SpotCheckTargetListQuery,
  type SpotCheckVerification,
  type UpdateSpotCheckInspectorInput,
  type UpdateSpotCheckItemInput,
  type UpdateSpotCheckPlanInput,
  type UpdateSpotCheckRosterTargetInput,
} from '@zeren/contracts';
import type { DbOrTx } from '../../db/client';
import { changedFields } from '../../platform/audit/audit.service';
import { canonicalJson } from '../../platform/audit/canonical';
import { shanghaiDate } from '../../platform/calendar/deadline';
import { inTransaction, requireActor, type ServiceContext, type TxContext } from '../../platform/context';
import { AppError, type FieldIssue, fieldError, notFound } from '../../platform/errors';
import type { MonthArea } from '../../platform/month-area';
import { notify } from '../../platform/notifications/notifications.service';
import { findAccountOfPerson, findPersonRefs, findUnitRefs } from '../../platform/org/org.repository';
import { defineRecord, requireTargetUnit } from '../../platform/records';
import { grantScope } from '../../platform/scope';
import { applyTransition } from '../../platform/workflow';
import { findCampaignRef, findDomainRef, findDomainRefs } from '../campaign/campaign.service';
import { openRectificationItem } from '../rectification/rectification.service';
import {
  canonicalDrawInput,
  commitmentOf,
  DrawInfeasible,
  type DrawInput,
  type DrawProblem,
  draw,
  drawProblems,
  seedOf,
} from './draw';
import {
  planAudit,
  presentFinding,
  presentInspector,
  presentItem,
  presentPlan,
  presentPublicPlan,
  presentRosterTarget,
  presentTarget,
} from './spot-checks.presenter';
import * as repo from './spot-checks.repository';

// ---------------------------------------------------------------- record types

/** A roster entry belongs to the organising unit that keeps the roster. */
export const rosterTargetRecord = defineRecord({
  type: 'spot_check_roster_target',
  find: repo.findRosterTarget,
});
export const inspectorRecord = defineRecord({ type: 'spot_check_inspector', find: repo.findInspector });
export const checkItemRecord = defineRecord({ type: 'spot_check_item', find: repo.findItem });

/** A plan belongs to its organising unit; its history includes its targets' results and findings. */
export const planRecord = defineRecord({
  type: 'spot_check_plan',
  find: repo.findPlan,
  related: [
    { recordType: 'spot_check_target', via: 'planId' },
    { recordType: 'spot_check_finding', via: 'planId' },
  ],
});

/** A drawn target belongs to the unit inspected: that unit reads the checks of itself. */
export const targetRecord = defineRecord({
  type: 'spot_check_target',
  find: repo.findTarget,
  related: [{ recordType: 'spot_check_finding', via: 'targetId' }],
});

/** A finding belongs to the unit inspected. */
export const findingRecord = defineRecord({ type: 'spot_check_finding', find: repo.findFinding });

/** The code of the n-th plan of a campaign of `year`: 抽-2026-0003. */
const codeOf = (year: number, n: number) => `抽-${year}-${String(n).padStart(4, '0')}`;

// ---------------------------------------------------------------- rosters

/** The inspection targets of the rosters in the caller's scope. */
export async function listRosterTargets(
  ctx: ServiceContext,
  query: SpotCheckRosterQuery,
): Promise<Page<SpotCheckRosterTarget>> {
  const { limit, after, ...filter } = query;
  const page = await repo.listRosterTargets(ctx.db, grantScope(ctx), filter, { limit, after });
  return { ...page, items: page.items.map(presentRosterTarget) };
}

const rosterTargetAudit = (t: SpotCheckRosterTarget) => ({
  unitId: t.unitId,
  targetUnitId: t.targetUnitId,
  category: t.category,
  note: t.note,
  active: t.active,
});

/** Adds a unit of the caller's scope to an organising unit's target roster (once). */
export async function createRosterTarget(
  ctx: ServiceContext,
  input: CreateSpotCheckRosterTargetInput,
): Promise<SpotCheckRosterTarget> {
  return inTransaction(ctx, async (tx) => {
    await requireTargetUnit(tx, input.unitId, 'unitId');
    await requireTargetUnit(tx, input.targetUnitId, 'targetUnitId');
    const now = ctx.clock.now();
    const created = await repo.insertRosterTarget(tx.tx, {
      unitId: input.unitId,
      targetUnitId: input.targetUnitId,
      category: input.category ?? null,
      note: input.note ?? null,
      createdAt: now,
      updatedAt: now,
    });
    if (!created) throw fieldError('targetUnitId', 'spotChecks.already_listed');
    const view = presentRosterTarget(await rosterTargetRecord.reload(tx.tx, created.id));
    await tx.audit({
      action: 'spot_check_roster_target.created',
      recordType: 'spot_check_roster_target',
      recordId: created.id,
      unitId: created.unitId,
      after: rosterTargetAudit(view),
    });
    return view;
  });
}

/** Edits a roster target; an inactive one stays for past draws but is not drawn again. */
export async function updateRosterTarget(
  ctx: ServiceContext,
  id: string,
  input: UpdateSpotCheckRosterTargetInput,
): Promise<SpotCheckRosterTarget> {
  return inTransaction(ctx, async (tx) => {
    const before = presentRosterTarget(await rosterTargetRecord.loadForChange(tx, id));
    await repo.updateRosterTarget(tx.tx, id, { ...input, updatedAt: ctx.clock.now() });
    const after = presentRosterTarget(await rosterTargetRecord.reload(tx.tx, id));
    await tx.audit({
      action: 'spot_check_roster_target.updated',
      recordType: 'spot_check_roster_target',
      recordId: id,
      unitId: after.unitId,
      ...changedFields(rosterTargetAudit(before), rosterTargetAudit(after)),
    });
    return after;
  });
}

async function presentInspectors(db: DbOrTx, rows: repo.InspectorWithNames[]): Promise<SpotCheckInspector[]> {
  const units = await findUnitRefs(db, [
    ...new Set(rows.flatMap((r) => r.entry.conflicts.map((c) => c.unitId))),
  ]);
  const names = new Map(units.map((u) => [u.id, u.name]));
  return rows.map((r) => presentInspector(r, names));
}

/** The inspectors of the rosters in the caller's scope, with their conflicts. */
export async function listInspectors(
  ctx: ServiceContext,
  query: SpotCheckRosterQuery,
): Promise<Page<SpotCheckInspector>> {
  const { limit, after, ...filter } = query;
  const page = await repo.listInspectors(ctx.db, grantScope(ctx), filter, { limit, after });
  return { ...page, items: await presentInspectors(ctx.db, page.items) };
}

const inspectorAudit = (i: SpotCheckInspector) => ({
  unitId: i.unitId,
  personId: i.personId,
  certificateNo: i.certificateNo,
  conflicts: i.conflicts.map((c) => ({ unitId: c.unitId, reason: c.reason })),
  active: i.active,
});

/** The conflict units must lie in the caller's scope, like every unit a change names. */
async function requireConflictUnits(tx: TxContext, conflicts: { unitId: string }[]) {
  for (const [index, conflict] of conflicts.entries())
    await requireTargetUnit(tx, conflict.unitId, `conflicts.${index}.unitId`);
}

/** Adds a person of the caller's scope to an organising unit's inspector roster (once). */
export async function createInspector(
  ctx: ServiceContext,
  input: CreateSpotCheckInspectorInput,
): Promise<SpotCheckInspector> {
  return inTransaction(ctx, async (tx) => {
    await requireTargetUnit(tx, input.unitId, 'unitId');
    const [found] = await findPersonRefs(tx.tx, [input.personId]);
    if (!found) throw fieldError('personId', 'field.not_found');
    await requireTargetUnit(tx, found.unitId, 'personId');
    await requireConflictUnits(tx, input.conflicts);
    const now = ctx.clock.now();
    const created = await repo.insertInspector(tx.tx, {
      unitId: input.unitId,
      personId: input.personId,
      certificateNo: input.certificateNo ?? null,
      conflicts: input.conflicts,
      createdAt: now,
      updatedAt: now,
    });
    if (!created) throw fieldError('personId', 'spotChecks.inspector_listed');
    const [view] = await presentInspectors(tx.tx, [await inspectorRecord.reload(tx.tx, created.id)]);
    await tx.audit({
      action: 'spot_check_inspector.created',
      recordType: 'spot_check_inspector',
      recordId: created.id,
      unitId: created.unitId,
      after: inspectorAudit(view!),
    });
    return view!;
  });
}

/** Edits an inspector's certificate and conflicts, or takes them out of future draws. */
export async function updateInspector(
  ctx: ServiceContext,
  id: string,
  input: UpdateSpotCheckInspectorInput,
): Promise<SpotCheckInspector> {
  return inTransaction(ctx, async (tx) => {
    const [before] = await presentInspectors(tx.tx, [await inspectorRecord.loadForChange(tx, id)]);
    if (input.conflicts) await requireConflictUnits(tx, input.conflicts);
    await repo.updateInspector(tx.tx, id, { ...input, updatedAt: ctx.clock.now() });
    const [after] = await presentInspectors(tx.tx, [await inspectorRecord.reload(tx.tx, id)]);
    await tx.audit({
      action: 'spot_check_inspector.updated',
      recordType: 'spot_check_inspector',
      recordId: id,
      unitId: after!.unitId,
      ...changedFields(inspectorAudit(before!), inspectorAudit(after!)),
    });
    return after!;
  });
}

/** The check items of the lists in the caller's scope, by code. */
export async function listCheckItems(
  ctx: ServiceContext,
  query: SpotCheckRosterQuery,
): Promise<Page<SpotCheckItem>> {
  const { limit, after, ...filter } = query;
  const page = await repo.listItems(ctx.db, grantScope(ctx), filter, { limit, after });
  return { ...page, items: page.items.map(presentItem) };
}

const itemAudit = (i: SpotCheckItem) => ({
  unitId: i.unitId,
  code: i.code,
  title: i.title,
  basis: i.basis,
  method: i.method,
  active: i.active,
});

/** Adds a check item to an organising unit's list (codes are unique per unit). */
export async function createCheckItem(
  ctx: ServiceContext,
  input: CreateSpotCheckItemInput,
): Promise<SpotCheckItem> {
  return inTransaction(ctx, async (tx) => {
    await requireTargetUnit(tx, input.unitId, 'unitId');
    const now = ctx.clock.now();
    const created = await repo.insertItem(tx.tx, {
      unitId: input.unitId,
      code: input.code,
      title: input.title,
      basis: input.basis ?? null,
      method: input.method ?? null,
      createdAt: now,
      updatedAt: now,
    });
    if (!created) throw fieldError('code', 'field.taken');
    const view = presentItem(await checkItemRecord.reload(tx.tx, created.id));
    await tx.audit({
      action: 'spot_check_item.created',
      recordType: 'spot_check_item',
      recordId: created.id,
      unitId: created.unitId,
      after: itemAudit(view),
    });
    return view;
  });
}

/** Edits a check item, or retires it (plans already drafted keep naming it). */
export async function updateCheckItem(
  ctx: ServiceContext,
  id: string,
  input: UpdateSpotCheckItemInput,
): Promise<SpotCheckItem> {
  return inTransaction(ctx, async (tx) => {
    const before = presentItem(await checkItemRecord.loadForChange(tx, id));
    if (input.code && (await repo.itemCodeTaken(tx.tx, before.unitId, input.code, id)))
      throw fieldError('code', 'field.taken');
    await repo.updateItem(tx.tx, id, { ...input, updatedAt: ctx.clock.now() });
    const after = presentItem(await checkItemRecord.reload(tx.tx, id));
    await tx.audit({
      action: 'spot_check_item.updated',
      recordType: 'spot_check_item',
      recordId: id,
      unitId: after.unitId,
      ...changedFields(itemAudit(before), itemAudit(after)),
    });
    return after;
  });
}

// ---------------------------------------------------------------- plans

async function presentPlans(db: DbOrTx, rows: repo.PlanWithNames[]): Promise<SpotCheckPlan[]> {
  const items = new Map(
    (await repo.itemsByIds(db, [...new Set(rows.flatMap((r) => r.plan.checkItemIds))])).map((i) => [i.id, i]),
  );
  const counts = await repo.planCounts(
    db,
    rows.map((r) => r.plan.id),
  );
  return rows.map((r) =>
    presentPlan(
      r,
      r.plan.checkItemIds.flatMap((id) => {
        const item = items.get(id);
        return item ? [{ id: item.id, code: item.code, title: item.title }] : [];
      }),
      counts.get(r.plan.id)!,
    ),
  );
}

async function loadPlan(tx: TxContext, id: string): Promise<SpotCheckPlan> {
  return (await presentPlans(tx.tx, [await planRecord.reload(tx.tx, id)]))[0]!;
}

/** The check items a plan names must be active items of its organising unit. */
async function assertItemsOfUnit(db: DbOrTx, ids: string[], unitId: string) {
  const found = new Map((await repo.itemsByIds(db, ids)).map((i) => [i.id, i]));
  for (const [index, id] of ids.entries()) {
    const item = found.get(id);
    if (!item || item.unitId !== unitId || !item.active)
      throw fieldError(`checkItemIds.${index}`, 'field.not_found');
  }
}

/** Plans of the organising units in the caller's scope, newest first. */
export async function listPlans(
  ctx: ServiceContext,
  query: SpotCheckPlanListQuery,
): Promise<Page<SpotCheckPlan>> {
  const { limit, after, ...filter } = query;
  const page = await repo.listPlans(ctx.db, grantScope(ctx), filter, { limit, after });
  return { ...page, items: await presentPlans(ctx.db, page.items) };
}

async function assignmentsByTarget(db: DbOrTx, targetIds: string[]) {
  const byTarget = new Map<string, Awaited<ReturnType<typeof repo.assignmentsOf>>>();
  for (const a of await repo.assignmentsOf(db, targetIds)) {
    const list = byTarget.get(a.targetId) ?? [];
    list.push(a);
    byTarget.set(a.targetId, list);
  }
  return byTarget;
}

async function presentTargets(
  db: DbOrTx,
  rows: repo.TargetWithNames[],
  callerPersonId: string | null,
): Promise<SpotCheckTarget[]> {
  const ids = rows.map((r) => r.target.id);
  const assignments = await assignmentsByTarget(db, ids);
  const findings = await repo.findingCounts(db, ids);
  return rows.map((r) =>
    presentTarget(r, assignments.get(r.target.id) ?? [], findings.get(r.target.id) ?? 0, callerPersonId),
  );
}

async function presentFindings(db: DbOrTx, rows: repo.FindingWithNames[]): Promise<SpotCheckFinding[]> {
  const domains = await findDomainRefs(
    db,
    rows.flatMap((r) => (r.finding.domainId ? [r.finding.domainId] : [])),
  );
  return rows.map((r) =>
    presentFinding(r, (r.finding.domainId && domains.get(r.finding.domainId)?.title) || null),
  );
}

/** One plan with its draw input and steps, its targets (draw order) and findings. */
export async function getPlan(ctx: ServiceContext, id: string): Promise<SpotCheckPlanDetail> {
  const row = await planRecord.loadForRead(ctx, id);
  const [plan] = await presentPlans(ctx.db, [row]);
  return {
    plan: plan!,
    targets: await presentTargets(ctx.db, await repo.targetsOfPlan(ctx.db, id), requireActor(ctx).personId),
    findings: await presentFindings(ctx.db, await repo.findingsOf(ctx.db, { planId: id })),
    drawInput: row.plan.drawInput,
    steps: row.plan.drawSteps ?? [],
  };
}

/** Drafts a plan for an organising unit in the caller's scope, numbered within the campaign. */
export async function createPlan(
  ctx: ServiceContext,
  input: CreateSpotCheckPlanInput,
): Promise<SpotCheckPlan> {
  const actor = requireActor(ctx);
  return inTransaction(ctx, async (tx) => {
    const campaign = await findCampaignRef(tx.tx, input.campaignId);
    if (!campaign) throw fieldError('campaignId', 'field.not_found');
    await requireTargetUnit(tx, input.unitId, 'unitId');
    await assertItemsOfUnit(tx.tx, input.checkItemIds, input.unitId);
    const now = ctx.clock.now();
    const created = await repo.insertPlan(tx.tx, {
      campaignId: input.campaignId,
      code: codeOf(campaign.year, await repo.nextCodeNumber(tx.tx, input.campaignId)),
      unitId: input.unitId,
      title: input.title,
      description: input.description ?? null,
      kind: input.kind,
      targetCount: input.targetCount,
      ratioCapPercent: input.ratioCapPercent,
      inspectorsPerTarget: input.inspectorsPerTarget,
      checkItemIds: input.checkItemIds,
      status: 'draft',
      createdBy: actor.userId,
      createdAt: now,
      updatedAt: now,
    });
    const view = await loadPlan(tx, created.id);
    await tx.audit({
      action: 'spot_check_plan.created',
      recordType: 'spot_check_plan',
      recordId: created.id,
      unitId: created.unitId,
      after: planAudit(view),
    });
    return view;
  });
}

/** Edits a draft plan: once committed its parameters are frozen (409). */
export async function updatePlan(
  ctx: ServiceContext,
  id: string,
  input: UpdateSpotCheckPlanInput,
): Promise<SpotCheckPlan> {
  return inTransaction(ctx, async (tx) => {
    const row = await planRecord.loadForChange(tx, id);
    if (row.plan.status !== 'draft') throw new AppError('INVALID_TRANSITION');
    const kind = input.kind ?? row.plan.kind;
    // A key check has no cap; a general one needs one.
    const ratioCapPercent =
      kind === 'key'
        ? null
        : input.ratioCapPercent !== undefined
          ? input.ratioCapPercent
          : row.plan.ratioCapPercent;
    if (kind === 'general' && ratioCapPercent === null) throw fieldError('ratioCapPercent', 'field.required');
    if (input.checkItemIds) await assertItemsOfUnit(tx.tx, input.checkItemIds, row.plan.unitId);
    const before = await loadPlan(tx, id);
    await repo.updatePlan(tx.tx, id, { ...input, kind, ratioCapPercent, updatedAt: ctx.clock.now() });
    const after = await loadPlan(tx, id);
    await tx.audit({
      action: 'spot_check_plan.updated',
      recordType: 'spot_check_plan',
      recordId: id,
      unitId: row.plan.unitId,
      ...changedFields(planAudit(before), planAudit(after)),
    });
    return after;
  });
}

/** The problems of a draw as field issues, the units they name by name. */
async function drawIssues(db: DbOrTx, problems: DrawProblem[]): Promise<FieldIssue[]> {
  const unitIds = problems.flatMap((p) =>
    typeof p.params.units === 'string' ? p.params.units.split(',') : [],
  );
  const names = new Map((await findUnitRefs(db, [...new Set(unitIds)])).map((u) => [u.id, u.name]));
  return problems.map((p) => ({
    path: p.field,
    key: p.key,
    params:
      typeof p.params.units === 'string'
        ? {
            ...p.params,
            units: p.params.units
              .split(',')
              .map((id) => names.get(id) ?? id)
              .join('、'),
          }
        : p.params,
  }));
}

/**
 * What a plan draws from, frozen at commitment: its parameters and the active entries of its
 * organising unit's rosters (each inspector with their own unit and conflicts).
 */
async function drawInputOf(db: DbOrTx, plan: repo.PlanRow): Promise<DrawInput> {
  const targets = await repo.activeRosterTargets(db, plan.unitId);
  const inspectors = await repo.activeInspectors(db, plan.unitId);
  return canonicalDrawInput({
    algorithm: SPOT_CHECK_ALGORITHM,
    plan: {
      id: plan.id,
      kind: plan.kind,
      targetCount: plan.targetCount,
      ratioCapPercent: plan.ratioCapPercent,
      inspectorsPerTarget: plan.inspectorsPerTarget,
    },
    targets,
    inspectors: inspectors.map((i) => ({
      id: i.id,
      personId: i.personId,
      unitId: i.unitId,
      conflictUnitIds: i.conflicts.map((c) => c.unitId),
    })),
  });
}

/** Who hears that the inspections start: the accounts of the inspectors drawn. */
async function tellInspectors(tx: TxContext, plan: repo.PlanRow) {
  const targets = await repo.targetsOfPlan(tx.tx, plan.id);
  const assignments = await repo.assignmentsOf(
    tx.tx,
    targets.map((t) => t.target.id),
  );
  const userIds: string[] = [];
  for (const personId of new Set(assignments.map((a) => a.personId))) {
    const account = await findAccountOfPerson(tx.tx, personId);
    if (account && account.id !== tx.actor?.userId) userIds.push(account.id);
  }
  await notify(tx, {
    userIds,
    kind: 'spotChecks.started',
    recordType: 'spot_check_plan',
    recordId: plan.id,
    params: { code: plan.code, title: plan.title },
  });
}

/**
 * One step of a plan's lifecycle without input (commit, start, complete, publish); the draw has
 * its own use case. 409 when the table does not allow the step from the current status.
 */
export async function transitionPlan(
  ctx: ServiceContext,
  id: string,
  action: Exclude<SpotCheckPlanAction, 'draw'>,
): Promise<SpotCheckPlan> {
  return inTransaction(ctx, async (tx) => {
    const row = await planRecord.loadForChange(tx, id);
    const plan = row.plan;
    await applyTransition(
      tx,
      SPOT_CHECK_PLAN_WORKFLOW,
      action,
      { id, unitId: plan.unitId, status: plan.status },
      {},
      async (next) => {
        const now = tx.clock.now();
        if (action === 'commit') {
          // Never commit to a roster no seed can draw from: a failed draw could be discarded.
          const input = await drawInputOf(tx.tx, plan);
          const problems = drawProblems(input);
          if (problems.length > 0)
            throw new AppError('SPOT_CHECK_INFEASIBLE', {}, await drawIssues(tx.tx, problems));
          const text = canonicalJson(input);
          const commitment = commitmentOf(text);
          await repo.updatePlan(tx.tx, id, {
            status: next,
            drawInput: text,
            commitment,
            committedAt: now,
            eligibleTargets: input.targets.length,
            eligibleInspectors: input.inspectors.length,
            updatedAt: now,
          });
          return {
            after: {
              commitment,
              eligibleTargets: input.targets.length,
              eligibleInspectors: input.inspectors.length,
            },
          };
        }
        if (action === 'complete') {
          const open = (await repo.targetsOfPlan(tx.tx, id)).filter((t) => t.target.outcome === null).length;
          if (open > 0)
            throw new AppError('CONFLICT', {}, [
              { path: 'id', key: 'spotChecks.results_missing', params: { count: open } },
            ]);
        }
        await repo.updatePlan(tx.tx, id, {
          status: next,
          ...(action === 'publish' ? { publishedAt: now } : {}),
          updatedAt: now,
        });
        return undefined;
      },
    );
    if (action === 'start') await tellInspectors(tx, plan);
    return loadPlan(tx, id);
  });
}

/**
 * 抽取: the public value (published after the day of the commitment, not after today) and the
 * commitment make the seed; the draw picks the targets and their inspectors from the frozen
 * input, and every random number it used is stored to be shown and checked.
 */
export async function drawPlan(
  ctx: ServiceContext,
  id: string,
  input: DrawSpotCheckPlanInput,
): Promise<SpotCheckPlan> {
  return inTransaction(ctx, async (tx) => {
    const row = await planRecord.loadForChange(tx, id);
    const plan = row.plan;
    await applyTransition(
      tx,
      SPOT_CHECK_PLAN_WORKFLOW,
      'draw',
      { id, unitId: plan.unitId, status: plan.status },
      {},
      async (next) => {
        const now = tx.clock.now();
        const committedOn = shanghaiDate(plan.committedAt!);
        if (input.publicValueDate <= committedOn)
          throw fieldError('publicValueDate', 'spotChecks.public_value_too_early', { date: committedOn });
        if (input.publicValueDate > shanghaiDate(now))
          throw fieldError('publicValueDate', 'spotChecks.date_in_future');
        const seed = seedOf(plan.commitment!, input.publicValue);
        let result: ReturnType<typeof draw>;
        try {
          result = draw(JSON.parse(plan.drawInput!) as DrawInput, seed);
        } catch (error) {
          if (error instanceof DrawInfeasible)
            throw new AppError('SPOT_CHECK_INFEASIBLE', {}, await drawIssues(tx.tx, error.problems));
          throw error;
        }
        for (const [index, drawn] of result.targets.entries()) {
          const target = await repo.insertTarget(tx.tx, {
            planId: id,
            unitId: drawn.unitId,
            rosterId: drawn.rosterId,
            ordinal: index + 1,
            createdAt: now,
            updatedAt: now,
          });
          await repo.insertAssignments(
            tx.tx,
            drawn.inspectors.map((i, n) => ({
              targetId: target.id,
              rosterId: i.rosterId,
              personId: i.personId,
              ordinal: n + 1,
            })),
          );
        }
        await repo.updatePlan(tx.tx, id, {
          status: next,
          publicValue: input.publicValue,
          publicValueSource: input.publicValueSource,
          publicValueDate: input.publicValueDate,
          seed,
          algorithm: SPOT_CHECK_ALGORITHM,
          drawSteps: result.steps,
          drawnAt: now,
          updatedAt: now,
        });
        return {
          after: {
            publicValue: input.publicValue,
            publicValueSource: input.publicValueSource,
            publicValueDate: input.publicValueDate,
            seed,
            algorithm: SPOT_CHECK_ALGORITHM,
            targetUnitIds: result.targets.map((t) => t.unitId),
          },
        };
      },
    );
    return loadPlan(tx, id);
  });
}

// ---------------------------------------------------------------- targets, results, findings

/** Drawn targets whose unit the caller reaches (a unit sees the checks of itself), or only theirs. */
export async function listTargets(
  ctx: ServiceContext,
  query: SpotCheckTargetListQuery,
): Promise<Page<SpotCheckTarget>> {
  const actor = requireActor(ctx);
  const { limit, after, assignedToMe, open, ...filter } = query;
  const page = await repo.listTargets(
    ctx.db,
    grantScope(ctx),
    { ...filter, open: open === 'true', personId: assignedToMe ? actor.personId : undefined },
    { limit, after },
  );
  return { ...page, items: await presentTargets(ctx.db, page.items, actor.personId) };
}

/** One target with its inspectors, result, findings and what its plan checks. */
export async function getTarget(ctx: ServiceContext, id: string): Promise<SpotCheckTargetDetail> {
  const row = await targetRecord.loadForRead(ctx, id);
  const [target] = await presentTargets(ctx.db, [row], requireActor(ctx).personId);
  const items = await repo.itemsByIds(ctx.db, row.plan.checkItemIds);
  return {
    target: target!,
    findings: await presentFindings(ctx.db, await repo.findingsOf(ctx.db, { targetId: id })),
    checkItems: items.map((i) => ({ id: i.id, code: i.code, title: i.title })),
  };
}

/**
 * Loads a target for an inspector's change: in the route's scope (404/403 by the loader), one of
 * the inspectors the draw sent there (403 naming why), and its plan in progress (409).
 */
async function loadTargetForInspection(tx: TxContext, id: string) {
  const row = await targetRecord.loadForChange(tx, id);
  const assigned = (await repo.assignmentsOf(tx.tx, [id])).some(
    (a) => a.personId === requireActor(tx).personId,
  );
  if (!assigned) throw new AppError('FORBIDDEN', {}, [{ path: 'id', key: 'spotChecks.not_assigned' }]);
  if (row.plan.status !== 'in_progress') throw new AppError('INVALID_TRANSITION');
  return row;
}

/** Records (or corrects) a target's result, by one of its inspectors while the plan is in progress. */
export async function recordResult(
  ctx: ServiceContext,
  id: string,
  input: RecordSpotCheckResultInput,
): Promise<SpotCheckTarget> {
  const actor = requireActor(ctx);
  return inTransaction(ctx, async (tx) => {
    const row = await loadTargetForInspection(tx, id);
    if (input.checkedOn > shanghaiDate(ctx.clock.now()))
      throw fieldError('checkedOn', 'spotChecks.date_in_future');
    const t = row.target;
    await repo.updateTarget(tx.tx, id, {
      outcome: input.outcome,
      resultSummary: input.resultSummary,
      checkedOn: input.checkedOn,
      recordedBy: actor.userId,
      updatedAt: ctx.clock.now(),
    });
    const changed = changedFields(
      { outcome: t.outcome, resultSummary: t.resultSummary, checkedOn: t.checkedOn },
      { outcome: input.outcome, resultSummary: input.resultSummary, checkedOn: input.checkedOn },
    );
    await tx.audit({
      action: 'spot_check_target.result_recorded',
      recordType: 'spot_check_target',
      recordId: id,
      unitId: t.unitId,
      before: changed.before,
      // The plan's id, so the result shows in the plan's history too.
      after: { ...changed.after, planId: t.planId },
    });
    const [view] = await presentTargets(tx.tx, [await targetRecord.reload(tx.tx, id)], actor.personId);
    return view!;
  });
}

/** Records a finding at a target, by one of its inspectors while the plan is in progress. */
export async function createFinding(
  ctx: ServiceContext,
  id: string,
  input: CreateSpotCheckFindingInput,
): Promise<SpotCheckFinding> {
  const actor = requireActor(ctx);
  return inTransaction(ctx, async (tx) => {
    const row = await loadTargetForInspection(tx, id);
    const plan = await planRecord.reload(tx.tx, row.target.planId);
    if (input.domainId) {
      const domain = await findDomainRef(tx.tx, input.domainId);
      if (!domain || domain.campaignId !== plan.plan.campaignId)
        throw fieldError('domainId', 'field.not_found');
    }
    const created = await repo.insertFinding(tx.tx, {
      planId: row.target.planId,
      targetId: id,
      unitId: row.target.unitId,
      problem: input.problem,
      conduct: input.conduct,
      domainId: input.domainId ?? null,
      severity: input.severity,
      createdBy: actor.userId,
      createdAt: ctx.clock.now(),
    });
    await tx.audit({
      action: 'spot_check_finding.created',
      recordType: 'spot_check_finding',
      recordId: created.id,
      unitId: created.unitId,
      after: {
        planId: created.planId,
        targetId: id,
        problem: created.problem,
        conduct: created.conduct,
        domainId: created.domainId,
        severity: created.severity,
      },
    });
    const [view] = await presentFindings(tx.tx, [await findingRecord.reload(tx.tx, created.id)]);
    return view!;
  });
}

/**
 * 整改: the finding becomes an item of the inspected unit's rectification ledger, from this
 * finding (source `inspection_finding`), which the unit rectifies and its leader signs off and
 * the inspectors of this target then confirm (the check registered below).
 */
export async function findingToRectification(
  tx: TxContext,
  finding: repo.FindingRow,
  note: string | null,
): Promise<{ rectificationItemId: string }> {
  const plan = await planRecord.reload(tx.tx, finding.planId);
  const item = await openRectificationItem(tx, {
    source: 'inspection_finding',
    sourceId: finding.id,
    sourceLabel: plan.plan.code,
    campaignId: plan.plan.campaignId,
    unitId: finding.unitId,
    problem: finding.problem,
    domainId: finding.domainId,
    conduct: finding.conduct,
    measures: note,
  });
  if (
    !(await repo.disposeFinding(tx.tx, finding.id, {
      disposition: 'rectification',
      dispositionNote: note,
      disposedAt: tx.clock.now(),
      rectificationItemId: item.id,
    }))
  )
    throw new AppError('INVALID_TRANSITION');
  return { rectificationItemId: item.id };
}

/**
 * Only the inspectors the draw sent to a finding's target confirm the sign-off of the ledger item
 * it became (督查组确认): the rule the ledger asks its sources for (registerConfirmationCheck).
 */
export async function confirmedByTheTeam(tx: TxContext, item: RectificationItem): Promise<boolean> {
  if (!item.sourceId) return false;
  const [finding] = await repo.findingsByIds(tx.tx, [item.sourceId]);
  if (!finding) return false;
  const personId = requireActor(tx).personId;
  return (await repo.assignmentsOf(tx.tx, [finding.targetId])).some((a) => a.personId === personId);
}

/**
 * 移交: the finding goes to the supervision department as a lead to be, with the text of the
 * transfer (a `spot_check_transfer`, shaped like supervision's transfers).
 */
async function findingToTransfer(tx: TxContext, row: repo.FindingWithNames, note: string): Promise<string> {
  const finding = row.finding;
  if (
    !(await repo.disposeFinding(tx.tx, finding.id, {
      disposition: 'transfer',
      dispositionNote: note,
      disposedAt: tx.clock.now(),
    }))
  )
    throw new AppError('INVALID_TRANSITION');
  const plan = await planRecord.reload(tx.tx, finding.planId);
  return repo.insertTransfer(tx.tx, {
    findingId: finding.id,
    unitId: finding.unitId,
    history: {
      planCode: plan.plan.code,
      planTitle: plan.plan.title,
      organiserUnitId: plan.plan.unitId,
      targetId: finding.targetId,
      unitName: row.unitName,
      problem: finding.problem,
      conduct: finding.conduct,
      severity: finding.severity,
      domainId: finding.domainId,
      text: note,
    },
    createdAt: tx.clock.now(),
  });
}

/** Disposes of a finding once: a rectification item, or a transfer to the supervision department. */
export async function disposeFinding(
  ctx: ServiceContext,
  id: string,
  input: DisposeSpotCheckFindingInput,
): Promise<SpotCheckFinding> {
  return inTransaction(ctx, async (tx) => {
    const row = await findingRecord.loadForChange(tx, id);
    const finding = row.finding;
    if (finding.disposition !== null) throw new AppError('INVALID_TRANSITION');
    const note = input.note?.trim() || null;
    let rectificationItemId: string | null = null;
    let transferId: string | null = null;
    if (input.disposition === 'rectification')
      ({ rectificationItemId } = await findingToRectification(tx, finding, note));
    else transferId = await findingToTransfer(tx, row, note!);
    await tx.audit({
      action: 'spot_check_finding.disposed',
      recordType: 'spot_check_finding',
      recordId: id,
      unitId: finding.unitId,
      before: { disposition: null },
      after: {
        planId: finding.planId,
        targetId: finding.targetId,
        disposition: input.disposition,
        dispositionNote: note,
        rectificationItemId,
        transferId,
      },
    });
    const [view] = await presentFindings(tx.tx, [await findingRecord.reload(tx.tx, id)]);
    return view!;
  });
}

// ---------------------------------------------------------------- public portal

async function publicPlans(db: DbOrTx, rows: repo.PlanWithNames[]): Promise<PublicSpotCheck[]> {
  const items = new Map(
    (await repo.itemsByIds(db, [...new Set(rows.flatMap((r) => r.plan.checkItemIds))])).map((i) => [i.id, i]),
  );
  const counts = await repo.planCounts(
    db,
    rows.map((r) => r.plan.id),
  );
  return rows.map((r) =>
    presentPublicPlan(
      r,
      r.plan.checkItemIds.flatMap((id) => (items.get(id) ? [items.get(id)!] : [])),
      counts.get(r.plan.id)!,
    ),
  );
}

/** Published plans, newest first. */
export async function listPublicPlans(
  ctx: ServiceContext,
  query: PublicSpotCheckQuery,
): Promise<{ items: PublicSpotCheck[]; total: number }> {
  const { rows, total } = await repo.listPublished(ctx.db, query);
  return { items: await publicPlans(ctx.db, rows), total };
}

/** A published plan with everything needed to re-draw it; 404 for any other. */
export async function getPublicPlan(ctx: ServiceContext, id: string): Promise<PublicSpotCheckDetail> {
  const row = await repo.findPublished(ctx.db, id);
  if (!row) throw notFound();
  const [plan] = await publicPlans(ctx.db, [row]);
  const targets = await repo.targetsOfPlan(ctx.db, id);
  const assignments = await assignmentsByTarget(
    ctx.db,
    targets.map((t) => t.target.id),
  );
  const findings = await repo.findingCounts(
    ctx.db,
    targets.map((t) => t.target.id),
  );
  return {
    plan: plan!,
    targets: targets.map((t) => ({
      ordinal: t.target.ordinal,
      rosterId: t.target.rosterId,
      unitName: t.unitName,
      // 双随机一公开 names the inspectors: name and unit, nothing else.
      inspectors: (assignments.get(t.target.id) ?? []).map((a) => ({
        rosterId: a.rosterId,
        name: a.name,
        unitName: a.unitName,
      })),
      outcome: t.target.outcome,
      resultSummary: t.target.resultSummary,
      checkedOn: t.target.checkedOn,
      findingCount: findings.get(t.target.id) ?? 0,
    })),
    drawInput: row.plan.drawInput ?? '',
    steps: row.plan.drawSteps ?? [],
  };
}

/** Re-draws a published plan from its stored input and seed, and says whether all three agree. */
export async function verifyPublicPlan(ctx: ServiceContext, id: string): Promise<SpotCheckVerification> {
  const row = await repo.findPublished(ctx.db, id);
  if (!row) throw notFound();
  const plan = row.plan;
  const input = plan.drawInput ?? '';
  const commitmentMatches = commitmentOf(input) === plan.commitment;
  const seedMatches =
    !!plan.commitment && !!plan.publicValue && seedOf(plan.commitment, plan.publicValue) === plan.seed;
  let drawMatches = false;
  if (commitmentMatches && seedMatches) {
    const targets = await repo.targetsOfPlan(ctx.db, id);
    const assignments = await assignmentsByTarget(
      ctx.db,
      targets.map((t) => t.target.id),
    );
    const stored = targets.map((t) => ({
      rosterId: t.target.rosterId,
      unitId: t.target.unitId,
      inspectors: (assignments.get(t.target.id) ?? []).map((a) => ({
        rosterId: a.rosterId,
        personId: a.personId,
      })),
    }));
    try {
      const again = draw(JSON.parse(input) as DrawInput, plan.seed!);
      drawMatches = canonicalJson(again.targets) === canonicalJson(stored);
    } catch {
      drawMatches = false;
    }
  }
  return { algorithm: plan.algorithm ?? SPOT_CHECK_ALGORITHM, commitmentMatches, seedMatches, drawMatches };
}

/** The spot checks' figures of one month and area, for the monthly reports (月报). */
export function spotCheckMonthFigures(db: DbOrTx, area: MonthArea) {
  return repo.monthFigures(db, area);
}

// ---------------------------------------------------------------- transfers (移交) for the accountability module

/** Findings transferred to the supervision department and not received yet, oldest first. */
export async function pendingSpotCheckTransfers(db: DbOrTx, limit = 200) {
  return (await repo.pendingTransfers(db, limit)).map((r) => ({
    id: r.transfer.id,
    findingId: r.transfer.findingId,
    unitId: r.transfer.unitId,
    campaignId: r.campaignId,
    planCode: r.planCode,
    problem: r.problem,
    conduct: r.conduct,
    domainId: r.domainId,
    severity: r.severity,
    history: r.transfer.history,
  }));
}

/** Marks finding transfers as received (they arrived as leads). */
export function markSpotCheckTransfersReceived(db: DbOrTx, ids: string[]) {
  return repo.markTransfersReceived(db, ids);
}
