import {
  type AddRectificationEvidenceInput,
  type Conduct,
  type CreateRectificationItemInput,
  type DashboardGroup,
  type HeatCell,
  type Page,
  RECTIFICATION_DEFAULT_WORKING_DAYS,
  RECTIFICATION_ITEM_WORKFLOW,
  type RectificationAction,
  type RectificationImportQuery,
  type RectificationImportRejectedRow,
  type RectificationImportResult,
  type RectificationItem,
  type RectificationItemDetail,
  type RectificationItemListQuery,
  type RectificationSource,
  rectificationClosed,
  type UpdateRectificationItemInput,
} from '@zeren/contracts';
import type { DbOrTx } from '../../db/client';
import { changedFields } from '../../platform/audit/audit.service';
import { addWorkingDays, calendarCovering } from '../../platform/calendar/calendar.service';
import { resolveDeadline, shanghaiDate } from '../../platform/calendar/deadline';
import { yearOf } from '../../platform/calendar/working-days';
import { inTransaction, requireActor, type ServiceContext, type TxContext } from '../../platform/context';
import { AppError, fieldError, forbidden } from '../../platform/errors';
import { drill, type FigureArea, type HeatArea, heatCells } from '../../platform/figures';
import { attachFiles, deleteFilesOfOwners, filesOfOwners } from '../../platform/files/files.service';
import { t } from '../../platform/i18n';
import type { MonthArea } from '../../platform/month-area';
import { accountsWithPermissionOver, notify } from '../../platform/notifications/notifications.service';
import { unitPathFilter } from '../../platform/org/org.repository';
import { defineRecord, requireTargetUnit } from '../../platform/records';
import { grantScope, Scope } from '../../platform/scope';
import { applyTransition } from '../../platform/workflow';
import {
  currentCampaignId,
  findCampaignRef,
  findDomainRef,
  findDomainRefs,
  listDomainRefs,
} from '../campaign/campaign.service';
import { suggestionRecord } from '../suggestions/suggestions.service';
import { supervisionItemRecord } from '../supervision/supervision.service';
import { buildTemplate, headerOf, readLedger, validateLedgerRows } from './rectification.excel';
import { itemAudit, presentItem } from './rectification.presenter';
import * as repo from './rectification.repository';

/** The demo's ledger items, for a module whose findings become some (the spot checks'). */
export { seedDemoLedgerItem } from './rectification.demo';

import { dueState, isOpen } from './rectification.rules';

/** A ledger item belongs to its unit (the unit that rectifies). */
export const rectificationItemRecord = defineRecord({ type: 'rectification_item', find: repo.findItem });

/** Evidence files (整改佐证材料) are attached to the item under this owner type. */
export const EVIDENCE_FILE_OWNER = 'rectification_item';

// ---------------------------------------------------------------- confirmation of inspection findings

/**
 * Whether the caller (an inspector in scope, already checked) may confirm or refuse this item's
 * sign-off: the module that owns the item's source decides, e.g. only the members of the
 * inspection team whose finding it is.
 */
export type ConfirmationCheck = (tx: TxContext, item: RectificationItem) => Promise<boolean>;

const confirmationChecks = new Map<RectificationSource, ConfirmationCheck>();

/**
 * Registers the rule that restricts who confirms the items of one source (the spot-check module
 * for `inspection_finding`, when it installs). With none registered, any inspector whose scope
 * reaches the item's unit may confirm it. Returns the function that removes it again.
 */
export function registerConfirmationCheck(source: RectificationSource, check: ConfirmationCheck): () => void {
  confirmationChecks.set(source, check);
  return () => {
    if (confirmationChecks.get(source) === check) confirmationChecks.delete(source);
  };
}

// ---------------------------------------------------------------- presenting

