import { and, asc, eq, ilike, inArray, like, or, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { containsPattern } from '../../db/text-search';
import type { Scope } from '../scope';
import { person, roleAssignment, unit, userAccount } from './org.table';

export type UnitRow = typeof unit.$inferSelect;
export type PersonRow = typeof person.$inferSelect;
export type AccountRow = typeof userAccount.$inferSelect;

// ---- units

export function listUnits(
  db: DbOrTx,
  scope: Scope,
  filter: { parentId?: string | undefined; q?: string | undefined },
) {
  const conditions: SQL[] = [scope.where(unit.id)];
  if (filter.parentId) conditions.push(eq(unit.parentId, filter.parentId));
  if (filter.q)
    conditions.push(
      or(ilike(unit.name, containsPattern(filter.q)), ilike(unit.code, containsPattern(filter.q)))!,
    );
  return db
    .select()
    .from(unit)
    .where(and(...conditions))
    .orderBy(asc(unit.path), asc(unit.sortOrder));
}

/** A unit as a scoped record (its own id is its unit). */
export function findUnit(db: DbOrTx, id: string, scope: Scope) {
  return db
    .select()
    .from(unit)
    .where(and(eq(unit.id, id), scope.where(unit.id)))
    .limit(1)
    .then((r) => (r[0] ? { ...r[0], unitId: r[0].id, unitPath: r[0].path } : undefined));
}

export interface UnitRef {
  id: string;
  name: string;
  path: string;
  kind: 'government' | 'department' | 'institution' | 'enterprise';
  level: 'city' | 'county' | 'township';
  parentId: string | null;
}

/**
 * A unit of the tree by id, whoever asks: the tree is what data scope is measured on, so a
 * target unit is looked up here and then checked against the caller's scope.
 */
export function findUnitRef(db: DbOrTx, id: string): Promise<UnitRef | undefined> {
  return db
    .select({
      id: unit.id,
      name: unit.name,
      path: unit.path,
      kind: unit.kind,
      level: unit.level,
      parentId: unit.parentId,
    })
    .from(unit)
    .where(eq(unit.id, id))
    .limit(1)
    .then((r) => r[0]);
}

export function insertUnit(db: DbOrTx, values: typeof unit.$inferInsert) {
  return db
    .insert(unit)
    .values(values)
    .returning()
    .then((r) => r[0]!);
}

export function updateUnit(db: DbOrTx, id: string, values: Partial<typeof unit.$inferInsert>) {
  return db
    .update(unit)
    .set(values)
    .where(eq(unit.id, id))
    .returning()
    .then((r) => r[0]!);
}

/** Rewrites the path prefix of a whole subtree in one statement (the unit itself included). */
export function rewriteSubtreePaths(db: DbOrTx, oldPrefix: string, newPrefix: string) {
  return db
    .update(unit)
    .set({ path: sql`${newPrefix} || substr(${unit.path}, ${oldPrefix.length + 1})` })
    .where(like(unit.path, `${oldPrefix}%`));
}

export function countChildren(db: DbOrTx, id: string) {
  return db
    .select({ n: sql<number>`count(*)::int` })
    .from(unit)
    .where(eq(unit.parentId, id))
    .then((r) => r[0]!.n);
}

/** Records that hang on a unit; a unit with any cannot be deleted. Later modules add their tables here. */
export async function countUnitRecords(db: DbOrTx, id: string): Promise<number> {
  const [persons] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(person)
    .where(eq(person.unitId, id));
  const [grants] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(roleAssignment)
    .where(eq(roleAssignment.unitId, id));
  return persons!.n + grants!.n;
}

export function deleteUnit(db: DbOrTx, id: string) {
  return db.delete(unit).where(eq(unit.id, id));
}

// ---- persons

const personColumns = {
  person,
  unitName: unit.name,
  unitId: person.unitId,
  unitPath: unit.path,
};

export function listPersons(
  db: DbOrTx,
  scope: Scope,
  filter: { unitId?: string | undefined; q?: string | undefined; limit?: number },
) {
  const conditions: SQL[] = [scope.where(person.unitId)];
  if (filter.unitId) conditions.push(eq(person.unitId, filter.unitId));
  if (filter.q)
    conditions.push(
      or(ilike(person.name, containsPattern(filter.q)), ilike(person.position, containsPattern(filter.q)))!,
    );
  return db
    .select(personColumns)
    .from(person)
    .innerJoin(unit, eq(unit.id, person.unitId))
    .where(and(...conditions))
    .orderBy(asc(unit.path), asc(person.isLeader), asc(person.name))
    .limit(filter.limit ?? 1000);
}

export function findPerson(db: DbOrTx, id: string, scope: Scope) {
  return db
    .select(personColumns)
    .from(person)
    .innerJoin(unit, eq(unit.id, person.unitId))
    .where(and(eq(person.id, id), scope.where(person.unitId)))
    .limit(1)
    .then((r) => r[0]);
}

export function insertPerson(db: DbOrTx, values: typeof person.$inferInsert) {
  return db
    .insert(person)
    .values(values)
    .returning()
    .then((r) => r[0]!);
}

export function updatePerson(db: DbOrTx, id: string, values: Partial<typeof person.$inferInsert>) {
  return db.update(person).set(values).where(eq(person.id, id)).returning();
}

export function deletePerson(db: DbOrTx, id: string) {
  return db.delete(person).where(eq(person.id, id));
}

export function findAccountOfPerson(db: DbOrTx, personId: string) {
  return db
    .select({ id: userAccount.id })
    .from(userAccount)
    .where(eq(userAccount.personId, personId))
    .then((r) => r[0]);
}

// ---- accounts

const accountColumns = {
  account: userAccount,
  personName: person.name,
  unitId: person.unitId,
  unitName: unit.name,
  unitPath: unit.path,
};

export function listAccounts(
  db: DbOrTx,
  scope: Scope,
  filter: { unitId?: string | undefined; q?: string | undefined },
) {
  const conditions: SQL[] = [scope.where(person.unitId)];
  if (filter.unitId) conditions.push(eq(person.unitId, filter.unitId));
  if (filter.q)
    conditions.push(
      or(
        ilike(userAccount.username, containsPattern(filter.q)),
        ilike(person.name, containsPattern(filter.q)),
      )!,
    );
  return db
    .select(accountColumns)
    .from(userAccount)
    .innerJoin(person, eq(person.id, userAccount.personId))
    .innerJoin(unit, eq(unit.id, person.unitId))
    .where(and(...conditions))
    .orderBy(asc(userAccount.username))
    .limit(1000);
}

export function findAccount(db: DbOrTx, id: string, scope: Scope) {
  return db
    .select(accountColumns)
    .from(userAccount)
    .innerJoin(person, eq(person.id, userAccount.personId))
    .innerJoin(unit, eq(unit.id, person.unitId))
    .where(and(eq(userAccount.id, id), scope.where(person.unitId)))
    .limit(1)
    .then((r) => r[0]);
}

export function findAccountIdByUsername(db: DbOrTx, username: string) {
  return db
    .select({ id: userAccount.id })
    .from(userAccount)
    .where(eq(userAccount.username, username))
    .then((r) => r[0]);
}

export function insertAccount(db: DbOrTx, values: typeof userAccount.$inferInsert) {
  return db
    .insert(userAccount)
    .values(values)
    .returning()
    .then((r) => r[0]!);
}

export function updateAccount(db: DbOrTx, id: string, values: Partial<typeof userAccount.$inferInsert>) {
  return db.update(userAccount).set(values).where(eq(userAccount.id, id));
}

export function listAssignments(db: DbOrTx, userIds: string[]) {
  if (userIds.length === 0) return Promise.resolve([]);
  return db
    .select({
      id: roleAssignment.id,
      userId: roleAssignment.userId,
      role: roleAssignment.role,
      dataScope: roleAssignment.dataScope,
      unitId: roleAssignment.unitId,
      unitName: unit.name,
    })
    .from(roleAssignment)
    .innerJoin(unit, eq(unit.id, roleAssignment.unitId))
    .where(inArray(roleAssignment.userId, userIds))
    .orderBy(asc(roleAssignment.createdAt));
}

export async function replaceAssignments(
  db: DbOrTx,
  userId: string,
  assignments: { role: string; dataScope: 'self_unit' | 'unit_tree' | 'all'; unitId: string }[],
) {
  await db.delete(roleAssignment).where(eq(roleAssignment.userId, userId));
  if (assignments.length > 0)
    await db.insert(roleAssignment).values(assignments.map((a) => ({ ...a, userId })));
}

/** Units of the tree by id, whoever asks (see findUnitRef). */
export function findUnitRefs(db: DbOrTx, ids: string[]): Promise<UnitRef[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .select({
      id: unit.id,
      name: unit.name,
      path: unit.path,
      kind: unit.kind,
      level: unit.level,
      parentId: unit.parentId,
    })
    .from(unit)
    .where(inArray(unit.id, ids));
}

/** Persons by id with their units, whoever asks: for checking that named persons belong to a unit. */
export function findPersonRefs(db: DbOrTx, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .select({ id: person.id, unitId: person.unitId, name: person.name })
    .from(person)
    .where(inArray(person.id, ids));
}

export function findUnitByCode(db: DbOrTx, code: string) {
  return db
    .select({ id: unit.id })
    .from(unit)
    .where(eq(unit.code, code))
    .then((r) => r[0]);
}

export function countUnits(db: DbOrTx) {
  return db
    .select({ n: sql<number>`count(*)::int` })
    .from(unit)
    .then((r) => r[0]!.n);
}

export function countAccounts(db: DbOrTx) {
  return db
    .select({ n: sql<number>`count(*)::int` })
    .from(userAccount)
    .then((r) => r[0]!.n);
}
