/**
 * Supervision at city scale: the demo and a city of 3,000 units, plus SUPERVISION_ITEMS (default
 * 50,000) supervision items spread over them, due from 60 days ago to 120 days ahead, most of them
 * running. Printed, never asserted:
 * - the escalation job over all of them, in this process on the database: time per run and the
 *   steps it recorded, then a second run (which must record none);
 * - GET /api/supervision-items for a county user (county.office, 城关区 and below), the server in
 *   its own process: every page of the county's items, at the board's page size (20) and at 50,
 *   p50/p95/max, and the board's red filter;
 * - the baseline: the same keyset page as bare SQL (PostgreSQL only).
 * Run: DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run supervision -w @zeren/bench
 */
import { and, eq, sql } from 'drizzle-orm';
import pg from 'pg';
import { openDatabase } from '../server/src/db/client';
import { newId } from '../server/src/db/columns';
import { campaign } from '../server/src/modules/campaign/campaign.table';
import { escalationJob } from '../server/src/modules/supervision/supervision.service';
import { supervisionItem } from '../server/src/modules/supervision/supervision.table';
import { runJob } from '../server/src/platform/jobs';
import { unit } from '../server/src/platform/org/org.table';
import { benchDatabase, jobContext, startServer } from './bench-server';
import { addCity } from './city-data';

const ITEMS = Number(process.env.SUPERVISION_ITEMS ?? 50_000);
/** The board's page (web TABLE_PAGE_SIZE), and a larger one an API client might ask for. */
const PAGES = [20, 50];
/** The red chip and the baseline ask for one board page. */
const PAGE = PAGES[0]!;
const STATUSES = [
  'assigned',
  'accepted',
  'in_progress',
  'returned',
  'closed',
  'completion_requested',
] as const;

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const summary = (times: number[]) => {
  const sorted = [...times].sort((a, b) => a - b);
  return `p50 ${percentile(sorted, 50).toFixed(1)} ms  p95 ${percentile(sorted, 95).toFixed(1)} ms  max ${sorted[sorted.length - 1]!.toFixed(1)} ms  (${sorted.length} pages)`;
};
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

const database = await benchDatabase('supervision');
database.run('seed-demo');
{
  const db = await openDatabase({ url: database.url, dataDir: database.pgliteDir });
  await addCity(db.db, { units: 3000, persons: 3000 });
  const [{ id: campaignId }] = (await db.db
    .select({ id: campaign.id })
    .from(campaign)
    .where(eq(campaign.status, 'active'))) as [{ id: string }];
  const units = await db.db.select({ id: unit.id, path: unit.path }).from(unit);
  const [county] = await db.db.select({ id: unit.id }).from(unit).where(eq(unit.code, 'K100'));
  const countyUnits = units.filter((u) => u.path.includes(county!.id));
  const [office] = await db.db.select({ id: unit.id }).from(unit).where(eq(unit.code, 'C001'));
  const start = performance.now();
  // A fifth in 城关区, the rest across the city; deterministic, so runs compare.
  let seed = 7;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  for (let from = 0; from < ITEMS; from += 1000) {
    const rows = Array.from({ length: Math.min(1000, ITEMS - from) }, (_, k) => {
      const n = from + k + 1;
      const pool = random() < 0.2 ? countyUnits : units;
      const now = new Date();
      return {
        id: newId(),
        campaignId,
        code: `督-B-${String(n).padStart(6, '0')}`,
        source: 'decision' as const,
        title: `督办事项 ${n}：落实“放管服”改革任务`,
        task: '按照活动方案要求推进，按期反馈进展。',
        unitId: pool[Math.floor(random() * pool.length)]!.id,
        assignedByUnitId: office!.id,
        status: STATUSES[Math.floor(random() * STATUSES.length)]!,
        dueDate: day(Math.floor(random() * 180) - 60),
        milestones: [],
        progress: Math.floor(random() * 100),
        createdAt: now,
        updatedAt: now,
      };
    });
    await db.db.insert(supervisionItem).values(rows);
  }
  // The steady state: autovacuum has passed (its insert threshold is 1,000 rows), so counts read
  // the indexes only, as they do on a running server.
  await db.db.execute(sql`vacuum analyze`);
  console.log(
    `${ITEMS} supervision items added (${countyUnits.length} units in 城关区) in ${((performance.now() - start) / 1000).toFixed(1)} s`,
  );

  // The escalation job, as the server runs it (with its keys), twice.
  const ctx = jobContext(database, db);
  for (const label of ['first run', 'second run']) {
    const t0 = performance.now();
    const figures = await runJob(db, ctx, escalationJob);
    console.log(
      `escalation job, ${label}: ${(performance.now() - t0).toFixed(0)} ms; items read ${figures?.items}, steps recorded ${figures?.steps}`,
    );
  }
  // The steady state again: autovacuum analyses the tables the job filled before anyone lists.
  await db.db.execute(sql`vacuum analyze`);
  const running = await db.db
    .select({ n: sql<number>`count(*)::int` })
    .from(supervisionItem)
    .where(and(sql`${supervisionItem.status} in ('assigned','accepted','in_progress','returned')`));
  console.log(`  running items in all: ${running[0]!.n}`);
  await db.close();
}

const server = await startServer(database);
try {
  console.log(`database: ${database.url ? 'PostgreSQL' : 'PGlite'}; server in its own process`);
  const cookie = await server.cookieOf('county.office');
  for (const size of PAGES) {
    const times: number[] = [];
    let after: string | null = null;
    let fetched = 0;
    let total = 0;
    do {
      const start = performance.now();
      const res = await fetch(
        `${server.address}/api/supervision-items?limit=${size}${after ? `&after=${after}` : ''}`,
        { headers: { cookie } },
      );
      const body = (await res.json()) as { items: unknown[]; nextCursor: string | null; total: number };
      times.push(performance.now() - start);
      if (!res.ok) throw new Error(`GET /api/supervision-items: ${res.status} ${JSON.stringify(body)}`);
      fetched += body.items.length;
      total = body.total;
      after = body.nextCursor;
    } while (after);
    console.log(
      `GET /api/supervision-items?limit=${size} (county.office, 城关区), every page: ${summary(times)}; ${fetched} items, total ${total}`,
    );
  }
  const current = (await (
    await fetch(`${server.address}/api/campaigns/current`, { headers: { cookie } })
  ).json()) as {
    id: string;
  };
  const redTimes: number[] = [];
  for (let i = 0; i < 20; i++) {
    const start = performance.now();
    const res = await fetch(
      `${server.address}/api/supervision-items?campaignId=${current.id}&colour=red&topLevel=true&limit=${PAGE}`,
      { headers: { cookie } },
    );
    await res.arrayBuffer();
    redTimes.push(performance.now() - start);
  }
  console.log(`GET /api/supervision-items?colour=red (the board's red chip), 20 times: ${summary(redTimes)}`);
  if (database.url) {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    const sqlTimes: number[] = [];
    for (let i = 0; i < 20; i++) {
      const start = performance.now();
      await client.query(
        'select s.* from supervision_item s join unit u on u.id = s.unit_id order by s.due_date, s.id limit $1',
        [PAGE + 1],
      );
      sqlTimes.push(performance.now() - start);
    }
    await client.end();
    console.log(`baseline: a first page as bare SQL on PostgreSQL: ${summary(sqlTimes)}`);
  }
} finally {
  await server.stop();
  await database.remove();
}