/** Presents items with today's colour, working days left and overdue, and their domains' titles. */
async function presentItems(db: DbOrTx, now: Date, rows: repo.ItemWithUnit[]): Promise<RectificationItem[]> {
  if (rows.length === 0) return [];
  const today = shanghaiDate(now);
  const calendar = await calendarCovering(
    db,
    rows.map((r) => r.item.dueDate),
    today,
  );
  const domains = await findDomainRefs(
    db,
    rows.flatMap((r) => (r.item.domainId ? [r.item.domainId] : [])),
  );
  return rows.map((row) => {
    let state: ReturnType<typeof dueState>;
    try {
      state = dueState(calendar, row.item.status, row.item.dueDate, today);
    } catch (error) {
      if (!(error instanceof AppError && error.code === 'CALENDAR_YEAR_MISSING')) throw error;
      // A year the calendar cannot count yet: overdue by the date alone.
      const overdue = isOpen(row.item.status) && today > row.item.dueDate;
      state = { overdue, colour: overdue ? 'red' : 'none', workingDaysLeft: null };
    }
    return presentItem(row, {
      ...state,
      domainTitle: (row.item.domainId && domains.get(row.item.domainId)?.title) || null,
      dueDateProvisional: yearOf(row.item.dueDate) === calendar.provisionalYear,
    });
  });
}

async function loadItem(tx: TxContext, id: string): Promise<RectificationItem> {
  return (await presentItems(tx.tx, tx.clock.now(), [await rectificationItemRecord.reload(tx.tx, id)]))[0]!;
}

async function assertDomainOfCampaign(db: DbOrTx, domainId: string | null | undefined, campaignId: string) {
  if (!domainId) return;
  const domain = await findDomainRef(db, domainId);
  if (!domain || domain.campaignId !== campaignId) throw fieldError('domainId', 'field.not_found');
}

/**
 * The campaign asked for, else the one the caller works under (`current`, looked up before the
 * transaction); a field error when there is none.
 */
async function campaignOf(db: DbOrTx, asked: string | undefined, current: string | null) {
  const id = asked ?? current;
  const campaign = id ? await findCampaignRef(db, id) : undefined;
  if (!campaign) throw fieldError('campaignId', asked ? 'field.not_found' : 'rectification.no_campaign');
  return campaign;
}

// ---------------------------------------------------------------- who hears of a step

type Audience = 'unit' | 'leader' | 'inspector';

const AUDIENCE_PERMISSION = {
  unit: 'rectification.item.manage',
  leader: 'rectification.item.sign_off',
  inspector: 'rectification.item.confirm',
} as const;

/**
 * Notifies, in the transaction of the step, those who act next on the item: the unit's handlers,
 * its leaders (to sign off) or the inspectors reaching it (to confirm) — never the person who
 * took the step. The message is `notification.rectification.<kind>` with the problem.
 */
async function tell(
  tx: TxContext,
  item: { id: string; unitId: string; problem: string },
  kind: string,
  audience: Audience,
  params: Record<string, string | number> = {},
): Promise<void> {
  const userIds = (
    await accountsWithPermissionOver(tx.tx, AUDIENCE_PERMISSION[audience], item.unitId)
  ).filter((id) => id !== tx.actor?.userId);
  const problem = item.problem.length > 60 ? `${item.problem.slice(0, 60)}…` : item.problem;
  await notify(tx, {
    userIds,
    kind: `rectification.${kind}`,
    recordType: 'rectification_item',
    recordId: item.id,
    params: { problem, ...params },
  });
}

/** Who hears of each step: the next to act. */
const STEP_AUDIENCE: Record<RectificationAction, Audience | null> = {
  start: null,
  claim: 'leader',
  return: 'unit',
  signOff: 'unit',
  confirm: 'unit',
  refuse: 'unit',
  reopen: 'unit',
};

// ---------------------------------------------------------------- reads

