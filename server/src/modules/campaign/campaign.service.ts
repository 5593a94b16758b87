import {
  CAMPAIGN_WORKFLOW,
  type Campaign,
  type CampaignAction,
  type CampaignDomain,
  type CampaignDomainInput,
  type CampaignPhase,
  type CampaignStatus,
  type CloneCampaignInput,
  type CreateCampaignInput,
  type CreateDomainInput,
  type PublicCampaign,
  type UpdateCampaignInput,
  type UpdateDomainInput,
} from '@zeren/contracts';
import { type DbOrTx, inSequence } from '../../db/client';
import { newId } from '../../db/columns';
import { isForeignKeyViolation, isUniqueViolation } from '../../db/errors';
import { changedFields } from '../../platform/audit/audit.service';
import { inTransaction, requireActor, type ServiceContext, type TxContext } from '../../platform/context';
import { AppError, type FieldIssue, fieldError, notFound } from '../../platform/errors';
import { findUnitRef, findUnitRefs } from '../../platform/org/org.repository';
import { defineRecord, requireTargetUnit } from '../../platform/records';
import { grantScope, Scope } from '../../platform/scope';
import { applyTransition } from '../../platform/workflow';
import { orderedPhases, presentCampaign, presentDomain, presentPublicCampaign } from './campaign.presenter';
import * as repo from './campaign.repository';
import { cloneName, dateInShanghai, phaseProblems, shiftPhasesByYears } from './phases';
import { STANDARD_DOMAINS, standardDomain } from './standard-domains';

/** A campaign belongs to its government; its history includes its domains' changes. */
export const campaignRecord = defineRecord({
  type: 'campaign',
  find: repo.findCampaign,
  related: [{ recordType: 'campaign_domain', via: 'campaignId' }],
});
/** A domain is scoped by its campaign's government. */
export const domainRecord = defineRecord({ type: 'campaign_domain', find: repo.findDomain });

// ---------------------------------------------------------------- reading

function today(ctx: ServiceContext): string {
  return dateInShanghai(ctx.clock.now());
}

/** Full views of campaign rows: phases, domains and their units in three queries. */
async function loadViews(db: DbOrTx, rows: repo.CampaignWithUnit[], day: string): Promise<Campaign[]> {
  const ids = rows.map((r) => r.campaign.id);
  const [phases, domains] = await inSequence([
    () => repo.listPhases(db, ids),
    () => repo.listDomains(db, ids),
  ]);
  const units = await repo.listDomainUnits(
    db,
    domains.map((d) => d.id),
  );
  return rows.map((r) => presentCampaign(r, phases, domains, units, day));
}

async function loadView(db: DbOrTx, row: repo.CampaignWithUnit, day: string): Promise<Campaign> {
  return (await loadViews(db, [row], day))[0]!;
}

/** Campaigns of the governments in the caller's scope, newest year first. */
export async function listCampaigns(ctx: ServiceContext): Promise<Campaign[]> {
  const rows = await repo.listCampaigns(ctx.db, grantScope(ctx));
  return loadViews(ctx.db, rows, today(ctx));
}

/** One campaign, 404 outside the caller's scope. */
export async function getCampaign(ctx: ServiceContext, id: string): Promise<Campaign> {
  return loadView(ctx.db, await campaignRecord.loadForRead(ctx, id), today(ctx));
}

/**
 * The campaign the caller works under: the active campaign of the nearest government at or
 * above the caller's own unit, else (a body outside the government tree) the root government's. It
 * follows the caller's place in the tree, not the data scope, so a department clerk sees the
 * campaign of its city.
 */
export async function getCurrentCampaign(ctx: ServiceContext): Promise<Campaign> {
  const actor = requireActor(ctx);
  const own = await findUnitRef(ctx.db, actor.unitId);
  if (!own) throw notFound();
  // A body outside the government tree (the 纪委监委) works in the root government's campaign.
  const row =
    (await repo.findNearestActiveCampaign(ctx.db, own.path.split('/').filter(Boolean))) ??
    (await repo.findRootActiveCampaign(ctx.db));
  if (!row) throw notFound();
  return loadView(ctx.db, row, today(ctx));
}

