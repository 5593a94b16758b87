/**
 * The dashboard (领导驾驶舱) at city scale: the demo and a city of 3,000 units, plus
 * DASHBOARD_LEADS (default 100,000) leads, DASHBOARD_ITEMS (50,000) supervision items and
 * DASHBOARD_LEDGER (200,000) ledger items spread over them, a fifth (DASHBOARD_COUNTY_SHARE) in 城关区. Printed, never
 * asserted: GET /api/dashboard/summary (the server in its own process) for a city user (office)
 * and a county user (county.office, 城关区 and below), the whole campaign and one month,
 * p50/p95/max over DASHBOARD_RUNS (default 40) requests each, after a few to warm up.
 * Target: p95 ≤ 100 ms for both on PostgreSQL (≤ 300 ms at province scale, below).
 * Run: DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run dashboard -w @zeren/bench
 */
import { eq, sql } from 'drizzle-orm';
import { openDatabase } from '../server/src/db/client';
import { newId } from '../server/src/db/columns';
import { MODULES } from '../server/src/modules';
import { lead } from '../server/src/modules/accountability/accountability.table';
import { campaign, campaignDomain } from '../server/src/modules/campaign/campaign.table';
import { rectificationItem } from '../server/src/modules/rectification/rectification.table';
import { escalationJob } from '../server/src/modules/supervision/supervision.service';
import { supervisionItem } from '../server/src/modules/supervision/supervision.table';
import { runJob } from '../server/src/platform/jobs';
import { unit } from '../server/src/platform/org/org.table';
import { tallyFoldJob } from '../server/src/platform/tallies';
import { benchDatabase, jobContext, startServer } from './bench-server';
import { addCity } from './city-data';

/**
 * DASHBOARD_SCALE=province: ten cities' volumes (30,000 units, 1,000,000 leads, 500,000 items,
 * 2,000,000 ledger items), 城关区 still a fifth of its city — a fiftieth of the province.
 */
const PROVINCE = process.env.DASHBOARD_SCALE === 'province';
const times = PROVINCE ? 10 : 1;
const UNITS = Number(process.env.DASHBOARD_UNITS ?? 3_000 * times);
const LEADS = Number(process.env.DASHBOARD_LEADS ?? 100_000 * times);
const ITEMS = Number(process.env.DASHBOARD_ITEMS ?? 50_000 * times);
const LEDGER = Number(process.env.DASHBOARD_LEDGER ?? 200_000 * times);
const COUNTY_SHARE = Number(process.env.DASHBOARD_COUNTY_SHARE ?? 0.2 / times);
const RUNS = Number(process.env.DASHBOARD_RUNS ?? 40);

const SOURCES = [
  'superior_assignment',
  'leader_instruction',
  'media_exposure',
  'public_report',
  'inspection',
  'other',
] as const;
const CONDUCTS = ['dare_not', 'cannot', 'will_not', 'misconduct', 'inaction', 'slow_action'] as const;
const DISPOSALS = [
  'talk_or_inquiry_letter',
  'preliminary_verification',
  'shelved',
  'closed_no_action',
  'forwarded',
] as const;
const SUPERVISION = [
  'assigned',
  'accepted',
  'in_progress',
  'returned',
  'closed',
  'completion_requested',
] as const;
const LEDGER_STATUSES = ['pending', 'rectifying', 'completion_claimed', 'signed_off', 'confirmed'] as const;

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const summary = (times: number[]) => {
  const sorted = [...times].sort((a, b) => a - b);
  return `p50 ${percentile(sorted, 50).toFixed(1)} ms  p95 ${percentile(sorted, 95).toFixed(1)} ms  max ${sorted[sorted.length - 1]!.toFixed(1)} ms  (${sorted.length} requests)`;
};
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