/** The filters of the list and the export as the repository takes them. */
async function filterOf(
  ctx: ServiceContext,
  query: Omit<RectificationItemListQuery, 'limit' | 'after'>,
): Promise<repo.ItemFilter> {
  const { unitId, overdue, signedOff, toSignOff, toConfirm, ...filter } = query;
  const actor = requireActor(ctx);
  const unitPath = await unitPathFilter(ctx.db, unitId);
  let waiting: repo.ItemFilter['waiting'];
  if (toSignOff)
    waiting = { scope: Scope.of(actor, 'rectification.item.sign_off'), statuses: ['completion_claimed'] };
  if (toConfirm)
    waiting = {
      scope: Scope.of(actor, 'rectification.item.confirm'),
      statuses: ['signed_off'],
      sources: ['inspection_finding'],
    };
  return {
    ...filter,
    unitPath,
    overdueOn: overdue ? shanghaiDate(ctx.clock.now()) : undefined,
    signedOff: signedOff === undefined ? undefined : signedOff === 'true',
    waiting,
  };
}

/**
 * The dashboard's ledger figures (整改台账): the campaign's items, those overdue, and 办结销号率
 * (signed off over all) in the caller's reading scope, each counted with the filter its
 * drill-down hands `listRectificationItems`. The campaign's state today: the period does not cut them.
 */
export async function rectificationFigures(ctx: ServiceContext, area: FigureArea): Promise<DashboardGroup[]> {
  const base = { campaignId: area.campaignId, unitId: area.unitId ?? undefined };
  const figures: { key: string; query: Omit<RectificationItemListQuery, 'limit' | 'after'> }[] = [
    { key: 'rectification.total', query: base },
    { key: 'rectification.overdue', query: { ...base, overdue: 'true' } },
    { key: 'rectification.signedOff', query: { ...base, signedOff: 'true' } },
  ];
  const filters: repo.ItemFilter[] = [];
  for (const f of figures) filters.push(await filterOf(ctx, f.query));
  const counts = await repo.countItemFigures(ctx.db, grantScope(ctx), filters);
  const [total, overdue, signedOff] = figures.map((f, i) => ({
    key: f.key,
    label: null,
    value: counts[i] ?? 0,
    drill: drill('listRectificationItems', f.query),
  }));
  return [
    {
      key: 'rectification.total',
      figures: [total!, overdue!],
      rates: [{ key: 'rectification.signOffRate', numerator: signedOff!, denominator: total! }],
    },
  ];
}

/**
 * The heat table's open ledger items (not signed off) of each unit by domain, in the caller's
 * reading scope. The list's `unitId` keeps the unit and the units below it, so a row is its
 * subtree. Today's state: the period does not cut them.
 */
export async function rectificationOpenHeat(ctx: ServiceContext, area: HeatArea): Promise<HeatCell[]> {
  const query = (unitId: string) => ({ campaignId: area.campaignId, unitId, signedOff: 'false' as const });
  const { unitId: _row, ...common } = query('');
  const filter = await filterOf(ctx, common);
  const counts = await repo.countItemHeat(ctx.db, grantScope(ctx), filter, area.unitIds);
  return heatCells(area, counts, 'listRectificationItems', query);
}

/** A page of the ledger in the caller's scope, most urgent first, with today's colour. */
export async function listRectificationItems(
  ctx: ServiceContext,
  query: RectificationItemListQuery,
): Promise<Page<RectificationItem>> {
  const { limit, after, ...filters } = query;
  const page = await repo.listItems(ctx.db, grantScope(ctx), await filterOf(ctx, filters), { limit, after });
  return { ...page, items: await presentItems(ctx.db, ctx.clock.now(), page.items) };
}

/** One item with its evidence files; 404 outside the caller's scope. */
export async function getRectificationItem(
  ctx: ServiceContext,
  id: string,
): Promise<RectificationItemDetail> {
  const row = await rectificationItemRecord.loadForRead(ctx, id);
  const [item] = await presentItems(ctx.db, ctx.clock.now(), [row]);
  const files = await filesOfOwners(ctx.db, EVIDENCE_FILE_OWNER, [id]);
  return { item: item!, evidence: files.get(id) ?? [] };
}

// ---------------------------------------------------------------- opening an item

