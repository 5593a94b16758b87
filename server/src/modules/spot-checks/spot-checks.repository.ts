import type { PageQuery, SpotCheckPlanStatus } from '@zeren/contracts';
import {
  and,
  asc,
  count,
  desc,
  eq,
  gte,
  ilike,
  inArray,
  isNotNull,
  isNull,
  lt,
  lte,
  ne,
  or,
  type SQL,
  sql,
} from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { type DbOrTx, inSequence } from '../../db/client';
import { idIn } from '../../db/columns';
import { type MonthArea, unitsUnder } from '../../platform/month-area';
import { person, unit } from '../../platform/org/org.table';
import { countUpTo, fetchSize, orderOf, pageWhere, type SortKey, toPage } from '../../platform/paging';
import type { Scope } from '../../platform/scope';
import {
  spotCheckAssignment,
  spotCheckFinding,
  spotCheckInspector,
  spotCheckItem,
  spotCheckPlan,
  spotCheckRosterTarget,
  spotCheckTarget,
  spotCheckTransfer,
} from './spot-checks.table';

export type PlanRow = typeof spotCheckPlan.$inferSelect;
export type TargetRow = typeof spotCheckTarget.$inferSelect;
export type FindingRow = typeof spotCheckFinding.$inferSelect;

const organiser = alias(unit, 'organiser_unit');
const inspected = alias(unit, 'inspected_unit');
const personUnit = alias(unit, 'person_unit');

/** `%term%` for ILIKE, with the pattern characters of the term taken literally. */
const contains = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

interface RosterFilter {
  unitId?: string | undefined;
  active?: 'true' | 'false' | undefined;
  q?: string | undefined;
}

function rosterConditions(
  table: typeof spotCheckRosterTarget | typeof spotCheckInspector | typeof spotCheckItem,
  scope: Scope,
  filter: RosterFilter,
  search: SQL[],
): SQL[] {
  const conditions: SQL[] = [scope.where(table.unitId)];
  if (filter.unitId) conditions.push(eq(table.unitId, filter.unitId));
  if (filter.active) conditions.push(eq(table.active, filter.active === 'true'));
  if (filter.q && search.length > 0) conditions.push(or(...search)!);
  return conditions;
}

// ---------------------------------------------------------------- roster: targets

function rosterTargetQuery(db: DbOrTx) {
  return db
    .select({
      entry: spotCheckRosterTarget,
      unitId: spotCheckRosterTarget.unitId,
      unitPath: organiser.path,
      unitName: organiser.name,
      targetUnitName: inspected.name,
    })
    .from(spotCheckRosterTarget)
    .innerJoin(organiser, eq(organiser.id, spotCheckRosterTarget.unitId))
    .innerJoin(inspected, eq(inspected.id, spotCheckRosterTarget.targetUnitId));
}
export type RosterTargetWithNames = Awaited<ReturnType<typeof findRosterTarget>> & {};

const ROSTER_TARGET_ORDER: SortKey<RosterTargetWithNames>[] = [
  { column: spotCheckRosterTarget.id, direction: 'asc', type: 'uuid', of: (r) => r.entry.id },
];

export async function listRosterTargets(db: DbOrTx, scope: Scope, filter: RosterFilter, page: PageQuery) {
  const q = filter.q ? contains(filter.q) : '';
  const where = and(
    ...rosterConditions(spotCheckRosterTarget, scope, filter, [
      ilike(inspected.name, q),
      ilike(spotCheckRosterTarget.category, q),
    ]),
  );
  const rows = await rosterTargetQuery(db)
    .where(pageWhere(ROSTER_TARGET_ORDER, page, where))
    .orderBy(...orderOf(ROSTER_TARGET_ORDER))
    .limit(fetchSize(page));
  const counted = await countUpTo(
    db,
    db
      .select({ one: sql`1`.as('one') })
      .from(spotCheckRosterTarget)
      .innerJoin(inspected, eq(inspected.id, spotCheckRosterTarget.targetUnitId))
      .where(where),
  );
  return toPage(ROSTER_TARGET_ORDER, page, rows, counted);
}

