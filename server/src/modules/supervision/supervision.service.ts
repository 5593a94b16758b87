import {
  type CreateSupervisionItemInput,
  type DashboardGroup,
  type EscalationStep,
  type ExtensionRequest,
  type HeatCell,
  type Page,
  type RemindSupervisionItemInput,
  type ReportSupervisionProgressInput,
  type RequestExtensionInput,
  SUPERVISION_EXTENSION_WORKFLOW,
  SUPERVISION_ITEM_WORKFLOW,
  type SupervisionExtensionAction,
  type SupervisionItem,
  type SupervisionItemAction,
  type SupervisionItemDetail,
  type SupervisionItemListQuery,
  type SupervisionProgress,
  type SupervisionReminder,
  type SupervisionReminderListQuery,
  type SupervisionSettings,
  type UpdateSupervisionItemInput,
  type UpdateSupervisionSettingsInput,
} from '@zeren/contracts';
import type { DbOrTx } from '../../db/client';
import type { Actor } from '../../platform/actor';
import { changedFields } from '../../platform/audit/audit.service';
import { addWorkingDays, calendarCovering } from '../../platform/calendar/calendar.service';
import { resolveDeadline, shanghaiDate } from '../../platform/calendar/deadline';
import { addDays, type WorkingDayCalendar, yearOf } from '../../platform/calendar/working-days';
import { inTransaction, requireActor, type ServiceContext, type TxContext } from '../../platform/context';
import { AppError, fieldError } from '../../platform/errors';
import {
  decideExtension,
  defineExtensionRecord,
  deleteExtensionsOf,
  extensionsOf,
  openSubjectsDecidedIn,
  requestExtension,
} from '../../platform/extensions/extension.service';
import { drill, type FigureArea, type HeatArea, heatCells } from '../../platform/figures';
import { attachFiles, deleteFilesOfOwners, filesOfOwners } from '../../platform/files/files.service';
import type { ScheduledJob } from '../../platform/jobs';
import type { MonthArea } from '../../platform/month-area';
import {
  accountsWithPermissionOver,
  type NotificationInput,
  notify,
  notifyMany,
} from '../../platform/notifications/notifications.service';
import { findPersonRefs } from '../../platform/org/org.repository';
import { defineRecord, requireTargetUnit } from '../../platform/records';
import { grantScope, Scope } from '../../platform/scope';
import { applyTransition } from '../../platform/workflow';
import { campaignRecord, findCampaignRef, findDomainRef, findDomainRefs } from '../campaign/campaign.service';
import { colourWindows, DEFAULT_THRESHOLDS, isRunning, ladderPosition, type Thresholds } from './ladder';
import { itemAudit, presentItem, presentProgress } from './supervision.presenter';
import * as repo from './supervision.repository';

/** A supervision item belongs to its lead unit; its history includes its extension requests. */
export const supervisionItemRecord = defineRecord({
  type: 'supervision_item',
  find: repo.findItem,
  related: [{ recordType: 'supervision_extension', via: 'subjectId' }],
});

/** Extension requests of supervision items, decided within the scope of the assigning unit. */
export const supervisionExtensionRecord = defineExtensionRecord('supervision_extension', 'supervision_item');

/** Evidence files of progress reports are attached under this owner type. */
export const PROGRESS_FILE_OWNER = 'supervision_progress';

/** The code of the n-th item of a campaign of `year`: 督-2026-0007. */
const codeOf = (year: number, n: number) => `督-${year}-${String(n).padStart(4, '0')}`;

/**
 * What only the assigning unit decides — the task, its deadline, its review and closure: the
 * caller's manage scope must reach that unit, not only the lead unit.
 */
function assertAssignerReached(tx: TxContext, row: repo.ItemWithNames, field: string): void {
  if (!grantScope(tx).covers({ id: row.item.assignedByUnitId, path: row.assignedByUnitPath }))
    throw new AppError('FORBIDDEN', {}, [
      { path: field, key: 'supervision.assigned_by_other', params: { unit: row.assignedByUnitName } },
    ]);
}

// ---------------------------------------------------------------- who hears of a step

type Audience = 'unit' | 'assigner' | 'both';

/**
 * Notifies, in the transaction of the step, the lead unit's handlers (those who may sign for and
 * report on it), the assigning unit's managers, or both — never the person who took the step.
 * The message is `notification.supervision.<kind>` with the item's code and title.
 */
async function tell(
  tx: TxContext,
  item: { id: string; unitId: string; assignedByUnitId: string; code: string; title: string },
  kind: string,
  audience: Audience,
  params: Record<string, string | number> = {},
): Promise<void> {
  await notify(tx, await tellInput(tx, item, kind, audience, params));
}

/** The notification `tell` sends (a job gathers those of a run and sends them at once). */
async function tellInput(
  tx: TxContext,
  item: { id: string; unitId: string; assignedByUnitId: string; code: string; title: string },
  kind: string,
  audience: Audience,
  params: Record<string, string | number> = {},
  /** Who holds a permission over a unit, remembered across the items of one job run. */
  recipients: Map<string, Promise<string[]>> = new Map(),
): Promise<NotificationInput> {
  const holders = (permission: 'supervision.handle' | 'supervision.manage', unitId: string) => {
    const key = `${permission}|${unitId}`;
    const found = recipients.get(key) ?? accountsWithPermissionOver(tx.tx, permission, unitId);
    recipients.set(key, found);
    return found;
  };
  const userIds = [
    ...(audience !== 'assigner' ? await holders('supervision.handle', item.unitId) : []),
    ...(audience !== 'unit' ? await holders('supervision.manage', item.assignedByUnitId) : []),
  ].filter((id) => id !== tx.actor?.userId);
  return {
    userIds,
    kind: `supervision.${kind}`,
    recordType: 'supervision_item',
    recordId: item.id,
    params: { code: item.code, title: item.title, ...params },
  };
}