/** What another module (or the unit itself) opens a ledger item with. */
export interface OpenRectificationItemInput {
  source: RectificationSource;
  /** The source record, in its own module (null for self-inspection). */
  sourceId: string | null;
  /** How the source is shown: a code, a tracking code (null: none). */
  sourceLabel?: string | null | undefined;
  campaignId: string;
  unitId: string;
  problem: string;
  domainId?: string | null | undefined;
  conduct?: Conduct | null | undefined;
  measures?: string | null | undefined;
  responsiblePerson?: string | null | undefined;
  /** A date, or N working days from today (default RECTIFICATION_DEFAULT_WORKING_DAYS). */
  deadline?: { dueDate: string } | { dueWorkingDays: number } | undefined;
}

interface OpenOptions {
  /** An imported row: its state and what was done, and the row it came from. */
  imported?: { status: 'pending' | 'rectifying'; completion: string | null; row: number };
}

/**
 * Opens a ledger item for a unit, inside the caller's transaction, with the same audit event as
 * the unit's own entry (`rectification_item.created`), and tells the unit's handlers. For other
 * modules (a finding of a spot check, a supervision item): the caller has checked that its user
 * may act on the unit; this checks the campaign and the domain.
 */
export async function openRectificationItem(
  tx: TxContext,
  input: OpenRectificationItemInput,
  options: OpenOptions = {},
): Promise<RectificationItem> {
  const campaign = await findCampaignRef(tx.tx, input.campaignId);
  if (!campaign) throw fieldError('campaignId', 'field.not_found');
  await assertDomainOfCampaign(tx.tx, input.domainId, input.campaignId);
  const now = tx.clock.now();
  const deadline = await resolveDeadline(
    tx.tx,
    now,
    input.deadline ?? { dueWorkingDays: RECTIFICATION_DEFAULT_WORKING_DAYS },
  );
  const created = await repo.insertItem(tx.tx, {
    campaignId: input.campaignId,
    unitId: input.unitId,
    source: input.source,
    sourceId: input.sourceId,
    sourceLabel: input.sourceLabel ?? null,
    problem: input.problem,
    domainId: input.domainId ?? null,
    conduct: input.conduct ?? null,
    measures: input.measures ?? null,
    responsiblePerson: input.responsiblePerson ?? null,
    ...deadline,
    status: options.imported?.status ?? 'pending',
    completion: options.imported?.completion ?? null,
    createdBy: tx.actor?.userId ?? null,
    createdAt: now,
    updatedAt: now,
  });
  const view = await loadItem(tx, created.id);
  await tx.audit({
    action: 'rectification_item.created',
    recordType: 'rectification_item',
    recordId: created.id,
    unitId: created.unitId,
    after: { ...itemAudit(view), ...(options.imported ? { importRow: options.imported.row } : {}) },
  });
  // An import is the unit's own list: it tells no one item by item.
  if (!options.imported) await tell(tx, view, 'opened', 'unit');
  return view;
}

/**
 * The record an item names as its source, read within the caller's scope: it must exist for the
 * caller and belong to the item's unit; its code becomes the item's source label.
 */
async function sourceOf(
  tx: TxContext,
  source: RectificationSource,
  sourceId: string,
  unitId: string,
): Promise<{ label: string; campaignId: string }> {
  let found: { unitId: string; label: string; campaignId: string } | undefined;
  try {
    if (source === 'supervision_item') {
      const row = await supervisionItemRecord.loadForRead(tx, sourceId, tx.tx);
      found = { unitId: row.item.unitId, label: row.item.code, campaignId: row.item.campaignId };
    } else if (source === 'suggestion') {
      const row = await suggestionRecord.loadForRead(tx, sourceId, tx.tx);
      found = {
        unitId: row.suggestion.unitId,
        label: row.suggestion.trackingCode,
        campaignId: row.suggestion.campaignId,
      };
    }
  } catch (error) {
    if (!(error instanceof AppError && error.code === 'NOT_FOUND')) throw error;
  }
  if (!found) throw fieldError('sourceId', 'field.not_found');
  if (found.unitId !== unitId) throw fieldError('sourceId', 'rectification.source_other_unit');
  return { label: found.label, campaignId: found.campaignId };
}