/** The id of the campaign the caller works under (see getCurrentCampaign), or null when there is none. */
export async function currentCampaignId(ctx: ServiceContext): Promise<string | null> {
  const own = await findUnitRef(ctx.db, requireActor(ctx).unitId);
  if (!own) return null;
  return activeCampaignIdOfUnit(ctx.db, own.path);
}

/**
 * The active campaign a unit works under: its nearest government's, else the root government's
 * (a body outside the government tree, like the 纪委监委, works in the city's campaign); for
 * modules filing a unit's records under a campaign.
 */
export async function activeCampaignIdOfUnit(db: DbOrTx, unitPath: string): Promise<string | null> {
  const nearest = await repo.findNearestActiveCampaign(db, unitPath.split('/').filter(Boolean));
  if (nearest) return nearest.campaign.id;
  return (await repo.findRootActiveCampaign(db))?.campaign.id ?? null;
}

/** The active campaign of the root government, as the public portal shows it. */
export async function getPublicCampaign(ctx: ServiceContext): Promise<PublicCampaign> {
  const row = await repo.findRootActiveCampaign(ctx.db);
  if (!row) throw notFound();
  return presentPublicCampaign(await loadView(ctx.db, row, today(ctx)));
}

// ---------------------------------------------------------------- views for other modules

/** A campaign's identity and owner, for modules hanging records on it (no data scope applied). */
export async function findCampaignRef(
  db: DbOrTx,
  id: string,
): Promise<
  { id: string; unitId: string; unitPath: string; year: number; status: CampaignStatus } | undefined
> {
  const row = await repo.findCampaign(db, id, Scope.unrestricted('reload'));
  return row && { ...pickRef(row.campaign), unitPath: row.unitPath };
}

/** The active campaign of the root government, if any (the default for public suggestions). */
export async function findRootActiveCampaignRef(
  db: DbOrTx,
): Promise<
  { id: string; unitId: string; unitPath: string; year: number; status: CampaignStatus } | undefined
> {
  const row = await repo.findRootActiveCampaign(db);
  return row && { ...pickRef(row.campaign), unitPath: row.unitPath };
}

/** A domain's campaign, for modules checking that a domain belongs to the campaign they were given. */
export async function findDomainRef(
  db: DbOrTx,
  id: string,
): Promise<{ id: string; campaignId: string; title: string } | undefined> {
  const row = await repo.findDomain(db, id, Scope.unrestricted('reload'));
  return row && { id: row.domain.id, campaignId: row.domain.campaignId, title: row.domain.title };
}

/** Domains by id (id, campaign, title), for modules presenting records that name a domain. */
export async function findDomainRefs(
  db: DbOrTx,
  ids: string[],
): Promise<Map<string, { id: string; campaignId: string; title: string }>> {
  const rows = await repo.findDomainsByIds(db, [...new Set(ids)]);
  return new Map(rows.map((d) => [d.id, { id: d.id, campaignId: d.campaignId, title: d.title }]));
}

/** A campaign's domains (id, standard code, title), for modules and the demo. */
export async function listDomainRefs(
  db: DbOrTx,
  campaignId: string,
): Promise<{ id: string; code: string | null; title: string }[]> {
  return (await repo.listDomains(db, [campaignId])).map((d) => ({ id: d.id, code: d.code, title: d.title }));
}

/**
 * What the monthly reports need of a campaign: its government, report day (每月X日), first and
 * last day (of its phases), and the lead departments of its domains (no data scope applied).
 */
export interface CampaignPlan {
  id: string;
  name: string;
  year: number;
  status: CampaignStatus;
  unitId: string;
  unitName: string;
  unitPath: string;
  reportDay: number;
  startDate: string;
  endDate: string;
  /** Each lead department once, with the titles of the domains it leads. */
  leads: { unitId: string; unitName: string; domains: string[] }[];
}

