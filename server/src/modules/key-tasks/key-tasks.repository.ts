import type { KeyTaskStatus, PageQuery } from '@zeren/contracts';
import { and, asc, count, desc, eq, gt, gte, inArray, isNotNull, lt, lte, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { type DbOrTx, inSequence } from '../../db/client';
import { countEach } from '../../platform/figures';
import { type MonthArea, unitsUnder } from '../../platform/month-area';
import { person, unit, userAccount } from '../../platform/org/org.table';
import { countUpTo, fetchSize, orderOf, pageWhere, type SortKey, toPage } from '../../platform/paging';
import type { Scope } from '../../platform/scope';
import { keyTask, keyTaskPerson, keyTaskProgress } from './key-tasks.table';

export type KeyTaskRow = typeof keyTask.$inferSelect;

const setByUnit = alias(unit, 'set_by_unit');

const taskColumns = {
  task: keyTask,
  unitId: keyTask.unitId,
  unitName: unit.name,
  unitPath: unit.path,
  setByUnitName: setByUnit.name,
  setByUnitPath: setByUnit.path,
};

function taskQuery(db: DbOrTx) {
  return db
    .select(taskColumns)
    .from(keyTask)
    .innerJoin(unit, eq(unit.id, keyTask.unitId))
    .innerJoin(setByUnit, eq(setByUnit.id, keyTask.setByUnitId));
}
export type TaskWithNames = Awaited<ReturnType<typeof listChildTasks>>[number];

/** By due date, then id: the order of the key-task list, a page at a time. */
const TASK_ORDER: SortKey<TaskWithNames>[] = [
  { column: keyTask.dueDate, direction: 'asc', type: 'date', of: (r) => r.task.dueDate },
  { column: keyTask.id, direction: 'asc', type: 'uuid', of: (r) => r.task.id },
];

/**
 * The derived status as a condition on the stored progress and due date: `today` and the last
 * due date that is still "due soon" come from the calendar (see deriveKeyTaskStatus).
 */
export interface StatusWindow {
  status: KeyTaskStatus;
  today: string;
  dueSoonUntil: string;
}

function statusCondition(w: StatusWindow): SQL {
  if (w.status === 'completed') return gte(keyTask.progress, 100);
  const open = lt(keyTask.progress, 100);
  if (w.status === 'overdue') return and(open, lt(keyTask.dueDate, w.today))!;
  if (w.status === 'due_soon')
    return and(open, gte(keyTask.dueDate, w.today), lte(keyTask.dueDate, w.dueSoonUntil))!;
  return and(open, gt(keyTask.dueDate, w.dueSoonUntil))!;
}

export interface TaskFilter {
  campaignId?: string | undefined;
  unitId?: string | undefined;
  domainId?: string | undefined;
  ids?: string[] | undefined;
  status?: StatusWindow | undefined;
}

/** The filter's conditions on the task table alone (the scope's are added by the caller). */
function taskConditions(filter: TaskFilter): SQL[] {
  const conditions: SQL[] = [];
  if (filter.campaignId) conditions.push(eq(keyTask.campaignId, filter.campaignId));
  if (filter.unitId) conditions.push(eq(keyTask.unitId, filter.unitId));
  if (filter.domainId) conditions.push(eq(keyTask.domainId, filter.domainId));
  if (filter.ids) conditions.push(filter.ids.length > 0 ? inArray(keyTask.id, filter.ids) : sql`false`);
  if (filter.status) conditions.push(statusCondition(filter.status));
  return conditions;
}

/** One count per filter, each with exactly the conditions `listTasks` applies, over the caller's scope. */
export function countTaskFigures(db: DbOrTx, scope: Scope, filters: readonly TaskFilter[]) {
  return countEach(
    db,
    keyTask,
    scope.where(keyTask.unitId),
    filters.map((f) => and(...taskConditions(f)) ?? sql`true`),
  );
}

/** The domains of a campaign's tasks in the caller's scope (of one unit when given). */
export function domainsOfTasks(db: DbOrTx, scope: Scope, campaignId: string, unitId: string | null) {
  return db
    .selectDistinct({ domainId: keyTask.domainId })
    .from(keyTask)
    .where(
      and(
        scope.where(keyTask.unitId),
        eq(keyTask.campaignId, campaignId),
        isNotNull(keyTask.domainId),
        unitId ? eq(keyTask.unitId, unitId) : undefined,
      ),
    )
    .then((rows) => rows.map((r) => r.domainId!));
}

export async function listTasks(db: DbOrTx, scope: Scope, filter: TaskFilter, page: PageQuery) {
  const where = and(scope.where(keyTask.unitId), ...taskConditions(filter));
  const rows = await taskQuery(db)
    .where(pageWhere(TASK_ORDER, page, where))
    .orderBy(...orderOf(TASK_ORDER))
    .limit(fetchSize(page));
  const counted = await countUpTo(
    db,
    db
      .select({ one: sql`1`.as('one') })
      .from(keyTask)
      .where(where),
  );
  return toPage(TASK_ORDER, page, rows, counted);
}

/** The sub-tasks of one task in scope, all of them (a task is split into a handful). */
export function listChildTasks(db: DbOrTx, scope: Scope, parentId: string) {
  return taskQuery(db)
    .where(and(scope.where(keyTask.unitId), eq(keyTask.parentId, parentId)))
    .orderBy(asc(keyTask.dueDate), asc(unit.path), asc(keyTask.createdAt));
}

export function findTask(db: DbOrTx, id: string, scope: Scope) {
  return taskQuery(db)
    .where(and(eq(keyTask.id, id), scope.where(keyTask.unitId)))
    .limit(1)
    .then((r) => r[0]);
}

export function childProgress(db: DbOrTx, parentId: string) {
  return db
    .select({ progress: keyTask.progress })
    .from(keyTask)
    .where(eq(keyTask.parentId, parentId))
    .then((r) => r.map((x) => x.progress));
}

export function insertTask(db: DbOrTx, values: typeof keyTask.$inferInsert) {
  return db
    .insert(keyTask)
    .values(values)
    .returning()
    .then((r) => r[0]!);
}

export function updateTask(db: DbOrTx, id: string, values: Partial<typeof keyTask.$inferInsert>) {
  return db
    .update(keyTask)
    .set(values)
    .where(eq(keyTask.id, id))
    .returning()
    .then((r) => r[0]!);
}

export function deleteTask(db: DbOrTx, id: string) {
  return db.delete(keyTask).where(eq(keyTask.id, id));
}

/** Responsible persons of tasks, by name. */
export function personsOfTasks(db: DbOrTx, taskIds: string[]) {
  if (taskIds.length === 0) return Promise.resolve([]);
  return db
    .select({ taskId: keyTaskPerson.taskId, id: person.id, name: person.name })
    .from(keyTaskPerson)
    .innerJoin(person, eq(person.id, keyTaskPerson.personId))
    .where(inArray(keyTaskPerson.taskId, taskIds))
    .orderBy(asc(person.name));
}

export async function replacePersons(db: DbOrTx, taskId: string, personIds: string[]) {
  await db.delete(keyTaskPerson).where(eq(keyTaskPerson.taskId, taskId));
  if (personIds.length > 0)
    await db.insert(keyTaskPerson).values([...new Set(personIds)].map((personId) => ({ taskId, personId })));
}

export function insertProgress(db: DbOrTx, values: typeof keyTaskProgress.$inferInsert) {
  return db
    .insert(keyTaskProgress)
    .values(values)
    .returning()
    .then((r) => r[0]!);
}

/** Progress updates of a task, newest first, with the reporter's name. */
export function listProgress(db: DbOrTx, taskId: string) {
  return db
    .select({ progress: keyTaskProgress, reporterName: person.name })
    .from(keyTaskProgress)
    .leftJoin(userAccount, eq(userAccount.id, keyTaskProgress.reportedBy))
    .leftJoin(person, eq(person.id, userAccount.personId))
    .where(eq(keyTaskProgress.taskId, taskId))
    .orderBy(desc(keyTaskProgress.reportedAt), desc(keyTaskProgress.id));
}

export function progressIdsOfTask(db: DbOrTx, taskId: string) {
  return db
    .select({ id: keyTaskProgress.id })
    .from(keyTaskProgress)
    .where(eq(keyTaskProgress.taskId, taskId))
    .then((r) => r.map((x) => x.id));
}

/** Open tasks whose deadline was counted on working days through years `from`..`to`. */
export function tasksCountedThrough(db: DbOrTx, from: number, to: number) {
  return db
    .select({
      id: keyTask.id,
      unitId: keyTask.unitId,
      dueDate: keyTask.dueDate,
      dueBasisFrom: keyTask.dueBasisFrom,
      dueBasisDays: keyTask.dueBasisDays,
    })
    .from(keyTask)
    .where(
      and(
        isNotNull(keyTask.dueBasisDays),
        lt(keyTask.progress, 100),
        lte(keyTask.dueBasisFrom, `${to}-12-31`),
        gte(keyTask.dueDate, `${from}-01-01`),
      ),
    );
}

// ---------------------------------------------------------------- monthly figures (月报)

/**
 * The month's figures of the key tasks of a campaign whose unit lies under `unitPath`: due in the
 * month (dates inclusive), and completed in it (instants [start, end)).
 */
export async function monthFigures(db: DbOrTx, area: MonthArea) {
  const inArea = and(
    eq(keyTask.campaignId, area.campaignId),
    inArray(keyTask.unitId, unitsUnder(area.unitPath)),
  );
  const counted = (where: SQL | undefined) =>
    db
      .select({ n: count() })
      .from(keyTask)
      .where(and(inArea, where))
      .then((r) => r[0]!.n);
  const [due, completed] = await inSequence([
    () => counted(and(gte(keyTask.dueDate, area.from), lte(keyTask.dueDate, area.to))),
    () => counted(and(gte(keyTask.completedAt, area.start), lt(keyTask.completedAt, area.end))),
  ]);
  return { due, completed };
}