/** Who hears of each step of the lifecycle. */
const STEP_AUDIENCE: Record<SupervisionItemAction, Audience> = {
  assign: 'unit',
  resume: 'unit',
  accept: 'assigner',
  decline: 'assigner',
  submit: 'assigner',
  approve: 'unit',
  return: 'unit',
  close: 'unit',
  suspend: 'unit',
};

// ---------------------------------------------------------------- thresholds and the calendar

/** The thresholds of each campaign (defaults where none were set). */
async function thresholdsOf(db: DbOrTx, campaignIds: string[]): Promise<Map<string, Thresholds>> {
  const found = new Map<string, Thresholds>(
    (await repo.findSettings(db, [...new Set(campaignIds)])).map((s) => [
      s.campaignId,
      {
        reminderWorkingDays: s.reminderWorkingDays,
        redAfterWorkingDays: s.redAfterWorkingDays,
        transferAfterWorkingDays: s.transferAfterWorkingDays,
      },
    ]),
  );
  return new Map(campaignIds.map((id) => [id, found.get(id) ?? DEFAULT_THRESHOLDS]));
}

/** The ladder position, or null when the calendar cannot count the days (a year not entered). */
function positionOf(calendar: WorkingDayCalendar, thresholds: Thresholds, dueDate: string, today: string) {
  try {
    return ladderPosition(calendar, thresholds, dueDate, today);
  } catch (error) {
    if (error instanceof AppError && error.code === 'CALENDAR_YEAR_MISSING') return null;
    throw error;
  }
}

/**
 * Presents items with today's colour and working days left, the highest step reached for their
 * due date, and whether `actor` manages each for its assigning unit.
 */
async function presentItems(
  db: DbOrTx,
  now: Date,
  rows: repo.ItemWithNames[],
  actor: Actor | null,
): Promise<SupervisionItem[]> {
  if (rows.length === 0) return [];
  const manages = actor ? Scope.of(actor, 'supervision.manage') : null;
  const today = shanghaiDate(now);
  const calendar = await calendarCovering(
    db,
    rows.map((r) => r.item.dueDate),
    today,
  );
  const thresholds = await thresholdsOf(
    db,
    rows.map((r) => r.item.campaignId),
  );
  const domains = await findDomainRefs(
    db,
    rows.flatMap((r) => (r.item.domainId ? [r.item.domainId] : [])),
  );
  // The highest step of each item's current ladder (steps come oldest first).
  const dueDates = new Map(rows.map((r) => [r.item.id, r.item.dueDate]));
  const reached = new Map<string, EscalationStep>();
  for (const e of await repo.escalationsOf(db, [...dueDates.keys()]))
    if (dueDates.get(e.itemId) === e.dueDate) reached.set(e.itemId, e.step);
  // The calendar loaded above already knows it: no query of its own.
  const provisional = calendar.provisionalYear;
  // Items due on one day stand at one place of the ladder (a page is sorted by due date).
  const positions = new Map<string, ReturnType<typeof positionOf>>();
  const positionOfItem = (item: repo.SupervisionItemRow) => {
    const key = `${item.campaignId}|${item.dueDate}`;
    if (!positions.has(key))
      positions.set(key, positionOf(calendar, thresholds.get(item.campaignId)!, item.dueDate, today));
    return positions.get(key) ?? null;
  };
  return rows.map((row) => {
    const position = isRunning(row.item.status) ? positionOfItem(row.item) : null;
    return presentItem(row, {
      domainTitle: (row.item.domainId && domains.get(row.item.domainId)?.title) || null,
      colour: position?.colour ?? 'none',
      workingDaysLeft: position?.workingDaysLeft ?? null,
      escalation: reached.get(row.item.id) ?? null,
      dueDateProvisional: yearOf(row.item.dueDate) === provisional,
      assignedByCaller:
        manages?.covers({ id: row.item.assignedByUnitId, path: row.assignedByUnitPath }) ?? false,
    });
  });
}

async function loadItem(tx: TxContext, id: string): Promise<SupervisionItem> {
  return (
    await presentItems(tx.tx, tx.clock.now(), [await supervisionItemRecord.reload(tx.tx, id)], tx.actor)
  )[0]!;
}

async function assertPersonOfUnit(db: DbOrTx, personId: string | null | undefined, unitId: string) {
  if (!personId) return;
  const [found] = await findPersonRefs(db, [personId]);
  if (found?.unitId !== unitId) throw fieldError('responsiblePersonId', 'field.not_found');
}

async function assertDomainOfCampaign(db: DbOrTx, domainId: string | null | undefined, campaignId: string) {
  if (!domainId) return;
  const domain = await findDomainRef(db, domainId);
  if (!domain || domain.campaignId !== campaignId) throw fieldError('domainId', 'field.not_found');
}

/** Recomputes the stored progress of an item's ancestors from their sub-items (the mean, rounded). */
async function rollUp(tx: TxContext, parentId: string | null) {
  let id = parentId;
  while (id) {
    const children = await repo.childProgress(tx.tx, id);
    const progress = children.length ? Math.round(children.reduce((a, b) => a + b, 0) / children.length) : 0;
    const parent = await repo.updateItem(tx.tx, id, { progress, updatedAt: tx.clock.now() });
    id = parent.parentId;
  }
}

