/**
 * Workload: the foundation's hottest reads on embedded PGlite with the demo city —
 * GET /api/health, GET /api/units (office, scope all) and GET /api/persons (county.office,
 * scope unit_tree: the data-scope subquery) — 10 connections, 5 s each, over loopback.
 * Baseline in the same run: `select 1` through drizzle without HTTP, the database's own ceiling.
 * Run: npm run bench -w @zeren/bench
 */
import autocannon from 'autocannon';
import { sql } from 'drizzle-orm';
import { buildApp } from '../server/src/app';
import { ManualClock } from '../server/src/platform/clock';
import { FieldCipher } from '../server/src/platform/crypto';
import { seedDemo } from '../server/src/seed/demo';
import { freshDatabase, testConfig } from '../server/test/harness';

const DURATION = Number(process.env.BENCH_SECONDS ?? 5);

const { database, drop } = await freshDatabase();
const config = testConfig();
await seedDemo({
  db: database.db,
  clock: new ManualClock(),
  cipher: new FieldCipher(config.fieldKey),
  password: 'Zeren-demo-2026',
});
const app = await buildApp({ config, database, logger: false });
const address = await app.listen({ port: 0, host: '127.0.0.1' });

async function cookieOf(username: string): Promise<string> {
  const res = await fetch(`${address}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: 'Zeren-demo-2026' }),
  });
  return res.headers.get('set-cookie')!.split(';')[0]!;
}

// Baseline: how fast the database answers the cheapest query, without HTTP.
const baselineStart = performance.now();
let baselineCount = 0;
while (performance.now() - baselineStart < DURATION * 1000) {
  await database.db.execute(sql`select 1`);
  baselineCount++;
}
const baselineRate = baselineCount / ((performance.now() - baselineStart) / 1000);

const cases = [
  { name: 'GET /api/health', path: '/api/health', cookie: '' },
  { name: 'GET /api/me (office)', path: '/api/me', cookie: await cookieOf('office') },
  { name: 'GET /api/units (office, all)', path: '/api/units', cookie: await cookieOf('office') },
  {
    name: 'GET /api/persons (county.office, unit_tree)',
    path: '/api/persons',
    cookie: await cookieOf('county.office'),
  },
];

console.log(`database: ${database.kind}; duration ${DURATION}s per case; 10 connections`);
console.log(`baseline select 1 (no HTTP, sequential): ${baselineRate.toFixed(0)} queries/s`);
for (const c of cases) {
  const result = await autocannon({
    url: `${address}${c.path}`,
    connections: 10,
    duration: DURATION,
    headers: c.cookie ? { cookie: c.cookie } : {},
  });
  const failures = result.non2xx + result.errors;
  console.log(
    `${c.name.padEnd(46)} ${result.requests.average.toFixed(0).padStart(6)} req/s  p50 ${result.latency.p50} ms  p99 ${result.latency.p99} ms  non-2xx/errors ${failures}`,
  );
}
await app.close();
await drop();
