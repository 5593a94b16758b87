import type { SuggestionStatus } from '@zeren/contracts';
import { and, desc, eq, ilike, or, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { containsPattern } from '../../db/text-search';
import { unit } from '../../platform/org/org.table';
import type { Scope } from '../../platform/scope';
import { suggestion } from './suggestions.table';

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

export function listSuggestions(
  db: DbOrTx,
  scope: Scope,
  filter: { status?: SuggestionStatus | undefined; unitId?: string | undefined; q?: string | undefined },
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
  return selectRows(db)
    .where(and(...conditions))
    .orderBy(desc(suggestion.createdAt), desc(suggestion.id))
    .limit(1000);
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
