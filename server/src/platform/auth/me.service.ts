import type { Locale, Me } from '@zeren/contracts';
import type { DbOrTx } from '../../db/client';
import type { Actor } from '../actor';
import { inTransaction, requireActor, type ServiceContext } from '../context';
import * as repo from './auth.repository';
import { actorOf } from './auth.service';

/** The user as the web app needs it — who, where, which roles, which permissions — from the Actor alone. */
export function describeUser(actor: Actor): Me {
  const roles = actor.assignments.map((a) => ({
    id: a.id,
    role: a.role,
    dataScope: a.dataScope,
    unitId: a.unitId,
    unitName: a.unitName,
  }));
  return {
    user: { id: actor.userId, username: actor.username, locale: actor.locale },
    person: { id: actor.personId, name: actor.personName, position: actor.profile.position },
    unit: {
      id: actor.unitId,
      name: actor.profile.unitName,
      kind: actor.profile.unitKind,
      level: actor.profile.unitLevel,
    },
    roles,
    permissions: [...actor.permissions].sort(),
  };
}

/** The user as GET /api/me shows it, read fresh (after sign-in, or a change of preferences). */
export async function describeUserById(db: DbOrTx, userId: string, sessionId: string): Promise<Me> {
  const row = await repo.findCaller(db, userId);
  if (!row) throw new Error(`user ${userId} vanished`);
  return describeUser(actorOf(row, sessionId));
}

/** Saves the caller's interface language. */
export async function updatePreferences(ctx: ServiceContext, locale: Locale): Promise<void> {
  const actor = requireActor(ctx);
  await inTransaction(ctx, async (tx) => {
    await repo.updateAccountLocale(tx.tx, actor.userId, locale);
    await tx.audit({
      action: 'account.preferences_updated',
      recordType: 'user_account',
      recordId: actor.userId,
      unitId: actor.unitId,
      before: { locale: actor.locale },
      after: { locale },
    });
  });
}