// ---------------------------------------------------------------- reads

export async function listSupervisionItems(
  ctx: ServiceContext,
  query: SupervisionItemListQuery,
): Promise<Page<SupervisionItem>> {
  const { limit, after, ...filters } = query;
  const page = await repo.listItems(ctx.db, grantScope(ctx), await itemFilterOf(ctx, filters), {
    limit,
    after,
  });
  return { ...page, items: await presentItems(ctx.db, ctx.clock.now(), page.items, ctx.actor) };
}

type ColourBasis = Omit<repo.ColourWindow, 'colour'>;

/** Today, and the due-date windows of a campaign's colours today (from its thresholds and the calendar). */
async function colourBasis(ctx: ServiceContext, campaignId: string): Promise<ColourBasis> {
  const today = shanghaiDate(ctx.clock.now());
  const thresholds = (await thresholdsOf(ctx.db, [campaignId])).get(campaignId)!;
  const calendar = await calendarCovering(ctx.db, [addDays(today, -400), addDays(today, 100)], today);
  return { today, ...colourWindows(calendar, thresholds, today) };
}

/** A list query as the repository's filter: today's colour windows, the caller's waiting items. */
async function itemFilterOf(
  ctx: ServiceContext,
  query: Omit<SupervisionItemListQuery, 'limit' | 'after'>,
  /** Today's windows of the query's campaign, when the caller has them already (the dashboard's three colours). */
  known?: ColourBasis,
): Promise<repo.ItemFilter> {
  const { colour, toAccept, pendingDecision, topLevel, overdue, closedOnTime, reminded, ...filter } = query;
  const actor = requireActor(ctx);
  let colourWindow: repo.ColourWindow | undefined;
  if (colour) {
    // Colours come from a campaign's thresholds: the filter needs the campaign.
    if (!filter.campaignId) throw fieldError('campaignId', 'supervision.colour_needs_campaign');
    colourWindow = { colour, ...(known ?? (await colourBasis(ctx, filter.campaignId))) };
  }
  let ids: string[] | undefined;
  if (pendingDecision) {
    // Extensions to decide and completions to review, for the units the caller manages items for.
    const manages = Scope.of(actor, 'supervision.manage');
    ids = [
      ...(await openSubjectsDecidedIn(ctx.db, 'supervision_item', manages)),
      ...(await repo.itemsAwaitingReviewBy(ctx.db, manages)),
    ];
  }
  return {
    ...filter,
    ids,
    topLevel: topLevel === 'true',
    colour: colourWindow,
    overdueOn: overdue ? shanghaiDate(ctx.clock.now()) : undefined,
    closedOnTime: closedOnTime === undefined ? undefined : closedOnTime === 'true',
    reminded: reminded === 'true',
    unitScope: toAccept
      ? { scope: Scope.of(actor, 'supervision.handle'), statuses: ['assigned'] }
      : undefined,
  };
}

/**
 * The dashboard's supervision figures (督办): today's colours, the overdue items, the items
 * reminded (催办, by the ladder or a person) and 按期办结率 (closed on time over closed) of the
 * campaign's items in the caller's reading scope, each counted with the filter its drill-down
 * hands `listSupervisionItems` — the campaign's state today: the period does not cut them; and
 * 催办次数, the reminders in the period, each counted as `listSupervisionReminders` lists them.
 */
export async function supervisionFigures(ctx: ServiceContext, area: FigureArea): Promise<DashboardGroup[]> {
  const base = { campaignId: area.campaignId, unitId: area.unitId ?? undefined };
  const figures: { key: string; query: Omit<SupervisionItemListQuery, 'limit' | 'after'> }[] = [
    { key: 'supervision.total', query: base },
    ...(['blue', 'yellow', 'red'] as const).map((colour) => ({
      key: `supervision.colour.${colour}`,
      query: { ...base, colour },
    })),
    { key: 'supervision.overdue', query: { ...base, overdue: 'true' as const } },
    { key: 'supervision.reminded', query: { ...base, reminded: 'true' as const } },
    { key: 'supervision.closedOnTime', query: { ...base, closedOnTime: 'true' as const } },
    { key: 'supervision.closed', query: { ...base, status: 'closed' as const } },
  ];
  // One after the other: the dashboard counts inside its audit's transaction.
  const basis = await colourBasis(ctx, area.campaignId);
  const filters: repo.ItemFilter[] = [];
  for (const f of figures) filters.push(await itemFilterOf(ctx, f.query, basis));
  const counts = await repo.countItemFigures(ctx.db, grantScope(ctx), filters);
  const [total, blue, yellow, red, overdue, reminded, onTime, closed] = figures.map((f, i) => ({
    key: f.key,
    label: null,
    value: counts[i] ?? 0,
    drill: drill('listSupervisionItems', f.query),
  }));
  return [
    { key: 'supervision.total', figures: [total!, overdue!, reminded!], rates: [] },
    { key: 'supervision.byColour', figures: [blue!, yellow!, red!], rates: [] },
    {
      key: 'supervision.onTime',
      figures: [],
      rates: [{ key: 'supervision.onTimeRate', numerator: onTime!, denominator: closed! }],
    },
    await reminderFigures(ctx, area),
  ];
}

// ---------------------------------------------------------------- reminders (催办记录)

