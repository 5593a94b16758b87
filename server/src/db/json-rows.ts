import { getTableColumns, getTableName, type SQL, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { DbOrTx } from './client';

/**
 * Column kinds whose values travel as plain JSON and come out right when PostgreSQL spreads the
 * JSON into the table's row type: text and numbers as themselves, dates as their ISO strings,
 * jsonb as the nested value, arrays as JSON arrays. Anything else (bytea, custom types) would
 * need its driver mapping and is refused rather than stored wrong.
 */
const JSON_SAFE = new Set([
  'PgUUID',
  'PgText',
  'PgVarchar',
  'PgJsonb',
  'PgTimestamp',
  'PgDate',
  'PgDateString',
  'PgInteger',
  'PgSmallInt',
  'PgBigInt53',
  'PgDoublePrecision',
  'PgReal',
  'PgBoolean',
  'PgArray',
]);

interface InsertOptions {
  /** `on conflict (these columns) do nothing`: the rows left out are not returned. */
  onConflictDoNothing?: PgColumn[];
  /** Columns to return, by the name each takes in the answer (text and uuid columns: returned as strings). */
  returning?: Record<string, PgColumn>;
  /** Inserts the rows only when this holds (a statement that writes only if another part of it did). */
  when?: SQL;
}

/**
 * The statement that inserts many rows with one parameter: the rows as a JSON array, spread into
 * the table's row type by `json_populate_recordset`. For the hot paths that insert a batch at a
 * time (public ballots, audit events): the statement's text depends only on the columns, not on
 * the number of rows, and building it costs nothing next to a query builder's fifteen parameters
 * a row. Column defaults computed in the application (`$defaultFn`, the ids) are applied as the
 * builder would; columns absent from every row take the database's default.
 */
export function jsonRowsInsert<T extends PgTable>(
  table: T,
  rows: readonly T['$inferInsert'][],
  options: InsertOptions = {},
): SQL {
  const columns = Object.entries(getTableColumns(table)) as [string, PgColumn][];
  const used = columns.filter(
    ([key, column]) =>
      column.defaultFn !== undefined || rows.some((r) => (r as Record<string, unknown>)[key] !== undefined),
  );
  for (const [key, column] of used)
    if (!JSON_SAFE.has(column.columnType))
      throw new Error(
        `jsonRowsInsert: ${getTableName(table)}.${key} (${column.columnType}) does not travel as JSON`,
      );
  const payload = rows.map((row) => {
    const out: Record<string, unknown> = {};
    for (const [key, column] of used) {
      let value = (row as Record<string, unknown>)[key];
      if (value === undefined && column.defaultFn) value = column.defaultFn();
      out[column.name] = value === undefined ? null : value;
    }
    return out;
  });
  const names = sql.join(
    used.map(([, c]) => sql.identifier(c.name)),
    sql`, `,
  );
  const tableName = sql.identifier(getTableName(table));
  const when = options.when ? sql` where ${options.when}` : sql``;
  const conflict = options.onConflictDoNothing
    ? sql` on conflict (${sql.join(
        options.onConflictDoNothing.map((c) => sql.identifier(c.name)),
        sql`, `,
      )}) do nothing`
    : sql``;
  const returning = options.returning
    ? sql` returning ${sql.join(
        Object.entries(options.returning).map(
          ([as, c]) => sql`${sql.identifier(c.name)}::text as ${sql.identifier(as)}`,
        ),
        sql`, `,
      )}`
    : sql``;
  return sql`insert into ${tableName} (${names})
    select ${names} from json_populate_recordset(null::${tableName}, ${JSON.stringify(payload)}::json)${when}${conflict}${returning}`;
}

/** Runs `jsonRowsInsert`; answers the returned rows. */
export async function insertJsonRows<
  T extends PgTable,
  R extends Record<string, string> = Record<string, never>,
>(db: DbOrTx, table: T, rows: readonly T['$inferInsert'][], options: InsertOptions = {}): Promise<R[]> {
  if (rows.length === 0) return [];
  const result = (await db.execute(jsonRowsInsert(table, rows, options))) as unknown as { rows: R[] };
  return result.rows;
}
