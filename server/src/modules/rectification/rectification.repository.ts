import {
  type Conduct,
  type PageQuery,
  RECTIFICATION_OPEN_STATUSES,
  type RectificationSource,
  type RectificationStatus,
} from '@zeren/contracts';
import {
  and,
  asc,
  eq,
  gte,
  ilike,
  inArray,
  isNotNull,
  like,
  lt,
  lte,
  notInArray,
  or,
  type SQL,
  sql,
} from 'drizzle-orm';
import { QueryBuilder } from 'drizzle-orm/pg-core';
import { type DbOrTx, inSequence } from '../../db/client';
import { containsPattern } from '../../db/text-search';
import { countHeatByUnit } from '../../platform/figures';
import { type MonthArea, unitsUnder } from '../../platform/month-area';
import { unit } from '../../platform/org/org.table';
import { countUpTo, fetchSize, orderOf, type SortKey, scopedPageRows, toPage } from '../../platform/paging';
import type { Scope } from '../../platform/scope';
import { countEachOf, tally } from '../../platform/tallies';
import { rectificationItem, rectificationItemTally } from './rectification.table';

export type RectificationItemRow = typeof rectificationItem.$inferSelect;

const itemColumns = {
  item: rectificationItem,
  unitId: rectificationItem.unitId,
  unitName: unit.name,
  unitPath: unit.path,
};

function itemQuery(db: DbOrTx) {
  return db
    .select(itemColumns)
    .from(rectificationItem)
    .innerJoin(unit, eq(unit.id, rectificationItem.unitId));
}
export type ItemWithUnit = Awaited<ReturnType<typeof findItem>> & {};

/** By due date, then id: the most urgent first, a page at a time. */
const qb = new QueryBuilder();

const ITEM_ORDER: SortKey<ItemWithUnit>[] = [
  { column: rectificationItem.dueDate, direction: 'asc', type: 'date', of: (r) => r.item.dueDate },
  { column: rectificationItem.id, direction: 'asc', type: 'uuid', of: (r) => r.item.id },
];

export interface ItemFilter {
  campaignId?: string | undefined;
  status?: RectificationStatus | undefined;
  source?: RectificationSource | undefined;
  sourceId?: string | undefined;
  domainId?: string | undefined;
  conduct?: Conduct | undefined;
  /** Items of the unit with this materialised path and every unit below it. */
  unitPath?: string | undefined;
  /** Open items due before this day (today): overdue. */
  overdueOn?: string | undefined;
  /** Items signed off (销号) or confirmed. */
  signedOff?: boolean | undefined;
  q?: string | undefined;
  /** Only items whose unit these scopes reach, in these states and from these sources. */
  waiting?: { scope: Scope; statuses: RectificationStatus[]; sources?: RectificationSource[] } | undefined;
}

/** The filter's conditions on the item table alone (the scope's are added by the caller). */
function conditions(filter: ItemFilter): SQL[] {
  const where: SQL[] = [];
  if (filter.campaignId) where.push(eq(rectificationItem.campaignId, filter.campaignId));
  if (filter.status) where.push(eq(rectificationItem.status, filter.status));
  if (filter.source) where.push(eq(rectificationItem.source, filter.source));
  if (filter.sourceId) where.push(eq(rectificationItem.sourceId, filter.sourceId));
  if (filter.domainId) where.push(eq(rectificationItem.domainId, filter.domainId));
  if (filter.conduct) where.push(eq(rectificationItem.conduct, filter.conduct));
  if (filter.unitPath !== undefined)
    where.push(
      inArray(
        rectificationItem.unitId,
        qb
          .select({ id: unit.id })
          .from(unit)
          .where(like(unit.path, `${filter.unitPath}%`)),
      ),
    );
  if (filter.signedOff !== undefined)
    where.push(
      filter.signedOff
        ? inArray(rectificationItem.status, ['signed_off', 'confirmed'])
        : notInArray(rectificationItem.status, ['signed_off', 'confirmed']),
    );
  if (filter.overdueOn)
    where.push(
      inArray(rectificationItem.status, [...RECTIFICATION_OPEN_STATUSES]),
      lt(rectificationItem.dueDate, filter.overdueOn),
    );
  if (filter.q) {
    const p = containsPattern(filter.q);
    where.push(
      or(
        ilike(rectificationItem.problem, p),
        ilike(rectificationItem.measures, p),
        ilike(rectificationItem.responsiblePerson, p),
        ilike(rectificationItem.sourceLabel, p),
      )!,
    );
  }
  if (filter.waiting) {
    where.push(
      filter.waiting.scope.where(rectificationItem.unitId),
      inArray(rectificationItem.status, filter.waiting.statuses),
    );
    if (filter.waiting.sources) where.push(inArray(rectificationItem.source, filter.waiting.sources));
  }
  return where;
}

/** The ledger counted by campaign, status and due date (platform/tallies.ts). */
export const itemTally = tally(rectificationItemTally, rectificationItem);

