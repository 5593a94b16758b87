/**
 * A city at scale: the demo plus CITY_UNITS units (default 3,000) and CITY_PERSONS persons
 * (default 60,000), written by city-data.ts. With the server in its own process (`zeren serve`)
 * and this process as the client:
 * - `office` (scope all) pages through every person with GET /api/persons (keyset, 50 a page),
 *   one request at a time: latency per page, p50/p95/max, and that every person came once;
 * - the same pages as bare SQL on the database (the keyset query and its count), timed from
 *   here: the database's own cost of a page, the baseline of the figure above;
 * - the units page in Chromium: from navigation to the tree on screen, and GET /api/units.
 * Run: npm run city-scale -w @zeren/bench            (embedded PGlite)
 *      DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run city-scale -w @zeren/bench
 */
import { existsSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import pg from 'pg';
import { openDatabase } from '../server/src/db/client';
import { benchDatabase, startServer } from './bench-server';
import { addCity } from './city-data';

const UNITS = Number(process.env.CITY_UNITS ?? 3000);
const PERSONS = Number(process.env.CITY_PERSONS ?? 60000);
const PAGE = 50;

// The units page is timed in Chromium: without the web build the server has no page to show,
// and the bench would only time out waiting for the tree minutes from now.
if (!existsSync(join(import.meta.dirname, '../web/dist/index.html'))) {
  console.error('city-scale: no web build (web/dist): run `npm run build` first');
  process.exit(2);
}

/** The bytes a response body takes on the wire (fetch would decode it), and its encoding. */
function rawGet(url: string, headers: Record<string, string>): Promise<{ bytes: number; encoding: string }> {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (res) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
      });
      res.on('end', () =>
        resolve({ bytes, encoding: String(res.headers['content-encoding'] ?? 'identity') }),
      );
      res.on('error', reject);
    })
      .on('error', reject)
      .end();
  });
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const summary = (times: number[]) => {
  const sorted = [...times].sort((a, b) => a - b);
  return `p50 ${percentile(sorted, 50).toFixed(1)} ms  p95 ${percentile(sorted, 95).toFixed(1)} ms  max ${sorted[sorted.length - 1]!.toFixed(1)} ms  (${sorted.length} pages)`;
};

// ---- the database: migrated and seeded by the CLI, then the city added here
const database = await benchDatabase('city');
database.run('seed-demo');
{
  const db = await openDatabase({ url: database.url, dataDir: database.pgliteDir });
  const start = performance.now();
  const added = await addCity(db.db, { units: UNITS, persons: PERSONS });
  console.log(
    `city: ${added.units} units and ${added.persons} persons added to the demo in ${((performance.now() - start) / 1000).toFixed(1)} s`,
  );
  await db.close();
}

// ---- the server, in its own process
const server = await startServer(database);
const { address } = server;
const databaseUrl = database.url;

try {
  console.log(`database: ${databaseUrl ? 'PostgreSQL' : 'PGlite'}; server in its own process`);
  const cookie = await server.cookieOf('office');

  // Every person, a page at a time, as the persons page asks for them.
  const times: number[] = [];
  const seen = new Set<string>();
  let after: string | null = null;
  let total = 0;
  let exact = true;
  let fetched = 0;
  do {
    const url: string = `${address}/api/persons?limit=${PAGE}${after ? `&after=${after}` : ''}`;
    const start = performance.now();
    const res = await fetch(url, { headers: { cookie } });
    const body = (await res.json()) as {
      items: { id: string }[];
      nextCursor: string | null;
      total: number;
      totalExact: boolean;
    };
    times.push(performance.now() - start);
    if (!res.ok) throw new Error(`GET /api/persons: ${res.status}`);
    for (const p of body.items) seen.add(p.id);
    fetched += body.items.length;
    after = body.nextCursor;
    total = body.total;
    exact = body.totalExact;
  } while (after);
  console.log(`GET /api/persons (office, all) through every page: ${summary(times)}`);
  console.log(
    `  rows received ${fetched}, distinct persons ${seen.size} (every person once: ${fetched === seen.size}); total shown ${total}${exact ? '' : '+'}`,
  );

  // Baseline: the database's own cost of the same pages (keyset query and capped count), from here.
  const server2 = databaseUrl ? new pg.Client({ connectionString: databaseUrl }) : null;
  if (server2) {
    await server2.connect();
    const dbTimes: number[] = [];
    let last: { name: string; id: string } | null = null;
    for (;;) {
      const start = performance.now();
      const rows: { name: string; id: string }[] = (
        await server2.query(
          last
            ? 'select p.*, u.name as unit_name, u.path from person p join unit u on u.id = p.unit_id where (p.name, p.id) > ($1, $2) order by p.name, p.id limit $3'
            : 'select p.*, u.name as unit_name, u.path from person p join unit u on u.id = p.unit_id order by p.name, p.id limit $1',
          last ? [last.name, last.id, PAGE + 1] : [PAGE + 1],
        )
      ).rows;
      await server2.query('select count(*) from (select 1 from person limit 10001) c');
      dbTimes.push(performance.now() - start);
      if (rows.length <= PAGE) break;
      last = rows[PAGE - 1]!;
    }
    await server2.end();
    console.log(`baseline: the same pages as bare SQL on PostgreSQL: ${summary(dbTimes)}`);
  } else {
    console.log('baseline: PGlite is held by the server process; run with DATABASE_URL for the SQL baseline');
  }

  // The units tree, as the units page shows it.
  const unitsStart = performance.now();
  const units = await rawGet(`${address}/api/units`, { cookie, 'accept-encoding': 'gzip, br' });
  const unitsMs = performance.now() - unitsStart;
  const decoded = await (await fetch(`${address}/api/units`, { headers: { cookie } })).arrayBuffer();
  console.log(
    `GET /api/units (office, all): ${unitsMs.toFixed(0)} ms; ` +
      `${(units.bytes / 1024).toFixed(0)} KiB on the wire (${units.encoding}), ${(decoded.byteLength / 1024).toFixed(0)} KiB decoded`,
  );
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const [name, value] = cookie.split('=') as [string, string];
    await context.addCookies([{ name, value, url: address }]);
    const page = await context.newPage();
    // Once, so the app's scripts are cached as a returning user has them.
    await page.goto(`${address}/`);
    await page.waitForLoadState('networkidle');
    const renders: number[] = [];
    for (let i = 0; i < 3; i++) {
      const start = performance.now();
      await page.goto(`${address}/org/units`);
      await page.getByTestId('unit-tree-node').first().waitFor();
      renders.push(performance.now() - start);
    }
    const nodes = await page.getByTestId('unit-tree-node').count();
    console.log(
      `units page in Chromium, navigation to the tree on screen: ${renders.map((r) => r.toFixed(0)).join(', ')} ms (${nodes} nodes in the DOM)`,
    );
    const filterStart = performance.now();
    await page.getByTestId('unit-filter').locator('input').fill('第27县第4乡');
    await page.getByText('第27县第4乡镇人民政府').first().waitFor();
    console.log(`  filtering the tree by name: ${(performance.now() - filterStart).toFixed(0)} ms`);
  } finally {
    await browser.close();
  }
} finally {
  await server.stop();
  await database.remove();
}
