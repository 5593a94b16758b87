import type { PageQuery } from '@zeren/contracts';
import {
  and,
  asc,
  count,
  desc,
  eq,
  ilike,
  inArray,
  isNotNull,
  isNull,
  notExists,
  or,
  type SQL,
  sql,
} from 'drizzle-orm';
import { alias, QueryBuilder } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/client';
import { containsPattern } from '../../db/text-search';
import { unit } from '../../platform/org/org.table';
import { countUpTo, fetchSize, orderOf, pageWhere, type SortKey, toPage } from '../../platform/paging';
import type { Scope } from '../../platform/scope';
import { dutyItem, dutyItemVersion } from './duties.table';

export type DutyItemRow = typeof dutyItem.$inferSelect;
export type DutyItemVersionRow = typeof dutyItemVersion.$inferSelect;

export const OPEN_STATUSES = ['draft', 'submitted', 'returned'] as const;

const qb = new QueryBuilder();

// The version in the works (at most one per item) and the published one, joined beside the item.
const openVersion = alias(dutyItemVersion, 'open_version');
const publishedVersion = alias(dutyItemVersion, 'published_version');

const itemColumns = {
  item: dutyItem,
  unitId: dutyItem.unitId,
  unitName: unit.name,
  unitPath: unit.path,
  open: openVersion,
  published: publishedVersion,
};

function itemQuery(db: DbOrTx) {
  return db
    .select(itemColumns)
    .from(dutyItem)
    .innerJoin(unit, eq(unit.id, dutyItem.unitId))
    .leftJoin(
      openVersion,
      and(eq(openVersion.itemId, dutyItem.id), inArray(openVersion.status, [...OPEN_STATUSES])),
    )
    .leftJoin(
      publishedVersion,
      and(eq(publishedVersion.itemId, dutyItem.id), eq(publishedVersion.status, 'published')),
    );
}

export type ItemWithVersions = NonNullable<Awaited<ReturnType<typeof findItem>>>;

/** The latest version is the open one when there is one, else the published one. */
function latestIs(column: 'status' | 'category', value: string): SQL {
  return or(
    and(isNotNull(openVersion.id), eq(openVersion[column], value)),
    and(isNull(openVersion.id), eq(publishedVersion[column], value)),
  )!;
}

/**
 * The item's latest version, for a query on the versions alone (staff search): the open one, or
 * the published one when none is open — the version the list shows (`latestIs`).
 */
export function isLatestVersion(): SQL {
  const open = alias(dutyItemVersion, 'open_of_item');
  return or(
    inArray(dutyItemVersion.status, [...OPEN_STATUSES]),
    and(
      eq(dutyItemVersion.status, 'published'),
      notExists(
        qb
          .select({ one: sql`1` })
          .from(open)
          .where(and(eq(open.itemId, dutyItemVersion.itemId), inArray(open.status, [...OPEN_STATUSES]))),
      ),
    ),
  )!;
}

/** By code (codes start with the unit's abbreviation), then id: the order of the staff list. */
const ITEM_ORDER: SortKey<ItemWithVersions>[] = [
  { column: dutyItem.code, direction: 'asc', type: 'text', of: (r) => r.item.code },
  { column: dutyItem.id, direction: 'asc', type: 'uuid', of: (r) => r.item.id },
];

export interface ItemFilter {
  kind?: 'power' | 'duty' | undefined;
  unitId?: string | undefined;
  status?: string | undefined;
  category?: string | undefined;
  q?: string | undefined;
  submittedOnly?: boolean;
}

function itemConditions(scope: Scope, filter: ItemFilter) {
  const conditions: SQL[] = [scope.where(dutyItem.unitId)];
  if (filter.kind) conditions.push(eq(dutyItem.kind, filter.kind));
  if (filter.unitId) conditions.push(eq(dutyItem.unitId, filter.unitId));
  if (filter.status) conditions.push(latestIs('status', filter.status));
  if (filter.category) conditions.push(latestIs('category', filter.category));
  if (filter.submittedOnly) conditions.push(eq(openVersion.status, 'submitted'));
  if (filter.q) {
    const p = containsPattern(filter.q);
    conditions.push(
      or(ilike(dutyItem.code, p), ilike(openVersion.name, p), ilike(publishedVersion.name, p))!,
    );
  }
  return and(...conditions);
}