function presentReminder(r: repo.ReminderRow): SupervisionReminder {
  return {
    id: r.reminder.id,
    itemId: r.reminder.itemId,
    itemCode: r.itemCode,
    itemTitle: r.itemTitle,
    campaignId: r.campaignId,
    unitId: r.reminder.unitId,
    unitName: r.unitName,
    kind: r.reminder.kind,
    byUnitId: r.reminder.byUnitId,
    byUnitName: r.byUnitName,
    byPersonName: r.byPersonName,
    message: r.reminder.message,
    dueDate: r.reminder.dueDate,
    remindedOn: r.reminder.remindedOn,
    remindedAt: r.reminder.remindedAt.toISOString(),
  };
}

/**
 * 催办记录: the reminders of the supervision items in the caller's reading scope (the item's lead
 * unit, as the items list), by the ladder and by persons, newest first. `unitId` is the item's
 * lead unit (exact, as the items list's).
 */
export async function listSupervisionReminders(
  ctx: ServiceContext,
  query: SupervisionReminderListQuery,
): Promise<Page<SupervisionReminder>> {
  const { limit, after, ...filter } = query;
  const page = await repo.pageReminders(ctx.db, grantScope(ctx), filter, { limit, after });
  return { ...page, items: page.items.map(presentReminder) };
}

/**
 * 催办次数: the reminders of the campaign's items in the caller's reading scope, by the ladder
 * and by persons, reminded in the period (the Beijing day): events, so the period cuts them.
 * Each counted with the conditions `listSupervisionReminders` applies to its drill query.
 */
async function reminderFigures(ctx: ServiceContext, area: FigureArea): Promise<DashboardGroup> {
  const base = {
    campaignId: area.campaignId,
    unitId: area.unitId ?? undefined,
    remindedFrom: area.from ?? undefined,
    remindedTo: area.to ?? undefined,
  };
  const queries = [
    { key: 'supervision.reminders', query: base },
    { key: 'supervision.reminders.ladder', query: { ...base, kind: 'ladder' as const } },
    { key: 'supervision.reminders.manual', query: { ...base, kind: 'manual' as const } },
  ];
  const counts = await repo.countRemindersEach(
    ctx.db,
    grantScope(ctx),
    queries.map((q) => q.query),
  );
  return {
    key: 'supervision.reminders',
    figures: queries.map((q, i) => ({
      key: q.key,
      label: null,
      value: counts[i] ?? 0,
      drill: drill('listSupervisionReminders', q.query),
    })),
    rates: [],
  };
}

/**
 * The heat table's overdue items (超期件数) of each unit (the list's `unitId`: that unit's own
 * items) by domain, in the caller's reading scope: today's state, the period does not cut them.
 */
export async function supervisionOverdueHeat(ctx: ServiceContext, area: HeatArea): Promise<HeatCell[]> {
  const query = (unitId: string) => ({ campaignId: area.campaignId, unitId, overdue: 'true' as const });
  const { unitId: _row, ...common } = query('');
  const filter = await itemFilterOf(ctx, common);
  const counts = await repo.countItemHeat(ctx.db, grantScope(ctx), filter, area.unitIds);
  return heatCells(area, counts, 'listSupervisionItems', query);
}

export async function getSupervisionItem(ctx: ServiceContext, id: string): Promise<SupervisionItemDetail> {
  const row = await supervisionItemRecord.loadForRead(ctx, id);
  const now = ctx.clock.now();
  const [item] = await presentItems(ctx.db, now, [row], ctx.actor);
  const children = await presentItems(
    ctx.db,
    now,
    await repo.listChildItems(ctx.db, Scope.of(requireActor(ctx), supervisionItemRecord.readPermission), id),
    ctx.actor,
  );
  const updates = await repo.listProgress(ctx.db, id);
  const files = await filesOfOwners(
    ctx.db,
    PROGRESS_FILE_OWNER,
    updates.map((u) => u.progress.id),
  );
  return {
    item: item!,
    children,
    updates: updates.map((u) => presentProgress(u, files.get(u.progress.id) ?? [])),
    extensions: await extensionsOf(ctx.db, 'supervision_item', id),
    escalations: (await repo.escalationsOf(ctx.db, [id])).map((e) => ({
      step: e.step,
      dueDate: e.dueDate,
      reachedOn: e.reachedOn,
      workingDaysOverdue: e.workingDaysOverdue,
    })),
  };
}

// ---------------------------------------------------------------- changes

/** 立项: registers an item for a lead unit in the caller's scope, assigned by the caller's unit. */
export async function createSupervisionItem(
  ctx: ServiceContext,
  input: CreateSupervisionItemInput,
): Promise<SupervisionItem> {
  const actor = requireActor(ctx);
  return inTransaction(ctx, async (tx) => {
    const campaign = await findCampaignRef(tx.tx, input.campaignId);
    if (!campaign) throw fieldError('campaignId', 'field.not_found');
    await assertDomainOfCampaign(tx.tx, input.domainId, input.campaignId);
    await requireTargetUnit(tx, input.unitId, 'unitId');
    if (input.parentId) {
      const parent = await repo.findItem(tx.tx, input.parentId, Scope.of(actor, 'supervision.manage'));
      if (!parent || parent.item.campaignId !== input.campaignId)
        throw fieldError('parentId', 'field.not_found');
    }
    await assertPersonOfUnit(tx.tx, input.responsiblePersonId, input.unitId);
    const now = ctx.clock.now();
    const deadline = await resolveDeadline(tx.tx, now, input);
    const created = await repo.insertItem(tx.tx, {
      campaignId: input.campaignId,
      code: codeOf(campaign.year, await repo.nextCodeNumber(tx.tx, input.campaignId)),
      domainId: input.domainId ?? null,
      source: input.source,
      instruction: input.instruction ?? null,
      instructingLeader: input.instructingLeader ?? null,
      title: input.title,
      task: input.task,
      unitId: input.unitId,
      responsiblePersonId: input.responsiblePersonId ?? null,
      parentId: input.parentId ?? null,
      assignedByUnitId: actor.unitId,
      status: 'registered',
      ...deadline,
      milestones: input.milestones,
      progress: 0,
      createdBy: actor.userId,
      createdAt: now,
      updatedAt: now,
    });
    await rollUp(tx, created.parentId);
    const view = await loadItem(tx, created.id);
    await tx.audit({
      action: 'supervision_item.created',
      recordType: 'supervision_item',
      recordId: created.id,
      unitId: created.unitId,
      after: itemAudit(view),
    });
    return view;
  });
}

