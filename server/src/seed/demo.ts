import { count, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { newId } from '../db/columns';
import { MODULES } from '../modules';
import type { AuditKeys } from '../platform/audit/audit-keys';
import { hashPassword } from '../platform/auth/password';
import type { Clock } from '../platform/clock';
import { inTransaction } from '../platform/context';
import type { FieldCipher } from '../platform/crypto';
import type { DemoRefs } from '../platform/module';
import { person, roleAssignment, unit, userAccount } from '../platform/org/org.table';
import { DEMO_ACCOUNTS, DEMO_PERSONS, DEMO_UNITS } from './demo-data';

export class DemoRefusedError extends Error {}

export type SeedOutcome = 'seeded' | 'already_seeded';

/**
 * Loads the demo city. Idempotent: a database that already holds the demo is left alone.
 * Refuses a database holding anything else, so it can never mix demo accounts into real data.
 */
export async function seedDemo(deps: {
  db: Db;
  clock: Clock;
  cipher: FieldCipher;
  auditKeys: AuditKeys;
  password: string;
}): Promise<SeedOutcome> {
  const { db } = deps;
  const [realAccounts] = await db
    .select({ n: count() })
    .from(userAccount)
    .where(eq(userAccount.isDemo, false));
  const [demoAccounts] = await db
    .select({ n: count() })
    .from(userAccount)
    .where(eq(userAccount.isDemo, true));
  const [units] = await db.select({ n: count() }).from(unit);
  if (realAccounts!.n > 0 || (units!.n > 0 && demoAccounts!.n === 0)) {
    throw new DemoRefusedError('the database already holds non-demo data; demo seeding refused');
  }
  if (demoAccounts!.n > 0) return 'already_seeded';

  const hashes = await Promise.all(DEMO_ACCOUNTS.map(() => hashPassword(deps.password)));
  const ctx = {
    actor: null,
    grant: null,
    db,
    clock: deps.clock,
    cipher: deps.cipher,
    auditKeys: deps.auditKeys,
    locale: 'zh-CN' as const,
    ip: null,
  };
  await inTransaction(ctx, async ({ tx, audit }) => {
    const now = deps.clock.now();
    const unitIds = new Map<string, { id: string; path: string }>();
    DEMO_UNITS.forEach((u) => {
      const id = newId();
      const parentPath = u.parent ? unitIds.get(u.parent)!.path : '/';
      unitIds.set(u.key, { id, path: `${parentPath}${id}/` });
    });
    await tx.insert(unit).values(
      DEMO_UNITS.map((u, i) => ({
        id: unitIds.get(u.key)!.id,
        parentId: u.parent ? unitIds.get(u.parent)!.id : null,
        name: u.name,
        shortName: u.shortName ?? null,
        code: u.code,
        kind: u.kind,
        level: u.level,
        sortOrder: i,
        path: unitIds.get(u.key)!.path,
        createdAt: now,
        updatedAt: now,
      })),
    );
    const personIds = new Map(DEMO_PERSONS.map((p) => [p.key, newId()]));
    await tx.insert(person).values(
      DEMO_PERSONS.map((p) => ({
        id: personIds.get(p.key)!,
        unitId: unitIds.get(p.unit)!.id,
        name: p.name,
        position: p.position,
        isLeader: p.isLeader,
        phoneEnc: deps.cipher.encryptNullable(p.phone),
        createdAt: now,
        updatedAt: now,
      })),
    );
    const accountIds = DEMO_ACCOUNTS.map(() => newId());
    await tx.insert(userAccount).values(
      DEMO_ACCOUNTS.map((a, i) => ({
        id: accountIds[i]!,
        username: a.username,
        passwordHash: hashes[i]!,
        personId: personIds.get(a.person)!,
        isDemo: true,
        createdAt: now,
        updatedAt: now,
      })),
    );
    await tx.insert(roleAssignment).values(
      DEMO_ACCOUNTS.flatMap((a, i) =>
        a.roles.map((r) => ({
          userId: accountIds[i]!,
          role: r.role,
          dataScope: r.dataScope,
          unitId: unitIds.get(r.unit)!.id,
          createdAt: now,
        })),
      ),
    );
    const refs: DemoRefs = {
      tx,
      now,
      cipher: deps.cipher,
      unitIds: new Map([...unitIds].map(([key, v]) => [key, v.id])),
      personIds,
      accountIds: new Map(DEMO_ACCOUNTS.map((a, i) => [a.username, accountIds[i]!])),
    };
    for (const module of MODULES) await module.seedDemo?.(refs);
    await audit({
      action: 'demo.seeded',
      recordType: 'demo',
      after: {
        units: DEMO_UNITS.length,
        persons: DEMO_PERSONS.length,
        accounts: DEMO_ACCOUNTS.map((a) => a.username),
      },
    });
  });
  return 'seeded';
}
