import type {
  DashboardGroup,
  FigureDrill,
  HeatCell,
  HeatMeasure,
  OperationId,
  Permission,
} from '@zeren/contracts';
import { type SQL, sql } from 'drizzle-orm';
import type { PgColumn, PgSelect, PgTable } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../db/client';
import type { ServiceContext } from './context';

/**
 * What the dashboard's figures count: one campaign, a period of days (inclusive) when given, and
 * one unit when given (the unit view: the records the source's list keeps for its `unitId` filter —
 * the supervision items' that unit's own, the ledger's and the leads' its subtree — within the
 * caller's scope, never beyond it). A source puts `unitId` into every drill query.
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
  /** Its measures of the heat table (sibling units × domains), counted with the same grant. */
  heat?: HeatSource[];
}

/**
 * What a heat table counts: one campaign (and period, for measures of events), each of `unitIds`
 * (the rows) by each of `domainIds` (the columns).
 */
export interface HeatArea {
  campaignId: string;
  from: string | null;
  to: string | null;
  unitIds: readonly string[];
  domainIds: readonly string[];
}

/**
 * One measure of the heat table. Its cells are its list's totals: each is counted with the filter
 * its drill hands the list — the list's `unitId` (whatever that filter keeps: one unit, or a
 * subtree) and `domainId` equality, plus the measure's own filter — over the caller's scope.
 * It answers every unit × domain, and each unit's total (`domainId` null).
 */
export interface HeatSource {
  measure: HeatMeasure;
  /** What its list's `unitId` keeps: the unit's own records, or its subtree's (the web says which). */
  unitFilter: 'exact' | 'subtree';
  count(ctx: ServiceContext, area: HeatArea): Promise<HeatCell[]>;
}

const sources: FigureSource[] = [];

/** The heat measures of the registered sources, each with the permission that reads its records. */
export function heatSources(): readonly (HeatSource & { permission: Permission })[] {
  return sources.flatMap((s) => (s.heat ?? []).map((h) => ({ ...h, permission: s.permission })));
}

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

/**
 * A heat table's counts in one pass: for each condition (one row's list filter), its count in each
 * group of `groupBy` (the domain), over the rows `where` keeps (the caller's scope). A cell is its
 * row's condition and the domain's equality — the list's `domainId` filter — so it is that list's
 * total; a row's total is the sum over all groups, null included (records without a domain).
 */
export async function countEachByGroup(
  db: DbOrTx,
  table: PgTable,
  groupBy: PgColumn,
  where: SQL | undefined,
  conditions: readonly SQL[],
): Promise<{ byGroup: Map<string, number[]>; totals: number[] }> {
  const totals = conditions.map(() => 0);
  const byGroup = new Map<string, number[]>();
  if (conditions.length === 0) return { byGroup, totals };
  const columns = Object.fromEntries(
    conditions.map((c, i) => [`f${i}`, sql<number>`(count(*) filter (where ${c}))::int`]),
  );
  const rows = await db
    .select({ group: sql<string | null>`${groupBy}`, ...columns })
    .from(table)
    .where(where)
    .groupBy(groupBy);
  for (const row of rows as Record<string, unknown>[]) {
    const counts = conditions.map((_, i) => Number(row[`f${i}`] ?? 0));
    counts.forEach((n, i) => {
      totals[i] = (totals[i] ?? 0) + n;
    });
    if (row.group !== null) byGroup.set(String(row.group), counts);
  }
  return { byGroup, totals };
}

/**
 * The cells of a heat table from `countEachByGroup`'s counts (row i is `area.unitIds[i]`), each with
 * its drill: the row's query (`query(unitId)`) and, for a domain's cell, its `domainId`.
 */
export function heatCells(
  area: HeatArea,
  counts: { byGroup: Map<string, number[]>; totals: number[] },
  operationId: OperationId,
  query: (unitId: string) => Record<string, string | undefined | null>,
): HeatCell[] {
  return area.unitIds.flatMap((unitId, i) => [
    ...area.domainIds.map((domainId) => ({
      unitId,
      domainId,
      value: counts.byGroup.get(domainId)?.[i] ?? 0,
      drill: drill(operationId, { ...query(unitId), domainId }),
    })),
    { unitId, domainId: null, value: counts.totals[i] ?? 0, drill: drill(operationId, query(unitId)) },
  ]);
}
