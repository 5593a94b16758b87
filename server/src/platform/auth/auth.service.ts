import { randomBytes } from 'node:crypto';
import type { Locale, Role } from '@zeren/contracts';
import { type Actor, type Assignment, permissionsOf } from '../actor';
import { inTransaction, type ServiceContext } from '../context';
import { hmacSm3 } from '../crypto';
import { AppError } from '../errors';
import * as repo from './auth.repository';
import { dummyPasswordHash, verifyPassword } from './password';

export const SESSION_COOKIE = 'zeren_session';
export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MINUTES = 30;
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
 * Checks credentials and opens a session. Every failure answers the same LOGIN_FAILED,
 * whether the account is unknown, disabled, locked or the password wrong.
 */
export async function login(
  ctx: ServiceContext,
  settings: SessionSettings,
  input: { username: string; password: string; userAgent: string | null },
): Promise<{ token: string; expiresAt: Date; userId: string }> {
  const now = ctx.clock.now();
  const account = await repo.findAccountByUsername(ctx.db, input.username);
  const passwordOk = await verifyPassword(
    account?.passwordHash ?? (await dummyPasswordHash()),
    input.password,
  );

  const outcome = await inTransaction(
    ctx,
    async (tx) => {
      if (!account) {
        await tx.audit({
          action: 'auth.login_failed',
          recordType: 'user_account',
          after: { username: input.username },
        });
        return null;
      }
      const locked = account.lockedUntil !== null && account.lockedUntil > now;
      if (locked || account.disabled || !passwordOk) {
        if (!locked && !account.disabled) {
          const failures = account.failedAttempts + 1;
          if (failures >= MAX_FAILED_LOGINS) {
            const lockedUntil = new Date(now.getTime() + LOCKOUT_MINUTES * 60_000);
            await repo.updateAccountLoginState(tx.tx, account.id, { failedAttempts: 0, lockedUntil });
            await tx.audit({
              action: 'auth.account_locked',
              recordType: 'user_account',
              recordId: account.id,
              after: { lockedUntil },
            });
          } else {
            await repo.updateAccountLoginState(tx.tx, account.id, { failedAttempts: failures });
          }
        }
        await tx.audit({
          action: 'auth.login_failed',
          recordType: 'user_account',
          recordId: account.id,
          after: {
            username: account.username,
            reason: locked ? 'locked' : account.disabled ? 'disabled' : 'password',
          },
        });
        return null;
      }
      const token = randomBytes(32).toString('base64url');
      const expiresAt = new Date(now.getTime() + settings.maxHours * 3_600_000);
      const [created] = await repo.insertSession(tx.tx, {
        tokenHash: tokenHash(settings, token),
        userId: account.id,
        createdAt: now,
        lastSeenAt: now,
        expiresAt,
        ip: ctx.ip,
        userAgent: input.userAgent?.slice(0, 300) ?? null,
      });
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
      return { token, expiresAt, userId: account.id };
    },
    account ? { userId: account.id, name: account.personName } : undefined,
  );
  if (!outcome) throw new AppError('LOGIN_FAILED');
  return outcome;
}

/** Resolves a session cookie to the caller, or null when absent, expired, idle too long or disabled. */
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
  const lockedOut = found.account.lockedUntil !== null && found.account.lockedUntil > now;
  if (found.session.expiresAt <= now || idleLimit <= now || found.account.disabled || lockedOut) {
    await repo.deleteSession(ctx.db, found.session.id);
    return null;
  }
  if (now.getTime() - found.session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    await repo.touchSession(ctx.db, found.session.id, now);
  }
  const rows = await repo.findAssignmentsWithPaths(ctx.db, found.account.id);
  const assignments: Assignment[] = rows.map((r) => ({
    role: r.role as Role,
    dataScope: r.dataScope,
    unitId: r.unitId,
    unitPath: r.unitPath,
  }));
  return {
    userId: found.account.id,
    username: found.account.username,
    personId: found.account.personId,
    personName: found.personName,
    unitId: found.unitId,
    locale: found.account.locale as Locale,
    assignments,
    permissions: permissionsOf(assignments),
    sessionId: found.session.id,
  };
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
