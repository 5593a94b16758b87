import {
  type PageQuery,
  SUPERVISION_RUNNING_STATUSES,
  type SupervisionColour,
  type SupervisionItemStatus,
} from '@zeren/contracts';
import {
  and,
  asc,
  count,
  desc,
  eq,
  gt,
  gte,
  inArray,
  isNotNull,
  isNull,
  lt,
  lte,
  not,
  or,
  type SQL,
  sql,
} from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { type DbOrTx, inSequence } from '../../db/client';
import { idIn } from '../../db/columns';
import { countHeatByUnit } from '../../platform/figures';
import { type MonthArea, unitsUnder } from '../../platform/month-area';
import { person, unit, userAccount } from '../../platform/org/org.table';
import {
  countUpTo,
  fetchSize,
  orderOf,
  pageWhere,
  type SortKey,
  scopedPageRows,
  toPage,
} from '../../platform/paging';
import type { Scope } from '../../platform/scope';
import { countEachOf, tally } from '../../platform/tallies';
import {
  supervisionCriticism,
  supervisionEscalation,
  supervisionItem,
  supervisionItemTally,
  supervisionProgress,
  supervisionReminder,
  supervisionReminderTally,
  supervisionSettings,
  supervisionTransfer,
} from './supervision.table';

export type SupervisionItemRow = typeof supervisionItem.$inferSelect;

const assignedByUnit = alias(unit, 'assigned_by_unit');
const responsible = alias(person, 'responsible_person');

const itemColumns = {
  item: supervisionItem,
  unitId: supervisionItem.unitId,
  unitName: unit.name,
  unitPath: unit.path,
  assignedByUnitName: assignedByUnit.name,
  assignedByUnitPath: assignedByUnit.path,
  responsiblePersonName: responsible.name,
};

function itemQuery(db: DbOrTx) {
  return db
    .select(itemColumns)
    .from(supervisionItem)
    .innerJoin(unit, eq(unit.id, supervisionItem.unitId))
    .innerJoin(assignedByUnit, eq(assignedByUnit.id, supervisionItem.assignedByUnitId))
    .leftJoin(responsible, eq(responsible.id, supervisionItem.responsiblePersonId));
}
export type ItemWithNames = Awaited<ReturnType<typeof listChildItems>>[number];

/** By due date, then id: the board's order, a page at a time. */
const ITEM_ORDER: SortKey<ItemWithNames>[] = [
  { column: supervisionItem.dueDate, direction: 'asc', type: 'date', of: (r) => r.item.dueDate },
  { column: supervisionItem.id, direction: 'asc', type: 'uuid', of: (r) => r.item.id },
];

const running = inArray(supervisionItem.status, [...SUPERVISION_RUNNING_STATUSES]);

/** Today's colour as a condition on status and due date (windows from ladder.colourWindows). */
export interface ColourWindow {
  colour: SupervisionColour;
  today: string;
  yellowFrom: string;
  blueUntil: string;
}

function colourCondition(w: ColourWindow): SQL {
  const due = supervisionItem.dueDate;
  if (w.colour === 'red') return and(running, lt(due, w.yellowFrom))!;
  if (w.colour === 'yellow') return and(running, gte(due, w.yellowFrom), lte(due, w.today))!;
  if (w.colour === 'blue') return and(running, gt(due, w.today), lte(due, w.blueUntil))!;
  return sql`(not ${running} or ${due} > ${w.blueUntil})`;
}

export interface ItemFilter {
  campaignId?: string | undefined;
  unitId?: string | undefined;
  domainId?: string | undefined;
  status?: SupervisionItemStatus | undefined;
  /** Items whose lead unit is in this scope (to sign for: status assigned). */
  ids?: string[] | undefined;
  topLevel?: boolean | undefined;
  colour?: ColourWindow | undefined;
  /** Running items due before this day (today): overdue. */
  overdueOn?: string | undefined;
  /** Closed items, closed (Beijing day) on or before their due date, or after it. */
  closedOnTime?: boolean | undefined;
  /** Items reminded (催办), by the ladder or a person, for any due date. */
  reminded?: boolean | undefined;
  /** Only items whose lead unit these scopes reach, and in these states. */
  unitScope?: { scope: Scope; statuses: SupervisionItemStatus[] } | undefined;
}