export function findRosterTarget(db: DbOrTx, id: string, scope: Scope) {
  return rosterTargetQuery(db)
    .where(and(eq(spotCheckRosterTarget.id, id), scope.where(spotCheckRosterTarget.unitId)))
    .limit(1)
    .then((r) => r[0]);
}

export function insertRosterTarget(db: DbOrTx, values: typeof spotCheckRosterTarget.$inferInsert) {
  return db
    .insert(spotCheckRosterTarget)
    .values(values)
    .onConflictDoNothing()
    .returning()
    .then((r) => r[0]);
}

export function updateRosterTarget(
  db: DbOrTx,
  id: string,
  values: Partial<typeof spotCheckRosterTarget.$inferInsert>,
) {
  return db.update(spotCheckRosterTarget).set(values).where(eq(spotCheckRosterTarget.id, id));
}

/** The active targets of an organiser's roster: what a plan commits to draw from. */
export function activeRosterTargets(db: DbOrTx, unitId: string) {
  return db
    .select({ id: spotCheckRosterTarget.id, unitId: spotCheckRosterTarget.targetUnitId })
    .from(spotCheckRosterTarget)
    .where(and(eq(spotCheckRosterTarget.unitId, unitId), eq(spotCheckRosterTarget.active, true)));
}

// ---------------------------------------------------------------- roster: inspectors

function inspectorQuery(db: DbOrTx) {
  return db
    .select({
      entry: spotCheckInspector,
      unitId: spotCheckInspector.unitId,
      unitPath: organiser.path,
      unitName: organiser.name,
      personName: person.name,
      personUnitId: person.unitId,
      personUnitName: personUnit.name,
    })
    .from(spotCheckInspector)
    .innerJoin(organiser, eq(organiser.id, spotCheckInspector.unitId))
    .innerJoin(person, eq(person.id, spotCheckInspector.personId))
    .innerJoin(personUnit, eq(personUnit.id, person.unitId));
}
export type InspectorWithNames = Awaited<ReturnType<typeof findInspector>> & {};

const INSPECTOR_ORDER: SortKey<InspectorWithNames>[] = [
  { column: spotCheckInspector.id, direction: 'asc', type: 'uuid', of: (r) => r.entry.id },
];

export async function listInspectors(db: DbOrTx, scope: Scope, filter: RosterFilter, page: PageQuery) {
  const q = filter.q ? contains(filter.q) : '';
  const where = and(
    ...rosterConditions(spotCheckInspector, scope, filter, [
      ilike(person.name, q),
      ilike(spotCheckInspector.certificateNo, q),
    ]),
  );
  const rows = await inspectorQuery(db)
    .where(pageWhere(INSPECTOR_ORDER, page, where))
    .orderBy(...orderOf(INSPECTOR_ORDER))
    .limit(fetchSize(page));
  const counted = await countUpTo(
    db,
    db
      .select({ one: sql`1`.as('one') })
      .from(spotCheckInspector)
      .innerJoin(person, eq(person.id, spotCheckInspector.personId))
      .where(where),
  );
  return toPage(INSPECTOR_ORDER, page, rows, counted);
}

export function findInspector(db: DbOrTx, id: string, scope: Scope) {
  return inspectorQuery(db)
    .where(and(eq(spotCheckInspector.id, id), scope.where(spotCheckInspector.unitId)))
    .limit(1)
    .then((r) => r[0]);
}

export function insertInspector(db: DbOrTx, values: typeof spotCheckInspector.$inferInsert) {
  return db
    .insert(spotCheckInspector)
    .values(values)
    .onConflictDoNothing()
    .returning()
    .then((r) => r[0]);
}

export function updateInspector(
  db: DbOrTx,
  id: string,
  values: Partial<typeof spotCheckInspector.$inferInsert>,
) {
  return db.update(spotCheckInspector).set(values).where(eq(spotCheckInspector.id, id));
}