/**
 * A unit enters an item into its ledger: a problem of its self-inspection, or one that a
 * supervision item or a suggestion of the unit raised (named by `sourceId`, linked back).
 */
export async function createRectificationItem(
  ctx: ServiceContext,
  input: CreateRectificationItemInput,
): Promise<RectificationItem> {
  const current = input.campaignId ? null : await currentCampaignId(ctx);
  return inTransaction(ctx, async (tx) => {
    await requireTargetUnit(tx, input.unitId, 'unitId');
    const source = input.sourceId ? await sourceOf(tx, input.source, input.sourceId, input.unitId) : null;
    const campaign = await campaignOf(tx.tx, input.campaignId ?? source?.campaignId, current);
    return openRectificationItem(tx, {
      source: input.source,
      sourceId: input.sourceId ?? null,
      sourceLabel: source?.label ?? null,
      campaignId: campaign.id,
      unitId: input.unitId,
      problem: input.problem,
      domainId: input.domainId,
      conduct: input.conduct,
      measures: input.measures,
      responsiblePerson: input.responsiblePerson,
      deadline:
        input.dueWorkingDays !== undefined
          ? { dueWorkingDays: input.dueWorkingDays }
          : { dueDate: input.dueDate! },
    });
  });
}

// ---------------------------------------------------------------- changes

/** The states in which the unit edits an item and adds evidence: before it claims completion. */
const EDITABLE = ['pending', 'rectifying'];

/**
 * Edits an item before its completion is claimed. The deadline of an item that came from an
 * inspection, a supervision item or a suggestion was set there: the unit asks its source to
 * change it, it does not change it here (SPEC: deadlines set by a superior).
 */
export async function updateRectificationItem(
  ctx: ServiceContext,
  id: string,
  input: UpdateRectificationItemInput,
): Promise<RectificationItem> {
  return inTransaction(ctx, async (tx) => {
    const row = await rectificationItemRecord.loadForChange(tx, id);
    if (!EDITABLE.includes(row.item.status)) throw new AppError('INVALID_TRANSITION');
    const newDeadline = input.dueDate !== undefined || input.dueWorkingDays !== undefined;
    if (newDeadline && row.item.source !== 'self_inspection')
      throw fieldError(
        input.dueDate !== undefined ? 'dueDate' : 'dueWorkingDays',
        'rectification.deadline_of_source',
      );
    if (input.domainId !== undefined)
      await assertDomainOfCampaign(tx.tx, input.domainId, row.item.campaignId);
    const before = await loadItem(tx, id);
    const deadline = newDeadline ? await resolveDeadline(tx.tx, ctx.clock.now(), input) : undefined;
    const { dueDate: _d, dueWorkingDays: _w, ...fields } = input;
    await repo.updateItem(tx.tx, id, {
      ...(fields.problem !== undefined ? { problem: fields.problem } : {}),
      ...(fields.domainId !== undefined ? { domainId: fields.domainId ?? null } : {}),
      ...(fields.conduct !== undefined ? { conduct: fields.conduct ?? null } : {}),
      ...(fields.measures !== undefined ? { measures: fields.measures || null } : {}),
      ...(fields.responsiblePerson !== undefined
        ? { responsiblePerson: fields.responsiblePerson || null }
        : {}),
      ...deadline,
      updatedAt: ctx.clock.now(),
    });
    const after = await loadItem(tx, id);
    await tx.audit({
      action: 'rectification_item.updated',
      recordType: 'rectification_item',
      recordId: id,
      unitId: row.item.unitId,
      ...changedFields(itemAudit(before), itemAudit(after)),
    });
    return after;
  });
}

