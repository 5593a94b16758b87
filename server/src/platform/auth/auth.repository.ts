import type { PageQuery } from '@zeren/contracts';
import { and, eq, gt, lt, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { person, unit, userAccount } from '../org/org.table';
import { countUpTo, fetchSize, orderOf, pageWhere, type SortKey, toPage } from '../paging';
import type { Scope } from '../scope';
import { session, signInFailure } from './session.table';

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

/** The caller's role assignments with their units, as one JSON array (one round trip for the Actor). */
const assignmentsJson = sql<AssignmentJson[]>`coalesce((
  select json_agg(json_build_object(
      'id', ra.id, 'role', ra.role, 'dataScope', ra.data_scope,
      'unitId', ra.unit_id, 'unitName', ru.name, 'unitPath', ru.path
    ) order by ra.created_at, ra.id)
  from role_assignment ra join unit ru on ru.id = ra.unit_id
  where ra.user_id = ${userAccount.id}
), '[]'::json)`;

export interface AssignmentJson {
  id: string;
  role: string;
  dataScope: 'self_unit' | 'unit_tree' | 'all';
  unitId: string;
  unitName: string;
  unitPath: string;
}

/** Only what the Actor needs: every column more is parsed and mapped on every request. */
const callerColumns = {
  account: {
    id: userAccount.id,
    username: userAccount.username,
    personId: userAccount.personId,
    locale: userAccount.locale,
    disabled: userAccount.disabled,
  },
  personName: person.name,
  position: person.position,
  unitId: person.unitId,
  unitName: unit.name,
  unitKind: unit.kind,
  unitLevel: unit.level,
  assignments: assignmentsJson,
};

const sessionColumns = { id: session.id, lastSeenAt: session.lastSeenAt, expiresAt: session.expiresAt };

/**
 * The queries every authenticated request runs, prepared once per database (no query building on
 * the hot path): a session by its token hash, or an account by id, each with the account, person,
 * unit and role assignments — everything the Actor and GET /api/me need, in one round trip.
 */
function callerQueries(db: DbOrTx) {
  let prepared = preparedCallers.get(db);
  if (!prepared) {
    prepared = {
      bySession: db
        .select({ session: sessionColumns, ...callerColumns })
        .from(session)
        .innerJoin(userAccount, eq(userAccount.id, session.userId))
        .innerJoin(person, eq(person.id, userAccount.personId))
        .innerJoin(unit, eq(unit.id, person.unitId))
        .where(eq(session.tokenHash, sql.placeholder('tokenHash')))
        .limit(1)
        .prepare('zeren_caller_by_session'),
      byUser: db
        .select(callerColumns)
        .from(userAccount)
        .innerJoin(person, eq(person.id, userAccount.personId))
        .innerJoin(unit, eq(unit.id, person.unitId))
        .where(eq(userAccount.id, sql.placeholder('userId')))
        .limit(1)
        .prepare('zeren_caller_by_user'),
    };
    preparedCallers.set(db, prepared);
  }
  return prepared;
}
const preparedCallers = new WeakMap<
  object,
  { bySession: PreparedCaller<true>; byUser: PreparedCaller<false> }
>();
export type CallerRow = {
  account: Pick<typeof userAccount.$inferSelect, 'id' | 'username' | 'personId' | 'locale' | 'disabled'>;
  personName: string;
  position: string | null;
  unitId: string;
  unitName: string;
  unitKind: (typeof unit.$inferSelect)['kind'];
  unitLevel: (typeof unit.$inferSelect)['level'];
  assignments: AssignmentJson[];
};
type PreparedCaller<WithSession extends boolean> = {
  execute(
    values: Record<string, unknown>,
  ): Promise<
    (CallerRow &
      (WithSession extends true
        ? { session: Pick<typeof session.$inferSelect, 'id' | 'lastSeenAt' | 'expiresAt'> }
        : object))[]
  >;
};

/** The session with its caller: everything needed to build the Actor, in one prepared query. */
export function findSessionByTokenHash(db: DbOrTx, tokenHash: string) {
  return callerQueries(db)
    .bySession.execute({ tokenHash })
    .then((r) => r[0]);
}

/** An account with its person, unit and assignments, in one prepared query. */
export function findCaller(db: DbOrTx, userId: string) {
  return callerQueries(db)
    .byUser.execute({ userId })
    .then((r) => r[0]);
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
 * not disabled) whose owner's unit passes `scope`; never the token hash. A sign-in lock stops new
 * sign-ins only, so a locked account's sessions are listed (and can be ended here).
 */
/** Newest sign-in first (ids are UUIDv7): the order of the sessions list, a page at a time. */
const SESSION_ORDER: SortKey<{ id: string }>[] = [
  { column: session.id, direction: 'desc', type: 'uuid', of: (r) => r.id },
];

export async function listActiveSessions(
  db: DbOrTx,
  scope: Scope,
  now: Date,
  idleBefore: Date,
  page: PageQuery,
) {
  const where = and(
    scope.where(person.unitId),
    gt(session.expiresAt, now),
    gt(session.lastSeenAt, idleBefore),
    eq(userAccount.disabled, false),
  );
  const rows = await db
    .select(sessionListColumns)
    .from(session)
    .innerJoin(userAccount, eq(userAccount.id, session.userId))
    .innerJoin(person, eq(person.id, userAccount.personId))
    .innerJoin(unit, eq(unit.id, person.unitId))
    .where(pageWhere(SESSION_ORDER, page, where))
    .orderBy(...orderOf(SESSION_ORDER))
    .limit(fetchSize(page));
  const counted = await countUpTo(
    db,
    db
      .select({ one: sql`1`.as('one') })
      .from(session)
      .innerJoin(userAccount, eq(userAccount.id, session.userId))
      .innerJoin(person, eq(person.id, userAccount.personId))
      .where(where),
  );
  return toPage(SESSION_ORDER, page, rows, counted);
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

/** Lifts every lock: the account's and each address's; the failure counts back to zero. */
export async function unlockAccount(db: DbOrTx, id: string, at: Date) {
  await db
    .update(userAccount)
    .set({ lockedUntil: null, failedAttempts: 0, updatedAt: at })
    .where(eq(userAccount.id, id));
  await db.delete(signInFailure).where(eq(signInFailure.userId, id));
}

// ---- failed sign-ins per account and address

export function findSignInFailure(db: DbOrTx, userId: string, ip: string) {
  return db
    .select()
    .from(signInFailure)
    .where(and(eq(signInFailure.userId, userId), eq(signInFailure.ip, ip)))
    .then((r) => r[0]);
}

export function saveSignInFailure(db: DbOrTx, values: typeof signInFailure.$inferInsert) {
  return db
    .insert(signInFailure)
    .values(values)
    .onConflictDoUpdate({
      target: [signInFailure.userId, signInFailure.ip],
      set: {
        failedAttempts: values.failedAttempts,
        lockedUntil: values.lockedUntil ?? null,
        updatedAt: values.updatedAt,
      },
    });
}

/** How many addresses are locked out of an account at `now`. */
export function countLockedAddresses(db: DbOrTx, userId: string, now: Date) {
  return db
    .select({ n: sql<number>`count(*)::int` })
    .from(signInFailure)
    .where(and(eq(signInFailure.userId, userId), gt(signInFailure.lockedUntil, now)))
    .then((r) => r[0]!.n);
}

export function clearSignInFailure(db: DbOrTx, userId: string, ip: string) {
  return db.delete(signInFailure).where(and(eq(signInFailure.userId, userId), eq(signInFailure.ip, ip)));
}

export function clearSignInFailures(db: DbOrTx, userId: string) {
  return db.delete(signInFailure).where(eq(signInFailure.userId, userId));
}

/** A password the user chose: no longer one to change at sign-in. */
export function updateAccountPassword(db: DbOrTx, id: string, passwordHash: string, at: Date) {
  return db
    .update(userAccount)
    .set({ passwordHash, passwordMustChange: false, updatedAt: at })
    .where(eq(userAccount.id, id));
}
