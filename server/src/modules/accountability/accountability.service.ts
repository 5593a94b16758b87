import {
  type AccountabilityCase,
  type AccountabilitySettings,
  CASE_WORKFLOW,
  type CaseAction,
  type CaseDetail,
  type CaseListQuery,
  type CaseStatus,
  CONDUCT_TYPES,
  type Conduct,
  type CreateDeterminationInput,
  type CreateLeadInput,
  type DashboardGroup,
  DEFAULT_DUAL_INQUIRY_OVERDUE_WORKING_DAYS,
  DEFAULT_LEAD_DEADLINES,
  type Determination,
  type DeterminationListItem,
  type DeterminationListQuery,
  DISCIPLINE_FORMS,
  DISPOSALS,
  type DualInquiryKind,
  dispositionForm,
  type ExemptionOutcome,
  type ExemptionRequest,
  type FigureDrill,
  type HeatCell,
  LEAD_SOURCES,
  LEAD_WORKFLOW,
  type Lead,
  type LeadDetail,
  type LeadListQuery,
  type LeadMessage,
  type LeadSource,
  LIABILITIES,
  type Measure,
  type Page,
  type PublicReportStatus,
  type Requirement,
  SANCTIONS,
  SATISFACTION_LEVELS,
  type SanctionKind,
  type Satisfaction,
  SIX_REQUIREMENTS,
  type SubmitPublicReportInput,
  sanctionLapsesOn,
  type TriageLeadInput,
  type UnitDetermination,
  type UnitDeterminationListQuery,
  type UpdateDeterminationInput,
  type UpdateLeadInput,
  type UpdateVerificationInput,
} from '@zeren/contracts';
import type { DbOrTx } from '../../db/client';
import { newId } from '../../db/columns';
import { isUniqueViolation, violatedConstraint } from '../../db/errors';
import {
  type ChangeAtHead,
  changedFields,
  commitAtHead,
  type PlannedAtHead,
  prepareAuditEvent,
} from '../../platform/audit/audit.service';
import { confirmOwnPassword } from '../../platform/auth/auth.service';
import { Batcher, type Settled } from '../../platform/batcher';
import { addWorkingDays, calendarCovering } from '../../platform/calendar/calendar.service';
import { resolveDeadline, shanghaiDate } from '../../platform/calendar/deadline';
import type { WorkingDayCalendar } from '../../platform/calendar/working-days';
import { MadeAhead } from '../../platform/concurrency';
import {
  anonymousContext,
  inTransaction,
  requireActor,
  type ServiceContext,
  type TxContext,
} from '../../platform/context';
import { AppError, fieldError, notFound } from '../../platform/errors';
import { drill, type FigureArea, type HeatArea, heatCells } from '../../platform/figures';
import { attachFiles, filesOfOwners, storeReporterFile } from '../../platform/files/files.service';
import type { ScheduledJob } from '../../platform/jobs';
import { accountsWithPermissionOver, notify } from '../../platform/notifications/notifications.service';
import {
  findPerson,
  findUnitRef,
  findUnitRefs,
  personNamesOfAccounts,
  unitPathFilter,
} from '../../platform/org/org.repository';
import type { ProofOfWork, SolvedChallenge } from '../../platform/proof-of-work';
import { defineRecord, requireTargetUnit } from '../../platform/records';
import { grantScope, Scope } from '../../platform/scope';
import { applyTransition } from '../../platform/workflow';
import {
  currentCampaignId,
  findCampaignRef,
  findDomainRef,
  findDomainRefs,
  findRootActiveCampaignRef,
} from '../campaign/campaign.service';
import { matchPublishedDutyItems } from '../duties/duties.service';
import {
  markSpotCheckTransfersReceived,
  pendingSpotCheckTransfers,
} from '../spot-checks/spot-checks.service';
import {
  markSupervisionTransfersReceived,
  pendingSupervisionTransfers,
} from '../supervision/supervision.service';
import * as repo from './accountability.repository';
import {
  DUPLICATE_THRESHOLD,
  drawReceipt,
  isClosedForReporter,
  isOpenLead,
  leadDueState,
  legacyReceiptLookupKey,
  MEASURE_TEXT,
  maskedName,
  matchTerms,
  newReceiptCode,
  publicStage,
  RECEIPTS_AHEAD,
  receiptCodeMatches,
  receiptLookupKey,
  SANCTION_TEXT,
  similarity,
} from './accountability.rules';

// ---------------------------------------------------------------- records

/** A lead belongs to the unit holding it; reading one is audited (it may name a reporter's case). */
export const leadRecord = defineRecord({ type: 'lead', find: repo.findLead, auditViews: true });
/** A case names the persons it holds to account: reading one is audited, like its history. */
export const caseRecord = defineRecord({
  type: 'accountability_case',
  find: repo.findCase,
  auditViews: true,
  related: [
    { recordType: 'determination', via: 'caseId' },
    { recordType: 'exemption_request', via: 'caseId' },
  ],
});
export const determinationRecord = defineRecord({ type: 'determination', find: repo.findDetermination });
export const exemptionRecord = defineRecord({ type: 'exemption_request', find: repo.findExemption });

/** Files attached to leads (by staff or by the reporter), cases and exemption requests. */
export const LEAD_FILE_OWNER = 'lead';
export const CASE_FILE_OWNER = 'accountability_case';
export const EXEMPTION_FILE_OWNER = 'exemption_request';

/** A case's verification runs this many working days unless triage says otherwise. */
export const CASE_DEFAULT_WORKING_DAYS = 30;

// ---------------------------------------------------------------- settings

async function settingsOf(db: DbOrTx, campaignId: string): Promise<AccountabilitySettings> {
  const found = await repo.findSettings(db, campaignId);
  const row = found?.settings;
  const leadUnitId = row?.leadUnitId ?? null;
  return {
    campaignId,
    deadlines: {
      ...DEFAULT_LEAD_DEADLINES,
      ...(row?.deadlines ?? {}),
    } as AccountabilitySettings['deadlines'],
    leadUnitId,
    leadUnitName: found?.leadUnitName ?? null,
    dualInquiryOverdueWorkingDays:
      row?.dualInquiryOverdueWorkingDays ?? DEFAULT_DUAL_INQUIRY_OVERDUE_WORKING_DAYS,
  };
}

/** The campaign asked for, else the caller's current one; a field error when there is none. */
async function campaignOf(db: DbOrTx, asked: string | undefined, current: string | null) {
  const id = asked ?? current;
  const campaign = id ? await findCampaignRef(db, id) : undefined;
  if (!campaign) throw fieldError('campaignId', asked ? 'field.not_found' : 'accountability.no_campaign');
  return campaign;
}

/** The unit new leads of a campaign go to: the settings' office, else the campaign's own unit. */
function leadUnitOf(campaign: { unitId: string }, settings: AccountabilitySettings): string {
  return settings.leadUnitId ?? campaign.unitId;
}

/** The campaign's accountability settings. */
export async function getAccountabilitySettings(
  ctx: ServiceContext,
  campaignId: string | undefined,
): Promise<AccountabilitySettings> {
  const campaign = await campaignOf(ctx.db, campaignId, await currentCampaignId(ctx));
  return settingsOf(ctx.db, campaign.id);
}

/** Changes the campaign's deadlines per source, lead office or 一案双查 threshold (audited). */
export async function updateAccountabilitySettings(
  ctx: ServiceContext,
  campaignId: string | undefined,
  input: {
    deadlines?: Partial<Record<LeadSource, number>> | undefined;
    leadUnitId?: string | null | undefined;
    dualInquiryOverdueWorkingDays?: number | undefined;
  },
): Promise<AccountabilitySettings> {
  const current = await currentCampaignId(ctx);
  const updated = await inTransaction(ctx, async (tx) => {
    const campaign = await campaignOf(tx.tx, campaignId, current);
    const before = await settingsOf(tx.tx, campaign.id);
    if (input.leadUnitId) await requireTargetUnit(tx, input.leadUnitId, 'leadUnitId');
    const deadlines = { ...before.deadlines, ...input.deadlines };
    const leadUnitId = input.leadUnitId === undefined ? before.leadUnitId : input.leadUnitId;
    const dual = input.dualInquiryOverdueWorkingDays ?? before.dualInquiryOverdueWorkingDays;
    await repo.upsertSettings(tx.tx, {
      campaignId: campaign.id,
      deadlines,
      leadUnitId,
      dualInquiryOverdueWorkingDays: dual,
      updatedAt: tx.clock.now(),
    });
    const changes = changedFields(
      {
        deadlines: before.deadlines,
        leadUnitId: before.leadUnitId,
        dualInquiryOverdueWorkingDays: before.dualInquiryOverdueWorkingDays,
      },
      { deadlines, leadUnitId, dualInquiryOverdueWorkingDays: dual },
    );
    if (changes)
      await tx.audit({
        action: 'accountability_settings.updated',
        recordType: 'accountability_settings',
        recordId: campaign.id,
        unitId: campaign.unitId,
        ...changes,
      });
    return settingsOf(tx.tx, campaign.id);
  });
  // The report intake reads the deadlines and the lead unit anew.
  reportTargets.delete(ctx.db);
  return updated;
}

// ---------------------------------------------------------------- presenting leads

function dueStateOr(calendar: WorkingDayCalendar, status: Lead['status'], dueDate: string, today: string) {
  try {
    return leadDueState(calendar, status, dueDate, today);
  } catch (error) {
    if (!(error instanceof AppError && error.code === 'CALENDAR_YEAR_MISSING')) throw error;
    const overdue = (status === 'received' || status === 'accepted') && today > dueDate;
    return { overdue, colour: overdue ? ('red' as const) : ('none' as const), workingDaysLeft: null };
  }
}

async function presentLeads(db: DbOrTx, now: Date, rows: repo.LeadWithUnit[]): Promise<Lead[]> {
  if (rows.length === 0) return [];
  const today = shanghaiDate(now);
  const calendar = await calendarCovering(
    db,
    rows.map((r) => r.lead.dueDate),
    today,
  );
  const unitIds = [...new Set(rows.flatMap((r) => r.lead.concernedUnitIds))];
  const personIds = [...new Set(rows.flatMap((r) => r.lead.concernedPersonIds))];
  const [units, persons, domains, awaiting] = [
    new Map((await findUnitRefs(db, unitIds)).map((u) => [u.id, u])),
    new Map((await repo.personNames(db, personIds)).map((p) => [p.id, p])),
    await findDomainRefs(
      db,
      rows.flatMap((r) => (r.lead.domainId ? [r.lead.domainId] : [])),
    ),
    await repo.awaitingReplyAmong(
      db,
      rows.flatMap((r) => (r.lead.source === 'public_report' ? [r.lead.id] : [])),
    ),
  ];
  return rows.map(({ lead, unitName }) => ({
    id: lead.id,
    code: lead.code,
    campaignId: lead.campaignId,
    source: lead.source,
    sourceRef: lead.sourceRef,
    sourceRecordType: lead.sourceRecordType,
    sourceRecordId: lead.sourceRecordId,
    summary: lead.summary,
    details: lead.details,
    unitId: lead.unitId,
    unitName,
    concernedUnits: lead.concernedUnitIds.flatMap((id) => {
      const u = units.get(id);
      return u ? [{ id, name: u.name }] : [];
    }),
    concernedPersons: lead.concernedPersonIds.flatMap((id) => {
      const p = persons.get(id);
      return p ? [{ id, name: p.name, unitName: p.unitName }] : [];
    }),
    domainId: lead.domainId,
    domainTitle: (lead.domainId && domains.get(lead.domainId)?.title) || null,
    conduct: lead.conduct,
    receivedOn: lead.receivedOn,
    dueDate: lead.dueDate,
    status: lead.status,
    disposedOn: lead.disposedOn,
    disposal: lead.disposal,
    mergedIntoId: lead.mergedIntoId,
    forwardedTo: lead.forwardedTo,
    caseId: lead.caseId,
    anonymous: lead.anonymous,
    parentCaseId: lead.parentCaseId,
    inquiryKind: lead.inquiryKind,
    ...dueStateOr(calendar, lead.status, lead.dueDate, today),
    // As the list's filter has it: a closed lead's reporter waits for no answer on this list.
    awaitingReply: awaiting.has(lead.id) && isOpenLead(lead.status),
    createdAt: lead.createdAt.toISOString(),
  }));
}

async function presentLead(db: DbOrTx, now: Date, row: repo.LeadWithUnit): Promise<Lead> {
  return (await presentLeads(db, now, [row]))[0]!;
}

/** The fields of a lead its creation event records (the report intake has them before the row is stored). */
type LeadAudited = Pick<
  repo.LeadRow,
  | 'code'
  | 'campaignId'
  | 'source'
  | 'sourceRef'
  | 'sourceRecordType'
  | 'sourceRecordId'
  | 'summary'
  | 'details'
  | 'concernedUnitIds'
  | 'concernedPersonIds'
  | 'domainId'
  | 'conduct'
  | 'receivedOn'
  | 'dueDate'
  | 'anonymous'
  | 'parentCaseId'
  | 'inquiryKind'
>;

/** What a lead's audit events carry: never a reporter's identity. */
function leadAudit(lead: LeadAudited) {
  return {
    code: lead.code,
    campaignId: lead.campaignId,
    source: lead.source,
    sourceRef: lead.sourceRef,
    sourceRecordType: lead.sourceRecordType,
    sourceRecordId: lead.sourceRecordId,
    summary: lead.summary,
    details: lead.details,
    concernedUnitIds: lead.concernedUnitIds,
    concernedPersonIds: lead.concernedPersonIds,
    domainId: lead.domainId,
    conduct: lead.conduct,
    receivedOn: lead.receivedOn,
    dueDate: lead.dueDate,
    anonymous: lead.anonymous,
    parentCaseId: lead.parentCaseId,
    inquiryKind: lead.inquiryKind,
  };
}

// ---------------------------------------------------------------- opening a lead