/** Deletes a pending item the unit entered from its self-inspection (items given by others stay). */
export async function deleteRectificationItem(ctx: ServiceContext, id: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const row = await rectificationItemRecord.loadForChange(tx, id);
    if (row.item.status !== 'pending' || row.item.source !== 'self_inspection')
      throw new AppError('INVALID_TRANSITION');
    const before = await loadItem(tx, id);
    await deleteFilesOfOwners(tx, EVIDENCE_FILE_OWNER, [id]);
    await repo.deleteItem(tx.tx, id);
    await tx.audit({
      action: 'rectification_item.deleted',
      recordType: 'rectification_item',
      recordId: id,
      unitId: row.item.unitId,
      before: itemAudit(before),
    });
  });
}

/** Attaches uploaded evidence files (the unit's own) to an item before its completion is claimed. */
export async function addRectificationEvidence(
  ctx: ServiceContext,
  id: string,
  input: AddRectificationEvidenceInput,
): Promise<RectificationItemDetail> {
  await inTransaction(ctx, async (tx) => {
    const row = await rectificationItemRecord.loadForChange(tx, id);
    if (!EDITABLE.includes(row.item.status)) throw new AppError('INVALID_TRANSITION');
    const before = (await filesOfOwners(tx.tx, EVIDENCE_FILE_OWNER, [id])).get(id) ?? [];
    const files = await attachFiles(tx, {
      fileIds: input.fileIds,
      unitId: row.item.unitId,
      ownerType: EVIDENCE_FILE_OWNER,
      ownerId: id,
    });
    await repo.updateItem(tx.tx, id, { updatedAt: ctx.clock.now() });
    await tx.audit({
      action: 'rectification_item.evidence_added',
      recordType: 'rectification_item',
      recordId: id,
      unitId: row.item.unitId,
      before: { fileIds: before.map((f) => f.id) },
      after: { fileIds: [...before, ...files].map((f) => f.id) },
    });
  });
  return getRectificationItem(ctx, id);
}

/**
 * One step of the ledger's lifecycle (409 when the table does not allow it from the current
 * status). Confirmation is the inspection team's, of an inspection's findings only (409 for any
 * other source); a registered check may narrow it to the finding's own team (403).
 */
export async function transitionRectificationItem(
  ctx: ServiceContext,
  id: string,
  action: RectificationAction,
  input: Record<string, string | null | undefined>,
): Promise<RectificationItem> {
  return inTransaction(ctx, async (tx) => {
    const row = await rectificationItemRecord.loadForChange(tx, id);
    if (action === 'confirm' || action === 'refuse') {
      if (row.item.source !== 'inspection_finding') throw new AppError('INVALID_TRANSITION');
      const check = confirmationChecks.get(row.item.source);
      if (check && row.item.status === 'signed_off' && !(await check(tx, await loadItem(tx, id))))
        throw forbidden();
    }
    await applyTransition(
      tx,
      RECTIFICATION_ITEM_WORKFLOW,
      action,
      { id, unitId: row.item.unitId, status: row.item.status },
      input,
      async (next, text) => {
        const now = tx.clock.now();
        await repo.updateItem(tx.tx, id, {
          status: next,
          // The claim's summary is the item's 完成情况.
          ...(action === 'claim' ? { completion: text } : {}),
          // 销号 time, for the month's figures; a reopened or refused item is open again.
          closedAt: rectificationClosed({ source: row.item.source, status: next }) ? now : null,
          updatedAt: now,
        });
        return undefined;
      },
    );
    const audience =
      action === 'signOff' && row.item.source === 'inspection_finding' ? 'inspector' : STEP_AUDIENCE[action];
    if (audience) {
      const text = (input.reason ?? input.opinion ?? input.summary ?? '').trim();
      const kind = action === 'signOff' && audience === 'inspector' ? 'awaiting_confirmation' : action;
      await tell(tx, row.item, kind, audience, { text });
    }
    return loadItem(tx, id);
  });
}

