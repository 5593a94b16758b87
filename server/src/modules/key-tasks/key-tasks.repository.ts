import { and, asc, desc, eq, gte, inArray, isNotNull, lt, lte, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/client';
import { person, unit, userAccount } from '../../platform/org/org.table';
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
export type TaskWithNames = Awaited<ReturnType<typeof listTasks>>[number];

export function listTasks(
  db: DbOrTx,
  scope: Scope,
  filter: {
    campaignId?: string | undefined;
    unitId?: string | undefined;
    domainId?: string | undefined;
    parentId?: string | undefined;
    ids?: string[] | undefined;
  },
) {
  const conditions: SQL[] = [scope.where(keyTask.unitId)];
  if (filter.campaignId) conditions.push(eq(keyTask.campaignId, filter.campaignId));
  if (filter.unitId) conditions.push(eq(keyTask.unitId, filter.unitId));
  if (filter.domainId) conditions.push(eq(keyTask.domainId, filter.domainId));
  if (filter.parentId) conditions.push(eq(keyTask.parentId, filter.parentId));
  if (filter.ids) conditions.push(filter.ids.length > 0 ? inArray(keyTask.id, filter.ids) : sql`false`);
  return taskQuery(db)
    .where(and(...conditions))
    .orderBy(asc(keyTask.dueDate), asc(unit.path), asc(keyTask.createdAt))
    .limit(5000);
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
