import type {
  DashboardGroup,
  FigureDrill,
  HeatCell,
  HeatMeasure,
  OperationId,
  Permission,
} from '@zeren/contracts';
import { and, inArray, like, type SQL, sql } from 'drizzle-orm';
import type { PgColumn, PgSelect, PgTable } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../db/client';
import { idIn } from '../db/columns';
import type { ServiceContext } from './context';
import { unit } from './org/org.table';

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
 * A heat table's counts in one pass, for a measure whose rows differ only by the list's `unitId`:
 * the records `where` keeps (the caller's scope and the list's other conditions) counted by unit
 * and group, each row then summing the units its list's `unitId` keeps — the row's own (`exact`)
 * or every unit whose path runs through it (`subtree`). The same totals as a `count(*) filter`
 * per row without testing every record against every row's subtree: at the
 * city's 3,000 units the open ledger's row counts took 394 ms that way (docs/design/dashboard.md).
 */
export async function countHeatByUnit(
  db: DbOrTx,
  options: {
    table: PgTable;
    unitId: PgColumn;
    groupBy: PgColumn;
    where: SQL | undefined;
    rowUnitIds: readonly string[];
    unitFilter: 'exact' | 'subtree';
  },
): Promise<{ byGroup: Map<string, number[]>; totals: number[] }> {
  const { rowUnitIds } = options;
  const totals = rowUnitIds.map(() => 0);
  const byGroup = new Map<string, number[]>();
  if (rowUnitIds.length === 0) return { byGroup, totals };
  const rowOf = new Map(rowUnitIds.map((id, i) => [id, i]));
  // Each counted unit's row: itself, or the row whose id is on its path (the rows are siblings,
  // so at most one is).
  const unitRow = new Map<string, number>();
  if (options.unitFilter === 'exact') for (const [id, i] of rowOf) unitRow.set(id, i);
  else {
    const rows = await db
      .select({ path: unit.path })
      .from(unit)
      .where(inArray(unit.id, [...rowUnitIds]));
    if (rows.length === 0) return { byGroup, totals };
    // The units below the rows' common ancestor, read along the path index (a LIKE per row on
    // every unit took 16 ms at 3,000 units); those under no row are left out below.
    const paths = rows.map((r) => r.path);
    let prefix = paths[0]!;
    for (const path of paths) while (!path.startsWith(prefix)) prefix = prefix.slice(0, -1);
    prefix = prefix.slice(0, prefix.lastIndexOf('/') + 1);
    const below = await db
      .select({ id: unit.id, path: unit.path })
      .from(unit)
      .where(like(unit.path, `${prefix}%`));
    for (const u of below) {
      const i = u.path
        .split('/')
        .map((segment) => rowOf.get(segment))
        .find((found) => found !== undefined);
      if (i !== undefined) unitRow.set(u.id, i);
    }
  }
  if (unitRow.size === 0) return { byGroup, totals };
  const counted = await db
    .select({
      unitId: sql<string>`${options.unitId}`,
      group: sql<string | null>`${options.groupBy}`,
      n: sql<number>`count(*)::int`,
    })
    .from(options.table)
    .where(and(options.where, idIn(options.unitId, unitRow.keys())))
    .groupBy(options.unitId, options.groupBy);
  for (const row of counted) {
    const i = unitRow.get(row.unitId);
    if (i === undefined) continue;
    const n = Number(row.n);
    totals[i] = (totals[i] ?? 0) + n;
    if (row.group === null) continue;
    const counts = byGroup.get(row.group) ?? rowUnitIds.map(() => 0);
    counts[i] = (counts[i] ?? 0) + n;
    byGroup.set(row.group, counts);
  }
  return { byGroup, totals };
}

/**
 * The cells of a heat table from `countHeatByUnit`'s counts (row i is `area.unitIds[i]`), each with
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
