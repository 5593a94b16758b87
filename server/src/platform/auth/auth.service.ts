import { randomBytes } from 'node:crypto';
import type { Locale, Role } from '@zeren/contracts';
import { type Actor, type Assignment, permissionsOf } from '../actor';
import { inTransaction, requireActor, type ServiceContext, type TxContext } from '../context';
import { hmacSm3 } from '../crypto';
import { AppError } from '../errors';
import * as repo from './auth.repository';
import { dummyPasswordHash, hashPassword, passwordProblems, verifyPassword } from './password';
import { session } from './session.table';

export const SESSION_COOKIE = 'zeren_session';
/** Failed sign-ins in a row from one address that lock that address out of the account. */
export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MINUTES = 30;
/** Addresses locked out of one account at once that lock the account as a whole (a distributed guess). */
export const ACCOUNT_LOCK_ADDRESSES = 3;
/** lastSeenAt is written at most this often, so reads do not each cost a write. */
const TOUCH_INTERVAL_MS = 60_000;

export interface SessionSettings {
  secret: string;
  idleMinutes: number;
  maxHours: number;
}

export function tokenHash(settings: SessionSettings, token: string): string {
  return hmacSm3(settings.secret, token);
}

/**
 * What the log keeps of a username that names no account: a keyed hash (HMAC-SM3 under a key
 * derived from the session secret), so repeated attempts can be correlated without keeping what
 * was typed (often a password typed into the wrong field).
 */
export function unknownUsernameHash(settings: SessionSettings, username: string): string {
  const key = hmacSm3(settings.secret, 'zeren/sign-in-username/v1');
  return hmacSm3(key, username.trim().toLowerCase());
}

type FailureReason = 'password' | 'locked' | 'address_locked' | 'disabled';
type AccountForSignIn = NonNullable<Awaited<ReturnType<typeof repo.findAccountByUsername>>>;

/**
 * Checks a username and password. A failure is recorded (and may lock, see recordFailure) in its
 * own transaction and answers null; whether the account exists, is disabled or locked, or the
 * password was wrong is never told apart.
 */
async function verifyCredentials(
  ctx: ServiceContext,
  settings: SessionSettings,
  username: string,
  password: string,
): Promise<AccountForSignIn | null> {
  const now = ctx.clock.now();
  const ip = ctx.ip ?? '';
  const account = await repo.findAccountByUsername(ctx.db, username);
  const passwordOk = await verifyPassword(account?.passwordHash ?? (await dummyPasswordHash()), password);
  return inTransaction(
    ctx,
    async (tx) => {
      if (!account) {
        await tx.audit({
          action: 'auth.login_failed',
          recordType: 'user_account',
          after: { usernameHash: unknownUsernameHash(settings, username), reason: 'unknown' },
        });
        return null;
      }
      const fromHere = await repo.findSignInFailure(tx.tx, account.id, ip);
      const accountLocked = account.lockedUntil !== null && account.lockedUntil > now;
      const addressLocked = fromHere?.lockedUntil != null && fromHere.lockedUntil > now;
      const reason: FailureReason | null = accountLocked
        ? 'locked'
        : addressLocked
          ? 'address_locked'
          : account.disabled
            ? 'disabled'
            : passwordOk
              ? null
              : 'password';
      if (!reason) return account;
      if (reason === 'password') await recordFailure(tx, account, fromHere, ip, now);
      await tx.audit({
        action: 'auth.login_failed',
        recordType: 'user_account',
        recordId: account.id,
        after: { username: account.username, reason },
      });
      return null;
    },
    account ? { userId: account.id, name: account.personName } : undefined,
  );
}

/** Opens a session for a verified account (inside the caller's transaction) and clears its failures. */
async function openSession(
  tx: TxContext,
  settings: SessionSettings,
  account: AccountForSignIn,
  userAgent: string | null,
): Promise<SignedIn> {
  const now = tx.clock.now();
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + settings.maxHours * 3_600_000);
  const [created] = await repo.insertSession(tx.tx, {
    tokenHash: tokenHash(settings, token),
    userId: account.id,
    createdAt: now,
    lastSeenAt: now,
    expiresAt,
    ip: tx.ip,
    userAgent: userAgent?.slice(0, 300) ?? null,
  });
  await repo.clearSignInFailure(tx.tx, account.id, tx.ip ?? '');
  await repo.updateAccountLoginState(tx.tx, account.id, {
    failedAttempts: 0,
    lockedUntil: null,
    lastLoginAt: now,
  });
  await tx.audit({
    action: 'auth.login',
    recordType: 'session',
    recordId: created!.id,
    after: { userId: account.id },
  });
  return { token, expiresAt, userId: account.id, sessionId: created!.id };
}

