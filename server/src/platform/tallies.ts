import {
  Column,
  getTableColumns,
  getTableName,
  is,
  Name,
  Param,
  Placeholder,
  SQL,
  type SQLWrapper,
  StringChunk,
  sql,
  Table,
  View,
} from 'drizzle-orm';
import type { PgSelect, PgTable } from 'drizzle-orm/pg-core';
import { type DbOrTx, rowsOf } from '../db/client';
import type { ServiceContext } from './context';
import { countEach } from './figures';
import type { ScheduledJob } from './jobs';
import type { Scope } from './scope';

/**
 * A tally (roll-up): the rows of a table counted by a few of its columns — `n` rows of
 * `source` have these values of `keys`. The database keeps it (statement triggers that the
 * migration creating it installs with `zeren_install_tallies`): every insert, update and delete of
 * the source adds rows of +n / −n for the values it added and removed, and never updates a row, so
 * writers never wait on one another's tally rows; `tallyFoldJob` (every minute) replaces each value's
 * rows by their sum. A tally is therefore always exact — its sum by any values is the count of the
 * source's rows with them, in any transaction's snapshot, folded or not.
 *
 * Its columns carry the source's column names, so a list's own conditions (`status in (…) and
 * due_date < …`) read it unchanged when it is named as the source (`from tally as "source"`): a
 * figure counted over the tally is counted with exactly the conditions its list applies
 * (`countEachTallied`). Conditions naming any other column or table (a scope's units, a subquery)
 * cannot be read there; the caller then counts the source itself.
 */
export interface Tally {
  /** The tally table: `n` and columns named as the source's `keys`. */
  table: PgTable;
  /** The counted table. */
  source: PgTable;
  /** The source's columns it counts by, by their SQL names. */
  keys: ReadonlySet<string>;
}

/** A tally of `source` kept in `table`, whose columns other than `n` are the source's keys. */
export function tally(table: PgTable, source: PgTable): Tally {
  const names = Object.values(getTableColumns(table)).map((c) => c.name);
  const sourceNames = new Set(Object.values(getTableColumns(source)).map((c) => c.name));
  const keys = names.filter((name) => name !== 'n');
  for (const key of keys)
    if (!sourceNames.has(key))
      throw new Error(`tally ${getTableName(table)}: ${key} is no column of ${getTableName(source)}`);
  return { table, source, keys: new Set(keys) };
}

/**
 * Whether an expression reads nothing but the tally's keys of its source: its columns all the
 * source's keys, no other table (a subquery), no raw identifier.
 */
function readsKeysOnly(chunk: unknown, t: Tally): boolean {
  if (chunk === null || chunk === undefined) return true;
  if (is(chunk, Column)) return chunk.table === t.source && t.keys.has(chunk.name);
  if (is(chunk, Table) || is(chunk, View) || is(chunk, Name)) return false;
  if (is(chunk, SQL)) return chunk.queryChunks.every((c) => readsKeysOnly(c, t));
  if (is(chunk, SQL.Aliased)) return readsKeysOnly(chunk.sql, t);
  if (is(chunk, Param)) return !is(chunk.value, SQL) && !is(chunk.value, Column);
  if (is(chunk, StringChunk) || is(chunk, Placeholder)) return true;
  if (Array.isArray(chunk)) return chunk.every((c) => readsKeysOnly(c, t));
  if (typeof chunk === 'object' && typeof (chunk as SQLWrapper).getSQL === 'function')
    return readsKeysOnly((chunk as SQLWrapper).getSQL(), t);
  // A plain value becomes a bound parameter.
  return typeof chunk !== 'object' || chunk instanceof Date;
}

/** The tally named as its source, so the source's columns in a condition resolve to its own. */
const asSource = (t: Tally) => sql`${t.table} as ${sql.identifier(getTableName(t.source))}`;

/**
 * `countEach` over a tally: for each condition (a list's own, over the whole source — no
 * scope), the number of the source's rows it keeps. Null when a condition reads more than the
 * tally's keys: the caller counts the source instead.
 */
export async function countEachTallied(
  db: DbOrTx,
  t: Tally,
  conditions: readonly SQL[],
): Promise<number[] | null> {
  if (!conditions.every((c) => readsKeysOnly(c, t))) return null;
  if (conditions.length === 0) return [];
  const columns = sql.join(
    conditions.map((c, i) => sql`coalesce(sum(n) filter (where ${c}), 0)::int as ${sql.identifier(`f${i}`)}`),
    sql`, `,
  );
  const [row] = rowsOf<Record<string, number>>(await db.execute(sql`select ${columns} from ${asSource(t)}`));
  return conditions.map((_, i) => Number(row?.[`f${i}`] ?? 0));
}