async function plansOf(db: DbOrTx, rows: repo.CampaignWithUnit[]): Promise<CampaignPlan[]> {
  const ids = rows.map((r) => r.campaign.id);
  const [phases, domains] = await inSequence([
    () => repo.listPhases(db, ids),
    () => repo.listDomains(db, ids),
  ]);
  const units = await repo.listDomainUnits(
    db,
    domains.map((d) => d.id),
  );
  return rows.map((r) => {
    const own = orderedPhases(phases.filter((p) => p.campaignId === r.campaign.id));
    const leads = new Map<string, { unitId: string; unitName: string; domains: string[] }>();
    for (const d of domains.filter((x) => x.campaignId === r.campaign.id))
      for (const u of units.filter((x) => x.domainId === d.id && x.role === 'lead')) {
        const lead = leads.get(u.unitId) ?? { unitId: u.unitId, unitName: u.unitName, domains: [] };
        lead.domains.push(d.title);
        leads.set(u.unitId, lead);
      }
    return {
      ...pickRef(r.campaign),
      name: r.campaign.name,
      unitName: r.unitName,
      unitPath: r.unitPath,
      reportDay: r.campaign.reportDay,
      startDate: own[0]?.startDate ?? `${r.campaign.year}-01-01`,
      endDate: own[own.length - 1]?.endDate ?? `${r.campaign.year}-12-31`,
      leads: [...leads.values()],
    };
  });
}

/** A campaign's plan for the monthly reports (see CampaignPlan). */
export async function findCampaignPlan(db: DbOrTx, id: string): Promise<CampaignPlan | undefined> {
  const row = await repo.findCampaign(db, id, Scope.unrestricted('reload'));
  return row ? (await plansOf(db, [row]))[0] : undefined;
}

/** The plans of every active campaign, for the monthly reports' schedule. */
export async function listActiveCampaignPlans(db: DbOrTx): Promise<CampaignPlan[]> {
  const rows = await repo.listCampaigns(db, Scope.unrestricted('job'));
  return plansOf(
    db,
    rows.filter((r) => r.campaign.status === 'active'),
  );
}

function pickRef(c: repo.CampaignRow) {
  return { id: c.id, unitId: c.unitId, year: c.year, status: c.status };
}

// ---------------------------------------------------------------- campaigns

function assertPhases(phases: readonly CampaignPhase[]): void {
  const issues = phaseProblems(phases);
  if (issues.length > 0) throw new AppError('PHASES_INVALID', {}, issues);
}

async function assertYearFree(db: DbOrTx, unitId: string, year: number): Promise<void> {
  if (await repo.findCampaignOfYear(db, unitId, year))
    throw fieldError('year', 'campaign.year_taken', { year });
}

interface UnitChoice {
  leadUnitIds: string[];
  participantUnitIds: string[];
}

/**
 * Lead and participating units must exist and lie within the campaign's government; a unit
 * cannot hold both roles in one domain. Returns the rows to store (duplicates dropped).
 */
async function resolveDomainUnits(
  db: DbOrTx,
  ownerPath: string,
  choices: { prefix: string; units: UnitChoice }[],
): Promise<{ unitId: string; role: 'lead' | 'participant' }[][]> {
  const all = [...new Set(choices.flatMap((c) => [...c.units.leadUnitIds, ...c.units.participantUnitIds]))];
  const found = new Map((await findUnitRefs(db, all)).map((u) => [u.id, u]));
  const issues: FieldIssue[] = [];
  const resolved = choices.map(({ prefix, units }) => {
    const rows: { unitId: string; role: 'lead' | 'participant' }[] = [];
    const taken = new Set<string>();
    const check = (ids: string[], role: 'lead' | 'participant', field: string) =>
      ids.forEach((unitId, j) => {
        const path = `${prefix}${field}.${j}`;
        const u = found.get(unitId);
        if (!u) issues.push({ path, key: 'field.not_found' });
        else if (!u.path.startsWith(ownerPath))
          issues.push({ path, key: 'campaign.unit_outside_government' });
        else if (taken.has(unitId)) {
          if (rows.find((r) => r.unitId === unitId)?.role !== role)
            issues.push({ path, key: 'campaign.unit_both_roles' });
        } else {
          taken.add(unitId);
          rows.push({ unitId, role });
        }
      });
    check(units.leadUnitIds, 'lead', 'leadUnitIds');
    check(units.participantUnitIds, 'participant', 'participantUnitIds');
    return rows;
  });
  if (issues.length > 0) throw new AppError('VALIDATION_FAILED', {}, issues);
  return resolved;
}