/** The active inspectors of an organiser's roster, with their own unit and conflicts. */
export function activeInspectors(db: DbOrTx, unitId: string) {
  return db
    .select({
      id: spotCheckInspector.id,
      personId: spotCheckInspector.personId,
      unitId: person.unitId,
      conflicts: spotCheckInspector.conflicts,
    })
    .from(spotCheckInspector)
    .innerJoin(person, eq(person.id, spotCheckInspector.personId))
    .where(and(eq(spotCheckInspector.unitId, unitId), eq(spotCheckInspector.active, true)));
}

// ---------------------------------------------------------------- check items

function itemQuery(db: DbOrTx) {
  return db
    .select({
      item: spotCheckItem,
      unitId: spotCheckItem.unitId,
      unitPath: organiser.path,
      unitName: organiser.name,
    })
    .from(spotCheckItem)
    .innerJoin(organiser, eq(organiser.id, spotCheckItem.unitId));
}
export type ItemWithNames = Awaited<ReturnType<typeof findItem>> & {};

const ITEM_ORDER: SortKey<ItemWithNames>[] = [
  { column: spotCheckItem.code, direction: 'asc', type: 'text', of: (r) => r.item.code },
  { column: spotCheckItem.id, direction: 'asc', type: 'uuid', of: (r) => r.item.id },
];

export async function listItems(db: DbOrTx, scope: Scope, filter: RosterFilter, page: PageQuery) {
  const q = filter.q ? contains(filter.q) : '';
  const where = and(
    ...rosterConditions(spotCheckItem, scope, filter, [
      ilike(spotCheckItem.title, q),
      ilike(spotCheckItem.code, q),
    ]),
  );
  const rows = await itemQuery(db)
    .where(pageWhere(ITEM_ORDER, page, where))
    .orderBy(...orderOf(ITEM_ORDER))
    .limit(fetchSize(page));
  const counted = await countUpTo(
    db,
    db
      .select({ one: sql`1`.as('one') })
      .from(spotCheckItem)
      .where(where),
  );
  return toPage(ITEM_ORDER, page, rows, counted);
}

export function findItem(db: DbOrTx, id: string, scope: Scope) {
  return itemQuery(db)
    .where(and(eq(spotCheckItem.id, id), scope.where(spotCheckItem.unitId)))
    .limit(1)
    .then((r) => r[0]);
}

export function insertItem(db: DbOrTx, values: typeof spotCheckItem.$inferInsert) {
  return db
    .insert(spotCheckItem)
    .values(values)
    .onConflictDoNothing()
    .returning()
    .then((r) => r[0]);
}

export function updateItem(db: DbOrTx, id: string, values: Partial<typeof spotCheckItem.$inferInsert>) {
  return db.update(spotCheckItem).set(values).where(eq(spotCheckItem.id, id));
}

/** Whether another item of the unit has this code already. */
export async function itemCodeTaken(db: DbOrTx, unitId: string, code: string, exceptId: string) {
  const [row] = await db
    .select({ id: spotCheckItem.id })
    .from(spotCheckItem)
    .where(
      and(eq(spotCheckItem.unitId, unitId), eq(spotCheckItem.code, code), ne(spotCheckItem.id, exceptId)),
    )
    .limit(1);
  return row !== undefined;
}

/** Check items by id (id, unit, code, title, active), whoever asks: a plan names its own. */
export function itemsByIds(db: DbOrTx, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .select({
      id: spotCheckItem.id,
      unitId: spotCheckItem.unitId,
      code: spotCheckItem.code,
      title: spotCheckItem.title,
      active: spotCheckItem.active,
    })
    .from(spotCheckItem)
    .where(inArray(spotCheckItem.id, ids))
    .orderBy(asc(spotCheckItem.code));
}

// ---------------------------------------------------------------- plans

