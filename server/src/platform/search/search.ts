import type {
  Page,
  Permission,
  SearchQuery,
  SearchRecordType,
  SearchResult,
  SearchSegment,
} from '@zeren/contracts';
import { type AnyColumn, and, desc, eq, inArray, lt, type SQL, sql } from 'drizzle-orm';
import { type PgTable, QueryBuilder } from 'drizzle-orm/pg-core';
import { type DbOrTx, rowsOf } from '../../db/client';
import { searchDocument, searchVector } from '../../db/search';
import { unit } from '../org/org.table';
import { decodeCursor, encodeCursor, type SortKey } from '../paging';
import type { Scope } from '../scope';

/**
 * What a module registers so staff search can find its records (docs/design/search.md): its
 * table and the columns search reads, the permission that reads the type, and any further rule
 * of its own reads (a lead's recusal). The table's generated column `search_vector` (migration
 * 0022) holds the pairs of the same columns, `title` then `body`, GIN-indexed; the search reads
 * only the tables the owners hand it.
 */
export interface SearchSource {
  recordType: SearchRecordType;
  permission: Permission;
  table: PgTable;
  id: AnyColumn;
  unitId: AnyColumn;
  /** A column, or an expression of its own columns where the status is derived (a key task's). */
  status: AnyColumn | SQL;
  domainId: AnyColumn | null;
  createdAt: AnyColumn;
  /** Shown as the result's title; the first column of the search document. */
  title: AnyColumn;
  /** The rest of the search document: the columns of the generated column's expression. */
  body: AnyColumn[];
  /** The owner's read rule beyond the unit scope (recusal), as the owner's list applies it. */
  readable?: (scope: Scope) => SQL;
  /**
   * Which of the table's rows are records, where a record has several (a power item's versions:
   * only its latest is searched, once, under the item's id).
   */
  current?: SQL;
}

const sources: SearchSource[] = [];
const qb = new QueryBuilder();

export function registerSearchSource(source: SearchSource): void {
  if (!sources.some((s) => s.recordType === source.recordType)) sources.push(source);
}

/** Every registered source (tests check each against its table's generated column). */
export const registeredSearchSources = (): readonly SearchSource[] => sources;

/** The registered sources whose read permission the caller holds, in registration order. */
export function searchSourcesFor(permissions: ReadonlySet<Permission>, type?: SearchRecordType) {
  return sources.filter((s) => permissions.has(s.permission) && (!type || s.recordType === type));
}

/**
 * A search counts its matches up to this many per record type, then says "at least": counting
 * further costs more than the page (the list's COUNT_CAP is for lists that read one index), and
 * this is all the count must tell — whether the type's page is read in id order (DENSE_MATCHES).
 */
export const SEARCH_COUNT_CAP = 200;

/** The words of a query: whitespace separates them, each must occur in the record. */
export function searchTerms(q: string): string[] {
  return [...new Set(q.trim().split(/\s+/).filter(Boolean))];
}

/** One source's part of a page: its matching rows newest first, after the cursor. */
export interface SearchRow {
  recordType: SearchRecordType;
  id: string;
  title: string;
  body: string;
  unitId: string;
  unitName: string;
  domainId: string | null;
  status: string;
  createdAt: Date;
}

/** Results are ordered newest first across types: ids are UUIDv7, so the id is the whole key. */
const CURSOR_KEYS = [{ type: 'uuid', direction: 'desc' } as SortKey<{ id: string }>];

export function decodeSearchCursor(after: string | undefined): string | undefined {
  return after ? (decodeCursor(CURSOR_KEYS, after)[0] as string) : undefined;
}

export const encodeSearchCursor = (id: string) => encodeCursor([id]);

function conditions(source: SearchSource, scope: Scope, query: SearchQuery, terms: string[]): SQL {
  const document = searchDocument(source.title, ...source.body);
  return and(
    // The index finds the records holding every character pair of the query (zeren_search_query);
    // the words themselves are then checked in order, so "供暖" never matches "暖供".
    sql`${searchVector(source.table)} @@ zeren_search_query(${query.q})`,
    ...terms.map((t) => sql`strpos(lower(${document}), lower(${t})) > 0`),
    scope.where(source.unitId),
    source.readable?.(scope),
    source.current,
    query.unitId ? eq(source.unitId, query.unitId) : undefined,
    query.domainId ? (source.domainId ? eq(source.domainId, query.domainId) : sql`false`) : undefined,
    query.status ? sql`${source.status} = ${query.status}` : undefined,
    query.from
      ? sql`${source.createdAt} >= (${query.from}::date::timestamp at time zone 'Asia/Shanghai')`
      : undefined,
    query.to
      ? sql`${source.createdAt} < ((${query.to}::date + 1)::timestamp at time zone 'Asia/Shanghai')`
      : undefined,
  )!;
}

/**
 * Above this many matches (of a source, in the caller's scope) the page walks the id index
 * newest first: 20 matches come within a few hundred rows. PostgreSQL cannot know it: a word's
 * pairs are estimated as independent (老旧小区改造: five pairs, estimated at one row, 5,000 in the
 * bench), so it reads every match (bitmap or sequential scan) and sorts them (docs/design/search.md).
 */
export const DENSE_MATCHES = SEARCH_COUNT_CAP;

/**
 * Up to `limit` matching rows of one source, newest first, strictly before the cursor's id; the
 * unit's name is left to `withUnitNames`, for the page's rows only. `dense`: the source matches
 * more than DENSE_MATCHES, so sorting is turned off for this query (and on again after): the
 * planner then reads in the order's own index.
 */