/**
 * Edits an item (the assigning unit's): the lead unit changes only before the unit signed for it
 * (registered, or sent back); a new due date restarts the ladder.
 */
export async function updateSupervisionItem(
  ctx: ServiceContext,
  id: string,
  input: UpdateSupervisionItemInput,
): Promise<SupervisionItem> {
  return inTransaction(ctx, async (tx) => {
    const row = await supervisionItemRecord.loadForChange(tx, id);
    assertAssignerReached(tx, row, 'id');
    if (['closed', 'suspended'].includes(row.item.status)) throw new AppError('INVALID_TRANSITION');
    const before = await loadItem(tx, id);
    const unitId = input.unitId ?? row.item.unitId;
    if (unitId !== row.item.unitId) {
      if (!['registered', 'rejected_assignment'].includes(row.item.status))
        throw fieldError('unitId', 'supervision.unit_fixed');
      await requireTargetUnit(tx, unitId, 'unitId');
    }
    if (input.domainId !== undefined)
      await assertDomainOfCampaign(tx.tx, input.domainId, row.item.campaignId);
    // A new lead unit needs its own responsible person.
    const personId =
      input.responsiblePersonId !== undefined
        ? input.responsiblePersonId
        : unitId !== row.item.unitId
          ? null
          : row.item.responsiblePersonId;
    await assertPersonOfUnit(tx.tx, personId, unitId);
    const deadline =
      input.dueDate !== undefined || input.dueWorkingDays !== undefined
        ? await resolveDeadline(tx.tx, ctx.clock.now(), input)
        : undefined;
    const { dueDate: _d, dueWorkingDays: _w, responsiblePersonId: _p, domainId, ...fields } = input;
    await repo.updateItem(tx.tx, id, {
      ...fields,
      unitId,
      responsiblePersonId: personId ?? null,
      ...deadline,
      ...(domainId !== undefined ? { domainId: domainId ?? null } : {}),
      updatedAt: ctx.clock.now(),
    });
    const after = await loadItem(tx, id);
    await tx.audit({
      action: 'supervision_item.updated',
      recordType: 'supervision_item',
      recordId: id,
      unitId: row.item.unitId,
      ...changedFields(itemAudit(before), itemAudit(after)),
    });
    return after;
  });
}

/** Deletes an item that was never assigned (a mistake at registration), without sub-items. */
export async function deleteSupervisionItem(ctx: ServiceContext, id: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const row = await supervisionItemRecord.loadForChange(tx, id);
    assertAssignerReached(tx, row, 'id');
    if (row.item.status !== 'registered') throw new AppError('INVALID_TRANSITION');
    if ((await repo.childProgress(tx.tx, id)).length > 0) throw new AppError('CONFLICT');
    const before = await loadItem(tx, id);
    await deleteFilesOfOwners(tx, PROGRESS_FILE_OWNER, await repo.progressIdsOfItem(tx.tx, id));
    await deleteExtensionsOf(tx.tx, 'supervision_item', id);
    await repo.deleteItem(tx.tx, id);
    await rollUp(tx, row.item.parentId);
    await tx.audit({
      action: 'supervision_item.deleted',
      recordType: 'supervision_item',
      recordId: id,
      unitId: row.item.unitId,
      before: itemAudit(before),
    });
  });
}

/** The assigning unit's steps (assign, approve, return, close, suspend, resume). */
const ASSIGNER_ACTIONS: readonly SupervisionItemAction[] = [
  'assign',
  'approve',
  'return',
  'close',
  'suspend',
  'resume',
];

/** One step of the 督办 lifecycle (409 when the table does not allow it from the current status). */
export async function transitionSupervisionItem(
  ctx: ServiceContext,
  id: string,
  action: SupervisionItemAction,
  input: Record<string, string | null | undefined>,
): Promise<SupervisionItem> {
  return inTransaction(ctx, async (tx) => {
    const row = await supervisionItemRecord.loadForChange(tx, id);
    if (ASSIGNER_ACTIONS.includes(action)) assertAssignerReached(tx, row, 'id');
    await applyTransition(
      tx,
      SUPERVISION_ITEM_WORKFLOW,
      action,
      { id, unitId: row.item.unitId, status: row.item.status },
      input,
      async (next) => {
        await repo.updateItem(tx.tx, id, {
          status: next,
          // Closing completes the item; its parent's progress rolls up.
          // 办结 time, for the month's figures and the on-time rate.
          ...(next === 'closed' ? { progress: 100, closedAt: tx.clock.now() } : {}),
          updatedAt: tx.clock.now(),
        });
        return undefined;
      },
    );
    if (action === 'close') await rollUp(tx, row.item.parentId);
    const text = input.reason ?? input.opinion ?? input.summary ?? '';
    await tell(tx, row.item, action, STEP_AUDIENCE[action], { text: text?.trim() ?? '' });
    return loadItem(tx, id);
  });
}