function planQuery(db: DbOrTx) {
  return db
    .select({
      plan: spotCheckPlan,
      unitId: spotCheckPlan.unitId,
      unitPath: organiser.path,
      unitName: organiser.name,
    })
    .from(spotCheckPlan)
    .innerJoin(organiser, eq(organiser.id, spotCheckPlan.unitId));
}
export type PlanWithNames = Awaited<ReturnType<typeof findPlan>> & {};

/** Newest first (ids are UUIDv7). */
const PLAN_ORDER: SortKey<PlanWithNames>[] = [
  { column: spotCheckPlan.id, direction: 'desc', type: 'uuid', of: (r) => r.plan.id },
];

export async function listPlans(
  db: DbOrTx,
  scope: Scope,
  filter: {
    campaignId?: string | undefined;
    status?: SpotCheckPlanStatus | undefined;
    kind?: string | undefined;
  },
  page: PageQuery,
) {
  const conditions: SQL[] = [scope.where(spotCheckPlan.unitId)];
  if (filter.campaignId) conditions.push(eq(spotCheckPlan.campaignId, filter.campaignId));
  if (filter.status) conditions.push(eq(spotCheckPlan.status, filter.status));
  if (filter.kind) conditions.push(eq(spotCheckPlan.kind, filter.kind as 'general' | 'key'));
  const where = and(...conditions);
  const rows = await planQuery(db)
    .where(pageWhere(PLAN_ORDER, page, where))
    .orderBy(...orderOf(PLAN_ORDER))
    .limit(fetchSize(page));
  const counted = await countUpTo(
    db,
    db
      .select({ one: sql`1`.as('one') })
      .from(spotCheckPlan)
      .where(where),
  );
  return toPage(PLAN_ORDER, page, rows, counted);
}

export function findPlan(db: DbOrTx, id: string, scope: Scope) {
  return planQuery(db)
    .where(and(eq(spotCheckPlan.id, id), scope.where(spotCheckPlan.unitId)))
    .limit(1)
    .then((r) => r[0]);
}

/** The next code's number within a campaign (抽-2026-0001, 0002, …). */
export async function nextCodeNumber(db: DbOrTx, campaignId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(spotCheckPlan)
    .where(eq(spotCheckPlan.campaignId, campaignId));
  return (row?.n ?? 0) + 1;
}

export function insertPlan(db: DbOrTx, values: typeof spotCheckPlan.$inferInsert) {
  return db
    .insert(spotCheckPlan)
    .values(values)
    .returning()
    .then((r) => r[0]!);
}

export function updatePlan(db: DbOrTx, id: string, values: Partial<typeof spotCheckPlan.$inferInsert>) {
  return db.update(spotCheckPlan).set(values).where(eq(spotCheckPlan.id, id));
}

/** Per plan: drawn targets, targets with a result, findings. */
export async function planCounts(
  db: DbOrTx,
  planIds: string[],
): Promise<Map<string, { targets: number; checked: number; findings: number; noProblem: number }>> {
  const out = new Map(planIds.map((id) => [id, { targets: 0, checked: 0, findings: 0, noProblem: 0 }]));
  if (planIds.length === 0) return out;
  const targets = await db
    .select({
      planId: spotCheckTarget.planId,
      targets: count(),
      checked: sql<number>`count(${spotCheckTarget.outcome})::int`,
      noProblem: sql<number>`count(*) filter (where ${spotCheckTarget.outcome} = 'no_problem')::int`,
    })
    .from(spotCheckTarget)
    .where(inArray(spotCheckTarget.planId, planIds))
    .groupBy(spotCheckTarget.planId);
  for (const t of targets) Object.assign(out.get(t.planId)!, t);
  const findings = await db
    .select({ planId: spotCheckFinding.planId, findings: count() })
    .from(spotCheckFinding)
    .where(inArray(spotCheckFinding.planId, planIds))
    .groupBy(spotCheckFinding.planId);
  for (const f of findings) out.get(f.planId)!.findings = f.findings;
  return out;
}