interface NewLead {
  campaign: { id: string; unitId: string; year: number };
  unitId: string;
  source: LeadSource;
  sourceRef?: string | null | undefined;
  sourceRecordType?: string | null | undefined;
  sourceRecordId?: string | null | undefined;
  summary: string;
  details: string;
  concernedUnitIds: string[];
  concernedPersonIds: string[];
  domainId?: string | null | undefined;
  conduct?: Lead['conduct'] | undefined;
  receivedOn: string;
  anonymous?: boolean | null | undefined;
  parentCaseId?: string | null | undefined;
  inquiryKind?: DualInquiryKind | null | undefined;
  /** The campaign's settings, when the caller has read them already. */
  settings?: AccountabilitySettings | undefined;
}

/** A domain named by a lead or a determination must belong to its campaign (else "not found"). */
async function assertDomainOfCampaign(db: DbOrTx, domainId: string | null | undefined, campaignId: string) {
  if (!domainId) return;
  const domain = await findDomainRef(db, domainId);
  if (!domain || domain.campaignId !== campaignId) throw fieldError('domainId', 'field.not_found');
}

/** The units and persons a lead names must exist; each missing one is reported at its index. */
/**
 * The units and persons leads name must exist: one query each for any number of leads. A field
 * error names the first lead's entry that does not.
 */
async function assertConcerned(
  db: DbOrTx,
  leads: readonly { concernedUnitIds?: string[] | undefined; concernedPersonIds?: string[] | undefined }[],
) {
  const unitIds = [...new Set(leads.flatMap((l) => l.concernedUnitIds ?? []))];
  const personIds = [...new Set(leads.flatMap((l) => l.concernedPersonIds ?? []))];
  const [units, persons] = await Promise.all([
    unitIds.length ? findUnitRefs(db, unitIds) : [],
    personIds.length ? repo.personNames(db, personIds) : [],
  ]);
  const knownUnits = new Set(units.map((u) => u.id));
  const knownPersons = new Set(persons.map((p) => p.id));
  for (const lead of leads) {
    lead.concernedUnitIds?.forEach((id, i) => {
      if (!knownUnits.has(id)) throw fieldError(`concernedUnitIds.${i}`, 'field.not_found');
    });
    lead.concernedPersonIds?.forEach((id, i) => {
      if (!knownPersons.has(id)) throw fieldError(`concernedPersonIds.${i}`, 'field.not_found');
    });
  }
}

/** A new lead's row (all but its id and code), as both ways of opening leads store it. */
function newLeadValues(input: NewLead, dueDate: string, createdBy: string | null, now: Date) {
  return {
    campaignId: input.campaign.id,
    unitId: input.unitId,
    source: input.source,
    sourceRef: input.sourceRef ?? null,
    sourceRecordType: input.sourceRecordType ?? null,
    sourceRecordId: input.sourceRecordId ?? null,
    summary: input.summary,
    details: input.details,
    concernedUnitIds: [...new Set(input.concernedUnitIds)],
    concernedPersonIds: [...new Set(input.concernedPersonIds)],
    domainId: input.domainId ?? null,
    conduct: input.conduct ?? null,
    receivedOn: input.receivedOn,
    dueDate,
    status: 'received' as const,
    anonymous: input.anonymous ?? null,
    parentCaseId: input.parentCaseId ?? null,
    inquiryKind: input.inquiryKind ?? null,
    createdBy,
    createdAt: now,
    updatedAt: now,
  };
}

/**
 * Checks what leads name (units, persons, domain) and stores them with their deadlines and audit
 * events, all in a few statements however many there are (the intake's transfers, a batch of
 * public reports). A field error names the first lead's field that does not hold.
 */
async function openLeads(tx: TxContext, inputs: readonly NewLead[]): Promise<repo.LeadRow[]> {
  if (inputs.length === 0) return [];
  await assertConcerned(tx.tx, inputs);
  const once = <T>(memo: Map<string, Promise<T>>, key: string, load: () => Promise<T>) => {
    if (!memo.has(key)) memo.set(key, load());
    return memo.get(key)!;
  };
  const domainsChecked = new Map<string, Promise<void>>();
  const settingsRead = new Map<string, Promise<AccountabilitySettings>>();
  const deadlines = new Map<string, Promise<{ date: string }>>();
  const values = [];
  for (const input of inputs) {
    await once(domainsChecked, `${input.domainId}|${input.campaign.id}`, () =>
      assertDomainOfCampaign(tx.tx, input.domainId, input.campaign.id),
    );
    const settings =
      input.settings ??
      (await once(settingsRead, input.campaign.id, () => settingsOf(tx.tx, input.campaign.id)));
    const days = settings.deadlines[input.source];
    const { date: dueDate } = await once(deadlines, `${input.receivedOn}|${days}`, () =>
      addWorkingDays(tx.tx, input.receivedOn, days),
    );
    values.push({
      year: input.campaign.year,
      values: newLeadValues(input, dueDate, tx.actor?.userId ?? null, tx.clock.now()),
    });
  }
  const created = await repo.insertLeads(tx.tx, values);
  await tx.auditMany(
    created.map((row) => ({
      action: 'lead.created' as const,
      recordType: 'lead' as const,
      recordId: row.id,
      unitId: row.unitId,
      after: leadAudit(row),
    })),
  );
  return created;
}

/** One lead: see openLeads. */
async function openLead(tx: TxContext, input: NewLead): Promise<repo.LeadRow> {
  return (await openLeads(tx, [input]))[0]!;
}

/** Registers a lead from a non-public source: the caller's intake scope must reach its unit. */
export async function createLead(ctx: ServiceContext, input: CreateLeadInput): Promise<Lead> {
  const current = await currentCampaignId(ctx);
  return inTransaction(ctx, async (tx) => {
    const campaign = await campaignOf(tx.tx, input.campaignId, current);
    const settings = await settingsOf(tx.tx, campaign.id);
    const unitId = input.unitId ?? leadUnitOf(campaign, settings);
    await requireTargetUnit(tx, unitId, 'unitId');
    const today = shanghaiDate(tx.clock.now());
    const receivedOn = input.receivedOn ?? today;
    if (receivedOn > today) throw fieldError('receivedOn', 'accountability.received_in_future');
    const created = await openLead(tx, {
      ...input,
      campaign,
      unitId,
      receivedOn,
      settings,
    });
    if (input.fileIds.length > 0)
      await attachFiles(tx, {
        fileIds: input.fileIds,
        unitId,
        ownerType: LEAD_FILE_OWNER,
        ownerId: created.id,
      });
    return presentLead(tx.tx, tx.clock.now(), await leadRecord.reload(tx.tx, created.id));
  });
}

/** Corrects a lead before triage. */
export async function updateLead(ctx: ServiceContext, id: string, input: UpdateLeadInput): Promise<Lead> {
  return inTransaction(ctx, async (tx) => {
    const row = await leadRecord.loadForChange(tx, id);
    if (row.lead.status !== 'received') throw new AppError('INVALID_TRANSITION');
    await assertConcerned(tx.tx, [input]);
    await assertDomainOfCampaign(tx.tx, input.domainId, row.lead.campaignId);
    const before = leadAudit(row.lead);
    const updated = await repo.updateLead(tx.tx, id, { ...input, updatedAt: tx.clock.now() });
    const changes = changedFields(before, leadAudit(updated));
    if (changes)
      await tx.audit({
        action: 'lead.updated',
        recordType: 'lead',
        recordId: id,
        unitId: row.unitId,
        ...changes,
      });
    return presentLead(tx.tx, tx.clock.now(), await leadRecord.reload(tx.tx, id));
  });
}

// ---------------------------------------------------------------- reading leads

/** The leads list's filters that do not depend on today, as the repository takes them. */
async function leadFilterFrom(
  db: DbOrTx,
  query: Omit<LeadListQuery, 'limit' | 'after' | 'overdue'>,
): Promise<repo.LeadFilter> {
  const { unitId, concernedUnitId, ...filter } = query;
  return {
    ...filter,
    unitPath: await unitPathFilter(db, unitId),
    concernedUnitPath: await unitPathFilter(db, concernedUnitId),
  };
}

async function leadFilterOf(ctx: ServiceContext, query: Omit<LeadListQuery, 'limit' | 'after'>) {
  const { overdue, ...filter } = query;
  return {
    ...(await leadFilterFrom(ctx.db, filter)),
    overdueOn: overdue ? shanghaiDate(ctx.clock.now()) : undefined,
  };
}

/** A page of the leads the caller holds, newest first (never one about the caller). */
export async function listLeads(ctx: ServiceContext, query: LeadListQuery): Promise<Page<Lead>> {
  const { limit, after, ...filters } = query;
  const page = await repo.listLeads(ctx.db, grantScope(ctx), await leadFilterOf(ctx, filters), {
    limit,
    after,
  });
  return { ...page, items: await presentLeads(ctx.db, ctx.clock.now(), page.items) };
}

// ---------------------------------------------------------------- the dashboard's figures

/** The last day of a month `YYYY-MM`. */
const monthEnd = (month: string) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
};

/**
 * The dashboard's lead figures (线索): by source, conduct type, disposal way, domain and month
 * received, over the campaign and period, in the caller's reading scope. Each figure is counted
 * with the filter its drill-down hands `listLeads`, so the two are the same count.
 */
export async function leadFigures(ctx: ServiceContext, area: FigureArea): Promise<DashboardGroup[]> {
  const base = {
    campaignId: area.campaignId,
    unitId: area.unitId ?? undefined,
    receivedFrom: area.from ?? undefined,
    receivedTo: area.to ?? undefined,
  };
  const counts = await repo.leadCounts(ctx.db, grantScope(ctx), await leadFilterOf(ctx, base));
  const figure = (
    key: string,
    value: number,
    query: Record<string, string | undefined>,
    label = null as string | null,
  ) => ({
    key,
    label,
    value,
    drill: drill('listLeads', { ...base, ...query }),
  });
  const group = (key: string, figures: DashboardGroup['figures']): DashboardGroup => ({
    key,
    figures,
    rates: [],
  });
  const domains = await findDomainRefs(ctx.db, [...counts.domain.keys()]);
  return [
    group('leads.total', [figure('leads.total', counts.total, {})]),
    group(
      'leads.bySource',
      LEAD_SOURCES.map((source) =>
        figure(`leads.source.${source}`, counts.source.get(source) ?? 0, { source }),
      ),
    ),
    group(
      'leads.byConduct',
      CONDUCT_TYPES.map((conduct) =>
        figure(`leads.conduct.${conduct}`, counts.conduct.get(conduct) ?? 0, { conduct }),
      ),
    ),
    group(
      'leads.byDisposal',
      DISPOSALS.map((disposal) =>
        figure(`leads.disposal.${disposal}`, counts.disposal.get(disposal) ?? 0, { disposal }),
      ),
    ),
    group(
      'leads.byDomain',
      [...counts.domain]
        .map(([domainId, value]) =>
          figure(`leads.domain.${domainId}`, value, { domainId }, domains.get(domainId)?.title ?? null),
        )
        .sort((a, b) => b.value - a.value),
    ),
    group(
      'leads.byMonth',
      [...counts.month]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([month, value]) => {
          // A month cut by the period lists only the period's days of it.
          const first = `${month}-01`;
          const last = monthEnd(month);
          return figure(
            `leads.month.${month}`,
            value,
            {
              receivedFrom: base.receivedFrom && base.receivedFrom > first ? base.receivedFrom : first,
              receivedTo: base.receivedTo && base.receivedTo < last ? base.receivedTo : last,
            },
            month,
          );
        }),
    ),
  ];
}

/**
 * The heat table's leads received (in the period) of each unit by domain, in the caller's reading
 * scope and with its 回避. The list's `unitId` keeps the unit and the units below it, so a row is
 * its subtree.
 */
export async function leadsReceivedHeat(ctx: ServiceContext, area: HeatArea): Promise<HeatCell[]> {
  const query = (unitId: string) => ({
    campaignId: area.campaignId,
    unitId,
    receivedFrom: area.from ?? undefined,
    receivedTo: area.to ?? undefined,
  });
  const { unitId: _row, ...common } = query('');
  const filter = await leadFilterOf(ctx, common);
  const counts = await repo.leadHeat(ctx.db, grantScope(ctx), filter, area.unitIds);
  return heatCells(area, counts, 'listLeads', query);
}

/**
 * 线索处置时效 and the public reports' three rates (三率: 响应率, 解决率, 满意率), over the same
 * leads as the other lead figures (campaign, period received, unit), in the caller's reading
 * scope with the list's recusal. Each figure is `count(*) filter (where …)` of the conditions
 * `listLeads` applies to its drill-down query, so a figure and its list are the same count.
 */