/** The filter's conditions on the item table alone (the caller adds the scope's). */
function itemConditions(filter: ItemFilter): SQL[] {
  const conditions: SQL[] = [];
  if (filter.campaignId) conditions.push(eq(supervisionItem.campaignId, filter.campaignId));
  if (filter.unitId) conditions.push(eq(supervisionItem.unitId, filter.unitId));
  if (filter.domainId) conditions.push(eq(supervisionItem.domainId, filter.domainId));
  if (filter.status) conditions.push(eq(supervisionItem.status, filter.status));
  if (filter.topLevel) conditions.push(sql`${supervisionItem.parentId} is null`);
  if (filter.ids)
    conditions.push(filter.ids.length > 0 ? inArray(supervisionItem.id, filter.ids) : sql`false`);
  if (filter.colour) conditions.push(colourCondition(filter.colour));
  if (filter.overdueOn) conditions.push(running, lt(supervisionItem.dueDate, filter.overdueOn));
  // Columns the database keeps (a reminder marks its item; the closing day is compared with the due
  // date as the row is written), so the tally counts them too.
  if (filter.reminded) conditions.push(eq(supervisionItem.reminded, true));
  if (filter.closedOnTime !== undefined)
    conditions.push(
      eq(supervisionItem.status, 'closed'),
      eq(supervisionItem.closedOnTime, filter.closedOnTime),
    );
  if (filter.unitScope)
    conditions.push(
      filter.unitScope.scope.where(supervisionItem.unitId),
      inArray(supervisionItem.status, filter.unitScope.statuses),
    );
  return conditions;
}

/** The items counted by campaign, status, due date, reminded and closed on time (platform/tallies.ts). */
export const itemTally = tally(supervisionItemTally, supervisionItem);
/** The reminders counted by campaign, kind and day. */
export const reminderTally = tally(supervisionReminderTally, supervisionReminder);

/**
 * One count per filter, each with exactly the conditions `listItems` applies, over the caller's
 * scope: over the tally for a caller reaching every unit when the conditions read only its columns.
 */
export function countItemFigures(db: DbOrTx, scope: Scope, filters: readonly ItemFilter[]) {
  return countEachOf(
    db,
    itemTally,
    scope,
    { where: scope.where(supervisionItem.unitId) },
    filters.map((f) => and(...itemConditions(f)) ?? sql`true`),
  );
}

/** The heat table's counts: the rows' own items (the list's `unitId`), per domain, with exactly the list's other conditions. */
export function countItemHeat(db: DbOrTx, scope: Scope, filter: ItemFilter, rowUnitIds: readonly string[]) {
  return countHeatByUnit(db, {
    table: supervisionItem,
    unitId: supervisionItem.unitId,
    groupBy: supervisionItem.domainId,
    where: and(scope.where(supervisionItem.unitId), ...itemConditions(filter)),
    rowUnitIds,
    unitFilter: 'exact',
  });
}

export async function listItems(db: DbOrTx, scope: Scope, filter: ItemFilter, page: PageQuery) {
  const conditions = itemConditions(filter);
  const where = and(scope.where(supervisionItem.unitId), ...conditions);
  const rows = await scopedPageRows(db, {
    table: supervisionItem,
    id: supervisionItem.id,
    unitId: supervisionItem.unitId,
    scope,
    where: and(...conditions),
    keys: ITEM_ORDER,
    page,
    rows: (condition) =>
      itemQuery(db)
        .where(condition)
        .orderBy(...orderOf(ITEM_ORDER))
        .limit(fetchSize(page)),
  });
  const counted = await countUpTo(
    db,
    db
      .select({ one: sql`1`.as('one') })
      .from(supervisionItem)
      .where(where),
  );
  return toPage(ITEM_ORDER, page, rows, counted);
}

export function itemsAwaitingReviewBy(db: DbOrTx, scope: Scope) {
  return db
    .select({ id: supervisionItem.id })
    .from(supervisionItem)
    .innerJoin(unit, eq(unit.id, supervisionItem.assignedByUnitId))
    .where(
      and(
        inArray(supervisionItem.status, ['completion_requested', 'reviewed', 'rejected_assignment']),
        scope.where(supervisionItem.assignedByUnitId),
      ),
    )
    .then((r) => r.map((x) => x.id));
}

