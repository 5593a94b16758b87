import type { DashboardGroup, FigureDrill, OperationId, Permission } from '@zeren/contracts';
import { type SQL, sql } from 'drizzle-orm';
import type { PgSelect, PgTable } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../db/client';
import type { ServiceContext } from './context';

/**
 * What the dashboard's figures count: one campaign, a period of days (inclusive) when given, and
 * one unit when given (the unit view: that unit's own records, as the lists' `unitId` filter keeps
 * them — within the caller's scope, never beyond it).
 */
export interface FigureArea {
  campaignId: string;
  from: string | null;
  to: string | null;
  unitId: string | null;
}

/**
 * A module's part of the dashboard (领导驾驶舱): groups of figures it counts over its own tables,
 * each figure with the list (operation and query) that holds exactly the records it counts. Like
 * a workbench entry, it runs with the permission that reads those records as the grant, so the
 * caller's scope of that list is the scope of the figure, and a caller who may not read the
 * records gets no group at all.
 */
export interface FigureSource {
  key: string;
  /** Its place among the sources (ascending). */
  order: number;
  /** The permission that reads the records (and their list): the grant the figures are counted with. */
  permission: Permission;
  compute(ctx: ServiceContext, area: FigureArea): Promise<DashboardGroup[]>;
}

const sources: FigureSource[] = [];

/** Adds a module's figures to the dashboard (once per key). */
export function registerFigureSource(source: FigureSource): void {
  if (sources.some((s) => s.key === source.key)) return;
  sources.push(source);
  sources.sort((a, b) => a.order - b.order);
}

export function figureSources(): readonly FigureSource[] {
  return sources;
}

/** A figure's drill-down: the list route and its query, values as the address carries them. */
export function drill(
  operationId: OperationId,
  query: Record<string, string | undefined | null>,
): FigureDrill {
  return {
    operationId,
    query: Object.fromEntries(Object.entries(query).filter((e): e is [string, string] => !!e[1])),
  };
}

/**
 * Counts several figures over one table in one pass: `count(*) filter (where …)` for each
 * condition, over the rows `where` keeps (the caller's scope). Each condition is the one its
 * list applies, so the figure and the list's total are the same count.
 */
export async function countEach(
  db: DbOrTx,
  table: PgTable,
  where: SQL | undefined,
  conditions: readonly SQL[],
  /** The tables the list joins to the counted one, when its conditions or scope name them. */
  join: (query: PgSelect) => PgSelect = (query) => query,
): Promise<number[]> {
  if (conditions.length === 0) return [];
  const columns = Object.fromEntries(
    conditions.map((c, i) => [`f${i}`, sql<number>`(count(*) filter (where ${c}))::int`]),
  );
  const [row] = await join(db.select(columns).from(table).$dynamic()).where(where);
  return conditions.map((_, i) => Number((row as Record<string, unknown>)[`f${i}`] ?? 0));
}
