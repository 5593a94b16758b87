import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import pg from 'pg';
import { buildApp } from '../src/app';
import { type Config, loadConfig } from '../src/config';
import { type Database, openDatabase } from '../src/db/client';
import { ensureCalendarSeeded } from '../src/platform/calendar/calendar.service';
import { ManualClock } from '../src/platform/clock';
import { FieldCipher } from '../src/platform/crypto';
import { seedDemo } from '../src/seed/demo';

export const DEMO_PASSWORD = 'Zeren-demo-2026';

export function testConfig(overrides: Record<string, string> = {}): Config {
  return loadConfig({
    ZEREN_DATA_DIR: mkdtempSync(join(tmpdir(), 'zeren-test-')),
    ZEREN_SESSION_SECRET: 'test-session-secret-0123456789abcdef',
    ZEREN_FIELD_KEY: 'ab'.repeat(32),
    LOG_LEVEL: 'silent',
    ...overrides,
  });
}

/**
 * A fresh, migrated database for one test file: in-memory PGlite by default, or a new
 * database on the PostgreSQL server named by DATABASE_URL (dropped again by `drop`).
 */
export async function freshDatabase(): Promise<{
  database: Database;
  url?: string;
  drop: () => Promise<void>;
}> {
  const baseUrl = process.env.DATABASE_URL;
  if (!baseUrl) {
    const database = await openDatabase({});
    await database.migrate();
    await ensureCalendarSeeded(database.db);
    return { database, drop: () => database.close() };
  }
  const name = `zeren_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ url: url.toString() });
  await database.migrate();
  await ensureCalendarSeeded(database.db);
  return {
    database,
    url: url.toString(),
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
  /** Signs in and returns the cookie header value. */
  login(username: string, password?: string): Promise<string>;
  /** app.inject with the cookie of a signed-in user. */
  as(cookie: string, options: InjectOptions): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

/** buildApp on a fresh database with the demo city loaded and a controllable clock. */
export async function createTestApp(): Promise<TestApp> {
  const { database, drop } = await freshDatabase();
  const config = testConfig();
  const clock = new ManualClock();
  await seedDemo({
    db: database.db,
    clock,
    cipher: new FieldCipher(config.fieldKey),
    password: DEMO_PASSWORD,
  });
  const app = await buildApp({ config, database, clock, logger: false });
  await app.ready();
  return {
    app,
    database,
    clock,
    config,
    async login(username, password = DEMO_PASSWORD) {
      const res = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username, password },
      });
      if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
      const cookie = res.cookies.find((c) => c.name === 'zeren_session');
      return `zeren_session=${cookie!.value}`;
    },
    as(cookie, options) {
      return app.inject({ ...options, headers: { ...(options.headers ?? {}), cookie } });
    },
    async close() {
      await app.close();
      await drop();
    },
  };
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