/** The sub-items of one item in scope (an item is split among a handful of co-operating units). */
export function listChildItems(db: DbOrTx, scope: Scope, parentId: string) {
  return itemQuery(db)
    .where(and(scope.where(supervisionItem.unitId), eq(supervisionItem.parentId, parentId)))
    .orderBy(asc(supervisionItem.dueDate), asc(unit.path), asc(supervisionItem.createdAt));
}

export function findItem(db: DbOrTx, id: string, scope: Scope) {
  return itemQuery(db)
    .where(and(eq(supervisionItem.id, id), scope.where(supervisionItem.unitId)))
    .limit(1)
    .then((r) => r[0]);
}

export function childProgress(db: DbOrTx, parentId: string) {
  return db
    .select({ progress: supervisionItem.progress })
    .from(supervisionItem)
    .where(eq(supervisionItem.parentId, parentId))
    .then((r) => r.map((x) => x.progress));
}

/** The next code's number within a campaign (督-2026-0001, 0002, …). */
export async function nextCodeNumber(db: DbOrTx, campaignId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(supervisionItem)
    .where(eq(supervisionItem.campaignId, campaignId));
  return (row?.n ?? 0) + 1;
}

export function insertItem(db: DbOrTx, values: typeof supervisionItem.$inferInsert) {
  return db
    .insert(supervisionItem)
    .values(values)
    .returning()
    .then((r) => r[0]!);
}

export function updateItem(db: DbOrTx, id: string, values: Partial<typeof supervisionItem.$inferInsert>) {
  return db
    .update(supervisionItem)
    .set(values)
    .where(eq(supervisionItem.id, id))
    .returning()
    .then((r) => r[0]!);
}

export function deleteItem(db: DbOrTx, id: string) {
  return db.delete(supervisionItem).where(eq(supervisionItem.id, id));
}

export function insertProgress(db: DbOrTx, values: typeof supervisionProgress.$inferInsert) {
  return db
    .insert(supervisionProgress)
    .values(values)
    .returning()
    .then((r) => r[0]!);
}

/** Progress reports of an item, newest first, with the reporter's name. */
export function listProgress(db: DbOrTx, itemId: string) {
  return db
    .select({ progress: supervisionProgress, reporterName: person.name })
    .from(supervisionProgress)
    .leftJoin(userAccount, eq(userAccount.id, supervisionProgress.reportedBy))
    .leftJoin(person, eq(person.id, userAccount.personId))
    .where(eq(supervisionProgress.itemId, itemId))
    .orderBy(desc(supervisionProgress.reportedAt), desc(supervisionProgress.id));
}

export function progressIdsOfItem(db: DbOrTx, itemId: string) {
  return db
    .select({ id: supervisionProgress.id })
    .from(supervisionProgress)
    .where(eq(supervisionProgress.itemId, itemId))
    .then((r) => r.map((x) => x.id));
}

/** Open items whose deadline was counted on working days through years `from`..`to`. */
export function itemsCountedThrough(db: DbOrTx, from: number, to: number) {
  return db
    .select({
      id: supervisionItem.id,
      unitId: supervisionItem.unitId,
      dueDate: supervisionItem.dueDate,
      dueBasisFrom: supervisionItem.dueBasisFrom,
      dueBasisDays: supervisionItem.dueBasisDays,
    })
    .from(supervisionItem)
    .where(
      and(
        isNotNull(supervisionItem.dueBasisDays),
        not(inArray(supervisionItem.status, ['closed', 'suspended'])),
        lte(supervisionItem.dueBasisFrom, `${to}-12-31`),
        gte(supervisionItem.dueDate, `${from}-01-01`),
      ),
    );
}

// ---------------------------------------------------------------- reminders (催办记录)

const byUnit = alias(unit, 'by_unit');
const byAccount = alias(userAccount, 'by_account');
const byPerson = alias(person, 'by_person');