export async function leadRateFigures(ctx: ServiceContext, area: FigureArea): Promise<DashboardGroup[]> {
  const base = {
    campaignId: area.campaignId,
    receivedFrom: area.from ?? undefined,
    receivedTo: area.to ?? undefined,
    unitId: area.unitId ?? undefined,
  };
  const reports = { source: 'public_report' as const };
  const queries = {
    'leads.timeliness.disposed': { disposed: 'true' },
    'leads.timeliness.onTime': { handledOnTime: 'true' },
    'leads.timeliness.late': { handledOnTime: 'false' },
    'publicReports.received': reports,
    'publicReports.responded': { ...reports, responded: 'true' },
    'publicReports.closed': { ...reports, closedForReporter: 'true' },
    'publicReports.resolved': { ...reports, status: 'concluded' },
    'publicReports.rated': { ...reports, rated: 'stated' },
    'publicReports.satisfied': { ...reports, rated: 'satisfied' },
    ...Object.fromEntries(
      SATISFACTION_LEVELS.map((satisfaction) => [
        `publicReports.satisfaction.${satisfaction}`,
        { ...reports, satisfaction },
      ]),
    ),
  } as Record<string, Record<string, string>>;
  const keys = Object.keys(queries);
  const filters = [];
  for (const key of keys)
    filters.push(await leadFilterOf(ctx, { ...base, ...(queries[key] as Partial<LeadListQuery>) }));
  const counts = await repo.countLeadsEach(ctx.db, grantScope(ctx), filters);
  const figures = new Map(
    keys.map((key, i) => [
      key,
      { key, label: null, value: counts[i]!, drill: drill('listLeads', { ...base, ...queries[key] }) },
    ]),
  );
  const f = (key: string) => figures.get(key)!;
  const rate = (key: string, numerator: string, denominator: string) => ({
    key,
    numerator: f(numerator),
    denominator: f(denominator),
  });
  return [
    {
      key: 'leads.timeliness',
      figures: [f('leads.timeliness.disposed'), f('leads.timeliness.onTime'), f('leads.timeliness.late')],
      rates: [rate('leads.timeliness.rate', 'leads.timeliness.onTime', 'leads.timeliness.disposed')],
    },
    {
      key: 'publicReports.rates',
      figures: [
        f('publicReports.received'),
        f('publicReports.responded'),
        f('publicReports.closed'),
        f('publicReports.resolved'),
        f('publicReports.rated'),
        f('publicReports.satisfied'),
      ],
      rates: [
        rate('publicReports.responseRate', 'publicReports.responded', 'publicReports.received'),
        rate('publicReports.resolutionRate', 'publicReports.resolved', 'publicReports.closed'),
        rate('publicReports.satisfactionRate', 'publicReports.satisfied', 'publicReports.rated'),
      ],
    },
    {
      key: 'publicReports.bySatisfaction',
      figures: SATISFACTION_LEVELS.map((level) => f(`publicReports.satisfaction.${level}`)),
      rates: [],
    },
  ];
}

/** Possible duplicates (same unit or person, similar text), best first. */
async function duplicatesOf(db: DbOrTx, scope: Scope, lead: repo.LeadRow) {
  const text = `${lead.summary} ${lead.details}`;
  const candidates = await repo.leadsConcerningSame(db, scope, {
    id: lead.id,
    campaignId: lead.campaignId,
    unitIds: lead.concernedUnitIds,
    personIds: lead.concernedPersonIds,
  });
  return candidates
    .map((c) => ({ ...c, score: similarity(text, `${c.summary} ${c.details}`) }))
    .filter((c) => c.score >= DUPLICATE_THRESHOLD && c.status !== 'merged')
    .sort((a, b) => b.score - a.score)
    .slice(0, 5)
    .map((c) => ({
      id: c.id,
      code: c.code,
      summary: c.summary,
      source: c.source,
      status: c.status,
      score: Math.round(c.score * 100) / 100,
    }));
}

/** Units concerned by more than one lead of the campaign: "third report this campaign about 某局". */
async function repeatsOf(db: DbOrTx, lead: repo.LeadRow) {
  const counts = (await repo.leadCountsByConcernedUnit(db, lead.campaignId, lead.concernedUnitIds)).filter(
    (c) => c.count >= 2,
  );
  const names = new Map(
    (
      await findUnitRefs(
        db,
        counts.map((c) => c.unitId),
      )
    ).map((u) => [u.id, u.name]),
  );
  return counts.map((c) => ({
    unitId: c.unitId,
    unitName: names.get(c.unitId) ?? '',
    count: c.count,
    sources: [...c.sources].sort((a, b) => LEAD_SOURCES.indexOf(a) - LEAD_SOURCES.indexOf(b)),
  }));
}

/**
 * The units whose published power and responsibility items match the lead's text best, each with
 * the items that matched (at most three units, three items each).
 */
export async function proposeResponsibleUnits(db: DbOrTx, text: string) {
  const items = await matchPublishedDutyItems(db, matchTerms(text), { minScore: 4, limit: 30 });
  const byUnit = new Map<
    string,
    { unitId: string; unitName: string; score: number; items: { id: string; code: string; name: string }[] }
  >();
  for (const item of items) {
    const entry = byUnit.get(item.unitId) ?? {
      unitId: item.unitId,
      unitName: item.unitName,
      score: 0,
      items: [],
    };
    if (entry.items.length < 3) {
      entry.items.push({ id: item.id, code: item.code, name: item.name });
      entry.score = Math.max(entry.score, item.score);
    }
    byUnit.set(item.unitId, entry);
  }
  return [...byUnit.values()].sort((a, b) => b.score - a.score).slice(0, 3);
}

async function reporterOf(db: DbOrTx, leadId: string) {
  const report = await repo.findPublicReport(db, leadId);
  return report
    ? { named: report.named, revealed: report.revealedAt !== null, satisfaction: report.satisfaction }
    : null;
}

function presentMessage(m: {
  id: string;
  direction: 'from_handler' | 'from_reporter';
  body: string;
  createdAt: Date;
}) {
  return { id: m.id, direction: m.direction, body: m.body, createdAt: m.createdAt.toISOString() };
}

async function leadDetail(db: DbOrTx, scope: Scope, now: Date, row: repo.LeadWithUnit): Promise<LeadDetail> {
  const lead = row.lead;
  const text = `${lead.summary} ${lead.details}`;
  const [view, files, messages, reporter, duplicates, repeats, responsibleUnits, merged] = [
    await presentLead(db, now, row),
    await filesOfOwners(db, LEAD_FILE_OWNER, [lead.id]),
    await repo.listMessages(db, lead.id),
    await reporterOf(db, lead.id),
    await duplicatesOf(db, scope, lead),
    await repeatsOf(db, lead),
    await proposeResponsibleUnits(db, text),
    await repo.leadsMergedInto(db, lead.id),
  ];
  return {
    lead: view,
    attachments: files.get(lead.id) ?? [],
    messages: messages.map(presentMessage),
    reporter,
    duplicates,
    repeats,
    responsibleUnits,
    merged,
  };
}

/** One lead with what helps triage it; the view is audited. */
export async function getLead(ctx: ServiceContext, id: string): Promise<LeadDetail> {
  return inTransaction(ctx, async (tx) => {
    const row = await leadRecord.loadForRead(ctx, id, tx.tx);
    await tx.audit({ action: 'lead.viewed', recordType: 'lead', recordId: id, unitId: row.unitId });
    return leadDetail(tx.tx, Scope.of(requireActor(ctx), leadRecord.readPermission), tx.clock.now(), row);
  });
}

// ---------------------------------------------------------------- triage

const TRIAGE_ACTION = {
  talk_or_inquiry_letter: 'accept',
  preliminary_verification: 'accept',
  shelved: 'shelve',
  closed_no_action: 'close',
  forwarded: 'forward',
  merged: 'merge',
} as const;

/**
 * 受理/分流: applies the disposal chosen. Acceptance opens the case (or reopens the lead's case
 * after an appeal) in the handling unit with its deadline; a merge joins another lead the caller
 * holds; every step writes the lead's transition event with what it decided.
 */
export async function triageLead(ctx: ServiceContext, id: string, input: TriageLeadInput): Promise<Lead> {
  return inTransaction(ctx, async (tx) => {
    const actor = requireActor(tx);
    const row = await leadRecord.loadForChange(tx, id);
    const lead = row.lead;
    const action = TRIAGE_ACTION[input.disposal];
    await applyTransition(
      tx,
      LEAD_WORKFLOW,
      action,
      { id, unitId: row.unitId, status: lead.status },
      { reason: input.reason },
      async (next) => {
        const now = tx.clock.now();
        if (action === 'accept') {
          const handling = await requireTargetUnit(tx, input.handlingUnitId ?? row.unitId, 'handlingUnitId');
          const deadline = await resolveDeadline(
            tx.tx,
            now,
            input.dueDate || input.dueWorkingDays
              ? { dueDate: input.dueDate, dueWorkingDays: input.dueWorkingDays }
              : { dueWorkingDays: CASE_DEFAULT_WORKING_DAYS },
          );
          const disposal = input.disposal as 'talk_or_inquiry_letter' | 'preliminary_verification';
          let caseId = lead.caseId;
          if (caseId) {
            // An appeal reopened the lead: its case is reviewed again from verification.
            await repo.updateCase(tx.tx, caseId, {
              unitId: handling.id,
              disposal,
              status: 'verifying',
              handlerId: actor.userId,
              dueDate: deadline.dueDate,
              proposal: null,
              proposedBy: null,
              approvedBy: null,
              decidedOn: null,
              updatedAt: now,
            });
            await repo.clearRequirements(tx.tx, caseId);
          } else {
            const created = await repo.insertCase(tx.tx, {
              code: lead.code,
              leadId: id,
              campaignId: lead.campaignId,
              unitId: handling.id,
              disposal,
              status: 'verifying',
              handlerId: actor.userId,
              dueDate: deadline.dueDate,
              createdAt: now,
              updatedAt: now,
            });
            caseId = created.id;
            await tx.audit({
              action: 'accountability_case.created',
              recordType: 'accountability_case',
              recordId: caseId,
              unitId: handling.id,
              after: {
                code: lead.code,
                leadId: id,
                disposal,
                handlerId: actor.userId,
                dueDate: deadline.dueDate,
              },
            });
          }
          await repo.updateLead(tx.tx, id, { status: next, disposal, caseId, updatedAt: now });
          return {
            after: { disposal, handlingUnitId: handling.id, dueDate: deadline.dueDate, caseId },
          };
        }
        if (action === 'merge') {
          if (input.mergeIntoId === id) throw fieldError('mergeIntoId', 'field.invalid');
          const into = await leadRecord.loadForRead(tx, input.mergeIntoId!, tx.tx).catch(() => {
            throw fieldError('mergeIntoId', 'field.not_found');
          });
          if (into.lead.status === 'merged' || into.lead.campaignId !== lead.campaignId)
            throw fieldError('mergeIntoId', 'field.invalid');
          await repo.updateLead(tx.tx, id, {
            status: next,
            disposal: 'merged',
            mergedIntoId: into.lead.id,
            updatedAt: now,
          });
          return { after: { disposal: 'merged', mergedIntoId: into.lead.id } };
        }
        const forwardedTo = action === 'forward' ? (input.forwardedTo ?? null) : null;
        await repo.updateLead(tx.tx, id, {
          status: next,
          disposal: input.disposal,
          ...(forwardedTo ? { forwardedTo } : {}),
          updatedAt: now,
        });
        return { after: { disposal: input.disposal, ...(forwardedTo ? { forwardedTo } : {}) } };
      },
    );
    return presentLead(tx.tx, tx.clock.now(), await leadRecord.reload(tx.tx, id));
  });
}

/** Takes a shelved lead back to triage. */
export async function reopenLead(ctx: ServiceContext, id: string, reason: string): Promise<Lead> {
  return inTransaction(ctx, async (tx) => {
    const row = await leadRecord.loadForChange(tx, id);
    await applyTransition(
      tx,
      LEAD_WORKFLOW,
      'reopen',
      { id, unitId: row.unitId, status: row.lead.status },
      { reason },
      async (next) => {
        await repo.updateLead(tx.tx, id, { status: next, disposal: null, updatedAt: tx.clock.now() });
        return undefined;
      },
    );
    return presentLead(tx.tx, tx.clock.now(), await leadRecord.reload(tx.tx, id));
  });
}

/** Attaches uploaded files to a lead. */
export async function addLeadEvidence(
  ctx: ServiceContext,
  id: string,
  fileIds: string[],
): Promise<LeadDetail> {
  return inTransaction(ctx, async (tx) => {
    const row = await leadRecord.loadForChange(tx, id);
    const files = await attachFiles(tx, {
      fileIds,
      unitId: row.unitId,
      ownerType: LEAD_FILE_OWNER,
      ownerId: id,
    });
    await tx.audit({
      action: 'lead.evidence_added',
      recordType: 'lead',
      recordId: id,
      unitId: row.unitId,
      before: {},
      after: { fileIds: files.map((f) => f.id), byReporter: false },
    });
    return leadDetail(tx.tx, Scope.of(requireActor(tx), leadRecord.readPermission), tx.clock.now(), row);
  });
}

/** Writes to a public report's reporter (read with the receipt code on the portal). */
export async function sendLeadMessage(ctx: ServiceContext, id: string, body: string): Promise<LeadMessage> {
  return inTransaction(ctx, async (tx) => {
    const row = await leadRecord.loadForChange(tx, id);
    if (row.lead.source !== 'public_report') throw fieldError('body', 'accountability.not_public_report');
    const message = await repo.insertMessage(tx.tx, {
      leadId: id,
      direction: 'from_handler',
      body: body.trim(),
      createdBy: requireActor(tx).userId,
      createdAt: tx.clock.now(),
    });
    await repo.clearAwaitingReply(tx.tx, id);
    await tx.audit({
      action: 'lead.message_sent',
      recordType: 'lead',
      recordId: id,
      unitId: row.unitId,
      after: { messageId: message.id, direction: 'from_handler' },
    });
    return presentMessage(message);
  });
}

/**
 * A named reporter's identity, to a supervisor holding the lead who re-entered their password and
 * stated why: audited with the reason, and the reporter sees on the portal that it happened.
 */
export async function revealLeadReporter(
  ctx: ServiceContext,
  id: string,
  input: { password: string; reason: string },
): Promise<{ name: string | null; contact: string | null }> {
  if (!(await confirmOwnPassword(ctx, input.password)))
    throw new AppError('REVEAL_PASSWORD_WRONG', {}, [
      { path: 'password', key: 'accountability.password_wrong' },
    ]);
  return inTransaction(ctx, async (tx) => {
    const row = await leadRecord.loadForChange(tx, id);
    const report = await repo.findPublicReport(tx.tx, id);
    if (!report?.named) throw notFound();
    if (!report.revealedAt) await repo.updatePublicReport(tx.tx, id, { revealedAt: tx.clock.now() });
    await tx.audit({
      action: 'lead.reporter_revealed',
      recordType: 'lead',
      recordId: id,
      unitId: row.unitId,
      after: { reason: input.reason.trim() },
    });
    return {
      name: tx.cipher.decryptNullable(report.reporterNameEnc),
      contact: tx.cipher.decryptNullable(report.reporterContactEnc),
    };
  });
}

