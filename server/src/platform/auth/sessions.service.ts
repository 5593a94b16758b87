import type { Page, PageQuery } from '@zeren/contracts';
import { inTransaction, requireActor, type ServiceContext } from '../context';
import { accountRecord } from '../org/org.records';
import { defineRecord } from '../records';
import { grantScope } from '../scope';
import * as repo from './auth.repository';
import type { SessionSettings } from './auth.service';

/** A signed-in session as the security administrator sees it: who, where, when; never the token. */
export interface ActiveSession {
  id: string;
  userId: string;
  username: string;
  personName: string;
  unitName: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  ip: string | null;
  userAgent: string | null;
  /** The caller's own session: ending it here would sign the caller out. */
  current: boolean;
}

/** Sessions still usable now (not past expiry or the idle limit) of users in the caller's scope. */
export async function listSessions(
  ctx: ServiceContext,
  settings: SessionSettings,
  page: PageQuery,
): Promise<Page<ActiveSession>> {
  const actor = requireActor(ctx);
  const now = ctx.clock.now();
  const idleBefore = new Date(now.getTime() - settings.idleMinutes * 60_000);
  const found = await repo.listActiveSessions(ctx.db, grantScope(ctx), now, idleBefore, page);
  return {
    ...found,
    items: found.items.map((r) => ({
      id: r.id,
      userId: r.userId,
      username: r.username,
      personName: r.personName,
      unitName: r.unitName,
      createdAt: r.createdAt.toISOString(),
      lastSeenAt: r.lastSeenAt.toISOString(),
      expiresAt: r.expiresAt.toISOString(),
      ip: r.ip,
      userAgent: r.userAgent,
      current: r.id === actor.sessionId,
    })),
  };
}

/** A session belongs to its user's unit. */
export const sessionRecord = defineRecord({ type: 'session', find: repo.findSession });

/** Ends a session of a user in the caller's scope (404 outside it); the user must sign in again. */
export async function revokeSession(ctx: ServiceContext, id: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const found = await sessionRecord.loadForChange(tx, id);
    await repo.deleteSession(tx.tx, id);
    await tx.audit({
      action: 'session.revoked',
      recordType: 'session',
      recordId: id,
      unitId: found.unitId,
      before: {
        userId: found.userId,
        username: found.username,
        createdAt: found.createdAt,
        lastSeenAt: found.lastSeenAt,
        ip: found.ip,
      },
    });
  });
}

/** Lifts the sign-in lock of an account in the caller's scope (404 outside it). */
export async function unlockAccount(ctx: ServiceContext, id: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const found = await accountRecord.loadForChange(tx, id);
    await repo.unlockAccount(tx.tx, id, ctx.clock.now());
    await tx.audit({
      action: 'account.unlocked',
      recordType: 'user_account',
      recordId: id,
      unitId: found.unitId,
      before: { lockedUntil: found.account.lockedUntil, failedAttempts: found.account.failedAttempts },
      after: { lockedUntil: null, failedAttempts: 0 },
    });
  });
}