const reminderQuery = (db: DbOrTx) =>
  db
    .select({
      reminder: supervisionReminder,
      itemCode: supervisionItem.code,
      itemTitle: supervisionItem.title,
      campaignId: supervisionItem.campaignId,
      unitName: unit.name,
      byUnitName: byUnit.name,
      byPersonName: byPerson.name,
    })
    .from(supervisionReminder)
    .innerJoin(supervisionItem, eq(supervisionItem.id, supervisionReminder.itemId))
    .innerJoin(unit, eq(unit.id, supervisionReminder.unitId))
    .leftJoin(byUnit, eq(byUnit.id, supervisionReminder.byUnitId))
    .leftJoin(byAccount, eq(byAccount.id, supervisionReminder.byUserId))
    .leftJoin(byPerson, eq(byPerson.id, byAccount.personId));
export type ReminderRow = Awaited<ReturnType<ReturnType<typeof reminderQuery>['execute']>>[number];

/** Newest first (ids are UUIDv7: by the time reminded). */
const REMINDER_ORDER: SortKey<ReminderRow>[] = [
  { column: supervisionReminder.id, direction: 'desc', type: 'uuid', of: (r) => r.reminder.id },
];

export interface ReminderFilter {
  campaignId?: string | undefined;
  unitId?: string | undefined;
  itemId?: string | undefined;
  kind?: 'ladder' | 'manual' | undefined;
  remindedFrom?: string | undefined;
  remindedTo?: string | undefined;
}

/** The list's conditions on a reminder and its item (the scope is the item's lead unit's, added by the caller). */
function reminderConditions(filter: ReminderFilter): SQL[] {
  const where: SQL[] = [];
  if (filter.campaignId) where.push(eq(supervisionReminder.campaignId, filter.campaignId));
  if (filter.unitId) where.push(eq(supervisionItem.unitId, filter.unitId));
  if (filter.itemId) where.push(eq(supervisionReminder.itemId, filter.itemId));
  if (filter.kind) where.push(eq(supervisionReminder.kind, filter.kind));
  if (filter.remindedFrom) where.push(gte(supervisionReminder.remindedOn, filter.remindedFrom));
  if (filter.remindedTo) where.push(lte(supervisionReminder.remindedOn, filter.remindedTo));
  return where;
}

/** A page of the reminders of the items in scope (the item's lead unit, as the items list). */
export async function pageReminders(db: DbOrTx, scope: Scope, filter: ReminderFilter, page: PageQuery) {
  const where = and(scope.where(supervisionItem.unitId), ...reminderConditions(filter));
  const rows = await reminderQuery(db)
    .where(pageWhere(REMINDER_ORDER, page, where))
    .orderBy(...orderOf(REMINDER_ORDER))
    .limit(fetchSize(page));
  const counted = await countUpTo(
    db,
    db
      .select({ one: sql`1`.as('one') })
      .from(supervisionReminder)
      .innerJoin(supervisionItem, eq(supervisionItem.id, supervisionReminder.itemId))
      .where(where),
  );
  return toPage(REMINDER_ORDER, page, rows, counted);
}

/**
 * One count per filter in one pass over the reminders in scope: each the total `pageReminders`
 * gives; over the tally for a caller reaching every unit when the conditions read only its columns.
 */
export function countRemindersEach(db: DbOrTx, scope: Scope, filters: readonly ReminderFilter[]) {
  return countEachOf(
    db,
    reminderTally,
    scope,
    {
      where: scope.where(supervisionItem.unitId),
      join: (query) => query.innerJoin(supervisionItem, eq(supervisionItem.id, supervisionReminder.itemId)),
    },
    filters.map((f) => and(sql`true`, ...reminderConditions(f))!),
  );
}

export function insertReminders(db: DbOrTx, values: (typeof supervisionReminder.$inferInsert)[]) {
  if (values.length === 0) return Promise.resolve();
  return (async () => {
    for (let i = 0; i < values.length; i += INSERT_CHUNK)
      await db.insert(supervisionReminder).values(values.slice(i, i + INSERT_CHUNK));
  })();
}

// ---------------------------------------------------------------- escalation

