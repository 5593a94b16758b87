import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import pg from 'pg';
import { inject } from 'vitest';
import { type AppOptions, buildApp } from '../src/app';
import type { Config } from '../src/config';
import { type Database, openDatabase } from '../src/db/client';
import { auditKeysOf } from '../src/platform/audit/audit-keys';
import { ManualClock } from '../src/platform/clock';
import type { ServiceContext } from '../src/platform/context';
import { FieldCipher } from '../src/platform/crypto';
import { userAccount } from '../src/platform/org/org.table';
import { MemorySmsSender } from '../src/platform/sms/sms';
import { type OpenApi, recordResponses, undocumented } from './contract';
import { releasePglite, takePglite } from './pglite-reuse';
import {
  DEMO_PASSWORD,
  databaseUrl,
  prepareTemplate,
  type TemplateKind,
  type Templates,
  testConfig,
  uniqueDatabaseName,
} from './templates';

export { DEMO_PASSWORD, TEST_AUDIT_KEY, TEST_AUDIT_SIGNING_KEY, testConfig } from './templates';

/** What the web client sends on every request that changes something: it proves the request is not cross-site. */
export const OWN_PAGE_HEADERS = { 'x-requested-with': 'zeren' } as const;

/** A directory in the temp folder for one test, removed by the returned function (call it in a finally). */
export function temporaryDirectory(prefix = 'zeren-test-'): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/**
 * The temp folder of a child process the test starts (the `zeren` CLI): the run's own, removed
 * when the run ends, so the TypeScript loader's cache is shared by all the run's CLI processes;
 * `own` when no global setup ran.
 */
export function childTempDir(own: string): string {
  return inject('zerenChildTemp') ?? own;
}

/** The dump of a PGlite template, read once per worker. */
const dumps = new Map<TemplateKind, Blob>();

function dumpOf(kind: TemplateKind, templates: Extract<Templates, { kind: 'pglite' }>): Blob {
  const dump = dumps.get(kind) ?? new Blob([readFileSync(templates.files[kind])]);
  dumps.set(kind, dump);
  return dump;
}

/**
 * A PGlite data directory holding a copy of the run's template, for a test that runs the `zeren`
 * CLI on it in a child process (close the returned database first: one process at a time).
 * Loading the dump takes about a second; migrating and seeding the demo again took several.
 */
export async function templateDataDir(kind: TemplateKind, dataDir: string): Promise<Database> {
  const templates = inject('zerenTemplates');
  if (templates?.kind !== 'pglite') {
    const database = await openDatabase({ dataDir });
    await prepareTemplate(database, kind);
    return database;
  }
  mkdirSync(dataDir, { recursive: true });
  return openDatabase({ client: new PGlite({ dataDir, loadDataDir: dumpOf(kind, templates) }) });
}

/**
 * A fresh database for one test file, copied from the run's template (global-setup.ts): migrated
 * with the calendar loaded, and with `demo` the demo city too. In-memory PGlite by default (an
 * instance of this worker's put back into the template's state by `drop`, pglite-reuse.ts), or a
 * new database on the PostgreSQL server named by DATABASE_URL (dropped again by `drop`).
 */
export async function freshDatabase(kind: TemplateKind = 'migrated'): Promise<{
  database: Database;
  url?: string;
  drop: () => Promise<void>;
}> {
  const templates = inject('zerenTemplates');
  const baseUrl = process.env.DATABASE_URL;
  if (!baseUrl && templates?.kind === 'pglite') {
    const client = await takePglite(kind, async () => new PGlite({ loadDataDir: dumpOf(kind, templates) }));
    // A new Database around the kept instance: what the app caches per database starts empty.
    return { database: await openDatabase({ client }), drop: () => releasePglite(kind, client) };
  }
  if (!baseUrl) {
    // No global setup ran (a file run on its own by another runner): build it here.
    const database = await openDatabase({});
    await prepareTemplate(database, kind);
    return { database, drop: () => database.close() };
  }
  const name = uniqueDatabaseName('zeren_test');
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  const template = templates?.kind === 'postgres' ? templates.databases[kind] : undefined;
  await admin.query(template ? `create database ${name} template ${template}` : `create database ${name}`);
  await admin.end();
  const url = databaseUrl(baseUrl, name);
  const database = await openDatabase({ url });
  if (!template) await prepareTemplate(database, kind);
  return {
    database,
    url,
    drop: async () => {
      await database.close().catch(() => {}); // a test may have closed it already
      const a = new pg.Client({ connectionString: baseUrl });
      await a.connect();
      await a.query(`drop database if exists ${name} with (force)`);
      await a.end();
    },
  };
}