// ---------------------------------------------------------------- targets and their inspectors

function targetQuery(db: DbOrTx) {
  return db
    .select({
      target: spotCheckTarget,
      unitId: spotCheckTarget.unitId,
      unitPath: inspected.path,
      unitName: inspected.name,
      plan: {
        code: spotCheckPlan.code,
        title: spotCheckPlan.title,
        status: spotCheckPlan.status,
        kind: spotCheckPlan.kind,
        checkItemIds: spotCheckPlan.checkItemIds,
      },
      organiserName: organiser.name,
    })
    .from(spotCheckTarget)
    .innerJoin(inspected, eq(inspected.id, spotCheckTarget.unitId))
    .innerJoin(spotCheckPlan, eq(spotCheckPlan.id, spotCheckTarget.planId))
    .innerJoin(organiser, eq(organiser.id, spotCheckPlan.unitId));
}
export type TargetWithNames = Awaited<ReturnType<typeof findTarget>> & {};

/** The newest plans first, each plan's targets in draw order. */
const TARGET_ORDER: SortKey<TargetWithNames>[] = [
  { column: spotCheckTarget.planId, direction: 'desc', type: 'uuid', of: (r) => r.target.planId },
  { column: spotCheckTarget.ordinal, direction: 'asc', type: 'int', of: (r) => r.target.ordinal },
];

export async function listTargets(
  db: DbOrTx,
  scope: Scope,
  filter: {
    planId?: string | undefined;
    unitId?: string | undefined;
    personId?: string | undefined;
    open?: boolean | undefined;
  },
  page: PageQuery,
) {
  const conditions: SQL[] = [scope.where(spotCheckTarget.unitId)];
  if (filter.planId) conditions.push(eq(spotCheckTarget.planId, filter.planId));
  if (filter.unitId) conditions.push(eq(spotCheckTarget.unitId, filter.unitId));
  if (filter.personId)
    conditions.push(
      inArray(
        spotCheckTarget.id,
        db
          .select({ id: spotCheckAssignment.targetId })
          .from(spotCheckAssignment)
          .where(eq(spotCheckAssignment.personId, filter.personId)),
      ),
    );
  if (filter.open) conditions.push(isNull(spotCheckTarget.outcome), eq(spotCheckPlan.status, 'in_progress'));
  const where = and(...conditions);
  const rows = await targetQuery(db)
    .where(pageWhere(TARGET_ORDER, page, where))
    .orderBy(...orderOf(TARGET_ORDER))
    .limit(fetchSize(page));
  const counted = await countUpTo(
    db,
    db
      .select({ one: sql`1`.as('one') })
      .from(spotCheckTarget)
      .innerJoin(spotCheckPlan, eq(spotCheckPlan.id, spotCheckTarget.planId))
      .where(where),
  );
  return toPage(TARGET_ORDER, page, rows, counted);
}

export function findTarget(db: DbOrTx, id: string, scope: Scope) {
  return targetQuery(db)
    .where(and(eq(spotCheckTarget.id, id), scope.where(spotCheckTarget.unitId)))
    .limit(1)
    .then((r) => r[0]);
}

/** A plan's targets, in draw order: part of the plan, for whoever reads the plan. */
export function targetsOfPlan(db: DbOrTx, planId: string) {
  return targetQuery(db).where(eq(spotCheckTarget.planId, planId)).orderBy(asc(spotCheckTarget.ordinal));
}

export function insertTarget(db: DbOrTx, values: typeof spotCheckTarget.$inferInsert) {
  return db
    .insert(spotCheckTarget)
    .values(values)
    .returning()
    .then((r) => r[0]!);
}

export function insertAssignments(db: DbOrTx, values: (typeof spotCheckAssignment.$inferInsert)[]) {
  if (values.length === 0) return Promise.resolve();
  return db.insert(spotCheckAssignment).values(values);
}

