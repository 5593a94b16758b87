import { type AnyColumn, type SQL, sql } from 'drizzle-orm';

/**
 * The text of a record that staff search reads (docs/design/search.md): its columns joined by a
 * space, NULLs as empty. The owning table's search index and the search query both build it with
 * this one function, so PostgreSQL matches the query's expression to the index's.
 */
export function searchDocument(...columns: AnyColumn[]): SQL {
  return sql.join(
    columns.map((c) => sql`coalesce(${c}, '')`),
    sql` || ' ' || `,
  );
}

/**
 * The record's overlapping character pairs as a tsvector (`zeren_search_bigrams`, migration
 * 0022): the expression of its GIN index. Chinese has no spaces between words and most words are
 * two characters, so every two-character word inside a sentence is one lexeme of it.
 */
export function searchVector(...columns: AnyColumn[]): SQL {
  return sql`zeren_search_bigrams(${searchDocument(...columns)})`;
}