/** A session just opened: the cookie's token, its expiry, whose it is. */
export interface SignedIn {
  token: string;
  expiresAt: Date;
  userId: string;
  sessionId: string;
}

/**
 * Checks credentials and opens a session. Every failure answers the same LOGIN_FAILED,
 * whether the account is unknown, disabled, locked or the password wrong. A password an
 * administrator set is one-time: the right one answers PASSWORD_CHANGE_REQUIRED (403) and
 * opens no session; the user changes it with changePassword.
 *
 * Locks stop new sign-ins only, never end a session. Five failures in a row from one address
 * lock that address out of the account for LOCKOUT_MINUTES; the account as a whole is locked
 * only when ACCOUNT_LOCK_ADDRESSES addresses are locked out of it at once, and the security
 * administrator is told (an audit event, and the account in the locked-accounts list).
 */
export async function login(
  ctx: ServiceContext,
  settings: SessionSettings,
  input: { username: string; password: string; userAgent: string | null },
): Promise<SignedIn> {
  const account = await verifyCredentials(ctx, settings, input.username, input.password);
  if (!account) throw new AppError('LOGIN_FAILED');
  const actingAs = { userId: account.id, name: account.personName };
  if (account.passwordMustChange) {
    await inTransaction(
      ctx,
      (tx) =>
        tx.audit({
          action: 'auth.login_failed',
          recordType: 'user_account',
          recordId: account.id,
          after: { username: account.username, reason: 'password_change_required' },
        }),
      actingAs,
    );
    throw new AppError('PASSWORD_CHANGE_REQUIRED');
  }
  return inTransaction(ctx, (tx) => openSession(tx, settings, account, input.userAgent), actingAs);
}

/**
 * Changes a password with the current one — the way out of PASSWORD_CHANGE_REQUIRED, and open
 * to anyone who knows their password. Failures count like sign-in failures. The new password
 * must keep the rules and differ from the current one; every other session of the account ends
 * and a new one opens.
 */
export async function changePassword(
  ctx: ServiceContext,
  settings: SessionSettings,
  input: { username: string; currentPassword: string; newPassword: string; userAgent: string | null },
): Promise<SignedIn> {
  const account = await verifyCredentials(ctx, settings, input.username, input.currentPassword);
  if (!account) throw new AppError('LOGIN_FAILED');
  const problems = passwordProblems(input.newPassword, account.username).map((p) => ({
    ...p,
    path: 'newPassword',
  }));
  if (problems.length > 0) throw new AppError('VALIDATION_FAILED', {}, problems);
  if (input.newPassword === input.currentPassword)
    throw new AppError('PASSWORD_REUSED', {}, [{ path: 'newPassword', key: 'field.invalid' }]);
  const passwordHash = await hashPassword(input.newPassword);
  return inTransaction(
    ctx,
    async (tx) => {
      await repo.updateAccountPassword(tx.tx, account.id, passwordHash, tx.clock.now());
      const ended = await repo.deleteSessionsOfUser(tx.tx, account.id).returning({ id: session.id });
      await tx.audit({
        action: 'auth.password_changed',
        recordType: 'user_account',
        recordId: account.id,
        after: { mustChangePassword: false, sessionsEnded: ended.length },
      });
      return openSession(tx, settings, account, input.userAgent);
    },
    { userId: account.id, name: account.personName },
  );
}

/**
 * A wrong password from `ip`: counts it for this address (a lock that ran out starts the count
 * afresh), locks the address after MAX_FAILED_LOGINS, and the account when enough addresses are
 * locked out of it at once. Each lock is audited.
 */