export function updateTarget(db: DbOrTx, id: string, values: Partial<typeof spotCheckTarget.$inferInsert>) {
  return db.update(spotCheckTarget).set(values).where(eq(spotCheckTarget.id, id));
}

/** The inspectors of these targets, in draw order, with names and units (no contact data). */
export function assignmentsOf(db: DbOrTx, targetIds: string[]) {
  if (targetIds.length === 0) return Promise.resolve([]);
  return db
    .select({
      targetId: spotCheckAssignment.targetId,
      rosterId: spotCheckAssignment.rosterId,
      personId: spotCheckAssignment.personId,
      name: person.name,
      unitName: personUnit.name,
    })
    .from(spotCheckAssignment)
    .innerJoin(person, eq(person.id, spotCheckAssignment.personId))
    .innerJoin(personUnit, eq(personUnit.id, person.unitId))
    .where(inArray(spotCheckAssignment.targetId, targetIds))
    .orderBy(asc(spotCheckAssignment.targetId), asc(spotCheckAssignment.ordinal));
}

/** How many findings each target has. */
export async function findingCounts(db: DbOrTx, targetIds: string[]): Promise<Map<string, number>> {
  if (targetIds.length === 0) return new Map();
  const rows = await db
    .select({ targetId: spotCheckFinding.targetId, n: count() })
    .from(spotCheckFinding)
    .where(inArray(spotCheckFinding.targetId, targetIds))
    .groupBy(spotCheckFinding.targetId);
  return new Map(rows.map((r) => [r.targetId, r.n]));
}

// ---------------------------------------------------------------- findings and transfers

function findingQuery(db: DbOrTx) {
  return db
    .select({
      finding: spotCheckFinding,
      unitId: spotCheckFinding.unitId,
      unitPath: inspected.path,
      unitName: inspected.name,
      transferId: spotCheckTransfer.id,
    })
    .from(spotCheckFinding)
    .innerJoin(inspected, eq(inspected.id, spotCheckFinding.unitId))
    .leftJoin(spotCheckTransfer, eq(spotCheckTransfer.findingId, spotCheckFinding.id));
}
export type FindingWithNames = Awaited<ReturnType<typeof findFinding>> & {};

export function findFinding(db: DbOrTx, id: string, scope: Scope) {
  return findingQuery(db)
    .where(and(eq(spotCheckFinding.id, id), scope.where(spotCheckFinding.unitId)))
    .limit(1)
    .then((r) => r[0]);
}

/** The findings of a plan or of one target, oldest first. */
/** Findings by id, with no scope: for a rule of another module about a record it already loaded. */
export function findingsByIds(db: DbOrTx, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.select().from(spotCheckFinding).where(inArray(spotCheckFinding.id, ids));
}

export function findingsOf(db: DbOrTx, of: { planId: string } | { targetId: string }) {
  return findingQuery(db)
    .where(
      'planId' in of ? eq(spotCheckFinding.planId, of.planId) : eq(spotCheckFinding.targetId, of.targetId),
    )
    .orderBy(asc(spotCheckFinding.id));
}

export function insertFinding(db: DbOrTx, values: typeof spotCheckFinding.$inferInsert) {
  return db
    .insert(spotCheckFinding)
    .values(values)
    .returning()
    .then((r) => r[0]!);
}

/** Sets a finding's disposition once: false when it had one already (a concurrent decision). */
export async function disposeFinding(
  db: DbOrTx,
  id: string,
  values: Pick<
    typeof spotCheckFinding.$inferInsert,
    'disposition' | 'dispositionNote' | 'disposedAt' | 'rectificationItemId'
  >,
): Promise<boolean> {
  const updated = await db
    .update(spotCheckFinding)
    .set(values)
    .where(and(eq(spotCheckFinding.id, id), isNull(spotCheckFinding.disposition)))
    .returning({ id: spotCheckFinding.id });
  return updated.length === 1;
}

export function insertTransfer(db: DbOrTx, values: typeof spotCheckTransfer.$inferInsert) {
  return db
    .insert(spotCheckTransfer)
    .values(values)
    .returning({ id: spotCheckTransfer.id })
    .then((r) => r[0]!.id);
}