/**
 * 反馈: the lead unit reports progress (percent, note, evidence files of its own) on an item
 * without sub-items; the first report after signing for it starts the work (in progress).
 */
export async function reportSupervisionProgress(
  ctx: ServiceContext,
  id: string,
  input: ReportSupervisionProgressInput,
): Promise<SupervisionProgress> {
  const actor = requireActor(ctx);
  return inTransaction(ctx, async (tx) => {
    const row = await supervisionItemRecord.loadForChange(tx, id);
    if (!['accepted', 'in_progress', 'returned'].includes(row.item.status))
      throw new AppError('INVALID_TRANSITION');
    if ((await repo.childProgress(tx.tx, id)).length > 0)
      throw fieldError('percent', 'supervision.has_children');
    const now = ctx.clock.now();
    const progress = await repo.insertProgress(tx.tx, {
      itemId: id,
      unitId: row.item.unitId,
      percent: input.percent,
      note: input.note,
      reportedBy: actor.userId,
      reportedAt: now,
    });
    const files = await attachFiles(tx, {
      fileIds: input.fileIds,
      unitId: row.item.unitId,
      ownerType: PROGRESS_FILE_OWNER,
      ownerId: progress.id,
    });
    const status = row.item.status === 'accepted' ? 'in_progress' : row.item.status;
    await repo.updateItem(tx.tx, id, { progress: input.percent, status, updatedAt: now });
    await rollUp(tx, row.item.parentId);
    await tx.audit({
      action: 'supervision_item.progress_reported',
      recordType: 'supervision_item',
      recordId: id,
      unitId: row.item.unitId,
      before: { progress: row.item.progress, status: row.item.status },
      after: {
        progress: input.percent,
        status,
        progressId: progress.id,
        note: input.note,
        fileIds: files.map((f) => f.id),
      },
    });
    return presentProgress({ progress, reporterName: actor.personName }, files);
  });
}

/**
 * 催办: the assigning unit reminds the lead unit of a running item, with an optional message —
 * a reminder record (催办记录, counted by the dashboard's 催办次数) and its audit event.
 */
export async function remindSupervisionItem(
  ctx: ServiceContext,
  id: string,
  input: RemindSupervisionItemInput,
): Promise<SupervisionItem> {
  return inTransaction(ctx, async (tx) => {
    const row = await supervisionItemRecord.loadForChange(tx, id);
    assertAssignerReached(tx, row, 'id');
    if (!isRunning(row.item.status)) throw new AppError('INVALID_TRANSITION');
    const now = tx.clock.now();
    await repo.insertReminders(tx.tx, [
      {
        itemId: id,
        campaignId: row.item.campaignId,
        unitId: row.item.unitId,
        kind: 'manual',
        byUnitId: tx.actor!.unitId,
        byUserId: tx.actor!.userId,
        message: input?.message || null,
        dueDate: row.item.dueDate,
        remindedOn: shanghaiDate(now),
        remindedAt: now,
      },
    ]);
    await tx.audit({
      action: 'supervision_item.reminded',
      recordType: 'supervision_item',
      recordId: id,
      unitId: row.item.unitId,
      after: { message: input?.message ?? null, dueDate: row.item.dueDate },
    });
    await tell(tx, row.item, 'reminded', 'unit', { text: input?.message ?? '', dueDate: row.item.dueDate });
    return loadItem(tx, id);
  });
}

// ---------------------------------------------------------------- extensions (延期申请)

/** The lead unit asks the assigning unit for a later deadline, with a reason. */
export async function requestSupervisionExtension(
  ctx: ServiceContext,
  id: string,
  input: RequestExtensionInput,
): Promise<SupervisionItemDetail> {
  await inTransaction(ctx, async (tx) => {
    const row = await supervisionItemRecord.loadForChange(tx, id);
    if (!isRunning(row.item.status)) throw new AppError('INVALID_TRANSITION');
    await requestExtension(
      tx,
      {
        type: 'supervision_item',
        id,
        unitId: row.item.unitId,
        deciderUnitId: row.item.assignedByUnitId,
        dueDate: row.item.dueDate,
      },
      input,
      { recordType: 'supervision_extension', action: 'supervision_item.extension_requested' },
    );
    await tell(tx, row.item, 'extension_requested', 'assigner', { dueDate: row.item.dueDate });
  });
  return getSupervisionItem(ctx, id);
}

/**
 * The assigning unit approves (the due date moves, counted on working days when asked so; the
 * colour is counted again from it and a new ladder starts) or refuses.
 */
