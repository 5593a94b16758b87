import type { PageQuery, SuggestionStatus } from '@zeren/contracts';
import { and, asc, count, desc, eq, gte, ilike, inArray, lt, or, type SQL, sql } from 'drizzle-orm';
import { type DbOrTx, inSequence } from '../../db/client';
import { containsPattern } from '../../db/text-search';
import { type MonthArea, unitsUnder } from '../../platform/month-area';
import { person, unit, userAccount } from '../../platform/org/org.table';
import { countUpTo, fetchSize, orderOf, pageWhere, type SortKey, toPage } from '../../platform/paging';
import type { Scope } from '../../platform/scope';
import { suggestion, suggestionAction } from './suggestions.table';

export type SuggestionRecord = typeof suggestion.$inferSelect;
export interface SuggestionRow {
  suggestion: SuggestionRecord;
  unitId: string;
  unitName: string;
  unitPath: string;
}

const rowColumns = {
  suggestion,
  unitId: suggestion.unitId,
  unitName: unit.name,
  unitPath: unit.path,
};

function selectRows(db: DbOrTx) {
  return db.select(rowColumns).from(suggestion).innerJoin(unit, eq(unit.id, suggestion.unitId));
}

export function trackingCodeTaken(db: DbOrTx, code: string) {
  return db
    .select({ id: suggestion.id })
    .from(suggestion)
    .where(eq(suggestion.trackingCode, code))
    .limit(1)
    .then((r) => r.length > 0);
}

export function insertSuggestion(db: DbOrTx, values: typeof suggestion.$inferInsert) {
  return db
    .insert(suggestion)
    .values(values)
    .returning({ id: suggestion.id })
    .then((r) => r[0]!.id);
}

export function updateSuggestion(db: DbOrTx, id: string, values: Partial<typeof suggestion.$inferInsert>) {
  return db.update(suggestion).set(values).where(eq(suggestion.id, id));
}

/** Newest first (ids are UUIDv7): the order of the staff list, a page at a time. */
const SUGGESTION_ORDER: SortKey<SuggestionRow>[] = [
  { column: suggestion.id, direction: 'desc', type: 'uuid', of: (r) => r.suggestion.id },
];

export async function listSuggestions(
  db: DbOrTx,
  scope: Scope,
  filter: { status?: SuggestionStatus | undefined; unitId?: string | undefined; q?: string | undefined },
  page: PageQuery,
) {
  const conditions: SQL[] = [scope.where(suggestion.unitId)];
  if (filter.status) conditions.push(eq(suggestion.status, filter.status));
  if (filter.unitId) conditions.push(eq(suggestion.unitId, filter.unitId));
  if (filter.q) {
    const pattern = containsPattern(filter.q);
    conditions.push(
      or(
        ilike(suggestion.title, pattern),
        ilike(suggestion.content, pattern),
        ilike(suggestion.trackingCode, pattern),
      )!,
    );
  }
  const where = and(...conditions);
  const rows = await selectRows(db)
    .where(pageWhere(SUGGESTION_ORDER, page, where))
    .orderBy(...orderOf(SUGGESTION_ORDER))
    .limit(fetchSize(page));
  const counted = await countUpTo(
    db,
    db
      .select({ one: sql`1`.as('one') })
      .from(suggestion)
      .where(where),
  );
  return toPage(SUGGESTION_ORDER, page, rows, counted);
}

export function findSuggestion(db: DbOrTx, id: string, scope: Scope): Promise<SuggestionRow | undefined> {
  return selectRows(db)
    .where(and(eq(suggestion.id, id), scope.where(suggestion.unitId)))
    .limit(1)
    .then((r) => r[0]);
}

// ---- public portal: by tracking code or published only, through the public presenters; no scope

export function findByTrackingCode(db: DbOrTx, code: string): Promise<SuggestionRow | undefined> {
  return selectRows(db)
    .where(eq(suggestion.trackingCode, code))
    .limit(1)
    .then((r) => r[0]);
}

/** Published suggestions, newest first. */
export function listPublished(db: DbOrTx, page: { limit: number; offset: number }) {
  return selectRows(db)
    .where(eq(suggestion.isPublic, true))
    .orderBy(desc(suggestion.publishedAt), desc(suggestion.id))
    .limit(page.limit)
    .offset(page.offset);
}

export function countPublished(db: DbOrTx) {
  return db
    .select({ n: sql<number>`count(*)::int` })
    .from(suggestion)
    .where(eq(suggestion.isPublic, true))
    .then((r) => r[0]!.n);
}

// ---------------------------------------------------------------- monthly figures (月报)

/**
 * The month's figures of the suggestions of a campaign to units under `unitPath`: received in the
 * month and answered in it (instants [start, end)).
 */
export async function monthFigures(db: DbOrTx, area: MonthArea) {
  const inArea = and(
    eq(suggestion.campaignId, area.campaignId),
    inArray(suggestion.unitId, unitsUnder(area.unitPath)),
  );
  const counted = (where: SQL | undefined) =>
    db
      .select({ n: count() })
      .from(suggestion)
      .where(and(inArea, where))
      .then((r) => r[0]!.n);
  const [received, answered] = await inSequence([
    () => counted(and(gte(suggestion.createdAt, area.start), lt(suggestion.createdAt, area.end))),
    () => counted(and(gte(suggestion.answeredAt, area.start), lt(suggestion.answeredAt, area.end))),
  ]);
  return { received, answered };
}

export function insertAction(db: DbOrTx, values: typeof suggestionAction.$inferInsert) {
  return db.insert(suggestionAction).values(values);
}

/** What the units did about these suggestions, oldest first, with who recorded it. */
export function actionsOf(db: DbOrTx, suggestionIds: string[]) {
  if (suggestionIds.length === 0) return Promise.resolve([]);
  return db
    .select({ action: suggestionAction, byName: person.name })
    .from(suggestionAction)
    .leftJoin(userAccount, eq(userAccount.id, suggestionAction.createdBy))
    .leftJoin(person, eq(person.id, userAccount.personId))
    .where(inArray(suggestionAction.suggestionId, suggestionIds))
    .orderBy(asc(suggestionAction.id));
}