export function transfersOfFinding(db: DbOrTx, findingId: string) {
  return db.select().from(spotCheckTransfer).where(eq(spotCheckTransfer.findingId, findingId));
}

// ---------------------------------------------------------------- public portal: published plans only

export async function listPublished(db: DbOrTx, page: { limit: number; offset: number }) {
  const where = and(eq(spotCheckPlan.status, 'published'), isNotNull(spotCheckPlan.publishedAt));
  const rows = await planQuery(db)
    .where(where)
    .orderBy(desc(spotCheckPlan.publishedAt), desc(spotCheckPlan.id))
    .limit(page.limit)
    .offset(page.offset);
  const [total] = await db.select({ n: count() }).from(spotCheckPlan).where(where);
  return { rows, total: total!.n };
}

export function findPublished(db: DbOrTx, id: string) {
  return planQuery(db)
    .where(and(eq(spotCheckPlan.id, id), eq(spotCheckPlan.status, 'published')))
    .limit(1)
    .then((r) => r[0]);
}

/**
 * The month's spot-check figures of the campaign's plans for units in the area: targets whose
 * check took place in the month, and findings recorded in it.
 */
export async function monthFigures(
  db: DbOrTx,
  area: MonthArea,
): Promise<{ checked: number; findings: number }> {
  const inArea = (column: typeof spotCheckTarget.unitId | typeof spotCheckFinding.unitId) =>
    inArray(column, unitsUnder(area.unitPath));
  const ofCampaign = (column: typeof spotCheckTarget.planId | typeof spotCheckFinding.planId) =>
    inArray(
      column,
      db
        .select({ id: spotCheckPlan.id })
        .from(spotCheckPlan)
        .where(eq(spotCheckPlan.campaignId, area.campaignId)),
    );
  const checked = (): Promise<number> =>
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(spotCheckTarget)
      .where(
        and(
          ofCampaign(spotCheckTarget.planId),
          inArea(spotCheckTarget.unitId),
          gte(spotCheckTarget.checkedOn, area.from),
          lte(spotCheckTarget.checkedOn, area.to),
        ),
      )
      .then((r) => r[0]!.n);
  const found = (): Promise<number> =>
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(spotCheckFinding)
      .where(
        and(
          ofCampaign(spotCheckFinding.planId),
          inArea(spotCheckFinding.unitId),
          gte(spotCheckFinding.createdAt, area.start),
          lt(spotCheckFinding.createdAt, area.end),
        ),
      )
      .then((r) => r[0]!.n);
  const [targets, findings] = await inSequence([checked, found]);
  return { checked: targets, findings };
}

/** Transfers of findings not yet picked up as leads, oldest first, with the plan's campaign. */
export function pendingTransfers(db: DbOrTx, limit: number) {
  return db
    .select({
      transfer: spotCheckTransfer,
      campaignId: spotCheckPlan.campaignId,
      planCode: spotCheckPlan.code,
      problem: spotCheckFinding.problem,
      conduct: spotCheckFinding.conduct,
      domainId: spotCheckFinding.domainId,
      severity: spotCheckFinding.severity,
    })
    .from(spotCheckTransfer)
    .innerJoin(spotCheckFinding, eq(spotCheckFinding.id, spotCheckTransfer.findingId))
    .innerJoin(spotCheckPlan, eq(spotCheckPlan.id, spotCheckFinding.planId))
    .where(eq(spotCheckTransfer.status, 'pending'))
    .orderBy(asc(spotCheckTransfer.id))
    .limit(limit);
}

export function markTransfersReceived(db: DbOrTx, ids: string[]) {
  if (ids.length === 0) return Promise.resolve();
  return db
    .update(spotCheckTransfer)
    .set({ status: 'received' })
    .where(idIn(spotCheckTransfer.id, ids))
    .then(() => undefined);
}
