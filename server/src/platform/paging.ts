import { COUNT_CAP, type Page, type PageQuery } from '@zeren/contracts';
import { type AnyColumn, and, asc, desc, eq, gt, gte, lt, lte, or, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { fieldError } from './errors';

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

/** Counts the rows of a list's query up to COUNT_CAP + 1, so counting never costs more than that. */
export async function countUpTo(
  db: DbOrTx,
  rows: { limit(n: number): { as(alias: string): unknown } },
): Promise<number> {
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