/** Domain inputs of a new campaign: a standard code without a title takes the source document's texts. */
function domainValues(inputs: CampaignDomainInput[]) {
  const issues: FieldIssue[] = [];
  const codes = new Set<string>();
  const values = inputs.map((d, i) => {
    const standard = d.code ? standardDomain(d.code) : undefined;
    if (d.code) {
      if (codes.has(d.code)) issues.push({ path: `domains.${i}.code`, key: 'field.taken' });
      codes.add(d.code);
    }
    const title = d.title ?? standard?.title;
    if (!title) issues.push({ path: `domains.${i}.title`, key: 'field.required' });
    return {
      code: d.code ?? null,
      title: title ?? '',
      description: d.description !== undefined ? d.description : (standard?.description ?? null),
      focusProblems: d.focusProblems !== undefined ? d.focusProblems : (standard?.focusProblems ?? null),
      isLocal: !d.code,
      sortOrder: i,
    };
  });
  if (issues.length > 0) throw new AppError('VALIDATION_FAILED', {}, issues);
  return values;
}

function campaignAudit(c: Campaign) {
  return {
    name: c.name,
    year: c.year,
    unitId: c.unitId,
    status: c.status,
    reportDay: c.reportDay,
    phases: c.phases.map((p) => `${p.phase}:${p.startDate}..${p.endDate}`),
    domains: c.domains.map((d) => d.code ?? d.title),
    clonedFromId: c.clonedFromId,
  };
}

async function insertDomainsWithUnits(
  tx: TxContext,
  campaignId: string,
  domains: {
    code: string | null;
    title: string;
    description: string | null;
    focusProblems: string | null;
    isLocal: boolean;
    sortOrder: number;
  }[],
  units: { unitId: string; role: 'lead' | 'participant' }[][],
): Promise<void> {
  const now = tx.clock.now();
  const inserted = await repo.insertDomains(
    tx.tx,
    domains.map((d) => ({ ...d, campaignId, createdAt: now, updatedAt: now })),
  );
  await repo.insertDomainUnits(
    tx.tx,
    inserted.flatMap((d, i) => (units[i] ?? []).map((u) => ({ ...u, domainId: d.id }))),
  );
}

/** Creates a draft campaign of a government; without domains, the ten standard ones. */
export async function createCampaign(ctx: ServiceContext, input: CreateCampaignInput): Promise<Campaign> {
  assertPhases(input.phases);
  const domains = domainValues(
    input.domains ?? STANDARD_DOMAINS.map((d) => ({ code: d.code, leadUnitIds: [], participantUnitIds: [] })),
  );
  return inTransaction(ctx, async (tx) => {
    const owner = await requireTargetUnit(tx, input.unitId, 'unitId');
    if (owner.kind !== 'government') throw fieldError('unitId', 'campaign.unit_not_government');
    await assertYearFree(tx.tx, owner.id, input.year);
    const units = await resolveDomainUnits(
      tx.tx,
      owner.path,
      (input.domains ?? []).map((d, i) => ({ prefix: `domains.${i}.`, units: d })),
    );
    const now = ctx.clock.now();
    const created = await repo.insertCampaign(tx.tx, {
      id: newId(),
      name: input.name,
      year: input.year,
      unitId: owner.id,
      status: 'draft',
      reportDay: input.reportDay,
      createdAt: now,
      updatedAt: now,
    });
    await repo.replacePhases(tx.tx, created.id, input.phases);
    await insertDomainsWithUnits(tx, created.id, domains, units);
    const view = await loadView(tx.tx, await campaignRecord.reload(tx.tx, created.id), today(ctx));
    await tx.audit({
      action: 'campaign.created',
      recordType: 'campaign',
      recordId: view.id,
      unitId: view.unitId,
      after: campaignAudit(view),
    });
    return view;
  });
}

