import type { Locale, Me, Role } from '@zeren/contracts';
import type { DbOrTx } from '../../db/client';
import { permissionsOf } from '../actor';
import { inTransaction, requireActor, type ServiceContext } from '../context';
import * as repo from './auth.repository';

/** The user as the web app needs it: who, where, which roles, which permissions. */
export async function describeUser(db: DbOrTx, userId: string): Promise<Me> {
  const row = await repo.findUserProfile(db, userId);
  if (!row) throw new Error(`user ${userId} vanished`);
  const assignments = await repo.findAssignmentsWithPaths(db, userId);
  const roles = assignments.map((a) => ({
    id: a.id,
    role: a.role as Role,
    dataScope: a.dataScope,
    unitId: a.unitId,
    unitName: a.unitName,
  }));
  return {
    user: { id: row.account.id, username: row.account.username, locale: row.account.locale as Locale },
    person: { id: row.person.id, name: row.person.name, position: row.person.position },
    unit: { id: row.unit.id, name: row.unit.name, kind: row.unit.kind, level: row.unit.level },
    roles,
    permissions: [...permissionsOf(roles)].sort(),
  };
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
