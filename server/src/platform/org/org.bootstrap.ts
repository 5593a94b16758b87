import { dataScopeSchema, roleSchema, usernameSchema } from '@zeren/contracts';
import type { Db } from '../../db/client';
import { newId } from '../../db/columns';
import type { AuditKeys } from '../audit/audit-keys';
import { hashPassword, passwordProblems } from '../auth/password';
import type { Clock } from '../clock';
import { inTransaction } from '../context';
import { FieldCipher } from '../crypto';
import { t } from '../i18n';
import * as repo from './org.repository';

export interface CliUserInput {
  username: string;
  personName: string;
  role: string;
  dataScope: string;
  unitCode?: string | undefined;
  /** Creates the root government unit; only on an empty unit tree (first install). */
  rootUnitName?: string | undefined;
  password: string;
}

/**
 * What `zeren user create` can tell without a database: the CLI checks it before opening one, so
 * a weak password or a mistyped role is refused before anything is created or migrated.
 */
export function checkCliUser(input: CliUserInput) {
  const username = usernameSchema.safeParse(input.username);
  if (!username.success)
    throw new Error('--username: 3–50 characters of a-z 0-9 . _ -, starting with a letter or digit');
  const role = roleSchema.safeParse(input.role);
  if (!role.success) throw new Error(`--role: one of ${roleSchema.options.join(', ')}`);
  const scope = dataScopeSchema.safeParse(input.dataScope);
  if (!scope.success) throw new Error('--scope: one of all, unit_tree, self_unit');
  if (!input.personName.trim()) throw new Error('--name: the person’s name is required');
  const problems = passwordProblems(input.password, username.data);
  if (problems.length > 0) throw new Error(`password: ${problems.map((p) => t('en-US', p.key)).join('; ')}`);
  return { username: username.data, role: role.data, scope: scope.data };
}

/**
 * `zeren user create`: the way in on a fresh production database, where no administrator
 * exists yet to use the web app. Audited like any change, with no actor.
 */
export async function createUserFromCli(
  db: Db,
  clock: Clock,
  input: CliUserInput,
  auditKeys: AuditKeys,
): Promise<{ id: string; username: string }> {
  const { username, role, scope } = checkCliUser(input);
  const passwordHash = await hashPassword(input.password);

  // No cipher use here, but the context type wants one; contact details are added in the web app.
  const ctx = {
    actor: null,
    grant: null,
    db,
    clock,
    cipher: new FieldCipher(Buffer.alloc(32)),
    auditKeys,
    locale: 'en-US' as const,
    ip: null,
  };
  return inTransaction(ctx, async (tx) => {
    const now = clock.now();
    let unitId: string;
    if (input.rootUnitName) {
      if ((await repo.countUnits(tx.tx)) > 0)
        throw new Error('--root-unit: the unit tree is not empty; use --unit CODE');
      unitId = newId();
      await repo.insertUnit(tx.tx, {
        id: unitId,
        parentId: null,
        name: input.rootUnitName,
        kind: 'government',
        level: 'city',
        path: `/${unitId}/`,
        createdAt: now,
        updatedAt: now,
      });
      await tx.audit({
        action: 'unit.created',
        recordType: 'unit',
        recordId: unitId,
        unitId,
        after: { name: input.rootUnitName },
      });
    } else {
      const found = input.unitCode ? await repo.findUnitByCode(tx.tx, input.unitCode) : undefined;
      if (!found) throw new Error('--unit: no unit has this code (or give --root-unit on an empty database)');
      unitId = found.id;
    }
    if (await repo.findAccountIdByUsername(tx.tx, username)) throw new Error('--username: already taken');
    const created = await repo.insertPerson(tx.tx, {
      unitId,
      name: input.personName.trim(),
      createdAt: now,
      updatedAt: now,
    });
    await tx.audit({
      action: 'person.created',
      recordType: 'person',
      recordId: created.id,
      unitId,
      after: { id: created.id, unitId, name: created.name, isLeader: false },
    });
    const account = await repo.insertAccount(tx.tx, {
      username,
      passwordHash,
      personId: created.id,
      createdAt: now,
      updatedAt: now,
    });
    await repo.replaceAssignments(tx.tx, account.id, [{ role, dataScope: scope, unitId }]);
    await tx.audit({
      action: 'account.created',
      recordType: 'user_account',
      recordId: account.id,
      unitId,
      after: { username, roles: [`${role}:${scope}@${unitId}`], via: 'cli' },
    });
    return { id: account.id, username };
  });
}

/** True once any account exists; an empty install is told how to create its first administrator. */
export async function hasAnyAccount(db: Db): Promise<boolean> {
  return (await repo.countAccounts(db)) > 0;
}