async function recordFailure(
  tx: TxContext,
  account: { id: string; failedAttempts: number },
  fromHere: { failedAttempts: number; lockedUntil: Date | null } | undefined,
  ip: string,
  now: Date,
): Promise<void> {
  const lockedUntil = new Date(now.getTime() + LOCKOUT_MINUTES * 60_000);
  const previous = fromHere?.lockedUntil ? 0 : (fromHere?.failedAttempts ?? 0);
  const failures = previous + 1;
  // The account's own counter: consecutive failures from anywhere, for the administrator's view.
  await repo.updateAccountLoginState(tx.tx, account.id, { failedAttempts: account.failedAttempts + 1 });
  if (failures < MAX_FAILED_LOGINS) {
    await repo.saveSignInFailure(tx.tx, { userId: account.id, ip, failedAttempts: failures, updatedAt: now });
    return;
  }
  await repo.saveSignInFailure(tx.tx, {
    userId: account.id,
    ip,
    failedAttempts: 0,
    lockedUntil,
    updatedAt: now,
  });
  await tx.audit({
    action: 'auth.account_locked',
    recordType: 'user_account',
    recordId: account.id,
    after: { lockedUntil, scope: 'address' },
  });
  const addresses = await repo.countLockedAddresses(tx.tx, account.id, now);
  if (addresses < ACCOUNT_LOCK_ADDRESSES) return;
  await repo.updateAccountLoginState(tx.tx, account.id, { lockedUntil });
  await tx.audit({
    action: 'auth.account_locked',
    recordType: 'user_account',
    recordId: account.id,
    after: { lockedUntil, scope: 'account', addresses },
  });
}

/** The Actor of a caller row (account, person, unit, assignments), for one session. */
export function actorOf(row: repo.CallerRow, sessionId: string): Actor {
  const assignments: Assignment[] = row.assignments.map((a) => ({
    id: a.id,
    role: a.role as Role,
    dataScope: a.dataScope,
    unitId: a.unitId,
    unitName: a.unitName,
    unitPath: a.unitPath,
  }));
  return {
    userId: row.account.id,
    username: row.account.username,
    personId: row.account.personId,
    personName: row.personName,
    unitId: row.unitId,
    locale: row.account.locale as Locale,
    assignments,
    permissions: permissionsOf(assignments),
    sessionId,
    profile: {
      position: row.position,
      unitName: row.unitName,
      unitKind: row.unitKind,
      unitLevel: row.unitLevel,
    },
  };
}

/**
 * Resolves a session cookie to the caller, or null when absent, expired, idle too long or
 * disabled — one prepared query per request (plus a touch of the session at most once a minute).
 * A sign-in lock does not end a session: it stops new sign-ins only (else anyone who knows a
 * username could sign its owner out by guessing wrong five times).
 */
export async function authenticate(
  ctx: Pick<ServiceContext, 'db' | 'clock'>,
  settings: SessionSettings,
  token: string | undefined,
): Promise<Actor | null> {
  if (!token || token.length > 100) return null;
  const found = await repo.findSessionByTokenHash(ctx.db, tokenHash(settings, token));
  if (!found) return null;
  const now = ctx.clock.now();
  const idleLimit = new Date(found.session.lastSeenAt.getTime() + settings.idleMinutes * 60_000);
  if (found.session.expiresAt <= now || idleLimit <= now || found.account.disabled) {
    await repo.deleteSession(ctx.db, found.session.id);
    return null;
  }
  if (now.getTime() - found.session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    await repo.touchSession(ctx.db, found.session.id, now);
  }
  return actorOf(found, found.session.id);
}

/** Ends the caller's session. */
export async function logout(ctx: ServiceContext): Promise<void> {
  const actor = ctx.actor;
  if (!actor) return;
  await inTransaction(ctx, async (tx) => {
    await repo.deleteSession(tx.tx, actor.sessionId);
    await tx.audit({ action: 'auth.logout', recordType: 'session', recordId: actor.sessionId });
  });
}

/**
 * Whether `password` is the signed-in caller's own: a step that shows protected data again asks
 * for it (revealing a reporter's identity). Nothing is recorded here; the caller audits the step.
 */
export async function confirmOwnPassword(ctx: ServiceContext, password: string): Promise<boolean> {
  const actor = requireActor(ctx);
  const account = await repo.findAccountByUsername(ctx.db, actor.username);
  return verifyPassword(account?.passwordHash ?? (await dummyPasswordHash()), password);
}