/** Edits the name, report day or phase dates. */
export async function updateCampaign(
  ctx: ServiceContext,
  id: string,
  input: UpdateCampaignInput,
): Promise<Campaign> {
  if (input.phases) assertPhases(input.phases);
  return inTransaction(ctx, async (tx) => {
    const row = await campaignRecord.loadForChange(tx, id);
    const before = await loadView(tx.tx, row, today(ctx));
    await repo.updateCampaign(tx.tx, id, {
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(input.reportDay !== undefined ? { reportDay: input.reportDay } : {}),
      updatedAt: ctx.clock.now(),
    });
    if (input.phases) await repo.replacePhases(tx.tx, id, input.phases);
    const after = await loadView(tx.tx, await campaignRecord.reload(tx.tx, id), today(ctx));
    await tx.audit({
      action: 'campaign.updated',
      recordType: 'campaign',
      recordId: id,
      unitId: after.unitId,
      ...changedFields(campaignAudit(before), campaignAudit(after)),
    });
    return after;
  });
}

/** One step of CAMPAIGN_WORKFLOW (draft → active → closed); one active campaign per government. */
export async function transitionCampaign(
  ctx: ServiceContext,
  id: string,
  action: CampaignAction,
  input: Record<string, string | null | undefined>,
): Promise<Campaign> {
  return inTransaction(ctx, async (tx) => {
    const row = await campaignRecord.loadForChange(tx, id);
    await applyTransition(
      tx,
      CAMPAIGN_WORKFLOW,
      action,
      { id, unitId: row.unitId, status: row.campaign.status },
      input,
      async (next) => {
        if (next === 'active' && (await repo.findActiveCampaignOfUnit(tx.tx, row.campaign.unitId, id)))
          throw new AppError('CAMPAIGN_ALREADY_ACTIVE');
        // The partial unique index is the complete check when two activations race.
        await repo
          .updateCampaign(tx.tx, id, { status: next, updatedAt: ctx.clock.now() })
          .catch((error: unknown) => {
            if (isUniqueViolation(error)) throw new AppError('CAMPAIGN_ALREADY_ACTIVE');
            throw error;
          });
        return undefined;
      },
    );
    return loadView(tx.tx, await campaignRecord.reload(tx.tx, id), today(ctx));
  });
}

/**
 * A draft copy of a campaign for another year: settings, report day, domains and their units
 * copied, phase dates shifted by the year difference; no records (tasks, suggestions, …).
 */
export async function cloneCampaign(
  ctx: ServiceContext,
  id: string,
  input: CloneCampaignInput,
): Promise<Campaign> {
  return inTransaction(ctx, async (tx) => {
    const source = await campaignRecord.loadForChange(tx, id);
    const src = source.campaign;
    await assertYearFree(tx.tx, src.unitId, input.year);
    const phases = shiftPhasesByYears(
      orderedPhases(await repo.listPhases(tx.tx, [id])),
      input.year - src.year,
    );
    assertPhases(phases);
    const now = ctx.clock.now();
    const created = await repo.insertCampaign(tx.tx, {
      id: newId(),
      name: input.name ?? cloneName(src.name, src.year, input.year),
      year: input.year,
      unitId: src.unitId,
      status: 'draft',
      reportDay: src.reportDay,
      settings: src.settings,
      clonedFromId: src.id,
      createdAt: now,
      updatedAt: now,
    });
    await repo.replacePhases(tx.tx, created.id, phases);
    const domains = await repo.listDomains(tx.tx, [id]);
    const units = await repo.listDomainUnits(
      tx.tx,
      domains.map((d) => d.id),
    );
    await insertDomainsWithUnits(
      tx,
      created.id,
      domains.map((d) => ({
        code: d.code,
        title: d.title,
        description: d.description,
        focusProblems: d.focusProblems,
        isLocal: d.isLocal,
        sortOrder: d.sortOrder,
      })),
      domains.map((d) =>
        units.filter((u) => u.domainId === d.id).map((u) => ({ unitId: u.unitId, role: u.role })),
      ),
    );
    const view = await loadView(tx.tx, await campaignRecord.reload(tx.tx, created.id), today(ctx));
    await tx.audit({
      action: 'campaign.cloned',
      recordType: 'campaign',
      recordId: view.id,
      unitId: view.unitId,
      after: campaignAudit(view),
    });
    return view;
  });
}

// ---------------------------------------------------------------- domains

function domainAudit(campaignId: string, d: CampaignDomain) {
  return {
    campaignId,
    code: d.code,
    title: d.title,
    description: d.description,
    focusProblems: d.focusProblems,
    isLocal: d.isLocal,
    sortOrder: d.sortOrder,
    leadUnitIds: d.leadUnits.map((u) => u.id),
    participantUnitIds: d.participantUnits.map((u) => u.id),
  };
}

