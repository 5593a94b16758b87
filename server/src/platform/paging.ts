import { AsyncLocalStorage } from 'node:async_hooks';
import { COUNT_CAP, type Page, type PageQuery } from '@zeren/contracts';
import {
  type AnyColumn,
  and,
  asc,
  desc,
  eq,
  getTableName,
  gt,
  gte,
  inArray,
  lt,
  lte,
  or,
  type SQL,
  sql,
  type Table,
} from 'drizzle-orm';
import { type DbOrTx, rowsOf } from '../db/client';
import { fieldError } from './errors';
import type { Scope } from './scope';

/**
 * Keyset paging of staff lists. A list names its order as sort keys on columns of its own table
 * (never NULL, ending with the unique id so the order is total); the cursor of the next page is
 * the last row's key values, base64url-encoded JSON, checked back against the key types before
 * they reach SQL. Timestamps are not keys: ids are UUIDv7 and already sort by creation.
 */
export type SortKeyType = 'uuid' | 'text' | 'int' | 'date' | 'boolean';
type KeyValue = string | number | boolean;

export interface SortKey<Row> {
  column: AnyColumn;
  direction: 'asc' | 'desc';
  type: SortKeyType;
  /** The key's value read off a returned row. */
  of: (row: Row) => KeyValue;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function fits(type: SortKeyType, value: unknown): value is KeyValue {
  switch (type) {
    case 'uuid':
      return typeof value === 'string' && UUID.test(value);
    case 'text':
      return typeof value === 'string' && value.length <= 500;
    case 'int':
      return typeof value === 'number' && Number.isSafeInteger(value);
    case 'date':
      return typeof value === 'string' && DATE.test(value);
    case 'boolean':
      return typeof value === 'boolean';
  }
}

export function encodeCursor(values: readonly KeyValue[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

/** The key values a cursor holds; a cursor that is not one of this list's is a 400 on `query.after`. */
export function decodeCursor<Row>(keys: readonly SortKey<Row>[], cursor: string): KeyValue[] {
  let values: unknown;
  try {
    values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    values = null;
  }
  if (
    !Array.isArray(values) ||
    values.length !== keys.length ||
    !keys.every((k, i) => fits(k.type, values[i]))
  )
    throw fieldError('query.after', 'field.invalid');
  return values as KeyValue[];
}

/**
 * Rows strictly after the cursor in the keys' order. Keys all in one direction compare as a row,
 * `(k1, k2) > (v1, v2)`, which PostgreSQL seeks in the matching index; mixed directions expand to
 * `k1 > v1 OR (k1 = v1 AND k2 < v2) …`, bounded by `k1 >= v1` so the first key still seeks.
 */
function afterCondition<Row>(keys: readonly SortKey<Row>[], values: readonly KeyValue[]): SQL {
  const direction = keys[0]!.direction;
  if (keys.every((k) => k.direction === direction)) {
    const columns = sql.join(
      keys.map((k) => sql`${k.column}`),
      sql`, `,
    );
    const bound = sql.join(
      keys.map((k, i) => sql`${sql.param(values[i], k.column)}`),
      sql`, `,
    );
    return direction === 'asc' ? sql`(${columns}) > (${bound})` : sql`(${columns}) < (${bound})`;
  }
  const beyond = (i: number) => (keys[i]!.direction === 'asc' ? gt : lt)(keys[i]!.column, values[i]);
  const alternatives = keys.map((_, i) =>
    and(...keys.slice(0, i).map((k, j) => eq(k.column, values[j])), beyond(i)),
  );
  const first = (direction === 'asc' ? gte : lte)(keys[0]!.column, values[0]);
  return and(first, or(...alternatives))!;
}

/** The ORDER BY of the keys. */
export function orderOf<Row>(keys: readonly SortKey<Row>[]): SQL[] {
  return keys.map((k) => (k.direction === 'asc' ? asc(k.column) : desc(k.column)));
}

/** The WHERE of one page: the list's own conditions and, after the first page, the cursor's. */
export function pageWhere<Row>(keys: readonly SortKey<Row>[], page: PageQuery, where: SQL | undefined) {
  if (!page.after) return where;
  return and(where, afterCondition(keys, decodeCursor(keys, page.after)));
}

/** Rows a list fetches for one page: one more than shown, to know whether another page follows. */
export const fetchSize = (page: PageQuery) => page.limit + 1;

const uncounted = new AsyncLocalStorage<true>();

/**
 * Reads a list's pages without counting their rows (their `total` is 0): an export walks every
 * page of a list through the list's own function and needs the count of the first page only, not
 * one count of up to COUNT_CAP rows per page.
 */
export function withoutCounts<T>(read: () => Promise<T>): Promise<T> {
  return uncounted.run(true, read);
}

/** Counts the rows of a list's query up to COUNT_CAP + 1, so counting never costs more than that. */
export async function countUpTo(
  db: DbOrTx,
  rows: { limit(n: number): { as(alias: string): unknown } },
): Promise<number> {
  if (uncounted.getStore()) return 0;
  const sub = rows.limit(COUNT_CAP + 1).as('counted') as Parameters<ReturnType<DbOrTx['select']>['from']>[0];
  const [r] = await db.select({ n: sql<number>`count(*)::int` }).from(sub);
  return r!.n;
}

/**
 * The page the client gets: at most `limit` rows, the next cursor, and the total (exact up to
 * COUNT_CAP). The rows are the repository's; the service presents them (`{ ...page, items }`).
 */
export function toPage<Row>(
  keys: readonly SortKey<Row>[],
  page: PageQuery,
  rows: Row[],
  counted: number,
): Page<Row> {
  const shown = rows.slice(0, page.limit);
  const last = shown[shown.length - 1];
  return {
    items: shown,
    nextCursor: rows.length > page.limit && last ? encodeCursor(keys.map((k) => k.of(last))) : null,
    total: Math.min(counted, COUNT_CAP),
    totalExact: counted <= COUNT_CAP,
  };
}

/**
 * Up to this many reached units, a scoped list walks them one by one (pageIdsUnitByUnit); with more,
 * PostgreSQL's own plan is better: the order's index, filtered by the reached units.
 */
export const UNIT_BY_UNIT_MAX = 64;

/**
 * The ids of one page of a scoped list, taken unit by unit, or null when the scope is better left
 * to the planner (every unit, or more than UNIT_BY_UNIT_MAX of them). A county user's list is a
 * large share of the rows in a handful of units: filtering the order's index by unit reads most
 * of the table, and fetching the units' rows to sort them reads all of theirs. Walking each
 * reached unit's (unit, order…) index for at most one page, then keeping the first page of
 * those, reads at most a page per unit. Every row belongs to one unit, so the result is exactly
 * the first page of the whole list. `where` holds the list's other conditions (not the scope's:
 * the walk is the scope); `keys` are columns of `table`.
 */
export async function pageIdsUnitByUnit<Row>(
  db: DbOrTx,
  list: {
    table: Table;
    id: AnyColumn;
    unitId: AnyColumn;
    scope: Scope;
    where: SQL | undefined;
    keys: readonly SortKey<Row>[];
    page: PageQuery;
  },
): Promise<string[] | null> {
  const reached = list.scope.reachedUnits();
  if (!reached) return null;
  const counted = await db.execute(
    sql`select count(*)::int as n from (${reached} limit ${UNIT_BY_UNIT_MAX + 1}) as reached`,
  );
  const units = Number(rowsOf<{ n: number }>(counted)[0]?.n ?? 0);
  if (units > UNIT_BY_UNIT_MAX) return null;
  if (units === 0) return [];
  const size = fetchSize(list.page);
  const name = sql.identifier(getTableName(list.table));
  // The walk's output is named like the table, so the keys' columns name its columns outside too.
  const columns = [list.id, ...list.keys.map((k) => k.column)].filter(
    (c, i, all) => all.findIndex((d) => d.name === c.name) === i,
  );
  const inner = and(sql`${list.unitId} = reached.id`, pageWhere(list.keys, list.page, list.where));
  const result = await db.execute(sql`
    select ${name}.${sql.identifier(list.id.name)} as id
    from (${reached}) as reached
    cross join lateral (
      select ${sql.join(
        columns.map((c) => sql`${c}`),
        sql`, `,
      )} from ${list.table}
      where ${inner}
      order by ${sql.join(orderOf(list.keys), sql`, `)}
      limit ${size}
    ) as ${name}
    order by ${sql.join(orderOf(list.keys), sql`, `)}
    limit ${size}`);
  return rowsOf<{ id: string }>(result).map((r) => r.id);
}

/**
 * The rows of one page of a scoped list: walked unit by unit when the caller reaches few units
 * (pageIdsUnitByUnit, then the rows by id), else the list's keyset condition on the order's index.
 * `rows(where)` runs the list's own select (its joins and columns) with that condition, in the
 * keys' order, `fetchSize(page)` rows at most.
 */
export async function scopedPageRows<Row>(
  db: DbOrTx,
  list: Parameters<typeof pageIdsUnitByUnit<Row>>[1] & { rows: (where: SQL | undefined) => Promise<Row[]> },
): Promise<Row[]> {
  const ids = await pageIdsUnitByUnit(db, list);
  if (ids?.length === 0) return [];
  return list.rows(
    ids
      ? inArray(list.id, ids)
      : pageWhere(list.keys, list.page, and(list.scope.where(list.unitId), list.where)),
  );
}