// ---------------------------------------------------------------- transfers arrive as leads

/**
 * 移交 by themselves: pending transfers of overdue supervision items and of inspection findings
 * become leads (source `inspection`) held by the campaign's lead office, and are marked received
 * in the same transaction. Safe to run twice: a record arrives once (unique source record).
 */
export async function receiveTransfers(tx: TxContext): Promise<number> {
  let received = 0;
  const today = shanghaiDate(tx.clock.now());
  const campaigns = new Map<
    string,
    { id: string; unitId: string; year: number; leadUnitId: string; settings: AccountabilitySettings }
  >();
  const campaignFor = async (id: string) => {
    let c = campaigns.get(id);
    if (!c) {
      const ref = await findCampaignRef(tx.tx, id);
      if (!ref) return undefined;
      const settings = await settingsOf(tx.tx, id);
      c = { ...ref, leadUnitId: leadUnitOf(ref, settings), settings };
      campaigns.set(id, c);
    }
    return c;
  };
  const supervision = await pendingSupervisionTransfers(tx.tx);
  for (const t of supervision) {
    const campaign = await campaignFor(t.campaignId);
    if (!campaign) continue;
    if (!(await repo.findLeadBySourceRecord(tx.tx, 'supervision_item', t.itemId))) {
      const h = t.history as { dueDate?: string; workingDaysOverdue?: number };
      await openLead(tx, {
        campaign,
        unitId: campaign.leadUnitId,
        settings: campaign.settings,
        source: 'inspection',
        sourceRef: t.code,
        sourceRecordType: 'supervision_item',
        sourceRecordId: t.itemId,
        summary: `督办事项${t.code}逾期移交：${t.title}`.slice(0, 200),
        details: `督办事项「${t.title}」（${t.code}）办理期限${h.dueDate ?? ''}，已逾期${h.workingDaysOverdue ?? ''}个工作日，经催办、预警、通报仍未办结，按规定移交问责。`,
        concernedUnitIds: [t.unitId],
        concernedPersonIds: [],
        domainId: t.domainId,
        conduct: 'slow_action',
        receivedOn: today,
      });
      received++;
    }
  }
  await markSupervisionTransfersReceived(
    tx.tx,
    supervision.map((t) => t.id),
  );
  const findings = await pendingSpotCheckTransfers(tx.tx);
  for (const t of findings) {
    const campaign = await campaignFor(t.campaignId);
    if (!campaign) continue;
    if (!(await repo.findLeadBySourceRecord(tx.tx, 'spot_check_finding', t.findingId))) {
      const text = (t.history as { text?: string | null }).text;
      await openLead(tx, {
        campaign,
        unitId: campaign.leadUnitId,
        settings: campaign.settings,
        source: 'inspection',
        sourceRef: t.planCode,
        sourceRecordType: 'spot_check_finding',
        sourceRecordId: t.findingId,
        summary: `随机抽查发现问题移交：${t.problem}`.slice(0, 200),
        details: [t.problem, text].filter(Boolean).join('\n'),
        concernedUnitIds: [t.unitId],
        concernedPersonIds: [],
        domainId: t.domainId,
        conduct: t.conduct,
        receivedOn: today,
      });
      received++;
    }
  }
  await markSpotCheckTransfersReceived(
    tx.tx,
    findings.map((t) => t.id),
  );
  return received;
}

export const intakeJob: ScheduledJob = {
  name: 'accountability.intake',
  everyMs: 60_000,
  lockKey: 7340,
  run: (ctx) => inTransaction(ctx, async (tx) => ({ received: await receiveTransfers(tx) })),
};

// ---------------------------------------------------------------- cases

async function presentCases(db: DbOrTx, now: Date, rows: repo.CaseWithUnit[]): Promise<AccountabilityCase[]> {
  if (rows.length === 0) return [];
  const today = shanghaiDate(now);
  const calendar = await calendarCovering(
    db,
    rows.map((r) => r.case.dueDate),
    today,
  );
  const names = await personNamesOfAccounts(
    db,
    rows.flatMap((r) => [r.case.handlerId, r.case.proposedBy, r.case.approvedBy]),
  );
  const ids = rows.map((r) => r.case.id);
  const confirmed = await repo.confirmedCounts(db, ids);
  const forms = await repo.caseForms(db, ids);
  return rows.map(({ case: c, unitName, summary }) => {
    const open = c.status !== 'decided';
    const state = open
      ? dueStateOr(calendar, 'accepted', c.dueDate, today)
      : { overdue: false, workingDaysLeft: null };
    const n = confirmed.get(c.id) ?? 0;
    return {
      id: c.id,
      code: c.code,
      leadId: c.leadId,
      campaignId: c.campaignId,
      unitId: c.unitId,
      unitName,
      summary,
      disposal: c.disposal,
      status: c.status,
      handlerId: c.handlerId,
      handlerName: names.get(c.handlerId) ?? '',
      dueDate: c.dueDate,
      overdue: state.overdue,
      workingDaysLeft: state.workingDaysLeft,
      interviews: c.interviews,
      findings: c.findings,
      conclusion: c.conclusion,
      requirementsConfirmed: n,
      decisionUnlocked: n === SIX_REQUIREMENTS.length && c.conclusion !== null,
      proposedById: c.proposedBy,
      proposedByName: c.proposedBy ? (names.get(c.proposedBy) ?? null) : null,
      proposal: c.proposal,
      decidedOn: c.decidedOn,
      approvedByName: c.approvedBy ? (names.get(c.approvedBy) ?? null) : null,
      form: forms.get(c.id) ?? null,
      createdAt: c.createdAt.toISOString(),
    };
  });
}

async function presentDeterminations(db: DbOrTx, caseIds: string[]): Promise<Determination[]> {
  const rows = await repo.listDeterminations(db, caseIds);
  const ids = rows.map((r) => r.determination.id);
  const [sanctions, exemptions] = [await repo.listSanctions(db, ids), await repo.listExemptions(db, ids)];
  const names = await personNamesOfAccounts(
    db,
    exemptions.flatMap((e) => [e.requestedBy, e.decidedBy]),
  );
  const evidence = await filesOfOwners(
    db,
    EXEMPTION_FILE_OWNER,
    exemptions.map((e) => e.id),
  );
  return rows.map(({ determination: d, personName, personUnitName }) => ({
    id: d.id,
    caseId: d.caseId,
    person: { id: d.personId, name: personName, unitName: personUnitName },
    liability: d.liability,
    conducts: d.conducts as Determination['conducts'],
    domainId: d.domainId,
    measures: d.measures as Measure[],
    sanctions: sanctions
      .filter((s) => s.determinationId === d.id)
      .map((s) => ({
        id: s.id,
        kind: s.kind as SanctionKind,
        months: s.months,
        decidedOn: s.decidedOn,
        lapsesOn: s.lapsesOn,
        status: s.status,
      })),
    form: d.form,
    note: d.note,
    exemption: d.exemption,
    exemptionRequests: exemptions
      .filter((e) => e.determinationId === d.id)
      .map((e) => presentExemption(e, names, evidence.get(e.id) ?? [])),
  }));
}

function presentExemption(
  e: repo.ExemptionRow,
  names: Map<string, string>,
  evidence: ExemptionRequest['evidence'],
): ExemptionRequest {
  return {
    id: e.id,
    determinationId: e.determinationId,
    ground: e.ground as ExemptionRequest['ground'],
    statement: e.statement,
    requestedByName: names.get(e.requestedBy) ?? '',
    status: e.status,
    outcome: e.outcome,
    opinion: e.opinion,
    decidedByName: e.decidedBy ? (names.get(e.decidedBy) ?? null) : null,
    evidence,
    createdAt: e.createdAt.toISOString(),
  };
}

/** Why Zeren proposes 一案双查 for this case: its lead long overdue, or its unit's serious cases. */
async function dualInquiryProposalOf(db: DbOrTx, now: Date, row: repo.CaseWithUnit, lead: repo.LeadRow) {
  if (row.case.status === 'decided' && lead.parentCaseId) return null;
  const settings = await settingsOf(db, row.case.campaignId);
  const today = shanghaiDate(now);
  try {
    const { date } = await addWorkingDays(db, lead.dueDate, settings.dualInquiryOverdueWorkingDays);
    if (row.case.status !== 'decided' && today > date) return 'long_overdue' as const;
  } catch (error) {
    if (!(error instanceof AppError && error.code === 'CALENDAR_YEAR_MISSING')) throw error;
  }
  if ((await repo.seriousCasesConcerning(db, row.case.campaignId, lead.concernedUnitIds, row.case.id)) > 0)
    return 'serious_cases_in_unit' as const;
  return null;
}

async function caseDetail(db: DbOrTx, now: Date, row: repo.CaseWithUnit): Promise<CaseDetail> {
  const leadRow = await leadRecord.reload(db, row.case.leadId);
  const requirementRows = await repo.listRequirements(db, row.case.id);
  const requirements = new Map(requirementRows.map((r) => [r.requirement, r]));
  const confirmers = await personNamesOfAccounts(
    db,
    requirementRows.map((r) => r.confirmedBy),
  );
  const [view] = await presentCases(db, now, [row]);
  return {
    case: view!,
    lead: await presentLead(db, now, leadRow),
    requirements: SIX_REQUIREMENTS.map((requirement) => {
      const r = requirements.get(requirement);
      return {
        requirement,
        confirmed: r?.confirmed ?? false,
        note: r?.note ?? null,
        confirmedAt: r?.confirmedAt?.toISOString() ?? null,
        confirmedByName: (r?.confirmedBy && confirmers.get(r.confirmedBy)) || null,
      };
    }),
    evidence: (await filesOfOwners(db, CASE_FILE_OWNER, [row.case.id])).get(row.case.id) ?? [],
    determinations: await presentDeterminations(db, [row.case.id]),
    dualInquiries: (await repo.leadsOfParentCase(db, row.case.id)).map((l) => ({
      leadId: l.id,
      code: l.code,
      kind: l.inquiryKind!,
      status: l.status,
      summary: l.summary,
    })),
    dualInquiryProposal: await dualInquiryProposalOf(db, now, row, leadRow.lead),
  };
}

/** The cases list's filters that depend on neither the caller nor today, as the repository takes them. */
async function caseFilterFrom(
  db: DbOrTx,
  query: Omit<CaseListQuery, 'limit' | 'after' | 'toApprove' | 'exemptionToDecide' | 'overdue'>,
): Promise<repo.CaseFilter> {
  const { unitId, ...filter } = query;
  return { ...filter, unitPath: await unitPathFilter(db, unitId) };
}

/** A page of the cases handled in the caller's scope, due first. */
export async function listCases(
  ctx: ServiceContext,
  query: CaseListQuery,
): Promise<Page<AccountabilityCase>> {
  const { limit, after, toApprove, exemptionToDecide, overdue, ...filter } = query;
  const actor = requireActor(ctx);
  const page = await repo.listCases(
    ctx.db,
    grantScope(ctx),
    {
      ...(await caseFilterFrom(ctx.db, filter)),
      approvableBy: toApprove ? actor.userId : undefined,
      // What decideExemption would accept: the decision's scope, not only the list's.
      exemptionDecidableBy: exemptionToDecide
        ? { accountId: actor.userId, scope: Scope.of(actor, 'accountability.decision.approve') }
        : undefined,
      overdueOn: overdue ? shanghaiDate(ctx.clock.now()) : undefined,
    },
    { limit, after },
  );
  return { ...page, items: await presentCases(ctx.db, ctx.clock.now(), page.items) };
}

/** One case with everything its page shows. */
export async function getCase(ctx: ServiceContext, id: string): Promise<CaseDetail> {
  return inTransaction(ctx, async (tx) => {
    const row = await caseRecord.loadForRead(ctx, id, tx.tx);
    await tx.audit({
      action: 'accountability_case.viewed',
      recordType: 'accountability_case',
      recordId: id,
      unitId: row.unitId,
    });
    return caseDetail(tx.tx, tx.clock.now(), row);
  });
}

/** A case whose verification is still open (else 409: decided or waiting for approval). */
async function loadVerifying(tx: TxContext, id: string) {
  const row = await caseRecord.loadForChange(tx, id);
  if (row.case.status !== 'verifying') throw new AppError('INVALID_TRANSITION');
  return row;
}

/** Records the verification's interviews, findings and conclusion. */
export async function updateCaseVerification(
  ctx: ServiceContext,
  id: string,
  input: UpdateVerificationInput,
): Promise<CaseDetail> {
  return inTransaction(ctx, async (tx) => {
    const row = await loadVerifying(tx, id);
    const before = {
      interviews: row.case.interviews,
      findings: row.case.findings,
      conclusion: row.case.conclusion,
    };
    const after = {
      interviews: input.interviews === undefined ? before.interviews : (input.interviews ?? null),
      findings: input.findings === undefined ? before.findings : (input.findings ?? null),
      conclusion: input.conclusion === undefined ? before.conclusion : (input.conclusion ?? null),
    };
    await repo.updateCase(tx.tx, id, { ...after, updatedAt: tx.clock.now() });
    const changes = changedFields(before, after);
    if (changes)
      await tx.audit({
        action: 'accountability_case.verification_updated',
        recordType: 'accountability_case',
        recordId: id,
        unitId: row.unitId,
        ...changes,
      });
    return caseDetail(tx.tx, tx.clock.now(), await caseRecord.reload(tx.tx, id));
  });
}