export async function searchSource(
  db: DbOrTx,
  source: SearchSource,
  scope: Scope,
  query: SearchQuery,
  before: string | undefined,
  limit: number,
  dense: boolean,
): Promise<Omit<SearchRow, 'unitName'>[]> {
  const terms = searchTerms(query.q);
  const page = () =>
    db
      .select({
        id: sql<string>`${source.id}`,
        title: sql<string>`coalesce(${source.title}, '')`,
        body: sql<string>`${searchDocument(...source.body)}`,
        unitId: sql<string>`${source.unitId}`,
        domainId: sql<string | null>`${source.domainId ?? sql`null::uuid`}`,
        status: sql<string>`${source.status}`,
        createdAt: sql<string>`${source.createdAt}`,
      })
      .from(source.table)
      .where(and(conditions(source, scope, query, terms), before ? lt(source.id, before) : undefined))
      .orderBy(desc(source.id))
      .limit(limit);
  let rows: Awaited<ReturnType<typeof page>>;
  if (dense) {
    // SET LOCAL lasts until the transaction ends: the search runs in its own and puts it back.
    await db.execute(sql`set local enable_sort = off`);
    try {
      rows = await page();
    } finally {
      await db.execute(sql`set local enable_sort = on`);
    }
  } else rows = await page();
  return rows.map((r) => ({ ...r, recordType: source.recordType, createdAt: new Date(r.createdAt) }));
}

/** The page's rows with their units' names, read in one query for all sources. */
export async function withUnitNames(db: DbOrTx, rows: Omit<SearchRow, 'unitName'>[]): Promise<SearchRow[]> {
  const ids = [...new Set(rows.map((r) => r.unitId))];
  const names = new Map(
    ids.length === 0
      ? []
      : (await db.select({ id: unit.id, name: unit.name }).from(unit).where(inArray(unit.id, ids))).map(
          (u) => [u.id, u.name] as const,
        ),
  );
  return rows.map((r) => ({ ...r, unitName: names.get(r.unitId) ?? '' }));
}

/**
 * How many records of each source match, each up to SEARCH_COUNT_CAP + 1, in one statement (one
 * round trip for all sources instead of one each).
 */
export async function countSources(
  db: DbOrTx,
  asked: readonly { source: SearchSource; scope: Scope }[],
  query: SearchQuery,
): Promise<number[]> {
  if (asked.length === 0) return [];
  const terms = searchTerms(query.q);
  const counts = asked.map(({ source, scope }, i) => {
    const matching = qb
      .select({ id: sql<string>`${source.id}`.as('id') })
      .from(source.table)
      .where(conditions(source, scope, query, terms))
      .limit(SEARCH_COUNT_CAP + 1);
    return sql`(select count(*)::int from (${matching}) as ${sql.identifier(`m${i}`)}) as ${sql.identifier(`n${i}`)}`;
  });
  const [row] = rowsOf<Record<string, number>>(await db.execute(sql`select ${sql.join(counts, sql`, `)}`));
  return asked.map((_, i) => Number(row![`n${i}`]));
}

// ---------------------------------------------------------------- highlights

const SNIPPET_LENGTH = 120;
const SNIPPET_BEFORE = 30;

/** The ranges of `text` where any term occurs (case-insensitive), merged, in order. */
function matchRanges(text: string, terms: string[]): [number, number][] {
  const lower = text.toLowerCase();
  // A lower-casing that changes lengths (rare scripts) would shift offsets: mark nothing then.
  if (lower.length !== text.length) return [];
  const ranges: [number, number][] = [];
  for (const term of terms) {
    const t = term.toLowerCase();
    for (let at = lower.indexOf(t); at >= 0 && t.length > 0; at = lower.indexOf(t, at + t.length))
      ranges.push([at, at + t.length]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

/** `text` cut into plain and matched segments. */
export function highlight(text: string, terms: string[]): SearchSegment[] {
  const out: SearchSegment[] = [];
  let at = 0;
  for (const [start, end] of matchRanges(text, terms)) {
    if (start > at) out.push({ text: text.slice(at, start), match: false });
    out.push({ text: text.slice(start, end), match: true });
    at = end;
  }
  if (at < text.length) out.push({ text: text.slice(at), match: false });
  return out;
}

/** About SNIPPET_LENGTH characters of `body` around its first match (its start if none), highlighted. */
export function snippet(body: string, terms: string[]): SearchSegment[] {
  const text = body.replace(/\s+/g, ' ').trim();
  const first = matchRanges(text, terms)[0];
  const start = first ? Math.max(0, first[0] - SNIPPET_BEFORE) : 0;
  const end = Math.min(text.length, start + SNIPPET_LENGTH);
  const segments = highlight(text.slice(start, end), terms);
  if (start > 0) segments.unshift({ text: '…', match: false });
  if (end < text.length) segments.push({ text: '…', match: false });
  return segments;
}

export function toResult(row: SearchRow, terms: string[]): SearchResult {
  return {
    recordType: row.recordType,
    id: row.id,
    title: highlight(row.title, terms),
    snippet: snippet(row.body, terms),
    unitId: row.unitId,
    unitName: row.unitName,
    domainId: row.domainId,
    status: row.status,
    createdAt: row.createdAt.toISOString(),
  };
}

export type SearchPage = Page<SearchResult>;
