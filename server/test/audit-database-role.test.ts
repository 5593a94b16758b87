/**
 * On PostgreSQL the application's role must not be able to get around the append-only log:
 * `session_replication_role` needs a superuser, and disabling a trigger needs the table's owner.
 * So Zeren runs as a role that is neither (docs/operations.md); this shows it cannot.
 */
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../src/db/client';
import { currentRole, grantApplicationRole } from '../src/db/roles';
import { appendAuditEvent, verifyAuditChain } from '../src/platform/audit/audit.service';
import { auditKeysOf } from '../src/platform/audit/audit-keys';
import { testConfig } from './harness';

const baseUrl = process.env.DATABASE_URL;
const suffix = randomBytes(4).toString('hex');
const owner = `zeren_owner_${suffix}`;
const app = `zeren_app_${suffix}`;
const name = `zeren_roles_${suffix}`;
const urlAs = (user: string) => {
  const url = new URL(baseUrl ?? 'postgres://localhost/x');
  url.username = user;
  url.password = 'role-test-password';
  url.pathname = `/${name}`;
  return url.toString();
};
async function asSuperuser(statement: string) {
  const client = new pg.Client({ connectionString: baseUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

describe.skipIf(!baseUrl)('the application role on PostgreSQL (neither superuser nor owner)', () => {
  let ownerDb: Database;
  let appDb: Database;
  const keys = auditKeysOf(testConfig());

  beforeAll(async () => {
    await asSuperuser(`create role ${owner} login nosuperuser nocreaterole password 'role-test-password'`);
    await asSuperuser(`create role ${app} login nosuperuser nocreaterole password 'role-test-password'`);
    await asSuperuser(`create database ${name} owner ${owner}`);
    ownerDb = await openDatabase({ url: urlAs(owner) });
    await ownerDb.migrate();
    appDb = await openDatabase({ url: urlAs(app) });
    await grantApplicationRole(ownerDb.db, await currentRole(appDb.db));
  });
  afterAll(async () => {
    await appDb?.close();
    await ownerDb?.close();
    await asSuperuser(`drop database if exists ${name} with (force)`);
    await asSuperuser(`drop role if exists ${app}`);
    await asSuperuser(`drop role if exists ${owner}`);
  });

  it('appends to the log through the application, but cannot disable the trigger, delete, edit or truncate', async () => {
    for (const name of ['甲', '乙', '丙'])
      await appDb.db.transaction((tx) =>
        appendAuditEvent(tx, keys, { userId: null, name: '应用', ip: null }, new Date(), {
          action: 'unit.updated',
          recordType: 'unit',
          before: {},
          after: { name },
        }),
      );
    const attempts = [
      sql`set session_replication_role = replica`,
      sql`alter table audit_event disable trigger audit_event_no_update`,
      sql`alter table audit_event disable trigger all`,
      sql`delete from audit_event where seq = 3`,
      sql`update audit_event set actor_name = 'forged' where seq = 2`,
      sql`truncate audit_event`,
      sql`delete from audit_checkpoint`,
      sql`drop trigger audit_event_no_update on audit_event`,
    ];
    // Each refused for want of privilege (42501: not superuser, not owner, UPDATE/DELETE/TRUNCATE revoked).
    for (const attempt of attempts)
      await expect(appDb.db.execute(attempt)).rejects.toMatchObject({ cause: { code: '42501' } });
    expect(await verifyAuditChain(appDb.db, keys)).toEqual({ ok: true, checked: 3 });
  });

  it('the owner, not being a superuser, cannot use session_replication_role either', async () => {
    await expect(ownerDb.db.execute(sql`set session_replication_role = replica`)).rejects.toMatchObject({
      cause: { code: '42501', message: expect.stringMatching(/permission denied/) },
    });
  });
});