/** One page of the items in scope that pass the filter. */
export async function listItems(db: DbOrTx, scope: Scope, filter: ItemFilter, page: PageQuery) {
  const where = itemConditions(scope, filter);
  const rows = await itemQuery(db)
    .where(pageWhere(ITEM_ORDER, page, where))
    .orderBy(...orderOf(ITEM_ORDER))
    .limit(fetchSize(page));
  const counted = await countUpTo(
    db,
    db
      .select({ one: sql`1`.as('one') })
      .from(dutyItem)
      .leftJoin(
        openVersion,
        and(eq(openVersion.itemId, dutyItem.id), inArray(openVersion.status, [...OPEN_STATUSES])),
      )
      .leftJoin(
        publishedVersion,
        and(eq(publishedVersion.itemId, dutyItem.id), eq(publishedVersion.status, 'published')),
      )
      .where(where),
  );
  return toPage(ITEM_ORDER, page, rows, counted);
}

/** Every item in scope that passes the filter, in the order of the units' tree (for the Excel export). */
export function listAllItems(db: DbOrTx, scope: Scope, filter: ItemFilter) {
  return itemQuery(db)
    .where(itemConditions(scope, filter))
    .orderBy(asc(unit.path), asc(dutyItem.kind), asc(dutyItem.code));
}

export function findItem(db: DbOrTx, id: string, scope: Scope) {
  return itemQuery(db)
    .where(and(eq(dutyItem.id, id), scope.where(dutyItem.unitId)))
    .limit(1)
    .then((r) => r[0]);
}

export function listVersions(db: DbOrTx, itemId: string) {
  return db
    .select()
    .from(dutyItemVersion)
    .where(eq(dutyItemVersion.itemId, itemId))
    .orderBy(desc(dutyItemVersion.version));
}

export function maxVersion(db: DbOrTx, itemId: string) {
  return db
    .select({ v: sql<number>`coalesce(max(${dutyItemVersion.version}), 0)::int` })
    .from(dutyItemVersion)
    .where(eq(dutyItemVersion.itemId, itemId))
    .then((r) => r[0]!.v);
}

export function findItemByCode(db: DbOrTx, unitId: string, kind: 'power' | 'duty', code: string) {
  return db
    .select()
    .from(dutyItem)
    .where(and(eq(dutyItem.unitId, unitId), eq(dutyItem.kind, kind), eq(dutyItem.code, code)))
    .limit(1)
    .then((r) => r[0]);
}

/** code → id of a unit's items of one kind (imports check duplicates and main items against them). */
export async function itemCodes(db: DbOrTx, unitId: string, kind: 'power' | 'duty') {
  const rows = await db
    .select({ id: dutyItem.id, code: dutyItem.code, parentItemId: dutyItem.parentItemId })
    .from(dutyItem)
    .where(and(eq(dutyItem.unitId, unitId), eq(dutyItem.kind, kind)));
  return new Map(rows.map((r) => [r.code, r]));
}

export function insertItem(db: DbOrTx, values: typeof dutyItem.$inferInsert) {
  return db
    .insert(dutyItem)
    .values(values)
    .returning()
    .then((r) => r[0]!);
}

export function updateItem(db: DbOrTx, id: string, values: Partial<typeof dutyItem.$inferInsert>) {
  return db.update(dutyItem).set(values).where(eq(dutyItem.id, id));
}

export function deleteItem(db: DbOrTx, id: string) {
  return db.delete(dutyItem).where(eq(dutyItem.id, id));
}

export function insertVersion(db: DbOrTx, values: typeof dutyItemVersion.$inferInsert) {
  return db
    .insert(dutyItemVersion)
    .values(values)
    .returning()
    .then((r) => r[0]!);
}

export function updateVersion(db: DbOrTx, id: string, values: Partial<typeof dutyItemVersion.$inferInsert>) {
  return db
    .update(dutyItemVersion)
    .set(values)
    .where(eq(dutyItemVersion.id, id))
    .returning()
    .then((r) => r[0]!);
}

export function deleteVersion(db: DbOrTx, id: string) {
  return db.delete(dutyItemVersion).where(eq(dutyItemVersion.id, id));
}

export function countChildItems(db: DbOrTx, id: string) {
  return db
    .select({ n: count() })
    .from(dutyItem)
    .where(eq(dutyItem.parentItemId, id))
    .then((r) => r[0]!.n);
}

// ---- public portal: published versions only, through the public presenters; no caller, no scope

