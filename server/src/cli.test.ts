import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  childTempDir,
  freshDatabase,
  TEST_AUDIT_KEY,
  TEST_AUDIT_SIGNING_KEY,
  temporaryDirectory,
  testConfig,
} from '../test/harness';
import type { Database } from './db/client';
import { openDatabase } from './db/client';
import { auditKeysOf } from './platform/audit/audit-keys';
import { ManualClock } from './platform/clock';
import { FieldCipher } from './platform/crypto';
import { createUserFromCli } from './platform/org/org.bootstrap';
import { unit, userAccount } from './platform/org/org.table';
import { DemoRefusedError, seedDemo } from './seed/demo';

describe('demo seeding', () => {
  let fresh: { database: Database; drop: () => Promise<void> };
  beforeAll(async () => {
    fresh = await freshDatabase();
  });
  afterAll(() => fresh.drop());

  it('refuses a database that holds real data, adding nothing', async () => {
    const { db } = fresh.database;
    await createUserFromCli(
      db,
      new ManualClock(),
      {
        username: 'admin',
        personName: '张管理',
        role: 'sys_admin',
        dataScope: 'all',
        rootUnitName: '某市人民政府',
        password: 'Real-admin-2026!',
      },
      auditKeysOf(testConfig()),
    );
    const seed = seedDemo({
      db,
      clock: new ManualClock(),
      cipher: new FieldCipher(Buffer.alloc(32)),
      auditKeys: auditKeysOf(testConfig()),
      password: 'Zeren-demo-2026',
    });
    await expect(seed).rejects.toBeInstanceOf(DemoRefusedError);
    expect((await db.select({ n: count() }).from(unit))[0]!.n).toBe(1);
    expect((await db.select({ n: count() }).from(userAccount))[0]!.n).toBe(1);
  });
});

describe('zeren user create (the CLI, in a child process)', () => {
  it('creates the first administrator with a root unit on an empty database, who can then sign in', async () => {
    const dir = temporaryDirectory();
    const bin = join(import.meta.dirname, '../bin/zeren.mjs');
    const fresh = process.env.DATABASE_URL ? await freshDatabase() : undefined;
    if (fresh) await fresh.database.close();
    const env = {
      ...process.env,
      ...(fresh ? { DATABASE_URL: fresh.url! } : { ZEREN_DATA_DIR: dir.path }),
      // The child's TypeScript loader keeps its cache in the temp folder: the run's own.
      TMPDIR: childTempDir(dir.path),
      ZEREN_SESSION_SECRET: 'x'.repeat(32),
      ZEREN_FIELD_KEY: 'ab'.repeat(32),
      ZEREN_AUDIT_KEY: TEST_AUDIT_KEY,
      ZEREN_AUDIT_SIGNING_KEY: TEST_AUDIT_SIGNING_KEY,
    };
    const createAdmin = (password: string) =>
      spawnSync(
        process.execPath,
        [
          bin,
          'user',
          'create',
          '--username',
          'admin',
          '--name',
          '张三',
          '--role',
          'sys_admin',
          '--root-unit',
          '某市人民政府',
        ],
        { env: { ...env, ZEREN_USER_PASSWORD: password }, encoding: 'utf8' },
      );
    // A failed expectation must not leave the directory (or the database) behind.
    try {
      const weak = createAdmin('weak');
      expect(weak.status).toBe(1);
      expect(weak.stderr).toContain('at least 12 characters');
      // Refused before a database is opened: on PGlite not even its directory is made.
      if (!fresh) expect(existsSync(join(dir.path, 'pglite'))).toBe(false);

      const ok = createAdmin('First-admin-2026!');
      expect(ok.stderr).toBe('');
      expect(ok.status).toBe(0);
      expect(ok.stdout).toMatch(/account admin created/);

      const database = fresh
        ? await openDatabase({ url: fresh.url })
        : await openDatabase({ dataDir: join(dir.path, 'pglite') });
      const [account] = await database.db.select().from(userAccount);
      expect(account!.username).toBe('admin');
      expect(account!.isDemo).toBe(false);
      await database.close();
    } finally {
      await fresh?.drop();
      dir.remove();
    }
    // A CLI run is a new Node process that migrates a database: slow on a loaded machine.
  }, 180_000);
});
