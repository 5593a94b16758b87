import type { PageQuery, UNIT_KINDS } from '@zeren/contracts';
import { and, asc, eq, ilike, inArray, like, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/client';
import { containsPattern } from '../../db/text-search';
import { countUpTo, fetchSize, orderOf, pageWhere, type SortKey, toPage } from '../paging';
import type { Scope } from '../scope';
import { person, roleAssignment, roleGrant, unit, userAccount } from './org.table';

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
  kind: (typeof UNIT_KINDS)[number];
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

/**
 * A list's `unitId` filter as the repositories take it: the unit's path, one no unit has for an
 * unknown unit (it lists nothing; the scope decides what exists for the caller), undefined without one.
 */
export async function unitPathFilter(db: DbOrTx, id: string | undefined): Promise<string | undefined> {
  return id ? ((await findUnitRef(db, id))?.path ?? '\u0000') : undefined;
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

/** Persons by name (then id): the order of the persons list, served a page at a time. */
const PERSON_ORDER: SortKey<{ person: PersonRow }>[] = [
  { column: person.name, direction: 'asc', type: 'text', of: (r) => r.person.name },
  { column: person.id, direction: 'asc', type: 'uuid', of: (r) => r.person.id },
];

export async function listPersons(
  db: DbOrTx,
  scope: Scope,
  filter: { unitId?: string | undefined; q?: string | undefined },
  page: PageQuery,
) {
  const conditions: SQL[] = [scope.where(person.unitId)];
  if (filter.unitId) conditions.push(eq(person.unitId, filter.unitId));
  if (filter.q)
    conditions.push(
      or(ilike(person.name, containsPattern(filter.q)), ilike(person.position, containsPattern(filter.q)))!,
    );
  const where = and(...conditions);
  const rows = await db
    .select(personColumns)
    .from(person)
    .innerJoin(unit, eq(unit.id, person.unitId))
    .where(pageWhere(PERSON_ORDER, page, where))
    .orderBy(...orderOf(PERSON_ORDER))
    .limit(fetchSize(page));
  const counted = await countUpTo(
    db,
    db
      .select({ one: sql`1`.as('one') })
      .from(person)
      .where(where),
  );
  return toPage(PERSON_ORDER, page, rows, counted);
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

/** Accounts by user name (unique): the order of the accounts list, served a page at a time. */
const ACCOUNT_ORDER: SortKey<{ account: AccountRow }>[] = [
  { column: userAccount.username, direction: 'asc', type: 'text', of: (r) => r.account.username },
  { column: userAccount.id, direction: 'asc', type: 'uuid', of: (r) => r.account.id },
];

export async function listAccounts(
  db: DbOrTx,
  scope: Scope,
  filter: { unitId?: string | undefined; q?: string | undefined },
  page: PageQuery,
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
  const where = and(...conditions);
  const rows = await db
    .select(accountColumns)
    .from(userAccount)
    .innerJoin(person, eq(person.id, userAccount.personId))
    .innerJoin(unit, eq(unit.id, person.unitId))
    .where(pageWhere(ACCOUNT_ORDER, page, where))
    .orderBy(...orderOf(ACCOUNT_ORDER))
    .limit(fetchSize(page));
  const counted = await countUpTo(
    db,
    db
      .select({ one: sql`1`.as('one') })
      .from(userAccount)
      .innerJoin(person, eq(person.id, userAccount.personId))
      .where(where),
  );
  return toPage(ACCOUNT_ORDER, page, rows, counted);
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

/** The names of the persons behind accounts (who submitted, reviewed, asked), by account id. */
export async function personNamesOfAccounts(
  db: DbOrTx,
  accountIds: (string | null)[],
): Promise<Map<string, string>> {
  const ids = [...new Set(accountIds.filter((id): id is string => id !== null))];
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: userAccount.id, name: person.name })
    .from(userAccount)
    .innerJoin(person, eq(person.id, userAccount.personId))
    .where(inArray(userAccount.id, ids));
  return new Map(rows.map((r) => [r.id, r.name]));
}

// ---- role grants (requested assignments awaiting the security administrator)

export type RoleGrantRow = typeof roleGrant.$inferSelect;

/** Pending grants of accounts, with their units' names (for the account view). */
export function listPendingGrants(db: DbOrTx, userIds: string[]) {
  if (userIds.length === 0) return Promise.resolve([]);
  return db
    .select({
      id: roleGrant.id,
      userId: roleGrant.userId,
      role: roleGrant.role,
      dataScope: roleGrant.dataScope,
      unitId: roleGrant.unitId,
      unitName: unit.name,
    })
    .from(roleGrant)
    .innerJoin(unit, eq(unit.id, roleGrant.unitId))
    .where(and(inArray(roleGrant.userId, userIds), eq(roleGrant.status, 'pending')))
    .orderBy(asc(roleGrant.createdAt));
}

export function insertGrants(db: DbOrTx, values: (typeof roleGrant.$inferInsert)[]) {
  if (values.length === 0) return Promise.resolve([]);
  return db.insert(roleGrant).values(values).returning();
}

export function updateGrant(db: DbOrTx, id: string, values: Partial<typeof roleGrant.$inferInsert>) {
  return db.update(roleGrant).set(values).where(eq(roleGrant.id, id));
}

export function insertAssignment(
  db: DbOrTx,
  values: { userId: string; role: string; dataScope: 'self_unit' | 'unit_tree' | 'all'; unitId: string },
) {
  return db.insert(roleAssignment).values(values);
}

export function deleteAssignment(db: DbOrTx, id: string) {
  return db.delete(roleAssignment).where(eq(roleAssignment.id, id));
}

const requester = alias(userAccount, 'requester');
const requesterPerson = alias(person, 'requester_person');
const decider = alias(userAccount, 'decider');
const deciderPerson = alias(person, 'decider_person');
const grantUnit = alias(unit, 'grant_unit');

const grantColumns = {
  grant: roleGrant,
  username: userAccount.username,
  personName: person.name,
  accountUnitName: unit.name,
  unitName: grantUnit.name,
  unitPath: unit.path,
  grantUnitPath: grantUnit.path,
  requestedByName: requesterPerson.name,
  decidedByName: deciderPerson.name,
  /** The record's unit for scope: the unit of the account's person. */
  unitId: person.unitId,
};

function grantQuery(db: DbOrTx) {
  return db
    .select(grantColumns)
    .from(roleGrant)
    .innerJoin(userAccount, eq(userAccount.id, roleGrant.userId))
    .innerJoin(person, eq(person.id, userAccount.personId))
    .innerJoin(unit, eq(unit.id, person.unitId))
    .innerJoin(grantUnit, eq(grantUnit.id, roleGrant.unitId))
    .leftJoin(requester, eq(requester.id, roleGrant.requestedBy))
    .leftJoin(requesterPerson, eq(requesterPerson.id, requester.personId))
    .leftJoin(decider, eq(decider.id, roleGrant.decidedBy))
    .leftJoin(deciderPerson, eq(deciderPerson.id, decider.personId));
}

export type GrantViewRow = Awaited<ReturnType<typeof findGrant>> & {};

/** Grants of accounts whose person is in `scope`, newest first. */
/** Newest request first (ids are UUIDv7): the order of the role-grant list, a page at a time. */
const GRANT_ORDER: SortKey<{ grant: RoleGrantRow }>[] = [
  { column: roleGrant.id, direction: 'desc', type: 'uuid', of: (r) => r.grant.id },
];

export async function listGrants(
  db: DbOrTx,
  scope: Scope,
  filter: { status?: string | undefined },
  page: PageQuery,
) {
  const conditions: SQL[] = [scope.where(person.unitId)];
  if (filter.status) conditions.push(eq(roleGrant.status, filter.status as RoleGrantRow['status']));
  const where = and(...conditions);
  const rows = await grantQuery(db)
    .where(pageWhere(GRANT_ORDER, page, where))
    .orderBy(...orderOf(GRANT_ORDER))
    .limit(fetchSize(page));
  const counted = await countUpTo(
    db,
    db
      .select({ one: sql`1`.as('one') })
      .from(roleGrant)
      .innerJoin(userAccount, eq(userAccount.id, roleGrant.userId))
      .innerJoin(person, eq(person.id, userAccount.personId))
      .where(where),
  );
  return toPage(GRANT_ORDER, page, rows, counted);
}

/** One grant, when its account's person is in `scope`. */
export function findGrant(db: DbOrTx, id: string, scope: Scope) {
  return grantQuery(db)
    .where(and(eq(roleGrant.id, id), scope.where(person.unitId)))
    .limit(1)
    .then((r) => r[0]);
}
