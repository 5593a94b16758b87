import { and, desc, eq, gt, isNull, lt, lte, or } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { person, roleAssignment, unit, userAccount } from '../org/org.table';
import type { Scope } from '../scope';
import { session } from './session.table';

export function findAccountByUsername(db: DbOrTx, username: string) {
  return db
    .select({ account: userAccount, personName: person.name })
    .from(userAccount)
    .innerJoin(person, eq(person.id, userAccount.personId))
    .where(eq(userAccount.username, username))
    .limit(1)
    .then((r) => (r[0] ? { ...r[0].account, personName: r[0].personName } : undefined));
}

export function updateAccountLoginState(
  db: DbOrTx,
  id: string,
  values: Partial<Pick<typeof userAccount.$inferInsert, 'failedAttempts' | 'lockedUntil' | 'lastLoginAt'>>,
) {
  return db.update(userAccount).set(values).where(eq(userAccount.id, id));
}

export function insertSession(db: DbOrTx, values: typeof session.$inferInsert) {
  return db.insert(session).values(values).returning({ id: session.id });
}

/** The session with its account, person and unit: everything needed to build the Actor. */
export function findSessionByTokenHash(db: DbOrTx, tokenHash: string) {
  return db
    .select({
      session,
      account: userAccount,
      personName: person.name,
      unitId: person.unitId,
    })
    .from(session)
    .innerJoin(userAccount, eq(userAccount.id, session.userId))
    .innerJoin(person, eq(person.id, userAccount.personId))
    .where(eq(session.tokenHash, tokenHash))
    .limit(1)
    .then((r) => r[0]);
}

export function findAssignmentsWithPaths(db: DbOrTx, userId: string) {
  return db
    .select({
      id: roleAssignment.id,
      role: roleAssignment.role,
      dataScope: roleAssignment.dataScope,
      unitId: roleAssignment.unitId,
      unitName: unit.name,
      unitPath: unit.path,
    })
    .from(roleAssignment)
    .innerJoin(unit, eq(unit.id, roleAssignment.unitId))
    .where(eq(roleAssignment.userId, userId))
    .orderBy(roleAssignment.createdAt);
}

export function touchSession(db: DbOrTx, id: string, at: Date) {
  return db.update(session).set({ lastSeenAt: at }).where(eq(session.id, id));
}

export function deleteSession(db: DbOrTx, id: string) {
  return db.delete(session).where(eq(session.id, id));
}

export function deleteSessionsOfUser(db: DbOrTx, userId: string) {
  return db.delete(session).where(eq(session.userId, userId));
}

/** Housekeeping: sessions past their absolute expiry or idle limit. */
export function deleteExpiredSessions(db: DbOrTx, now: Date, idleBefore: Date) {
  return db.delete(session).where(or(lt(session.expiresAt, now), lt(session.lastSeenAt, idleBefore)));
}

export function findSessionForUser(db: DbOrTx, sessionId: string, userId: string) {
  return db
    .select()
    .from(session)
    .where(and(eq(session.id, sessionId), eq(session.userId, userId)))
    .then((r) => r[0]);
}

export function findUserProfile(db: DbOrTx, userId: string) {
  return db
    .select({ account: userAccount, person, unit })
    .from(userAccount)
    .innerJoin(person, eq(person.id, userAccount.personId))
    .innerJoin(unit, eq(unit.id, person.unitId))
    .where(eq(userAccount.id, userId))
    .then((r) => r[0]);
}

export function updateAccountLocale(db: DbOrTx, userId: string, locale: string) {
  return db.update(userAccount).set({ locale }).where(eq(userAccount.id, userId));
}

// ---- session management (security administrator)

const sessionListColumns = {
  id: session.id,
  userId: session.userId,
  username: userAccount.username,
  personName: person.name,
  unitId: person.unitId,
  unitName: unit.name,
  createdAt: session.createdAt,
  lastSeenAt: session.lastSeenAt,
  expiresAt: session.expiresAt,
  ip: session.ip,
  userAgent: session.userAgent,
};

/**
 * Sessions still usable at `now` (before their absolute expiry, seen after `idleBefore`, account
 * neither disabled nor locked) whose owner's unit passes `scope`; never the token hash.
 */
export function listActiveSessions(db: DbOrTx, scope: Scope, now: Date, idleBefore: Date) {
  return db
    .select(sessionListColumns)
    .from(session)
    .innerJoin(userAccount, eq(userAccount.id, session.userId))
    .innerJoin(person, eq(person.id, userAccount.personId))
    .innerJoin(unit, eq(unit.id, person.unitId))
    .where(
      and(
        scope.where(person.unitId),
        gt(session.expiresAt, now),
        gt(session.lastSeenAt, idleBefore),
        eq(userAccount.disabled, false),
        or(isNull(userAccount.lockedUntil), lte(userAccount.lockedUntil, now)),
      ),
    )
    .orderBy(desc(session.lastSeenAt))
    .limit(1000);
}

/** One session with its owner, when the owner's unit is within `scope`. */
export function findSession(db: DbOrTx, id: string, scope: Scope) {
  return db
    .select({ ...sessionListColumns, unitPath: unit.path })
    .from(session)
    .innerJoin(userAccount, eq(userAccount.id, session.userId))
    .innerJoin(person, eq(person.id, userAccount.personId))
    .innerJoin(unit, eq(unit.id, person.unitId))
    .where(and(eq(session.id, id), scope.where(person.unitId)))
    .limit(1)
    .then((r) => r[0]);
}

/** Lifts a lock: no lockedUntil, the failure count back to zero. */
export function unlockAccount(db: DbOrTx, id: string, at: Date) {
  return db
    .update(userAccount)
    .set({ lockedUntil: null, failedAttempts: 0, updatedAt: at })
    .where(eq(userAccount.id, id));
}
