/**
 * Workload: the hottest reads of a signed-in user, over loopback, with the server in its own
 * process (`zeren serve`, demo city) and the load generator (autocannon's CLI) in another:
 * GET /api/health (one `select 1`), GET /api/me (an authenticated request), GET /api/units
 * (office, scope all) and GET /api/persons (county.office, unit_tree scope) — 10 connections,
 * BENCH_SECONDS (default 10) each.
 * Baseline in the same run: the database's own rate for `select 1` — pgbench with 10 clients on
 * PostgreSQL, a sequential loop on an in-memory PGlite for the embedded database.
 * Run: npm run bench -w @zeren/bench            (embedded PGlite)
 *      DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench -w @zeren/bench
 *      (a fresh database is created on that server and dropped afterwards)
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { benchDatabase, startServer } from './bench-server';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 10;
const root = join(import.meta.dirname, '..');

// ---- the database, and the server in its own process (it loads the demo city at start)
const database = await benchDatabase('bench');
const dataDir = database.dataDir;
const databaseUrl = database.url;
const server = await startServer(database, { ZEREN_DEMO: 'true' });
const { address } = server;

// ---- the load, in another process
interface Figures {
  rate: number;
  p50: number;
  p97_5: number;
  p99: number;
  failures: number;
}
function load(path: string, cookie: string): Figures {
  const out = execFileSync(
    process.execPath,
    [
      join(root, 'node_modules/autocannon/autocannon.js'),
      '-c',
      String(CONNECTIONS),
      '-d',
      String(SECONDS),
      '-j',
      ...(cookie ? ['-H', `cookie=${cookie}`] : []),
      `${address}${path}`,
    ],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] },
  );
  const r = JSON.parse(out);
  return {
    rate: r.requests.average,
    p50: r.latency.p50,
    p97_5: r.latency.p97_5,
    p99: r.latency.p99,
    failures: r.non2xx + r.errors,
  };
}

// ---- the database's own rate
async function baseline(): Promise<string> {
  if (databaseUrl) {
    const script = join(dataDir, 'select1.sql');
    writeFileSync(script, 'select 1;\n');
    const url = new URL(databaseUrl);
    const pgbench = ['/usr/bin/pgbench', ...listPgbench()].find((p) => exists(p)) ?? 'pgbench';
    const out = execFileSync(
      pgbench,
      [
        '-n',
        '-c',
        String(CONNECTIONS),
        '-j',
        '2',
        '-T',
        String(SECONDS),
        '-f',
        script,
        '-h',
        url.hostname,
        '-p',
        url.port || '5432',
        '-U',
        url.username || 'postgres',
        url.pathname.slice(1),
      ],
      { encoding: 'utf8' },
    );
    const tps = /tps = ([\d.]+)/.exec(out)?.[1];
    return `pgbench select 1, ${CONNECTIONS} clients: ${Number(tps).toFixed(0)} queries/s`;
  }
  const db = new PGlite();
  await db.waitReady;
  const start = performance.now();
  let n = 0;
  while (performance.now() - start < SECONDS * 1000) {
    await db.query('select 1');
    n++;
  }
  await db.close();
  return `PGlite select 1, sequential (one connection, as the server has): ${(n / ((performance.now() - start) / 1000)).toFixed(0)} queries/s`;
}
function listPgbench(): string[] {
  try {
    return execFileSync('sh', ['-c', 'ls /usr/lib/postgresql/*/bin/pgbench'], { encoding: 'utf8' })
      .trim()
      .split('\n');
  } catch {
    return [];
  }
}
function exists(path: string): boolean {
  try {
    execFileSync('test', ['-x', path]);
    return true;
  } catch {
    return false;
  }
}

try {
  const office = await server.cookieOf('office');
  const county = await server.cookieOf('county.office');
  const cases = [
    { name: 'GET /api/health', path: '/api/health', cookie: '' },
    { name: 'GET /api/me (office)', path: '/api/me', cookie: office },
    { name: 'GET /api/units (office, all)', path: '/api/units', cookie: office },
    { name: 'GET /api/persons (county.office, unit_tree)', path: '/api/persons', cookie: county },
  ];
  console.log(
    `database: ${databaseUrl ? 'PostgreSQL' : 'PGlite'}; server and load generator in separate processes; ${CONNECTIONS} connections, ${SECONDS} s per case`,
  );
  const figures = new Map<string, Figures>();
  for (const c of cases) {
    const f = load(c.path, c.cookie);
    figures.set(c.path, f);
    console.log(
      `${c.name.padEnd(46)} ${f.rate.toFixed(0).padStart(6)} req/s  p50 ${f.p50} ms  p97.5 ${f.p97_5} ms  p99 ${f.p99} ms  non-2xx/errors ${f.failures}`,
    );
  }
  const ratio = figures.get('/api/me')!.rate / figures.get('/api/health')!.rate;
  console.log(`ratio /api/me ÷ /api/health: ${ratio.toFixed(2)} (target ≥ 0.50)`);
  console.log(`baseline: ${await baseline()}`);
} finally {
  await server.stop();
  await database.remove();
}