/** Confirms (with a note) or withdraws one of the six requirements. */
export async function confirmCaseRequirement(
  ctx: ServiceContext,
  id: string,
  requirement: Requirement,
  input: { confirmed: boolean; note?: string | null | undefined },
): Promise<CaseDetail> {
  return inTransaction(ctx, async (tx) => {
    const row = await loadVerifying(tx, id);
    const note = input.confirmed ? (input.note?.trim() ?? null) : null;
    const previous = (await repo.listRequirements(tx.tx, id)).find((r) => r.requirement === requirement);
    await repo.upsertRequirement(tx.tx, {
      caseId: id,
      requirement,
      confirmed: input.confirmed,
      note,
      confirmedBy: input.confirmed ? requireActor(tx).userId : null,
      confirmedAt: input.confirmed ? tx.clock.now() : null,
    });
    await tx.audit({
      action: 'accountability_case.requirement_confirmed',
      recordType: 'accountability_case',
      recordId: id,
      unitId: row.unitId,
      before: { requirement, confirmed: previous?.confirmed ?? false, note: previous?.note ?? null },
      after: { requirement, confirmed: input.confirmed, note },
    });
    return caseDetail(tx.tx, tx.clock.now(), await caseRecord.reload(tx.tx, id));
  });
}

/** Attaches uploaded evidence to a case. */
export async function addCaseEvidence(
  ctx: ServiceContext,
  id: string,
  fileIds: string[],
): Promise<CaseDetail> {
  return inTransaction(ctx, async (tx) => {
    const row = await caseRecord.loadForChange(tx, id);
    const files = await attachFiles(tx, {
      fileIds,
      unitId: row.unitId,
      ownerType: CASE_FILE_OWNER,
      ownerId: id,
    });
    await tx.audit({
      action: 'accountability_case.evidence_added',
      recordType: 'accountability_case',
      recordId: id,
      unitId: row.unitId,
      before: {},
      after: { fileIds: files.map((f) => f.id) },
    });
    return caseDetail(tx.tx, tx.clock.now(), await caseRecord.reload(tx.tx, id));
  });
}

// ---------------------------------------------------------------- determinations

function determinationAudit(d: repo.DeterminationRow, sanctions: string[]) {
  return {
    caseId: d.caseId,
    personId: d.personId,
    liability: d.liability,
    conducts: d.conducts,
    domainId: d.domainId,
    measures: d.measures,
    sanctions,
    form: d.form,
    note: d.note,
    exemption: d.exemption,
  };
}

const proposedSanctions = (determinationId: string, kinds: SanctionKind[], now: Date) =>
  [...new Set(kinds)].map((kind) => ({
    determinationId,
    kind,
    months: SANCTIONS[kind].months,
    status: 'proposed' as const,
    createdAt: now,
  }));

async function oneDetermination(db: DbOrTx, caseId: string, id: string): Promise<Determination> {
  return (await presentDeterminations(db, [caseId])).find((d) => d.id === id)!;
}

/** Determines one person's responsibility with the disposition's measures and sanctions. */
export async function createDetermination(
  ctx: ServiceContext,
  caseId: string,
  input: CreateDeterminationInput,
): Promise<Determination> {
  return inTransaction(ctx, async (tx) => {
    const row = await loadVerifying(tx, caseId);
    if (!(await repo.personNames(tx.tx, [input.personId])).length)
      throw fieldError('personId', 'field.not_found');
    await assertDomainOfCampaign(tx.tx, input.domainId, row.case.campaignId);
    const now = tx.clock.now();
    const measures = [...new Set(input.measures)];
    const sanctions = [...new Set(input.sanctions)];
    const form = dispositionForm(measures, sanctions) || null;
    let created: repo.DeterminationRow;
    try {
      created = await repo.insertDetermination(tx.tx, {
        caseId,
        personId: input.personId,
        liability: input.liability,
        conducts: [...new Set(input.conducts)],
        domainId: input.domainId ?? null,
        measures,
        form,
        note: input.note ?? null,
        createdAt: now,
        updatedAt: now,
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw fieldError('personId', 'field.taken');
      throw error;
    }
    await repo.replaceSanctions(tx.tx, created.id, proposedSanctions(created.id, sanctions, now));
    await tx.audit({
      action: 'determination.created',
      recordType: 'determination',
      recordId: created.id,
      unitId: row.unitId,
      after: determinationAudit(created, sanctions),
    });
    return oneDetermination(tx.tx, caseId, created.id);
  });
}

/** Changes a determination while its case is being verified. */
export async function updateDetermination(
  ctx: ServiceContext,
  id: string,
  input: UpdateDeterminationInput,
): Promise<Determination> {
  return inTransaction(ctx, async (tx) => {
    const row = await determinationRecord.loadForChange(tx, id);
    if (row.caseStatus !== 'verifying') throw new AppError('INVALID_TRANSITION');
    const d = row.determination;
    const beforeSanctions = (await repo.listSanctions(tx.tx, [id])).map((s) => s.kind);
    if (input.domainId)
      await assertDomainOfCampaign(
        tx.tx,
        input.domainId,
        (await caseRecord.reload(tx.tx, d.caseId)).case.campaignId,
      );
    const measures = input.measures ? [...new Set(input.measures)] : (d.measures as Measure[]);
    const sanctions = input.sanctions ? [...new Set(input.sanctions)] : (beforeSanctions as SanctionKind[]);
    const now = tx.clock.now();
    const updated = await repo.updateDetermination(tx.tx, id, {
      ...(input.liability ? { liability: input.liability } : {}),
      ...(input.conducts ? { conducts: [...new Set(input.conducts)] } : {}),
      ...(input.domainId !== undefined ? { domainId: input.domainId ?? null } : {}),
      ...(input.note !== undefined ? { note: input.note ?? null } : {}),
      measures,
      form: dispositionForm(measures, sanctions) || null,
      updatedAt: now,
    });
    if (input.sanctions) await repo.replaceSanctions(tx.tx, id, proposedSanctions(id, sanctions, now));
    const changes = changedFields(
      determinationAudit(d, beforeSanctions),
      determinationAudit(updated, sanctions),
    );
    // The case named on both sides (unchanged, so not shown as a change) puts the event in the case's history.
    if (changes)
      await tx.audit({
        action: 'determination.updated',
        recordType: 'determination',
        recordId: id,
        unitId: row.unitId,
        before: { ...changes.before, caseId: d.caseId },
        after: { ...changes.after, caseId: d.caseId },
      });
    return oneDetermination(tx.tx, d.caseId, id);
  });
}

/** Removes a determination while its case is being verified. */
export async function deleteDetermination(ctx: ServiceContext, id: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const row = await determinationRecord.loadForChange(tx, id);
    if (row.caseStatus !== 'verifying') throw new AppError('INVALID_TRANSITION');
    const sanctions = (await repo.listSanctions(tx.tx, [id])).map((s) => s.kind);
    await repo.deleteDetermination(tx.tx, id);
    await tx.audit({
      action: 'determination.deleted',
      recordType: 'determination',
      recordId: id,
      unitId: row.unitId,
      before: determinationAudit(row.determination, sanctions),
    });
  });
}

// ---------------------------------------------------------------- the decision

/** Four eyes: the caller is neither the account nor the person who handled or proposed. */
async function assertSecondPair(tx: TxContext, others: (string | null)[]): Promise<void> {
  const actor = requireActor(tx);
  for (const accountId of others) {
    if (!accountId) continue;
    if (accountId === actor.userId) throw new AppError('FOUR_EYES');
    if ((await repo.personOfAccount(tx.tx, accountId)) === actor.personId) throw new AppError('FOUR_EYES');
  }
}

/**
 * Tells the people a step of a case concerns, in the transaction of the step: the case's code only
 * (never a reporter's identity, never the persons determined). The one who took the step is not told.
 */
async function tellOfCase(
  tx: TxContext,
  caseRef: { id: string; code: string },
  kind:
    | 'decision_proposed'
    | 'decision_returned'
    | 'decision_approved'
    | 'exemption_requested'
    | 'exemption_decided',
  userIds: readonly (string | null)[],
) {
  await notify(tx, {
    userIds: userIds.filter((id): id is string => id !== null && id !== tx.actor?.userId),
    kind: `accountability.${kind}`,
    recordType: 'accountability_case',
    recordId: caseRef.id,
    params: { code: caseRef.code },
  });
}

/** Who may approve decisions over a unit (the second pair of eyes), less the case's own people. */
async function approversOf(tx: TxContext, unitId: string, exclude: readonly (string | null)[]) {
  return (await accountsWithPermissionOver(tx.tx, 'accountability.decision.approve', unitId)).filter(
    (id) => !exclude.includes(id),
  );
}

/**
 * A case's decision step. Proposing is locked by the server until a conclusion is drawn and all
 * six requirements are confirmed; approving needs a second supervisor (four eyes) and puts the
 * sanctions into force from the decision day, each with the day it lapses; the lead concludes.
 */
export async function transitionCase(
  ctx: ServiceContext,
  id: string,
  action: CaseAction,
  input: Record<string, string | null | undefined>,
): Promise<AccountabilityCase> {
  return inTransaction(ctx, async (tx) => {
    const actor = requireActor(tx);
    const row = await caseRecord.loadForChange(tx, id);
    const c = row.case;
    if (action === 'propose' && c.status === 'verifying') {
      const confirmed = (await repo.listRequirements(tx.tx, id)).filter((r) => r.confirmed).length;
      if (confirmed < SIX_REQUIREMENTS.length || c.conclusion === null)
        throw new AppError('DECISION_LOCKED', { confirmed, total: SIX_REQUIREMENTS.length });
    }
    if (action === 'approve' && c.status === 'proposed')
      await assertSecondPair(tx, [c.handlerId, c.proposedBy]);
    await applyTransition(
      tx,
      CASE_WORKFLOW,
      action,
      { id, unitId: row.unitId, status: c.status },
      input,
      async (next, text) => {
        const now = tx.clock.now();
        if (action === 'propose') {
          await repo.updateCase(tx.tx, id, {
            status: next,
            proposal: text,
            proposedBy: actor.userId,
            updatedAt: now,
          });
          await tellOfCase(
            tx,
            c,
            'decision_proposed',
            await approversOf(tx, row.unitId, [c.handlerId, actor.userId]),
          );
          return undefined;
        }
        if (action === 'return') {
          await repo.updateCase(tx.tx, id, { status: next, proposedBy: null, updatedAt: now });
          await tellOfCase(tx, c, 'decision_returned', [c.handlerId, c.proposedBy]);
          return undefined;
        }
        await tellOfCase(tx, c, 'decision_approved', [c.handlerId, c.proposedBy]);
        const decidedOn = shanghaiDate(now);
        await repo.updateCase(tx.tx, id, {
          status: next,
          approvedBy: actor.userId,
          decidedOn,
          updatedAt: now,
        });
        const determinations = await repo.listDeterminations(tx.tx, [id]);
        const sanctions = await repo.listSanctions(
          tx.tx,
          determinations.map((d) => d.determination.id),
        );
        for (const s of sanctions.filter((x) => x.status === 'proposed'))
          await repo.activateSanction(
            tx.tx,
            s.id,
            decidedOn,
            sanctionLapsesOn(s.kind as SanctionKind, decidedOn),
          );
        const lead = await leadRecord.reload(tx.tx, c.leadId);
        if (lead.lead.status === 'accepted')
          await applyTransition(
            tx,
            LEAD_WORKFLOW,
            'conclude',
            { id: lead.lead.id, unitId: lead.unitId, status: lead.lead.status },
            {},
            async (leadNext) => {
              await repo.updateLead(tx.tx, lead.lead.id, { status: leadNext, updatedAt: now });
              return undefined;
            },
          );
        return { after: { decidedOn } };
      },
    );
    return (await presentCases(tx.tx, tx.clock.now(), [await caseRecord.reload(tx.tx, id)]))[0]!;
  });
}

/** Lapses the sanctions whose period has run out (today by the clock), each with its audit event. */
export async function lapseSanctions(tx: TxContext): Promise<number> {
  const due = await repo.sanctionsDueToLapse(tx.tx, shanghaiDate(tx.clock.now()));
  for (const { sanction, caseId, caseUnitId } of due) {
    await repo.markSanctionLapsed(tx.tx, sanction.id);
    await tx.audit({
      action: 'determination.sanction_lapsed',
      recordType: 'determination',
      recordId: sanction.determinationId,
      unitId: caseUnitId,
      after: { caseId, sanctionId: sanction.id, kind: sanction.kind, lapsesOn: sanction.lapsesOn! },
    });
  }
  return due.length;
}

export const lapseJob: ScheduledJob = {
  name: 'accountability.sanction_lapse',
  everyMs: 60 * 60_000,
  lockKey: 7341,
  run: (ctx) => inTransaction(ctx, async (tx) => ({ lapsed: await lapseSanctions(tx) })),
};

// ---------------------------------------------------------------- fault tolerance

type ExemptionInput = { ground: ExemptionRequest['ground']; statement: string; fileIds: string[] };

/** Requests exemption or mitigation for a determined person, citing a ground, with evidence. */
export async function requestExemption(
  ctx: ServiceContext,
  determinationId: string,
  input: ExemptionInput,
): Promise<ExemptionRequest> {
  return inTransaction(ctx, async (tx) => {
    const row = await determinationRecord.loadForChange(tx, determinationId);
    const { created, files } = await fileExemption(
      tx,
      {
        determinationId,
        caseId: row.determination.caseId,
        caseCode: row.caseCode,
        caseStatus: row.caseStatus,
        caseUnitId: row.unitId,
        caseHandlerId: row.caseHandlerId,
        filesUnitId: row.unitId,
      },
      input,
    );
    const names = await personNamesOfAccounts(tx.tx, [created.requestedBy]);
    return presentExemption(created, names, files);
  });
}

/**
 * Files a fault-tolerance request, by the handler or by the unit of the person concerned: one
 * pending request per determination, while the case is open; the approvers are told.
 */
