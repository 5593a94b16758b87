import { asc, count, inArray, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { unit } from '../../platform/org/org.table';

/** The tree's roots (a city has one), for a caller whose scope is every unit. */
export function rootUnits(db: DbOrTx) {
  return db
    .select({ id: unit.id, name: unit.name, path: unit.path })
    .from(unit)
    .where(isNull(unit.parentId))
    .orderBy(asc(unit.sortOrder), asc(unit.code));
}

/** How many children each of these units has (units without children are absent). */
export async function childCounts(db: DbOrTx, ids: readonly string[]): Promise<Map<string, number>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ parentId: unit.parentId, n: count() })
    .from(unit)
    .where(inArray(unit.parentId, [...ids]))
    .groupBy(unit.parentId);
  return new Map(rows.map((r) => [r.parentId!, Number(r.n)]));
}