/**
 * `countEach` of a tally's source as its list counts for a caller: within `where` (the caller's
 * scope, `join` adding the tables it names) — or, when the scope reaches every unit and the
 * conditions read only the tally's columns, over the tally, less the records `about` names (those
 * the caller is recused from, 回避: few, counted live through their indexes).
 */
export async function countEachOf(
  db: DbOrTx,
  t: Tally,
  scope: Scope,
  within: { where: SQL | undefined; about?: SQL | null; join?: (query: PgSelect) => PgSelect },
  conditions: readonly SQL[],
): Promise<number[]> {
  if (scope.global) {
    const tallied = await countEachTallied(db, t, conditions);
    if (tallied) {
      if (!within.about) return tallied;
      const recused = await countEach(db, t.source, within.about, conditions);
      return tallied.map((n, i) => n - recused[i]!);
    }
  }
  return countEach(db, t.source, within.where, conditions, within.join);
}

/**
 * The source's rows that `conditions` keep, counted by the value of `by` (an expression of the
 * keys: a column, a month of a date), over a tally. Null when the conditions or `by` read more than
 * its keys. A value no row has is absent; null is a value like another.
 */
export async function countByTallied(
  db: DbOrTx,
  t: Tally,
  conditions: readonly SQL[],
  by: SQL | Column,
): Promise<Map<string | null, number> | null> {
  if (!readsKeysOnly(by, t) || !conditions.every((c) => readsKeysOnly(c, t))) return null;
  const where = conditions.length > 0 ? sql` where ${sql.join([...conditions], sql` and `)}` : sql``;
  const rows = rowsOf<{ value: unknown; n: number }>(
    await db.execute(
      sql`select ${by} as value, sum(n)::int as n from ${asSource(t)}${where} group by 1 having sum(n) <> 0`,
    ),
  );
  return new Map(rows.map((r) => [r.value === null ? null : String(r.value), Number(r.n)]));
}

/**
 * Folds a tally: every set of values with more than one row (or whose rows sum to nothing) becomes
 * one row of their sum, or none. Rows written meanwhile by other transactions are not in this one's
 * snapshot and stay as they are; a concurrent fold deletes only rows it still finds, so each row is
 * summed once. Returns the rows removed.
 */
export async function foldTally(db: DbOrTx, t: Tally): Promise<number> {
  const keys = sql.join(
    [...t.keys].map((k) => sql.identifier(k)),
    sql`, `,
  );
  const [due] = rowsOf<{ due: boolean }>(
    await db.execute(
      sql`select exists (select 1 from ${t.table} group by ${keys} having count(*) > 1 or sum(n) = 0) as due`,
    ),
  );
  if (!due?.due) return 0;
  const [folded] = rowsOf<{ removed: number }>(
    await db.execute(sql`with gone as (delete from ${t.table} returning ${keys}, n),
      kept as (insert into ${t.table} (${keys}, n) select ${keys}, sum(n) from gone group by ${keys} having sum(n) <> 0 returning 1)
      select ((select count(*) from gone) - (select count(*) from kept))::int as removed`),
  );
  return Number(folded?.removed ?? 0);
}

/**
 * The job that folds every module's tallies (ServerModule.tallies), each in its own transaction,
 * then vacuums a tally it folded: the rows it deleted would otherwise be read by every count until
 * autovacuum passes (after the bench loaded a city, the rates' tally held 92,908 dead rows
 * against 1,287 live ones). A role that does not own the table only gets PostgreSQL's warning,
 * and autovacuum's pace.
 */
export function tallyFoldJob(tallies: readonly Tally[]): ScheduledJob {
  return {
    name: 'tallies.fold',
    everyMs: 60_000,
    lockKey: 7312,
    async run(ctx: ServiceContext) {
      let removed = 0;
      for (const t of tallies) {
        const folded = await ctx.db.transaction((tx) => foldTally(tx, t));
        if (folded > 0) await ctx.db.execute(sql`vacuum (analyze) ${t.table}`);
        removed += folded;
      }
      return { removed };
    },
  };
}