/** After the calendar changed: deadlines counted on working days through those years are counted again. */
export async function recomputeDeadlines(tx: TxContext, years: number[]): Promise<number> {
  let moved = 0;
  for (const item of await repo.itemsCountedThrough(tx.tx, Math.min(...years), Math.max(...years))) {
    const { date } = await addWorkingDays(tx.tx, item.dueBasisFrom!, item.dueBasisDays!);
    if (date === item.dueDate) continue;
    await repo.updateItem(tx.tx, item.id, { dueDate: date, updatedAt: tx.clock.now() });
    await tx.audit({
      action: 'rectification_item.deadline_recomputed',
      recordType: 'rectification_item',
      recordId: item.id,
      unitId: item.unitId,
      before: { dueDate: item.dueDate },
      after: { dueDate: date },
    });
    moved += 1;
  }
  return moved;
}

// ---------------------------------------------------------------- Excel

/** The empty ledger (.xlsx), with the domains of the caller's campaign in its drop-down. */
export async function importTemplate(ctx: ServiceContext): Promise<Buffer> {
  const campaignId = await currentCampaignId(ctx);
  const domains = campaignId ? await listDomainRefs(ctx.db, campaignId) : [];
  return buildTemplate(
    ctx.locale,
    domains.map((d) => d.title),
  );
}

/** An import whose rows did not all pass: carries the per-row report for the problem body. */
export class LedgerRejectedError extends AppError {
  constructor(readonly rejected: RectificationImportRejectedRow[]) {
    super('IMPORT_HAS_ERRORS', { count: rejected.length });
  }
}

/**
 * Imports an .xlsx ledger into a unit's self-inspection items, all or nothing: every row is
 * checked first, and any bad row rejects the file (LedgerRejectedError: each row's errors, nothing
 * stored). Each item gets its own creation event (its history starts there) and the import one.
 */
export async function importRectificationItems(
  ctx: ServiceContext,
  query: RectificationImportQuery,
  bytes: Buffer,
): Promise<RectificationImportResult> {
  const rows = await readLedger(bytes, ctx.locale);
  const current = query.campaignId ? null : await currentCampaignId(ctx);
  return inTransaction(ctx, async (tx) => {
    await requireTargetUnit(tx, query.unitId, 'unitId');
    const campaign = await campaignOf(tx.tx, query.campaignId, current);
    const domains = await listDomainRefs(tx.tx, campaign.id);
    const { valid, rejected } = validateLedgerRows(
      rows,
      new Map(domains.map((d) => [d.title, d.id])),
      ctx.locale,
    );
    if (rejected.length > 0) throw new LedgerRejectedError(rejected);
    const ids: string[] = [];
    for (const row of valid) {
      let item: RectificationItem;
      try {
        item = await openRectificationItem(
          tx,
          {
            source: 'self_inspection',
            sourceId: null,
            campaignId: campaign.id,
            unitId: query.unitId,
            problem: row.problem,
            domainId: row.domainId,
            conduct: row.conduct,
            measures: row.measures,
            responsiblePerson: row.responsiblePerson,
            deadline: row.due,
          },
          { imported: { status: row.status, completion: row.completion, row: row.row } },
        );
      } catch (error) {
        // A date the calendar cannot count (a year not entered yet) is that row's error.
        if (!(error instanceof AppError && error.code === 'CALENDAR_YEAR_MISSING')) throw error;
        throw new LedgerRejectedError([
          {
            row: row.row,
            errors: [
              {
                field: 'due',
                column: headerOf('due'),
                message: t(ctx.locale, 'CALENDAR_YEAR_MISSING', error.params),
              },
            ],
          },
        ]);
      }
      ids.push(item.id);
    }
    await tx.audit({
      action: 'rectification_item.imported',
      recordType: 'rectification_item',
      unitId: query.unitId,
      after: { unitId: query.unitId, imported: ids.length, ids },
    });
    return { imported: ids.length, ids };
  });
}

/** The ledger's figures of one month and area, for the monthly reports (月报). */
export function rectificationMonthFigures(db: DbOrTx, area: MonthArea) {
  return repo.monthFigures(db, area);
}