export async function decideSupervisionExtension(
  ctx: ServiceContext,
  requestId: string,
  action: SupervisionExtensionAction,
  input: Record<string, string | null | undefined>,
): Promise<ExtensionRequest> {
  return inTransaction(ctx, async (tx) => {
    const found = await supervisionExtensionRecord.loadForChange(tx, requestId);
    const request = found.request;
    const item = await supervisionItemRecord.reload(tx.tx, request.subjectId);
    await decideExtension(tx, SUPERVISION_EXTENSION_WORKFLOW, action, request, input, async (dueDate) => {
      const counted = request.requestedWorkingDays !== null;
      await repo.updateItem(tx.tx, request.subjectId, {
        dueDate,
        dueBasisFrom: counted ? request.currentDueDate : null,
        dueBasisDays: request.requestedWorkingDays,
        updatedAt: tx.clock.now(),
      });
    });
    await tell(tx, item.item, action === 'approve' ? 'extension_approved' : 'extension_refused', 'unit', {
      dueDate: action === 'approve' ? request.requestedDueDate : request.currentDueDate,
    });
    return (await extensionsOf(tx.tx, 'supervision_item', request.subjectId)).find(
      (e) => e.id === requestId,
    )!;
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
      action: 'supervision_item.deadline_recomputed',
      recordType: 'supervision_item',
      recordId: item.id,
      unitId: item.unitId,
      before: { dueDate: item.dueDate },
      after: { dueDate: date },
    });
    moved += 1;
  }
  return moved;
}

// ---------------------------------------------------------------- settings

/** A campaign's thresholds, for whoever may read the campaign (404 otherwise). */
export async function getSupervisionSettings(
  ctx: ServiceContext,
  campaignId: string,
): Promise<SupervisionSettings> {
  await campaignRecord.loadForRead(ctx, campaignId);
  return { campaignId, ...(await thresholdsOf(ctx.db, [campaignId])).get(campaignId)! };
}

/** Changes a campaign's thresholds (the office of the campaign's government). */
export async function updateSupervisionSettings(
  ctx: ServiceContext,
  campaignId: string,
  input: UpdateSupervisionSettingsInput,
): Promise<SupervisionSettings> {
  return inTransaction(ctx, async (tx) => {
    // 404 outside the campaign's readers, 403 outside the caller's manage scope.
    const { campaign } = await campaignRecord.loadForChange(tx, campaignId);
    const before = (await thresholdsOf(tx.tx, [campaignId])).get(campaignId)!;
    const after = {
      reminderWorkingDays: input.reminderWorkingDays ?? before.reminderWorkingDays,
      redAfterWorkingDays: input.redAfterWorkingDays ?? before.redAfterWorkingDays,
      transferAfterWorkingDays: input.transferAfterWorkingDays ?? before.transferAfterWorkingDays,
    };
    await repo.upsertSettings(tx.tx, { campaignId, ...after, updatedAt: tx.clock.now() });
    await tx.audit({
      action: 'supervision_settings.updated',
      recordType: 'campaign',
      recordId: campaignId,
      unitId: campaign.unitId,
      ...changedFields({ ...before }, { ...after }),
    });
    return { campaignId, ...after };
  });
}

// ---------------------------------------------------------------- the escalation job

/** Items due this many calendar days ahead or less can be blue (thresholds allow 30 working days). */
const BLUE_HORIZON_DAYS = 62;

/**
 * One run of the ladder: every running item due soon or overdue gets each step its position
 * today has passed and it has not reached yet for its due date — 催办, 预警, 通报批评 (a
 * criticism record) and 移交 (a transfer record for the supervision department). A step is
 * recorded once (unique per item, due date and step), so a second run, or a second instance,
 * changes nothing. Each step writes its audit event.
 */