async function fileExemption(
  tx: TxContext,
  target: {
    determinationId: string;
    caseId: string;
    caseCode: string;
    caseStatus: CaseStatus;
    caseUnitId: string;
    caseHandlerId: string;
    /** The unit the evidence was uploaded for: the case's (handler) or the person's (unit). */
    filesUnitId: string;
  },
  input: ExemptionInput,
) {
  if (target.caseStatus === 'decided') throw new AppError('INVALID_TRANSITION');
  const pending = (await repo.listExemptions(tx.tx, [target.determinationId])).some(
    (e) => e.status === 'pending',
  );
  if (pending) throw fieldError('ground', 'accountability.exemption_pending');
  const created = await repo.insertExemption(tx.tx, {
    determinationId: target.determinationId,
    caseId: target.caseId,
    ground: input.ground,
    statement: input.statement,
    requestedBy: requireActor(tx).userId,
    status: 'pending',
    createdAt: tx.clock.now(),
  });
  const files = await attachFiles(tx, {
    fileIds: input.fileIds,
    unitId: target.filesUnitId,
    ownerType: EXEMPTION_FILE_OWNER,
    ownerId: created.id,
  });
  await tx.audit({
    action: 'exemption_request.created',
    recordType: 'exemption_request',
    recordId: created.id,
    unitId: target.caseUnitId,
    after: {
      determinationId: target.determinationId,
      caseId: created.caseId,
      ground: created.ground,
      statement: created.statement,
      fileIds: files.map((f) => f.id),
    },
  });
  await tellOfCase(
    tx,
    { id: created.caseId, code: target.caseCode },
    'exemption_requested',
    await approversOf(tx, target.caseUnitId, [target.caseHandlerId, created.requestedBy]),
  );
  return { created, files };
}

// ---------------------------------------------------------------- the determinations list (责任认定台账)

async function determinationFilterOf(
  db: DbOrTx,
  query: Omit<DeterminationListQuery, 'limit' | 'after'>,
): Promise<repo.DeterminationFilter> {
  const { unitId, form, ...filter } = query;
  return {
    ...filter,
    form: form === undefined ? undefined : Number(form),
    unitPath: await unitPathFilter(db, unitId),
  };
}

/**
 * A page of the determinations of the cases handled in the caller's scope, newest first, never
 * one whose lead is about the caller. They name the persons held to account: each read is
 * audited with its filter, in the transaction that reads the page.
 */
export async function listDeterminations(
  ctx: ServiceContext,
  query: DeterminationListQuery,
): Promise<Page<DeterminationListItem>> {
  const { limit, after, ...filters } = query;
  // Resolved before the transaction opens: a read beside an open transaction waits on it (PGlite).
  const filter = await determinationFilterOf(ctx.db, filters);
  return inTransaction(ctx, async (tx) => {
    const page = await repo.pageDeterminations(tx.tx, grantScope(ctx), filter, { limit, after });
    await tx.audit({
      action: 'determination.list_viewed',
      recordType: 'determination',
      after: { filter: { ...filters } },
    });
    return {
      ...page,
      items: page.items.map((r) => ({
        id: r.determination.id,
        caseId: r.determination.caseId,
        caseCode: r.caseCode,
        caseStatus: r.caseStatus,
        campaignId: r.campaignId,
        unitId: r.unitId,
        unitName: r.unitName,
        person: { id: r.determination.personId, name: r.personName, unitName: r.personUnitName },
        liability: r.determination.liability,
        conducts: r.determination.conducts as Conduct[],
        measures: r.determination.measures as Measure[],
        form: r.determination.form,
        exemption: r.determination.exemption,
        decidedOn: r.decidedOn,
      })),
    };
  });
}

/**
 * 被问责人员: the persons held accountable (decided, with a disposition) by liability and by the
 * four forms, with each form's share of them, over the campaign's cases decided in the period
 * and handled in the caller's scope (and the unit, when given). Each figure counts with the
 * conditions `listDeterminations` applies to its drill-down query.
 */
export async function determinationFigures(ctx: ServiceContext, area: FigureArea): Promise<DashboardGroup[]> {
  const base = {
    campaignId: area.campaignId,
    decidedFrom: area.from ?? undefined,
    decidedTo: area.to ?? undefined,
    unitId: area.unitId ?? undefined,
    heldAccountable: 'true' as const,
  };
  type Query = Pick<DeterminationListQuery, 'liability' | 'form'>;
  const queries: [string, Query][] = [
    ['determinations.total', {}],
    ...LIABILITIES.map((liability): [string, Query] => [
      `determinations.liability.${liability}`,
      { liability },
    ]),
    ...DISCIPLINE_FORMS.map((form): [string, Query] => [
      `determinations.form.${form}`,
      { form: String(form) as Query['form'] },
    ]),
  ];
  const filters = [];
  for (const [, q] of queries) filters.push(await determinationFilterOf(ctx.db, { ...base, ...q }));
  const counts = await repo.countDeterminationsEach(ctx.db, grantScope(ctx), filters);
  const figures = new Map(
    queries.map(([key, q], i) => [
      key,
      { key, label: null, value: counts[i]!, drill: drill('listDeterminations', { ...base, ...q }) },
    ]),
  );
  const total = figures.get('determinations.total')!;
  const byForm = DISCIPLINE_FORMS.map((form) => figures.get(`determinations.form.${form}`)!);
  return [
    { key: 'determinations.total', figures: [total], rates: [] },
    {
      key: 'determinations.byLiability',
      figures: LIABILITIES.map((liability) => figures.get(`determinations.liability.${liability}`)!),
      rates: [],
    },
    {
      key: 'determinations.byForm',
      figures: byForm,
      // Each form's share of all persons held accountable (every one has a form).
      rates: byForm.map((figure, i) => ({
        key: `determinations.formShare.${DISCIPLINE_FORMS[i]}`,
        numerator: figure,
        denominator: total,
      })),
    },
  ];
}

// ---------------------------------------------------------------- the monthly reports' figures (问责情况)

/**
 * What a monthly report's accountability figures count: one month of a campaign (dates
 * inclusive), over the records held by a unit and the units under it, or with `unitId` null over
 * every record of the campaign (its leads are held by the commission, 纪委监委, which stands
 * outside the government's tree).
 */
export interface AccountabilityMonthArea {
  campaignId: string;
  unitId: string | null;
  from: string;
  to: string;
}

/** The groups of 问责情况 on a monthly report, in the order shown. */
export const ACCOUNTABILITY_MONTH_GROUPS = [
  'leadsReceived',
  'leadsDisposed',
  'accountabilityCases',
  'heldAccountable',
] as const;
export type AccountabilityMonthGroup = (typeof ACCOUNTABILITY_MONTH_GROUPS)[number];

interface Month {
  from: string;
  to: string;
}
type Unplaced<Q> = Omit<Q, 'limit' | 'after' | 'campaignId' | 'unitId'>;
/** A figure: its key and the query of the list whose total it is, apart from the area's campaign and unit. */
type MonthFigure =
  | {
      key: string;
      operationId: 'listLeads';
      query: (m: Month) => Unplaced<Omit<LeadListQuery, 'overdue'>>;
    }
  | {
      key: string;
      operationId: 'listCases';
      query: (m: Month) => Unplaced<Omit<CaseListQuery, 'overdue' | 'toApprove'>>;
    }
  | {
      key: string;
      operationId: 'listDeterminations';
      query: (m: Month) => Unplaced<DeterminationListQuery>;
    };

const receivedIn = (m: Month) => ({ receivedFrom: m.from, receivedTo: m.to });
const disposedIn = (m: Month) => ({ disposedFrom: m.from, disposedTo: m.to });
const heldAccountableIn = (m: Month) => ({
  heldAccountable: 'true' as const,
  decidedFrom: m.from,
  decidedTo: m.to,
});

/**
 * 问责情况 of a month: leads received, by source; leads disposed of (their handling ended), by
 * disposal way and on time (线索处置时效); cases opened (立案核查) and decided; persons held
 * accountable (decided, with a disposition), by the four forms and by liability. Each figure is
 * the total of a staff list under its query, so the figure and its drill-down are one count.
 */
const MONTH_FIGURES: Record<AccountabilityMonthGroup, readonly MonthFigure[]> = {
  leadsReceived: [
    { key: 'leadsReceived.total', operationId: 'listLeads', query: receivedIn },
    ...LEAD_SOURCES.map(
      (source): MonthFigure => ({
        key: `leadsReceived.source.${source}`,
        operationId: 'listLeads',
        query: (m) => ({ ...receivedIn(m), source }),
      }),
    ),
  ],
  leadsDisposed: [
    { key: 'leadsDisposed.total', operationId: 'listLeads', query: disposedIn },
    ...DISPOSALS.map(
      (disposal): MonthFigure => ({
        key: `leadsDisposed.disposal.${disposal}`,
        operationId: 'listLeads',
        query: (m) => ({ ...disposedIn(m), disposal }),
      }),
    ),
    {
      key: 'leadsDisposed.onTime',
      operationId: 'listLeads',
      query: (m) => ({ ...disposedIn(m), handledOnTime: 'true' }),
    },
  ],
  accountabilityCases: [
    {
      key: 'accountabilityCases.opened',
      operationId: 'listCases',
      query: (m) => ({ openedFrom: m.from, openedTo: m.to }),
    },
    {
      key: 'accountabilityCases.decided',
      operationId: 'listCases',
      query: (m) => ({ decidedFrom: m.from, decidedTo: m.to }),
    },
  ],
  heldAccountable: [
    { key: 'heldAccountable.total', operationId: 'listDeterminations', query: heldAccountableIn },
    ...DISCIPLINE_FORMS.map(
      (form): MonthFigure => ({
        key: `heldAccountable.form.${form}`,
        operationId: 'listDeterminations',
        query: (m) => ({ ...heldAccountableIn(m), form: String(form) as '1' | '2' | '3' | '4' }),
      }),
    ),
    ...LIABILITIES.map(
      (liability): MonthFigure => ({
        key: `heldAccountable.liability.${liability}`,
        operationId: 'listDeterminations',
        query: (m) => ({ ...heldAccountableIn(m), liability }),
      }),
    ),
  ],
};

/** The keys of a group's figures, in the order shown. */
export function accountabilityMonthFigureKeys(group: AccountabilityMonthGroup): string[] {
  return MONTH_FIGURES[group].map((f) => f.key);
}

/** The area's part of every figure's query: the campaign, and the unit unless the whole campaign is counted. */
const placed = (area: AccountabilityMonthArea) => ({
  campaignId: area.campaignId,
  unitId: area.unitId ?? undefined,
});

/** The list a figure counts, with its whole query (a monthly report's link), or null for an unknown key. */
export function accountabilityMonthDrill(
  area: AccountabilityMonthArea,
  key: string,
): { operationId: MonthFigure['operationId']; query: FigureDrill['query'] } | null {
  const figure = Object.values(MONTH_FIGURES)
    .flat()
    .find((f) => f.key === key);
  if (!figure) return null;
  return {
    operationId: figure.operationId,
    query: drill(figure.operationId, { ...placed(area), ...figure.query(area) }).query,
  };
}

/**
 * A group's figures of a month over an area, for the monthly reports (月报): each counted with the
 * conditions its list applies to the figure's query — the list's own filter conversion and
 * conditions — over the whole area, with no reader's scope or recusal (a report's figures are the
 * reporting unit's, whoever reads them). The area's filter is converted once and joined to each
 * figure's own.
 */
export async function accountabilityMonthFigures(
  db: DbOrTx,
  area: AccountabilityMonthArea,
  group: AccountabilityMonthGroup,
): Promise<Record<string, number>> {
  const values: Record<string, number> = {};
  const put = (figures: readonly MonthFigure[], counts: number[]) =>
    figures.forEach((f, i) => {
      values[f.key] = counts[i] ?? 0;
    });
  const of = <O extends MonthFigure['operationId']>(operationId: O) =>
    MONTH_FIGURES[group].filter(
      (f): f is Extract<MonthFigure, { operationId: O }> => f.operationId === operationId,
    );

  const leads = of('listLeads');
  if (leads.length > 0) {
    const filters: repo.LeadFilter[] = [];
    for (const f of leads) filters.push(await leadFilterFrom(db, f.query(area)));
    put(leads, await repo.countLeadsOfArea(db, await leadFilterFrom(db, placed(area)), filters));
  }
  const cases = of('listCases');
  if (cases.length > 0) {
    const filters: repo.CaseFilter[] = [];
    for (const f of cases) filters.push(await caseFilterFrom(db, f.query(area)));
    put(cases, await repo.countCasesOfArea(db, await caseFilterFrom(db, placed(area)), filters));
  }
  const determinations = of('listDeterminations');
  if (determinations.length > 0) {
    const filters: repo.DeterminationFilter[] = [];
    for (const f of determinations) filters.push(await determinationFilterOf(db, f.query(area)));
    put(
      determinations,
      await repo.countDeterminationsOfArea(db, await determinationFilterOf(db, placed(area)), filters),
    );
  }
  return values;
}

// ---------------------------------------------------------------- the unit's application (申请容错免责)

/** Determinations about the people of the caller's units, as the unit sees them. */
export async function listUnitDeterminations(
  ctx: ServiceContext,
  query: UnitDeterminationListQuery,
): Promise<Page<UnitDetermination>> {
  const { limit, after, open } = query;
  const page = await repo.listUnitDeterminations(ctx.db, grantScope(ctx), { open: !!open }, { limit, after });
  return { ...page, items: await presentUnitDeterminations(ctx.db, page.items) };
}

/**
 * The unit applies for fault tolerance for one of its people. The determination is found through
 * the person's unit in the caller's scope (404 otherwise), so the unit never reads the case.
 */
export async function applyForExemption(
  ctx: ServiceContext,
  determinationId: string,
  input: ExemptionInput,
): Promise<UnitDetermination> {
  return inTransaction(ctx, async (tx) => {
    const row = await repo.findUnitDetermination(tx.tx, determinationId, grantScope(tx));
    if (!row) throw notFound();
    await fileExemption(
      tx,
      {
        determinationId,
        caseId: row.determination.caseId,
        caseCode: row.caseCode,
        caseStatus: row.caseStatus,
        caseUnitId: row.caseUnitId,
        caseHandlerId: row.caseHandlerId,
        filesUnitId: row.unitId,
      },
      input,
    );
    const [presented] = await presentUnitDeterminations(tx.tx, [row]);
    return presented!;
  });
}