async function loadDomain(db: DbOrTx, id: string): Promise<CampaignDomain> {
  const found = await domainRecord.reload(db, id);
  return presentDomain(found.domain, await repo.listDomainUnits(db, [id]));
}

/** Adds a local domain (自选动作) to a campaign. */
export async function addLocalDomain(
  ctx: ServiceContext,
  campaignId: string,
  input: CreateDomainInput,
): Promise<CampaignDomain> {
  return inTransaction(ctx, async (tx) => {
    const row = await campaignRecord.loadForChange(tx, campaignId);
    const [units] = await resolveDomainUnits(tx.tx, row.unitPath, [{ prefix: '', units: input }]);
    const now = ctx.clock.now();
    const [created] = await repo.insertDomains(tx.tx, [
      {
        campaignId,
        code: null,
        title: input.title,
        description: input.description ?? null,
        focusProblems: input.focusProblems ?? null,
        isLocal: true,
        sortOrder: await repo.nextDomainSortOrder(tx.tx, campaignId),
        createdAt: now,
        updatedAt: now,
      },
    ]);
    await repo.insertDomainUnits(
      tx.tx,
      units!.map((u) => ({ ...u, domainId: created!.id })),
    );
    const view = await loadDomain(tx.tx, created!.id);
    await tx.audit({
      action: 'campaign.domain_created',
      recordType: 'campaign_domain',
      recordId: view.id,
      unitId: row.campaign.unitId,
      after: domainAudit(campaignId, view),
    });
    return view;
  });
}

/** Edits a domain (standard or local): texts, order, lead and participating units. */
export async function updateDomain(
  ctx: ServiceContext,
  id: string,
  input: UpdateDomainInput,
): Promise<CampaignDomain> {
  return inTransaction(ctx, async (tx) => {
    const found = await domainRecord.loadForChange(tx, id);
    const before = await loadDomain(tx.tx, id);
    if (input.leadUnitIds !== undefined || input.participantUnitIds !== undefined) {
      const [units] = await resolveDomainUnits(tx.tx, found.unitPath, [
        {
          prefix: '',
          units: {
            leadUnitIds: input.leadUnitIds ?? before.leadUnits.map((u) => u.id),
            participantUnitIds: input.participantUnitIds ?? before.participantUnits.map((u) => u.id),
          },
        },
      ]);
      await repo.replaceDomainUnits(tx.tx, id, units!);
    }
    const { leadUnitIds: _l, participantUnitIds: _p, ...fields } = input;
    await repo.updateDomain(tx.tx, id, { ...fields, updatedAt: ctx.clock.now() });
    const after = await loadDomain(tx.tx, id);
    const diff = changedFields(
      domainAudit(found.domain.campaignId, before),
      domainAudit(found.domain.campaignId, after),
    );
    // The campaign id rides along unchanged, so the campaign's history finds the event.
    await tx.audit({
      action: 'campaign.domain_updated',
      recordType: 'campaign_domain',
      recordId: id,
      unitId: found.campaign.unitId,
      before: { ...diff.before, campaignId: found.domain.campaignId },
      after: { ...diff.after, campaignId: found.domain.campaignId },
    });
    return after;
  });
}

/** Deletes a local domain that no record refers to; the ten standard ones stay (they may be edited). */
export async function deleteDomain(ctx: ServiceContext, id: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const found = await domainRecord.loadForChange(tx, id);
    if (!found.domain.isLocal)
      throw new AppError('CONFLICT', {}, [{ path: 'id', key: 'campaign.domain_standard' }]);
    const before = await loadDomain(tx.tx, id);
    // Key tasks and suggestions refer to domains by foreign key; the database is the complete check.
    await repo.deleteDomain(tx.tx, id).catch((error: unknown) => {
      if (isForeignKeyViolation(error)) throw new AppError('CONFLICT');
      throw error;
    });
    await tx.audit({
      action: 'campaign.domain_deleted',
      recordType: 'campaign_domain',
      recordId: id,
      unitId: found.campaign.unitId,
      before: domainAudit(found.domain.campaignId, before),
    });
  });
}