/** Running items due on or before `dueBy`: the only ones that can have reached a step. */
export function runningItemsDueBy(db: DbOrTx, dueBy: string) {
  return db
    .select({
      id: supervisionItem.id,
      campaignId: supervisionItem.campaignId,
      unitId: supervisionItem.unitId,
      assignedByUnitId: supervisionItem.assignedByUnitId,
      code: supervisionItem.code,
      title: supervisionItem.title,
      dueDate: supervisionItem.dueDate,
    })
    .from(supervisionItem)
    .where(and(running, lte(supervisionItem.dueDate, dueBy)))
    .orderBy(asc(supervisionItem.dueDate), asc(supervisionItem.id));
}

/** The steps already recorded for these items, each for its due date. */
export function escalationsOf(db: DbOrTx, itemIds: string[]) {
  if (itemIds.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(supervisionEscalation)
    .where(idIn(supervisionEscalation.itemId, itemIds))
    .orderBy(asc(supervisionEscalation.createdAt), asc(supervisionEscalation.id));
}

/** Rows of one multi-row insert. */
const INSERT_CHUNK = 500;

/**
 * Records steps; the keys (`item|dueDate|step`) of those inserted — a step recorded already (by an
 * earlier run, or another instance) is left alone.
 */
export async function insertEscalations(
  db: DbOrTx,
  values: (typeof supervisionEscalation.$inferInsert)[],
): Promise<Set<string>> {
  const inserted = new Set<string>();
  for (let i = 0; i < values.length; i += INSERT_CHUNK) {
    const rows = await db
      .insert(supervisionEscalation)
      .values(values.slice(i, i + INSERT_CHUNK))
      .onConflictDoNothing()
      .returning({
        itemId: supervisionEscalation.itemId,
        dueDate: supervisionEscalation.dueDate,
        step: supervisionEscalation.step,
      });
    for (const r of rows) inserted.add(`${r.itemId}|${r.dueDate}|${r.step}`);
  }
  return inserted;
}

/** Circulated criticisms, at most one per item in a call; their ids by item. */
export async function insertCriticisms(
  db: DbOrTx,
  values: (typeof supervisionCriticism.$inferInsert)[],
): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (let i = 0; i < values.length; i += INSERT_CHUNK) {
    const rows = await db
      .insert(supervisionCriticism)
      .values(values.slice(i, i + INSERT_CHUNK))
      .returning({ id: supervisionCriticism.id, itemId: supervisionCriticism.itemId });
    for (const r of rows) ids.set(r.itemId, r.id);
  }
  return ids;
}

export function insertTransfer(db: DbOrTx, values: typeof supervisionTransfer.$inferInsert) {
  return db
    .insert(supervisionTransfer)
    .values(values)
    .returning({ id: supervisionTransfer.id })
    .then((r) => r[0]!.id);
}

export function countCriticisms(db: DbOrTx, itemId: string) {
  return db
    .select({ n: count() })
    .from(supervisionCriticism)
    .where(eq(supervisionCriticism.itemId, itemId))
    .then((r) => r[0]!.n);
}

export function transfersOf(db: DbOrTx, itemId: string) {
  return db.select().from(supervisionTransfer).where(eq(supervisionTransfer.itemId, itemId));
}

// ---------------------------------------------------------------- settings

export function findSettings(db: DbOrTx, campaignIds: string[]) {
  if (campaignIds.length === 0) return Promise.resolve([]);
  return db.select().from(supervisionSettings).where(inArray(supervisionSettings.campaignId, campaignIds));
}

export function upsertSettings(db: DbOrTx, values: typeof supervisionSettings.$inferInsert) {
  return db
    .insert(supervisionSettings)
    .values(values)
    .onConflictDoUpdate({
      target: supervisionSettings.campaignId,
      set: {
        reminderWorkingDays: values.reminderWorkingDays,
        redAfterWorkingDays: values.redAfterWorkingDays,
        transferAfterWorkingDays: values.transferAfterWorkingDays,
        updatedAt: values.updatedAt,
      },
    });
}

// ---------------------------------------------------------------- monthly figures (月报)

/**
 * The month's figures of the items of a campaign whose lead unit lies in the area: registered
 * (立项) in the month; closed (办结销号) in the month (its closed_at); overdue at the
 * month's end (due on or before its last day, not closed by its end, neither suspended nor never
 * assigned); and the circulated criticisms and transfers the ladder reached in the month.
 */
