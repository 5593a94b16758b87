import type { Permission } from '@zeren/contracts';
import { type AnyColumn, inArray, like, or, type SQL, sql } from 'drizzle-orm';
import { QueryBuilder } from 'drizzle-orm/pg-core';
import { unit } from '../modules/org/org.table';
import { type Actor, grantsFor } from './actor';

const qb = new QueryBuilder();

/**
 * The one data-scope filter: a drizzle predicate restricting `unitIdColumn` to the units
 * the actor may see for `permission`, as the union of the granting assignments' scopes.
 * Never built from strings; ids go in as bound parameters.
 */
export function scopePredicate(actor: Actor, permission: Permission, unitIdColumn: AnyColumn): SQL {
  const grants = grantsFor(actor, permission);
  if (grants.length === 0) return sql`false`;
  if (grants.some((g) => g.dataScope === 'all')) return sql`true`;
  const selfIds = grants.filter((g) => g.dataScope === 'self_unit').map((g) => g.unitId);
  const treePaths = grants.filter((g) => g.dataScope === 'unit_tree').map((g) => g.unitPath);
  const parts: SQL[] = [];
  if (selfIds.length > 0) parts.push(inArray(unitIdColumn, selfIds));
  if (treePaths.length > 0) {
    const inTree = or(...treePaths.map((p) => like(unit.path, `${p}%`)))!;
    parts.push(inArray(unitIdColumn, qb.select({ id: unit.id }).from(unit).where(inTree)));
  }
  return or(...parts)!;
}

/** In-memory check for one unit whose path is known (create and move targets). */
export function unitInScope(
  actor: Actor,
  permission: Permission,
  target: { id: string; path: string },
): boolean {
  return grantsFor(actor, permission).some(
    (g) =>
      g.dataScope === 'all' ||
      (g.dataScope === 'self_unit' && g.unitId === target.id) ||
      (g.dataScope === 'unit_tree' && target.path.startsWith(g.unitPath)),
  );
}

/** True when the actor sees every unit for this permission. */
export function hasGlobalScope(actor: Actor, permission: Permission): boolean {
  return grantsFor(actor, permission).some((g) => g.dataScope === 'all');
}