async function presentUnitDeterminations(
  db: DbOrTx,
  rows: repo.UnitDeterminationRow[],
): Promise<UnitDetermination[]> {
  const requests = await repo.listExemptions(
    db,
    rows.map((r) => r.determination.id),
  );
  const names = await personNamesOfAccounts(
    db,
    requests.map((e) => e.requestedBy),
  );
  return rows.map((r) => ({
    id: r.determination.id,
    caseCode: r.caseCode,
    caseStatus: r.caseStatus,
    person: { id: r.determination.personId, name: r.personName, unitName: r.personUnitName },
    unitId: r.unitId,
    liability: r.determination.liability,
    conducts: r.determination.conducts as Conduct[],
    exemption: r.determination.exemption,
    requests: requests
      .filter((e) => e.determinationId === r.determination.id)
      .map((e) => ({
        id: e.id,
        ground: e.ground as ExemptionRequest['ground'],
        requestedByName: names.get(e.requestedBy) ?? '',
        status: e.status,
        outcome: e.outcome,
        opinion: e.opinion,
        createdAt: e.createdAt.toISOString(),
      })),
  }));
}

/**
 * Decides a fault-tolerance request, by a supervisor who neither handles the case nor asked:
 * exempt clears the determination's measures and sanctions, mitigate marks it for a lighter
 * disposition, refuse leaves it; the outcome is recorded on the determination.
 */
export async function decideExemption(
  ctx: ServiceContext,
  id: string,
  input: { outcome: ExemptionOutcome; opinion: string },
): Promise<ExemptionRequest> {
  return inTransaction(ctx, async (tx) => {
    const row = await exemptionRecord.loadForChange(tx, id);
    const e = row.exemption;
    if (e.status !== 'pending') throw new AppError('INVALID_TRANSITION');
    await assertSecondPair(tx, [row.caseHandlerId, e.requestedBy]);
    const now = tx.clock.now();
    const decided = await repo.updateExemption(tx.tx, id, {
      status: 'decided',
      outcome: input.outcome,
      opinion: input.opinion,
      decidedBy: requireActor(tx).userId,
      decidedAt: now,
    });
    await tx.audit({
      action: 'exemption_request.decided',
      recordType: 'exemption_request',
      recordId: id,
      unitId: row.unitId,
      before: { status: 'pending' },
      after: { status: 'decided', caseId: e.caseId, outcome: input.outcome, opinion: input.opinion },
    });
    const d = await repo.findDetermination(tx.tx, e.determinationId, Scope.unrestricted('reload'));
    if (d) {
      const beforeSanctions = (await repo.listSanctions(tx.tx, [d.determination.id])).map((s) => s.kind);
      const exempt = input.outcome === 'exempt';
      const updated = await repo.updateDetermination(tx.tx, d.determination.id, {
        exemption: input.outcome,
        ...(exempt ? { measures: [], form: null } : {}),
        updatedAt: now,
      });
      if (exempt) await repo.replaceSanctions(tx.tx, d.determination.id, []);
      const changes = changedFields(
        determinationAudit(d.determination, beforeSanctions),
        determinationAudit(updated, exempt ? [] : beforeSanctions),
      );
      if (changes)
        await tx.audit({
          action: 'determination.updated',
          recordType: 'determination',
          recordId: d.determination.id,
          unitId: row.unitId,
          before: { ...changes.before, caseId: e.caseId },
          after: { ...changes.after, caseId: e.caseId },
        });
    }
    await tellOfCase(tx, { id: e.caseId, code: row.caseCode }, 'exemption_decided', [
      row.caseHandlerId,
      e.requestedBy,
    ]);
    const names = await personNamesOfAccounts(tx.tx, [decided.requestedBy, decided.decidedBy]);
    const files = await filesOfOwners(tx.tx, EXEMPTION_FILE_OWNER, [id]);
    return presentExemption(decided, names, files.get(id) ?? []);
  });
}

// ---------------------------------------------------------------- one case, two investigations

const INQUIRY_LABEL: Record<DualInquiryKind, string> = {
  primary_responsibility: '主体责任',
  oversight_responsibility: '监督责任',
};

/** 一案双查: opens linked inquiries (new leads, held like the case) into the two responsibilities. */
export async function openDualInquiry(
  ctx: ServiceContext,
  caseId: string,
  input: { kinds: DualInquiryKind[]; summary?: string | null | undefined; concernedUnitIds: string[] },
): Promise<{ items: Lead[] }> {
  return inTransaction(ctx, async (tx) => {
    const row = await caseRecord.loadForChange(tx, caseId);
    const existing = await repo.leadsOfParentCase(tx.tx, caseId);
    const kinds = [...new Set(input.kinds)];
    kinds.forEach((kind, i) => {
      if (existing.some((l) => l.inquiryKind === kind)) throw fieldError(`kinds.${i}`, 'field.taken');
    });
    const campaign = await findCampaignRef(tx.tx, row.case.campaignId);
    const leadRow = await leadRecord.reload(tx.tx, row.case.leadId);
    const today = shanghaiDate(tx.clock.now());
    const ids: string[] = [];
    for (const kind of kinds) {
      const created = await openLead(tx, {
        campaign: campaign!,
        unitId: row.unitId,
        source: 'other',
        sourceRef: row.case.code,
        sourceRecordType: null,
        summary: (input.summary?.trim() || `一案双查（${INQUIRY_LABEL[kind]}）：${row.summary}`).slice(
          0,
          200,
        ),
        details:
          `由问责案件${row.case.code}启动的${INQUIRY_LABEL[kind]}倒查。\n${leadRow.lead.details}`.slice(
            0,
            8000,
          ),
        concernedUnitIds: input.concernedUnitIds,
        concernedPersonIds: [],
        domainId: leadRow.lead.domainId,
        conduct: leadRow.lead.conduct,
        receivedOn: today,
        parentCaseId: caseId,
        inquiryKind: kind,
      });
      ids.push(created.id);
    }
    await tx.audit({
      action: 'accountability_case.dual_inquiry_opened',
      recordType: 'accountability_case',
      recordId: caseId,
      unitId: row.unitId,
      after: { leadIds: ids, kinds },
    });
    const rows = await Promise.all(ids.map((i) => leadRecord.reload(tx.tx, i)));
    return { items: await presentLeads(tx.tx, tx.clock.now(), rows) };
  });
}

// ---------------------------------------------------------------- a person's record

/** A person's accountability record (decided determinations; active and lapsed sanctions); audited. */
export async function getPersonAccountability(ctx: ServiceContext, personId: string) {
  return inTransaction(ctx, async (tx) => {
    const found = await findPerson(tx.tx, personId, grantScope(ctx));
    if (!found) throw notFound();
    const rows = await repo.decidedDeterminationsOf(tx.tx, personId);
    const sanctions = await repo.listSanctions(
      tx.tx,
      rows.map((r) => r.determination.id),
    );
    await tx.audit({
      action: 'person.accountability_viewed',
      recordType: 'person',
      recordId: personId,
      unitId: found.unitId,
    });
    return {
      personId,
      items: rows.map((r) => ({
        caseId: r.caseId,
        code: r.code,
        summary: r.summary,
        decidedOn: r.decidedOn,
        liability: r.determination.liability,
        measures: r.determination.measures as Measure[],
        form: r.determination.form,
        exemption: r.determination.exemption,
        sanctions: sanctions
          .filter((s) => s.determinationId === r.determination.id)
          .map((s) => ({
            id: s.id,
            kind: s.kind as SanctionKind,
            months: s.months,
            decidedOn: s.decidedOn,
            lapsesOn: s.lapsesOn,
            status: s.status,
          })),
      })),
    };
  });
}

// ---------------------------------------------------------------- public reports

/**
 * The context of a reporter's request: no caller, and no address — a public report's audit events
 * and records carry nothing that could identify the reporter.
 */

const proofOfWorkInvalid = () =>
  new AppError('PROOF_OF_WORK_INVALID', {}, [{ path: 'altcha', key: 'accountability.proof_of_work' }]);

/**
 * Another report's receipt begins with the same eight digits (its lookup key): 1 in 10^8 for each
 * report already filed, so one in a thousand at 100,000 reports. The report is not filed and its
 * proof of work not used up; it is sent again with a new code.
 */
class ReceiptKeyTaken extends Error {}
/** Codes drawn for one report before giving up (a fourth collision in a row is not chance). */
const RECEIPT_DRAWS = 4;

/** A report checked and hashed, waiting for its batch. */
interface ReportToFile {
  ctx: ServiceContext;
  input: SubmitPublicReportInput;
  solved: SolvedChallenge;
  code: string;
  /** Computed ahead, or while the report waits for its batch (a millisecond or more of a core). */
  codeHash: Promise<string>;
}

interface FiledReport {
  receiptCode: string;
  receivedOn: string;
}

/**
 * The portal's report intake: what a citizen sends is checked on its own (proof of work, the unit
 * named, the receipt code's hash), then filed with the reports that arrived at the same moment in
 * one transaction (see Batcher): at a busy hour the reports share its round trips and its commit.
 * One per app, since it holds the queue.
 */
export function publicReportIntake(proof: ProofOfWork, chosenCodes?: () => string) {
  // A test's chosen codes are drawn one at a time, in the order it gives them.
  const receipts = chosenCodes
    ? new MadeAhead(() => drawReceipt(chosenCodes()), 0)
    : new MadeAhead(() => drawReceipt(newReceiptCode()), RECEIPTS_AHEAD);
  // One batch at a time: two would read the same audit head and one of them would read again.
  const batcher = new Batcher<ReportToFile, FiledReport>((reports) => fileReports(reports, proof), {
    max: 32,
    concurrency: 1,
  });
  return {
    /**
     * A citizen's report from the portal, named or anonymous: refused before anything is stored
     * unless the proof of work holds. Answers the receipt code once; only its argon2 hash is kept.
     */
    async submit(ctx: ServiceContext, input: SubmitPublicReportInput): Promise<FiledReport> {
      const solved = await proof.check(input.altcha, ctx.clock.now());
      if (!solved) throw proofOfWorkInvalid();
      if (input.unitId && !(await findUnitRef(ctx.db, input.unitId)))
        throw fieldError('unitId', 'field.not_found');
      for (let draw = 1; ; draw++) {
        const { code, codeHash } = receipts.take();
        try {
          return await batcher.submit({ ctx, input, solved, code, codeHash });
        } catch (error) {
          if (!(error instanceof ReceiptKeyTaken)) throw error;
          if (draw === RECEIPT_DRAWS) throw new AppError('REPORT_NOT_FILED');
        }
      }
    },
  };
}

/**
 * Where the reports of a day go (the root's active campaign, the lead unit and the handling
 * deadline of public reports), kept a moment in this process: a busy hour's reports need
 * not read them again for each batch. Once older than REPORT_TARGET_MS it is read again beside the
 * batches, which go on with the kept one meanwhile (three round trips in a batch every two seconds
 * were its slowest moments); a new day is read before filing. A settings change made here empties
 * it at once; a campaign opened or closed (or settings changed by another instance) shows within
 * REPORT_TARGET_MS and one read.
 */
const REPORT_TARGET_MS = 2_000;
interface ReportTarget {
  at: number;
  receivedOn: string;
  campaign: { id: string; unitId: string; year: number };
  unitId: string;
  dueDate: string;
}
/** Per database (an app has one; the tests open several in one process). */
const reportTargets = new WeakMap<DbOrTx, ReportTarget>();
const refreshingTargets = new WeakSet<DbOrTx>();

/** The target of reports received on `receivedOn`, its age counted on the app's clock (`now`). */
async function reportTargetOf(db: DbOrTx, receivedOn: string, now: Date): Promise<ReportTarget> {
  const kept = reportTargets.get(db);
  if (!kept || kept.receivedOn !== receivedOn) return readReportTarget(db, receivedOn, now);
  if (now.getTime() - kept.at >= REPORT_TARGET_MS && !refreshingTargets.has(db)) {
    refreshingTargets.add(db);
    readReportTarget(db, receivedOn, now, kept)
      // No campaign any more, or the database unreachable: the next batch reads for itself.
      .catch(() => {
        if (reportTargets.get(db) === kept) reportTargets.delete(db);
      })
      .finally(() => refreshingTargets.delete(db));
  }
  return kept;
}

/** Reads the target and keeps it, unless `replacing` was emptied or replaced meanwhile. */
async function readReportTarget(db: DbOrTx, receivedOn: string, now: Date, replacing?: ReportTarget) {
  const campaign = await findRootActiveCampaignRef(db);
  if (!campaign) throw fieldError('unitName', 'accountability.no_campaign');
  const settings = await settingsOf(db, campaign.id);
  const { date: dueDate } = await addWorkingDays(db, receivedOn, settings.deadlines.public_report);
  const target = { at: now.getTime(), receivedOn, campaign, unitId: leadUnitOf(campaign, settings), dueDate };
  if (!replacing || reportTargets.get(db) === replacing) reportTargets.set(db, target);
  return target;
}

async function fileReports(
  reports: readonly ReportToFile[],
  proof: ProofOfWork,
): Promise<Settled<FiledReport>[]> {
  const ctx = anonymousContext(reports[0]!.ctx);
  try {
    return await commitAtHead(ctx.db, ctx.auditKeys, { userId: null, name: null, ip: null }, (db) =>
      planReports(ctx, db, reports, proof),
    );
  } catch (error) {
    // Alone, a race with another instance on a lookup key draws a new code; on a proof of work,
    // the proof was used meanwhile.
    if (reports.length === 1 && isUniqueViolation(error)) {
      const constraint = violatedConstraint(error);
      if (constraint === 'public_report_lookup_uq') throw new ReceiptKeyTaken();
      if (constraint === 'proof_of_work_used_pkey') throw proofOfWorkInvalid();
      throw new AppError('REPORT_NOT_FILED');
    }
    throw error;
  }
}