function publicConditions(filter: {
  kind?: 'power' | 'duty' | undefined;
  unitId?: string | undefined;
  category?: string | undefined;
  q?: string | undefined;
  /** Categories whose labels match q (the stored value is the code). */
  categoriesMatchingQ?: string[];
}): SQL {
  const conditions: SQL[] = [eq(publishedVersion.status, 'published')];
  if (filter.kind) conditions.push(eq(dutyItem.kind, filter.kind));
  if (filter.unitId) conditions.push(eq(dutyItem.unitId, filter.unitId));
  if (filter.category) conditions.push(eq(publishedVersion.category, filter.category));
  if (filter.q) {
    const p = containsPattern(filter.q);
    const alternatives: SQL[] = [
      ilike(publishedVersion.name, p),
      ilike(dutyItem.code, p),
      ilike(unit.name, p),
      ilike(publishedVersion.category, p),
      // The portal's search box promises 事项名称、依据等: the legal basis is searched too.
      ilike(publishedVersion.legalBasis, p),
    ];
    if (filter.categoriesMatchingQ && filter.categoriesMatchingQ.length > 0)
      alternatives.push(inArray(publishedVersion.category, filter.categoriesMatchingQ));
    conditions.push(or(...alternatives)!);
  }
  return and(...conditions)!;
}

const publishedJoin = () =>
  and(eq(publishedVersion.itemId, dutyItem.id), eq(publishedVersion.version, dutyItem.publishedVersion));

const publicColumns = { item: dutyItem, unitName: unit.name, version: publishedVersion };

export async function listPublished(
  db: DbOrTx,
  filter: Parameters<typeof publicConditions>[0] & { limit: number; offset: number },
) {
  const where = publicConditions(filter);
  const rows = await db
    .select(publicColumns)
    .from(dutyItem)
    .innerJoin(unit, eq(unit.id, dutyItem.unitId))
    .innerJoin(publishedVersion, publishedJoin())
    .where(where)
    .orderBy(asc(unit.path), asc(dutyItem.kind), asc(dutyItem.code))
    .limit(filter.limit)
    .offset(filter.offset);
  const [total] = await db
    .select({ n: count() })
    .from(dutyItem)
    .innerJoin(unit, eq(unit.id, dutyItem.unitId))
    .innerJoin(publishedVersion, publishedJoin())
    .where(where);
  return { rows, total: total!.n };
}

export function findPublished(db: DbOrTx, id: string) {
  return db
    .select(publicColumns)
    .from(dutyItem)
    .innerJoin(unit, eq(unit.id, dutyItem.unitId))
    .innerJoin(publishedVersion, publishedJoin())
    .where(and(eq(dutyItem.id, id), eq(publishedVersion.status, 'published')))
    .limit(1)
    .then((r) => r[0]);
}

/** The versions the public may see of an item: the published one and those it superseded. */
export function listPublicHistory(db: DbOrTx, itemId: string) {
  return db
    .select()
    .from(dutyItemVersion)
    .where(
      and(eq(dutyItemVersion.itemId, itemId), inArray(dutyItemVersion.status, ['published', 'superseded'])),
    )
    .orderBy(desc(dutyItemVersion.version));
}

/** Units that have at least one published item, in tree order. */
export function listUnitsWithPublished(db: DbOrTx) {
  return db
    .selectDistinct({ id: unit.id, name: unit.name, path: unit.path })
    .from(unit)
    .innerJoin(dutyItem, and(eq(dutyItem.unitId, unit.id), isNotNull(dutyItem.publishedVersion)))
    .orderBy(asc(unit.path));
}

/**
 * Published items that say whose duty a problem is: terms (Chinese bigrams of a lead's text) found
 * in an item's name count twice, in its responsibilities once. An item must name at least one of
 * them — the responsibilities of every item share words like 检查 and 计划 — and score `minScore`.
 */
export function matchPublishedItems(db: DbOrTx, terms: string[], minScore: number, limit: number) {
  if (terms.length === 0) return Promise.resolve([]);
  const count = (field: SQL) =>
    sql<number>`(${sql.join(
      terms.map((t) => sql`(case when strpos(${field}, ${t}) > 0 then 1 else 0 end)`),
      sql` + `,
    )})`;
  const inName = count(sql`${publishedVersion.name}`);
  const score = sql<number>`(2 * ${inName} + ${count(sql`coalesce(${publishedVersion.responsibilities}, '')`)})::int`;
  return db
    .select({
      id: dutyItem.id,
      code: dutyItem.code,
      unitId: dutyItem.unitId,
      unitName: unit.name,
      name: publishedVersion.name,
      score,
    })
    .from(dutyItem)
    .innerJoin(publishedVersion, publishedJoin())
    .innerJoin(unit, eq(unit.id, dutyItem.unitId))
    .where(and(eq(publishedVersion.status, 'published'), sql`${inName} >= 1`, sql`${score} >= ${minScore}`))
    .orderBy(desc(score), asc(dutyItem.code))
    .limit(limit);
}