export interface TestApp {
  app: FastifyInstance;
  database: Database;
  clock: ManualClock;
  config: Config;
  /** The PostgreSQL URL of this file's database (undefined on PGlite): a test opens a second instance on it. */
  databaseUrl: string | undefined;
  /** The SMS messages the app sent (verification codes). */
  sms: MemorySmsSender;
  /** Signs in and returns the cookie header value. */
  login(username: string, password?: string): Promise<string>;
  /**
   * The first sign-in of an account an administrator made: the security administrator (`secadmin`)
   * approves its pending grants, then the user changes the one-time password; returns the cookie.
   */
  activate(username: string, password: string, newPassword?: string): Promise<string>;
  /** What a scheduled job works with: the app's database, clock and keys, and no actor or grant. */
  systemContext(): ServiceContext;
  /** The id of a demo (or factory) account, by its username. */
  accountId(username: string): Promise<string>;
  /** app.inject with the cookie of a signed-in user, sending what Zeren's own pages send (X-Requested-With). */
  as(cookie: string, options: InjectOptions): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

/**
 * The API description every test app serves, generated by this worker's first app to close (about
 * 0.3 s each time): the apps of the suite differ in their database and options, never in routes.
 */
let description: OpenApi | undefined;

/** buildApp on a fresh database with the demo city loaded and a controllable clock. */
export async function createTestApp(options: Pick<AppOptions, 'receiptCodes'> = {}): Promise<TestApp> {
  const { database, drop, url } = await freshDatabase('demo');
  const config = testConfig();
  const clock = new ManualClock();
  const sms = new MemorySmsSender();
  const app = await buildApp({ config, database, clock, logger: false, jobs: false, sms, ...options });
  const seen = recordResponses(app);
  await app.ready();
  const t: TestApp = {
    app,
    database,
    clock,
    config,
    databaseUrl: url,
    sms,
    async accountId(username) {
      const [row] = await database.db
        .select({ id: userAccount.id })
        .from(userAccount)
        .where(eq(userAccount.username, username));
      if (!row) throw new Error(`no account ${username}`);
      return row.id;
    },
    async login(username, password = DEMO_PASSWORD) {
      const res = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        headers: OWN_PAGE_HEADERS,
        payload: { username, password },
      });
      if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
      const cookie = res.cookies.find((c) => c.name === 'zeren_session');
      return `zeren_session=${cookie!.value}`;
    },
    async activate(username, password, newPassword = `${password}-new`) {
      const secadmin = await t.login('secadmin');
      const grants = await t.as(secadmin, { method: 'GET', url: '/api/role-grants?status=pending' });
      for (const grant of grants.json().items as { id: string; username: string }[]) {
        if (grant.username !== username) continue;
        const res = await t.as(secadmin, {
          method: 'POST',
          url: `/api/role-grants/${grant.id}/approve`,
          payload: {},
        });
        if (res.statusCode !== 200) throw new Error(`approving ${username}'s grant failed: ${res.body}`);
      }
      const res = await app.inject({
        method: 'POST',
        url: '/api/auth/password',
        headers: OWN_PAGE_HEADERS,
        payload: { username, currentPassword: password, newPassword },
      });
      if (res.statusCode !== 200)
        throw new Error(`first sign-in of ${username} failed: ${res.statusCode} ${res.body}`);
      return `zeren_session=${res.cookies.find((c) => c.name === 'zeren_session')!.value}`;
    },
    systemContext() {
      return {
        actor: null,
        grant: null,
        db: database.db,
        clock,
        cipher: new FieldCipher(config.fieldKey),
        auditKeys: auditKeysOf(config),
        locale: 'zh-CN',
        ip: null,
      };
    },
    as(cookie, options) {
      return app.inject({ ...options, headers: { ...OWN_PAGE_HEADERS, ...(options.headers ?? {}), cookie } });
    },
    async close() {
      // Every response this file's tests received must be what the API description says.
      const served = description ?? (await app.inject({ url: '/api/openapi.json' })).json<OpenApi>();
      description = served;
      const problems = undocumented(served, seen);
      await app.close();
      await drop();
      if (problems.length > 0)
        throw new Error(`responses the API description does not document:\n  ${problems.join('\n  ')}`);
    },
  };
  return t;
}

import { and, eq } from 'drizzle-orm';
import { auditEvent } from '../src/platform/audit/audit.table';

/** Audit events of one action (optionally one record), oldest first. */
export function auditRows(database: Database, action: string, recordId?: string) {
  return database.db
    .select()
    .from(auditEvent)
    .where(
      recordId
        ? and(eq(auditEvent.action, action), eq(auditEvent.recordId, recordId))
        : eq(auditEvent.action, action),
    )
    .orderBy(auditEvent.seq);
}

export async function auditCount(database: Database): Promise<number> {
  return (await database.db.select().from(auditEvent)).length;
}