const database = await benchDatabase('dashboard');
database.run('seed-demo');
let campaignId: string;
{
  const db = await openDatabase({ url: database.url, dataDir: database.pgliteDir });
  await addCity(db.db, { units: UNITS, persons: 3000 });
  [{ id: campaignId }] = (await db.db
    .select({ id: campaign.id })
    .from(campaign)
    .where(eq(campaign.status, 'active'))) as [{ id: string }];
  const domains = (
    await db.db
      .select({ id: campaignDomain.id })
      .from(campaignDomain)
      .where(eq(campaignDomain.campaignId, campaignId))
  ).map((d) => d.id);
  const units = await db.db.select({ id: unit.id, path: unit.path }).from(unit);
  const [county] = await db.db.select({ id: unit.id }).from(unit).where(eq(unit.code, 'K100'));
  const countyUnits = units.filter((u) => u.path.includes(county!.id));
  const [office] = await db.db.select({ id: unit.id }).from(unit).where(eq(unit.code, 'C001'));
  // Deterministic, so runs compare.
  let seed = 7;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const pick = <T>(values: readonly T[]) => values[Math.floor(random() * values.length)]!;
  const unitId = () => pick(random() < COUNTY_SHARE ? countyUnits : units).id;
  const start = performance.now();
  const now = new Date();
  for (let from = 0; from < LEADS; from += 1000) {
    const rows = Array.from({ length: Math.min(1000, LEADS - from) }, (_, k) => {
      const shelved = random() < 0.5;
      return {
        id: newId(),
        code: `XS-B-${String(from + k).padStart(7, '0')}`,
        campaignId,
        unitId: unitId(),
        source: pick(SOURCES),
        summary: '某单位办事拖沓',
        details: '群众反映多次办理未果。',
        domainId: random() < 0.8 ? pick(domains) : null,
        conduct: random() < 0.8 ? pick(CONDUCTS) : null,
        receivedOn: day(-Math.floor(random() * 300)),
        dueDate: day(Math.floor(random() * 60) - 30),
        status: shelved ? ('shelved' as const) : ('received' as const),
        disposal: shelved ? pick(DISPOSALS) : null,
        createdAt: now,
        updatedAt: now,
      };
    });
    await db.db.insert(lead).values(rows);
  }
  for (let from = 0; from < ITEMS; from += 1000) {
    const rows = Array.from({ length: Math.min(1000, ITEMS - from) }, (_, k) => {
      const status = pick(SUPERVISION);
      const dueDate = day(Math.floor(random() * 180) - 60);
      return {
        id: newId(),
        campaignId,
        code: `督-D-${String(from + k).padStart(6, '0')}`,
        source: 'decision' as const,
        title: '落实“放管服”改革任务',
        task: '按期反馈进展。',
        unitId: unitId(),
        assignedByUnitId: office!.id,
        status,
        dueDate,
        closedAt: status === 'closed' ? new Date(Date.now() - Math.floor(random() * 90) * 86_400_000) : null,
        milestones: [],
        createdAt: now,
        updatedAt: now,
      };
    });
    await db.db.insert(supervisionItem).values(rows);
  }
  for (let from = 0; from < LEDGER; from += 1000) {
    const rows = Array.from({ length: Math.min(1000, LEDGER - from) }, () => ({
      id: newId(),
      campaignId,
      unitId: unitId(),
      source: 'self_inspection' as const,
      problem: '制度执行不到位',
      dueDate: day(Math.floor(random() * 180) - 60),
      status: pick(LEDGER_STATUSES),
      createdAt: now,
      updatedAt: now,
    }));
    await db.db.insert(rectificationItem).values(rows);
  }
  console.log(
    `${LEADS} leads, ${ITEMS} supervision items, ${LEDGER} ledger items added (${countyUnits.length} units in 城关区) in ${((performance.now() - start) / 1000).toFixed(1)} s`,
  );
  // The steady state of a running server: the jobs' first runs are behind it — the escalation
  // ladder's pass over the items loaded past their due dates (thousands of steps, reminders and
  // audit events in one transaction), and the tallies folded (the loader's statements left up to a
  // thousand rows each) — and autovacuum has passed, so counts may read the indexes only. Measured
  // while the ladder's first pass ran, the figures were the load's, not the dashboard's.
  const ctx = jobContext(database, db);
  for (const job of [escalationJob, tallyFoldJob(MODULES.flatMap((m) => m.tallies ?? []))]) {
    const t0 = performance.now();
    const figures = await runJob(db, ctx, job);
    console.log(
      `${job.name}: ${JSON.stringify(figures)} in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );
  }
  await db.db.execute(sql`vacuum analyze`);
  await db.close();
}

const server = await startServer(database);
try {
  console.log(`database: ${database.url ? 'PostgreSQL' : 'PGlite'}; server in its own process`);
  const month = day(-40).slice(0, 7);
  for (const username of ['office', 'county.office']) {
    const cookie = await server.cookieOf(username);
    for (const [label, period] of [
      ['whole campaign', ''],
      [`month ${month}`, `&from=${month}-01&to=${month}-28`],
    ] as const) {
      const url = `${server.address}/api/dashboard/summary?campaignId=${campaignId}${period}`;
      const times: number[] = [];
      let figures = 0;
      let leads = 0;
      for (let i = 0; i < RUNS + 5; i++) {
        const t0 = performance.now();
        const res = await fetch(url, { headers: { cookie } });
        const body = (await res.json()) as {
          groups: { key: string; figures: { key: string; value: number }[] }[];
        };
        const elapsed = performance.now() - t0;
        if (!res.ok) throw new Error(`GET /api/dashboard/summary: ${res.status} ${JSON.stringify(body)}`);
        if (i >= 5) times.push(elapsed);
        figures = body.groups.reduce((n, g) => n + g.figures.length, 0);
        leads = body.groups.find((g) => g.key === 'leads.total')?.figures[0]?.value ?? 0;
      }
      console.log(`${username}, ${label}: ${summary(times)}; ${figures} figures, ${leads} leads counted`);
    }
  }
} finally {
  await server.stop();
  // BENCH_KEEP=1 keeps the database to look at query plans afterwards.
  if (process.env.BENCH_KEEP) console.log(`kept: ${database.url ?? database.pgliteDir}`);
  else await database.remove();
}
