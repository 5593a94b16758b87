import { type AnyColumn, getTableName, type SQL, sql, type Table } from 'drizzle-orm';

/**
 * The text of a record that staff search reads (docs/design/search.md): its columns joined by a
 * space, NULLs as empty — the argument of the generated column `search_vector` of its table
 * (migration 0022), and what the search checks each query word against.
 */
export function searchDocument(...columns: AnyColumn[]): SQL {
  return sql.join(
    columns.map((c) => sql`coalesce(${c}, '')`),
    sql` || ' ' || `,
  );
}

/**
 * A searchable table's stored character pairs (`zeren_search_bigrams` of its search document,
 * kept by PostgreSQL on every write, GIN-indexed). Only in SQL, not in the drizzle schema, so no
 * repository's row carries it.
 */
export function searchVector(table: Table): SQL {
  return sql`${sql.identifier(getTableName(table))}.${sql.identifier('search_vector')}`;
}
