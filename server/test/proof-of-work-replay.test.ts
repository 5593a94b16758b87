import { count, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app';
import { suggestion } from '../src/modules/suggestions/suggestions.table';
import { unit } from '../src/platform/org/org.table';
import { auditCount, createTestApp, type TestApp } from './harness';
import { solveProofOfWork } from './proof-of-work';

let t: TestApp;
let second: FastifyInstance;
beforeAll(async () => {
  t = await createTestApp();
  // A second instance on the same database (or the same server after a restart): nothing shared but the database.
  second = await buildApp({
    config: t.config,
    database: t.database,
    clock: t.clock,
    logger: false,
    jobs: false,
  });
  await second.ready();
});
afterAll(async () => {
  await second.close();
  await t.close();
});

async function solved(app: FastifyInstance): Promise<string> {
  return solveProofOfWork((await app.inject({ method: 'GET', url: '/api/portal/altcha-challenge' })).json());
}

describe('a proof-of-work solution buys one submission, across instances and restarts', () => {
  it('a solution used on one instance is refused on another: 400, nothing stored, nothing logged', async () => {
    const [edu] = await t.database.db.select().from(unit).where(eq(unit.name, '市教育局'));
    const payload = (altcha: string) => ({
      unitId: edu!.id,
      title: '重放测试',
      content: '同一个工作量证明只能提交一次。',
      altcha,
    });
    const stored = async () => (await t.database.db.select({ n: count() }).from(suggestion))[0]!.n;
    const altcha = await solved(t.app);
    const first = await t.app.inject({
      method: 'POST',
      url: '/api/portal/suggestions',
      remoteAddress: '192.0.2.10',
      payload: payload(altcha),
    });
    expect(first.statusCode).toBe(201);
    const before = { rows: await stored(), audit: await auditCount(t.database) };
    const replay = await second.inject({
      method: 'POST',
      url: '/api/portal/suggestions',
      remoteAddress: '192.0.2.11',
      payload: payload(altcha),
    });
    expect(replay.statusCode).toBe(400);
    expect(replay.json().code).toBe('PROOF_OF_WORK_INVALID');
    expect({ rows: await stored(), audit: await auditCount(t.database) }).toEqual(before);
    // A fresh solution from the second instance is good on the first: one key, one memory.
    const fresh = await t.app.inject({
      method: 'POST',
      url: '/api/portal/suggestions',
      remoteAddress: '192.0.2.12',
      payload: payload(await solved(second)),
    });
    expect(fresh.statusCode).toBe(201);
  });
});
