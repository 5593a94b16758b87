/**
 * The test-only clock of end-to-end tests (ZEREN_TEST_CLOCK): refused by the configuration in
 * production and on PostgreSQL, absent unless enabled, for signed-in callers only, and when it
 * moves forward the scheduled jobs run at the new time.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app';
import { ConfigError, loadConfig } from '../src/config';
import type { Database } from '../src/db/client';
import { supervisionEscalation } from '../src/modules/supervision/supervision.table';
import { DEMO_PASSWORD, freshDatabase, OWN_PAGE_HEADERS, testConfig } from './harness';

const DAY_MS = 24 * 60 * 60 * 1000;

describe('the configuration', () => {
  it('refuses the test clock with NODE_ENV=production', () => {
    expect(() => testConfig({ ZEREN_TEST_CLOCK: 'true', NODE_ENV: 'production' })).toThrow(
      /ZEREN_TEST_CLOCK: is refused with NODE_ENV=production/,
    );
  });
  it('refuses the test clock on PostgreSQL', () => {
    expect(() =>
      loadConfig({
        ZEREN_TEST_CLOCK: 'true',
        DATABASE_URL: 'postgres://127.0.0.1/x',
        ZEREN_DATA_DIR: '/nonexistent',
      }),
    ).toThrow(ConfigError);
  });
  it('leaves it off by default', () => {
    expect(testConfig().testClock).toBe(false);
    expect(testConfig({ ZEREN_TEST_CLOCK: 'true' }).testClock).toBe(true);
  });
});

describe('/api/test/clock', () => {
  let database: Database;
  let drop: () => Promise<void>;
  let plain: FastifyInstance;
  let moved: FastifyInstance;

  beforeAll(async () => {
    ({ database, drop } = await freshDatabase('demo'));
    plain = await buildApp({ config: testConfig(), database, logger: false, jobs: false });
    moved = await buildApp({
      config: testConfig({ ZEREN_TEST_CLOCK: 'true' }),
      database,
      logger: false,
      jobs: false,
    });
    await plain.ready();
    await moved.ready();
  });
  afterAll(async () => {
    await plain?.close();
    await moved?.close();
    await drop?.();
  });

  const login = async (app: FastifyInstance) => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: OWN_PAGE_HEADERS,
      payload: { username: 'office', password: DEMO_PASSWORD },
    });
    expect(res.statusCode).toBe(200);
    return `zeren_session=${res.cookies.find((c) => c.name === 'zeren_session')!.value}`;
  };
  const advance = (app: FastifyInstance, cookie: string | null, payload: unknown) =>
    app.inject({
      method: 'POST',
      url: '/api/test/clock',
      headers: { ...OWN_PAGE_HEADERS, ...(cookie ? { cookie } : {}) },
      payload: payload as object,
    });

  it('does not exist on a server started without ZEREN_TEST_CLOCK', async () => {
    const cookie = await login(plain);
    expect((await advance(plain, cookie, { days: 3 })).statusCode).toBe(404);
    expect((await plain.inject({ url: '/api/test/clock', headers: { cookie } })).statusCode).toBe(404);
  });

  it('is not in the API description', async () => {
    const doc = (await moved.inject({ url: '/api/openapi.json' })).json() as {
      paths: Record<string, unknown>;
    };
    expect(Object.keys(doc.paths).filter((p) => p.includes('/test/'))).toEqual([]);
  });

  it('answers only a signed-in caller, and takes whole days forward only', async () => {
    expect((await advance(moved, null, { days: 3 })).statusCode).toBe(401);
    const cookie = await login(moved);
    for (const days of [0, -1, 1.5, 401, '3']) {
      const res = await advance(moved, cookie, { days });
      expect(res.statusCode, `days ${days}`).toBe(400);
      expect(res.json()).toMatchObject({ code: 'VALIDATION_FAILED' });
    }
    const now = (await moved.inject({ url: '/api/test/clock', headers: { cookie } })).json();
    expect(now.offsetDays).toBe(0);
  });

  it('moves the server’s time forward and runs the escalation ladder at the new time', async () => {
    const cookie = await login(moved);
    const before = (await moved.inject({ url: '/api/test/clock', headers: { cookie } })).json();
    const stepsBefore = (await database.db.select().from(supervisionEscalation)).length;
    const res = await advance(moved, cookie, { days: 60 });
    expect(res.statusCode).toBe(200);
    const after = res.json();
    expect(after.offsetDays).toBe(60);
    expect(Date.parse(after.now) - Date.parse(before.now)).toBeGreaterThanOrEqual(60 * DAY_MS);
    expect(after.today > before.today).toBe(true);
    // Sixty days on, open demo items are further along their ladders: the job ran and took steps.
    const stepsAfter = (await database.db.select().from(supervisionEscalation)).length;
    expect(stepsAfter).toBeGreaterThan(stepsBefore);
    expect(after.jobs['supervision.escalation']).toEqual({
      items: expect.any(Number),
      steps: stepsAfter - stepsBefore,
    });
    // The session signed in before is past its 12 hours now: the moved time applies to everything.
    expect((await moved.inject({ url: '/api/test/clock', headers: { cookie } })).statusCode).toBe(401);
  });
});