/**
 * One count per filter, each with exactly the conditions `listItems` applies, over the caller's
 * scope. A caller reaching every unit is counted over the tally when the conditions read only its
 * columns (a city's 200,000 items: a few hundred rows).
 */
export function countItemFigures(db: DbOrTx, scope: Scope, filters: readonly ItemFilter[]) {
  return countEachOf(
    db,
    itemTally,
    scope,
    { where: scope.where(rectificationItem.unitId) },
    filters.map((f) => and(...conditions(f)) ?? sql`true`),
  );
}

/**
 * The heat table's counts: the rows' units (each with its subtree, as the list's `unitId` keeps
 * it), per domain, with exactly the list's other conditions, in one pass.
 */
export function countItemHeat(db: DbOrTx, scope: Scope, filter: ItemFilter, rowUnitIds: readonly string[]) {
  return countHeatByUnit(db, {
    table: rectificationItem,
    unitId: rectificationItem.unitId,
    groupBy: rectificationItem.domainId,
    where: and(scope.where(rectificationItem.unitId), ...conditions(filter)),
    rowUnitIds,
    unitFilter: 'subtree',
  });
}

export async function listItems(db: DbOrTx, scope: Scope, filter: ItemFilter, page: PageQuery) {
  const own = conditions(filter);
  const where = and(scope.where(rectificationItem.unitId), ...own);
  const rows = await scopedPageRows(db, {
    table: rectificationItem,
    id: rectificationItem.id,
    unitId: rectificationItem.unitId,
    scope,
    where: and(...own),
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
      .from(rectificationItem)
      .innerJoin(unit, eq(unit.id, rectificationItem.unitId))
      .where(where),
  );
  return toPage(ITEM_ORDER, page, rows, counted);
}

/** Every item of the filter in scope, for the export: by unit, then in the order they were entered. */
export function listAllItems(db: DbOrTx, scope: Scope, filter: ItemFilter) {
  return itemQuery(db)
    .where(and(scope.where(rectificationItem.unitId), ...conditions(filter)))
    .orderBy(asc(unit.path), asc(rectificationItem.id));
}

export function findItem(db: DbOrTx, id: string, scope: Scope) {
  return itemQuery(db)
    .where(and(eq(rectificationItem.id, id), scope.where(rectificationItem.unitId)))
    .limit(1)
    .then((r) => r[0]);
}

export function insertItem(db: DbOrTx, values: typeof rectificationItem.$inferInsert) {
  return db
    .insert(rectificationItem)
    .values(values)
    .returning()
    .then((r) => r[0]!);
}

export function updateItem(db: DbOrTx, id: string, values: Partial<typeof rectificationItem.$inferInsert>) {
  return db
    .update(rectificationItem)
    .set(values)
    .where(eq(rectificationItem.id, id))
    .returning()
    .then((r) => r[0]!);
}

export function deleteItem(db: DbOrTx, id: string) {
  return db.delete(rectificationItem).where(eq(rectificationItem.id, id));
}

/** Items not yet closed whose deadline was counted on working days through years `from`..`to`. */
export function itemsCountedThrough(db: DbOrTx, from: number, to: number) {
  return db
    .select({
      id: rectificationItem.id,
      unitId: rectificationItem.unitId,
      dueDate: rectificationItem.dueDate,
      dueBasisFrom: rectificationItem.dueBasisFrom,
      dueBasisDays: rectificationItem.dueBasisDays,
    })
    .from(rectificationItem)
    .where(
      and(
        isNotNull(rectificationItem.dueBasisDays),
        inArray(rectificationItem.status, [...RECTIFICATION_OPEN_STATUSES, 'completion_claimed']),
        lte(rectificationItem.dueBasisFrom, `${to}-12-31`),
        gte(rectificationItem.dueDate, `${from}-01-01`),
      ),
    );
}

/**
 * The month's ledger figures of the items of a campaign whose unit lies in the area: opened in
 * the month, closed (销号) in the month, and overdue at its end (due by its last day and not
 * closed before the next began).
 */
export async function monthFigures(db: DbOrTx, area: MonthArea) {
  const inArea = and(
    eq(rectificationItem.campaignId, area.campaignId),
    inArray(rectificationItem.unitId, unitsUnder(area.unitPath)),
  );
  const counted = (where: SQL | undefined) =>
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(rectificationItem)
      .where(and(inArea, where))
      .then((r) => r[0]!.n);
  const [opened, closed, overdue] = await inSequence([
    () =>
      counted(and(gte(rectificationItem.createdAt, area.start), lt(rectificationItem.createdAt, area.end))),
    () => counted(and(gte(rectificationItem.closedAt, area.start), lt(rectificationItem.closedAt, area.end))),
    () =>
      counted(
        and(
          lt(rectificationItem.createdAt, area.end),
          lte(rectificationItem.dueDate, area.to),
          or(sql`${rectificationItem.closedAt} is null`, gte(rectificationItem.closedAt, area.end)),
        ),
      ),
  ]);
  return { opened, closed, overdue };
}