/** A batch of reports planned against one read, with the writes that file it. */
async function planReports(
  ctx: ServiceContext,
  db: DbOrTx,
  reports: readonly ReportToFile[],
  proof: ProofOfWork,
): Promise<PlannedAtHead<Settled<FiledReport>[]>> {
  const now = ctx.clock.now();
  const receivedOn = shanghaiDate(now);
  // Cached by the pool's handle, also inside commitAtHead's locked transaction.
  const target = await reportTargetOf(ctx.db, receivedOn, now);
  await proof.prepareClaim(db, now);
  const read = await repo.reportIntakeRead(db, {
    year: target.campaign.year,
    leads: reports.length,
    usedSalts: proof.usedAmong(reports.map((r) => r.solved)),
    lookupKeys: reports.map((r) => receiptLookupKey(ctx.cipher, r.code)),
  });
  // A receipt's lookup key is held by one report: one whose key is taken (in the table or earlier
  // in this batch) is drawn a new code, its proof of work kept for it. A proof of work passes once:
  // not used before, and not earlier in this batch.
  const outcome = reports.map((r): 'file' | 'key_taken' | 'proof_used' => {
    const key = receiptLookupKey(ctx.cipher, r.code);
    if (read.taken.has(key)) return 'key_taken';
    if (read.used.has(r.solved.salt)) return 'proof_used';
    read.taken.add(key);
    read.used.add(r.solved.salt);
    return 'file';
  });
  const filed = reports.filter((_, i) => outcome[i] === 'file');
  const leads = filed.map(({ input }, i) => ({
    id: newId(),
    code: read.codes[i]!,
    ...newLeadValues(
      {
        campaign: target.campaign,
        unitId: target.unitId,
        source: 'public_report',
        summary: input.summary,
        details: `举报对象：${input.unitName}\n${input.details}`,
        concernedUnitIds: input.unitId ? [input.unitId] : [],
        concernedPersonIds: [],
        receivedOn,
        anonymous: input.anonymous,
      },
      target.dueDate,
      null,
      now,
    ),
  }));
  const hashes = await Promise.all(filed.map((r) => r.codeHash));
  const rows = filed.map(({ input, code }, i) => ({
    leadId: leads[i]!.id,
    lookupKey: receiptLookupKey(ctx.cipher, code),
    codeHash: hashes[i]!,
    named: !input.anonymous,
    reporterNameEnc: input.anonymous ? null : ctx.cipher.encryptNullable(input.name),
    reporterContactEnc: input.anonymous ? null : ctx.cipher.encryptNullable(input.contact),
  }));
  const events = leads.map((row) =>
    prepareAuditEvent({
      action: 'lead.created',
      recordType: 'lead',
      recordId: row.id,
      unitId: row.unitId,
      after: leadAudit(row),
    }),
  );
  const settled = reports.map(
    (r, i): Settled<FiledReport> =>
      outcome[i] === 'file'
        ? { ok: true, value: { receiptCode: r.code, receivedOn } }
        : { ok: false, error: outcome[i] === 'key_taken' ? new ReceiptKeyTaken() : proofOfWorkInvalid() },
  );
  if (filed.length === 0) return { head: null, at: now, events: [], changes: [], result: settled };
  const changes: ChangeAtHead[] = [
    (when) =>
      proof.claimInsert(
        filed.map((r) => r.solved),
        when,
      ),
    (when) => repo.leadsInsert(leads, when),
    (when) => repo.publicReportsInsert(rows, when),
  ];
  return { head: read.head, at: now, events, changes, result: settled };
}

/**
 * The report a receipt code opens, or RECEIPT_NOT_FOUND (a wrong code costs the same time: an
 * unknown key is checked against a dummy hash). Found by the code's keyed lookup key, or by its
 * first 8 digits for a receipt issued before the ninth session; the report whose hash the code
 * matches is the one.
 */
async function reportByCode(ctx: ServiceContext, code: string) {
  const candidates = await repo.findPublicReportsByLookup(ctx.db, [
    receiptLookupKey(ctx.cipher, code),
    legacyReceiptLookupKey(code),
  ]);
  if (candidates.length === 0) await receiptCodeMatches(undefined, code);
  for (const found of candidates) if (await receiptCodeMatches(found.report.codeHash, code)) return found;
  throw new AppError('RECEIPT_NOT_FOUND');
}

async function reportStatus(
  db: DbOrTx,
  found: { report: repo.PublicReportRow; lead: repo.LeadRow },
): Promise<PublicReportStatus> {
  const { report, lead } = found;
  const messages = await repo.listMessages(db, lead.id);
  const reporterFiles = await repo.countReporterFiles(db, lead.id);
  const caseRow = lead.caseId
    ? await repo.findCase(db, lead.caseId, Scope.unrestricted('portal'))
    : undefined;
  const closed = isClosedForReporter(lead.status);
  return {
    summary: lead.summary,
    receivedOn: lead.receivedOn,
    stage: publicStage(lead.status),
    conclusion: lead.status === 'concluded' ? (caseRow?.case.conclusion ?? null) : null,
    messages: messages.map(presentMessage),
    evidenceCount: reporterFiles,
    anonymous: !report.named,
    identityRevealed: report.revealedAt !== null,
    satisfaction: report.satisfaction,
    canRate: closed && report.satisfaction === null,
    appealed: report.appealedAt !== null,
    canAppeal: closed && report.appealedAt === null,
  };
}

/** A report's status and messages by its receipt code. */
export async function getPublicReportStatus(ctx: ServiceContext, code: string): Promise<PublicReportStatus> {
  return reportStatus(ctx.db, await reportByCode(ctx, code));
}

/**
 * The people handling a lead: its case's handler and whoever wrote to the reporter, as long as
 * they may still answer (the lead's `accountability.lead.handle` over its holding unit, and the
 * lead not about them); when none of them may, everyone who may answer.
 */
async function leadHandlers(tx: TxContext, lead: repo.LeadRow): Promise<string[]> {
  const concerned = { unitIds: lead.concernedUnitIds, personIds: lead.concernedPersonIds };
  const mayAnswer = new Set(
    await repo.accountsNotConcerned(
      tx.tx,
      await accountsWithPermissionOver(tx.tx, 'accountability.lead.handle', lead.unitId),
      concerned,
    ),
  );
  const handling = (await repo.leadHandlerAccounts(tx.tx, lead.id)).filter((id) => mayAnswer.has(id));
  return handling.length > 0 ? handling : [...mayAnswer];
}

/**
 * The reporter wrote (a reply or evidence), in the transaction of what they sent. Once a handler
 * has taken the report up — written to the reporter, or triaged it — the word waits for an answer
 * and the handlers are told: the lead's code only, never the text (it may identify the reporter)
 * nor who wrote. Before that the whole report waits for triage, which the workbench counts: a busy
 * day's reports with their evidence must not flood the handlers' inboxes.
 */
async function reporterWrote(tx: TxContext, lead: repo.LeadRow, what: 'replied' | 'added_evidence') {
  const takenUp = lead.status !== 'received' || (await repo.handlerHasWritten(tx.tx, lead.id));
  if (!takenUp) return;
  await repo.markAwaitingReply(tx.tx, lead.id, tx.clock.now());
  // A closed report is not on the list of those waiting: the reporter's way back is the appeal.
  if (!isOpenLead(lead.status)) return;
  await notify(tx, {
    userIds: await leadHandlers(tx, lead),
    kind: `accountability.reporter_${what}`,
    recordType: 'lead',
    recordId: lead.id,
    params: { code: lead.code },
  });
}

/** The reporter's reply to the handler; the handlers are told once it waits for their answer. */
export async function replyToPublicReport(
  ctx: ServiceContext,
  code: string,
  body: string,
): Promise<PublicReportStatus> {
  const found = await reportByCode(ctx, code);
  return inTransaction(anonymousContext(ctx), async (tx) => {
    const message = await repo.insertMessage(tx.tx, {
      leadId: found.lead.id,
      direction: 'from_reporter',
      body: body.trim(),
      createdBy: null,
      createdAt: tx.clock.now(),
    });
    await tx.audit({
      action: 'lead.message_sent',
      recordType: 'lead',
      recordId: found.lead.id,
      unitId: found.lead.unitId,
      after: { messageId: message.id, direction: 'from_reporter' },
    });
    await reporterWrote(tx, found.lead, 'replied');
    return reportStatus(tx.tx, found);
  });
}

/** An evidence file from the reporter, stored with the lead; told like a reply. */
export async function addPublicReportEvidence(
  ctx: ServiceContext,
  code: string,
  file: { filename: string; bytes: Buffer },
): Promise<PublicReportStatus> {
  const found = await reportByCode(ctx, code);
  return inTransaction(anonymousContext(ctx), async (tx) => {
    const stored = await storeReporterFile(tx, {
      unitId: found.lead.unitId,
      filename: file.filename,
      bytes: file.bytes,
      ownerType: LEAD_FILE_OWNER,
      ownerId: found.lead.id,
      neutralName: `举报材料-${(await repo.countReporterFiles(tx.tx, found.lead.id)) + 1}`,
    });
    await tx.audit({
      action: 'lead.evidence_added',
      recordType: 'lead',
      recordId: found.lead.id,
      unitId: found.lead.unitId,
      before: {},
      after: { fileIds: [stored.id], byReporter: true },
    });
    await reporterWrote(tx, found.lead, 'added_evidence');
    return reportStatus(tx.tx, found);
  });
}

/** After closure, the reporter's satisfaction (once). */
export async function ratePublicReport(
  ctx: ServiceContext,
  code: string,
  satisfaction: Satisfaction,
): Promise<PublicReportStatus> {
  const found = await reportByCode(ctx, code);
  if (!isClosedForReporter(found.lead.status) || found.report.satisfaction !== null)
    throw new AppError('REPORT_STEP_NOT_OPEN');
  return inTransaction(anonymousContext(ctx), async (tx) => {
    await repo.updatePublicReport(tx.tx, found.lead.id, { satisfaction });
    await tx.audit({
      action: 'lead.satisfaction_stated',
      recordType: 'lead',
      recordId: found.lead.id,
      unitId: found.lead.unitId,
      before: { satisfaction: null },
      after: { satisfaction },
    });
    return reportStatus(tx.tx, { report: { ...found.report, satisfaction }, lead: found.lead });
  });
}

/** After closure, the reporter appeals once: the lead goes back to triage. */
export async function appealPublicReport(
  ctx: ServiceContext,
  code: string,
  reason: string,
): Promise<PublicReportStatus> {
  const found = await reportByCode(ctx, code);
  if (!isClosedForReporter(found.lead.status) || found.report.appealedAt !== null)
    throw new AppError('REPORT_STEP_NOT_OPEN');
  return inTransaction(anonymousContext(ctx), async (tx) => {
    const now = tx.clock.now();
    await repo.updatePublicReport(tx.tx, found.lead.id, { appealedAt: now });
    await applyTransition(
      tx,
      LEAD_WORKFLOW,
      'appeal',
      { id: found.lead.id, unitId: found.lead.unitId, status: found.lead.status },
      { reason },
      async (next) => {
        await repo.updateLead(tx.tx, found.lead.id, { status: next, updatedAt: now });
        return undefined;
      },
    );
    const again = await repo.findPublicReportWithLead(tx.tx, found.lead.id);
    return reportStatus(tx.tx, again!);
  });
}

// ---------------------------------------------------------------- typical cases for notices (通报)

export interface DecidedCaseForNotice {
  id: string;
  code: string;
  campaignId: string;
  summary: string;
  findings: string | null;
  decidedOn: string;
  concernedUnitNames: string[];
  /** Each person as a notice names them (王某某), with the decision's measures and sanctions in words. */
  decisions: { person: string; position: string | null; text: string }[];
}

/**
 * Decided cases the caller may read, for a notice of typical cases: the named ones, or the most
 * recent ones. Persons appear only as the notice may name them (surname and 某某).
 */
export async function decidedCasesForNotice(
  ctx: ServiceContext,
  ids: string[] | null,
  db: DbOrTx = ctx.db,
): Promise<DecidedCaseForNotice[]> {
  const scope = Scope.of(requireActor(ctx), caseRecord.readPermission);
  const page = ids
    ? (await Promise.all(ids.map((id) => repo.findCase(db, id, scope)))).filter(
        (r): r is repo.CaseWithUnit => r !== undefined && r.case.status === 'decided',
      )
    : (await repo.listCases(db, scope, { status: 'decided' }, { limit: 100 })).items;
  const out: DecidedCaseForNotice[] = [];
  for (const row of page) {
    const leadRow = await leadRecord.reload(db, row.case.leadId);
    const units = await findUnitRefs(db, leadRow.lead.concernedUnitIds);
    const determinations = await presentDeterminations(db, [row.case.id]);
    const positions = new Map(
      (
        await repo.personPositions(
          db,
          determinations.map((d) => d.person.id),
        )
      ).map((p) => [p.id, p.position]),
    );
    out.push({
      id: row.case.id,
      code: row.case.code,
      campaignId: row.case.campaignId,
      summary: row.summary,
      findings: row.case.findings,
      decidedOn: row.case.decidedOn ?? '',
      concernedUnitNames: units.map((u) => u.name),
      decisions: determinations
        .filter((d) => d.exemption !== 'exempt' && (d.measures.length > 0 || d.sanctions.length > 0))
        .map((d) => ({
          person: maskedName(d.person.name),
          position: positions.get(d.person.id) ?? null,
          text: [
            ...d.sanctions.map((s) => `给予${SANCTION_TEXT[s.kind]}`),
            ...d.measures.map((m) => `予以${MEASURE_TEXT[m]}`),
          ].join('，'),
        })),
    });
  }
  return out;
}