export async function monthFigures(db: DbOrTx, area: MonthArea) {
  const inArea = and(
    eq(supervisionItem.campaignId, area.campaignId),
    inArray(supervisionItem.unitId, unitsUnder(area.unitPath)),
  );
  const counted = (where: SQL | undefined) =>
    db
      .select({ n: count() })
      .from(supervisionItem)
      .where(and(inArea, where))
      .then((r) => r[0]!.n);
  const [opened, closed, overdue] = await inSequence([
    () => counted(and(gte(supervisionItem.createdAt, area.start), lt(supervisionItem.createdAt, area.end))),
    () => counted(and(gte(supervisionItem.closedAt, area.start), lt(supervisionItem.closedAt, area.end))),
    () =>
      counted(
        and(
          lt(supervisionItem.createdAt, area.end),
          lte(supervisionItem.dueDate, area.to),
          not(inArray(supervisionItem.status, ['registered', 'suspended'])),
          or(isNull(supervisionItem.closedAt), gte(supervisionItem.closedAt, area.end)),
        ),
      ),
  ]);
  const steps = await db
    .select({ step: supervisionEscalation.step, n: count() })
    .from(supervisionEscalation)
    .innerJoin(supervisionItem, eq(supervisionItem.id, supervisionEscalation.itemId))
    .where(
      and(
        inArea,
        inArray(supervisionEscalation.step, ['criticism', 'transfer']),
        gte(supervisionEscalation.reachedOn, area.from),
        lte(supervisionEscalation.reachedOn, area.to),
      ),
    )
    .groupBy(supervisionEscalation.step);
  const stepCount = (step: string) => steps.find((s) => s.step === step)?.n ?? 0;
  return {
    opened,
    closed,
    overdue,
    criticised: stepCount('criticism'),
    transferred: stepCount('transfer'),
  };
}

/** Transfers not yet picked up as leads, oldest first, with their item's campaign and domain. */
export function pendingTransfers(db: DbOrTx, limit: number) {
  return db
    .select({
      transfer: supervisionTransfer,
      campaignId: supervisionItem.campaignId,
      domainId: supervisionItem.domainId,
      code: supervisionItem.code,
      title: supervisionItem.title,
    })
    .from(supervisionTransfer)
    .innerJoin(supervisionItem, eq(supervisionItem.id, supervisionTransfer.itemId))
    .where(eq(supervisionTransfer.status, 'pending'))
    .orderBy(asc(supervisionTransfer.id))
    .limit(limit);
}

export function markTransfersReceived(db: DbOrTx, ids: string[]) {
  if (ids.length === 0) return Promise.resolve();
  return db
    .update(supervisionTransfer)
    .set({ status: 'received' })
    .where(idIn(supervisionTransfer.id, ids))
    .then(() => undefined);
}

/**
 * Criticisms (通报批评) of items in a scope, with the item and its unit: those named, or the
 * newest `limit` of them.
 */
export function criticismsInScope(db: DbOrTx, scope: Scope, ids: string[] | null, limit = 200) {
  return db
    .select({
      id: supervisionCriticism.id,
      unitId: supervisionCriticism.unitId,
      unitName: unit.name,
      itemId: supervisionItem.id,
      itemCode: supervisionItem.code,
      itemTitle: supervisionItem.title,
      campaignId: supervisionItem.campaignId,
      dueDate: supervisionCriticism.dueDate,
      workingDaysOverdue: supervisionCriticism.workingDaysOverdue,
      createdAt: supervisionCriticism.createdAt,
    })
    .from(supervisionCriticism)
    .innerJoin(supervisionItem, eq(supervisionItem.id, supervisionCriticism.itemId))
    .innerJoin(unit, eq(unit.id, supervisionCriticism.unitId))
    .where(
      and(
        scope.where(supervisionCriticism.unitId),
        ids ? (ids.length > 0 ? inArray(supervisionCriticism.id, ids) : sql`false`) : undefined,
      ),
    )
    .orderBy(desc(supervisionCriticism.id))
    .limit(ids ? ids.length : limit);
}