export async function runEscalation(tx: TxContext): Promise<Record<string, number>> {
  const today = shanghaiDate(tx.clock.now());
  const items = await repo.runningItemsDueBy(tx.tx, addDays(today, BLUE_HORIZON_DAYS));
  if (items.length === 0) return { items: 0, steps: 0 };
  const calendar = await calendarCovering(
    tx.tx,
    items.map((i) => i.dueDate),
    today,
  );
  const thresholds = await thresholdsOf(
    tx.tx,
    items.map((i) => i.campaignId),
  );
  const recorded = new Set(
    (
      await repo.escalationsOf(
        tx.tx,
        items.map((i) => i.id),
      )
    ).map((e) => `${e.itemId}|${e.dueDate}|${e.step}`),
  );
  // The steps each item has passed and not recorded yet, in order.
  const recipients = new Map<string, Promise<string[]>>();
  const positions = new Map<string, ReturnType<typeof positionOf>>();
  const due: {
    item: (typeof items)[number];
    step: EscalationStep;
    position: NonNullable<ReturnType<typeof positionOf>>;
  }[] = [];
  for (const item of items) {
    // Items due on one day stand at one place of the ladder (per campaign's thresholds).
    const key = `${item.campaignId}|${item.dueDate}`;
    if (!positions.has(key))
      positions.set(key, positionOf(calendar, thresholds.get(item.campaignId)!, item.dueDate, today));
    const position = positions.get(key);
    if (!position) continue;
    for (const step of position.steps)
      if (!recorded.has(`${item.id}|${item.dueDate}|${step}`)) due.push({ item, step, position });
  }
  // Recorded under the unique key (item, due date, step): what another instance recorded in the
  // meantime is not inserted again, and is not this run's to report.
  const inserted = await repo.insertEscalations(
    tx.tx,
    due.map(({ item, step, position }) => ({
      itemId: item.id,
      unitId: item.unitId,
      step,
      dueDate: item.dueDate,
      reachedOn: today,
      workingDaysOverdue: -position.workingDaysLeft,
    })),
  );
  const taken = due.filter(({ item, step }) => inserted.has(`${item.id}|${item.dueDate}|${step}`));
  // The ladder's 催办 is a reminder like a person's: one record per reminder step taken.
  const now = tx.clock.now();
  await repo.insertReminders(
    tx.tx,
    taken
      .filter((s) => s.step === 'reminder')
      .map(({ item }) => ({
        itemId: item.id,
        campaignId: item.campaignId,
        unitId: item.unitId,
        kind: 'ladder' as const,
        dueDate: item.dueDate,
        remindedOn: today,
        remindedAt: now,
      })),
  );
  const criticismIds = await repo.insertCriticisms(
    tx.tx,
    taken
      .filter((s) => s.step === 'criticism')
      .map(({ item, position }) => ({
        itemId: item.id,
        unitId: item.unitId,
        dueDate: item.dueDate,
        workingDaysOverdue: -position.workingDaysLeft,
      })),
  );
  const transferIds = new Map<string, string>();
  for (const { item, position } of taken.filter((s) => s.step === 'transfer'))
    transferIds.set(
      item.id,
      await repo.insertTransfer(tx.tx, {
        itemId: item.id,
        unitId: item.unitId,
        history: {
          code: item.code,
          title: item.title,
          dueDate: item.dueDate,
          workingDaysOverdue: -position.workingDaysLeft,
          extensions: await extensionsOf(tx.tx, 'supervision_item', item.id),
          steps: position.steps,
        },
      }),
    );
  await tx.auditMany(
    taken.map(({ item, step, position }) => {
      const criticismId = step === 'criticism' ? criticismIds.get(item.id) : undefined;
      const transferId = step === 'transfer' ? transferIds.get(item.id) : undefined;
      return {
        action: 'supervision_item.escalated' as const,
        recordType: 'supervision_item',
        recordId: item.id,
        unitId: item.unitId,
        after: {
          step,
          dueDate: item.dueDate,
          workingDaysOverdue: -position.workingDaysLeft,
          colour: position.colour,
          ...(criticismId ? { criticismId } : {}),
          ...(transferId ? { transferId } : {}),
        },
      };
    }),
  );
  // One message per item and run, of the highest step it reached: a run that catches up on
  // several steps (the server was down, an item was assigned late) does not say "2 working
  // days left" of an item already overdue. Blue and yellow reach the unit; red and the
  // transfer its assigning unit too.
  const highest = new Map<string, (typeof taken)[number]>();
  for (const s of taken) highest.set(s.item.id, s);
  const messages: NotificationInput[] = [];
  for (const { item, step, position } of highest.values())
    messages.push(
      await tellInput(
        tx,
        item,
        `escalated_${step}`,
        step === 'reminder' || step === 'warning' ? 'unit' : 'both',
        { dueDate: item.dueDate, days: Math.abs(position.workingDaysLeft) },
        recipients,
      ),
    );
  await notifyMany(tx, messages);
  return { items: items.length, steps: taken.length };
}

/** The ladder runs at start and every ten minutes; a day's steps are taken by the first run of the day. */
export const escalationJob: ScheduledJob = {
  name: 'supervision.escalation',
  everyMs: 10 * 60_000,
  lockKey: 7310,
  // One transaction: the steps of a run, their records, audit events and notifications commit together.
  run: (ctx) => inTransaction(ctx, runEscalation),
};

// ---------------------------------------------------------------- criticisms, for notices (通报)

/** A criticism (通报批评) the ladder recorded, as a notice quotes it. */
export interface CriticismForNotice {
  id: string;
  unitId: string;
  unitName: string;
  itemId: string;
  itemCode: string;
  itemTitle: string;
  campaignId: string;
  dueDate: string;
  workingDaysOverdue: number;
  /** The day the ladder recorded it (Asia/Shanghai). */
  criticizedOn: string;
}

/**
 * The criticisms (通报批评) of items the caller may read (`supervision.read`, whatever route it
 * calls from): those named by `ids` (the unknown and unreadable left out, so the caller compares
 * counts), or the newest 200 for a picker. For the notices composed from them.
 */
export async function criticismsForNotice(
  ctx: ServiceContext,
  ids: string[] | null,
  db: DbOrTx = ctx.db,
): Promise<CriticismForNotice[]> {
  const rows = await repo.criticismsInScope(db, Scope.of(requireActor(ctx), 'supervision.read'), ids);
  return rows.map(({ createdAt, ...r }) => ({ ...r, criticizedOn: shanghaiDate(createdAt) }));
}

// ---------------------------------------------------------------- monthly figures (月报)

/**
 * The month's supervision figures of a campaign over a unit and the units under it, for the
 * monthly reports (no caller's scope: a report's readers see its figures as counts).
 */
export function supervisionMonthFigures(db: DbOrTx, area: MonthArea) {
  return repo.monthFigures(db, area);
}

// ---------------------------------------------------------------- transfers (移交) for the accountability module

/**
 * Transfers the ladder made and the supervision department has not received yet, oldest first:
 * the accountability module turns each into a lead and then marks it received, in one transaction.
 */
export async function pendingSupervisionTransfers(db: DbOrTx, limit = 200) {
  return (await repo.pendingTransfers(db, limit)).map((r) => ({
    id: r.transfer.id,
    itemId: r.transfer.itemId,
    unitId: r.transfer.unitId,
    campaignId: r.campaignId,
    domainId: r.domainId,
    code: r.code,
    title: r.title,
    history: r.transfer.history,
  }));
}

/** Marks transfers as received (they arrived as leads). */
export function markSupervisionTransfersReceived(db: DbOrTx, ids: string[]) {
  return repo.markTransfersReceived(db, ids);
}
