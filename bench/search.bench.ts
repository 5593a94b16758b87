/**
 * Staff search at city scale: the demo and a city of 3,000 units, plus SEARCH_ROWS (default
 * 120,000) records of realistic Chinese text — supervision items, ledger items and suggestions,
 * a fifth of them in 城关区 — then GET /api/search, the server in its own process, for a fixed set
 * of Chinese queries (two-character words, longer phrases, two words, rare and common), each
 * asked REPEAT times by the whole city's office (every unit) and by a county user (county.office,
 * 城关区 and below). Printed, never asserted: p50/p95/max per caller (target p95 ≤ 50 ms on
 * PostgreSQL), and the index sizes.
 * Run: DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run search -w @zeren/bench
 */
import { randomBytes } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { openDatabase } from '../server/src/db/client';
import { newId } from '../server/src/db/columns';
import { campaign } from '../server/src/modules/campaign/campaign.table';
import { rectificationItem } from '../server/src/modules/rectification/rectification.table';
import { suggestion } from '../server/src/modules/suggestions/suggestions.table';
import { supervisionItem } from '../server/src/modules/supervision/supervision.table';
import { unit } from '../server/src/platform/org/org.table';
import { benchDatabase, startServer } from './bench-server';
import { addCity } from './city-data';

const ROWS = Number(process.env.SEARCH_ROWS ?? 120_000);
const REPEAT = Number(process.env.SEARCH_REPEAT ?? 10);
/** The fixed queries: words of two to five characters, a phrase, two words, a code. */
const QUERIES = [
  '供暖',
  '物业',
  '拆迁',
  '不作为',
  '推诿扯皮',
  '办事拖延',
  '乱收费',
  '农民工工资',
  '老旧小区改造',
  '吃拿卡要',
  '食品安全 整改',
  '营商环境 层层加码',
  '医保报销',
  '违章建筑',
  '校外培训',
  '督-S-001234',
];

const TOPICS = [
  '供暖',
  '物业管理',
  '征地拆迁',
  '停车收费',
  '噪音扰民',
  '垃圾清运',
  '排水防涝',
  '道路维修',
  '路灯照明',
  '燃气安全',
  '医保报销',
  '低保审批',
  '营商环境',
  '行政审批',
  '不动产登记',
  '农民工工资',
  '校外培训',
  '食品安全',
  '违章建筑',
  '老旧小区改造',
  '公交线路',
  '学校招生',
  '养老服务',
  '河道治理',
];
const CONDUCTS = [
  '不及时',
  '推诿扯皮',
  '办事拖延',
  '乱收费',
  '态度生硬',
  '不作为',
  '慢作为',
  '吃拿卡要',
  '层层加码',
  '敷衍塞责',
  '久拖不决',
  '标准不一',
];
const PLACES = [
  '街道办事处',
  '社区居委会',
  '住建部门',
  '市场监管所',
  '城管执法中队',
  '人社窗口',
  '镇政府',
  '医保中心',
];
const MEASURES = ['建立台账', '明确专人负责', '限期办结', '公开办事流程', '开展回头看', '约谈相关负责人'];

let seed = 13;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed / 2 ** 31;
};
const pick = <T>(from: readonly T[]) => from[Math.floor(random() * from.length)]!;
const sentence = () =>
  `群众反映${pick(PLACES)}在${pick(TOPICS)}工作中存在${pick(CONDUCTS)}问题，已持续${1 + Math.floor(random() * 12)}个月，` +
  `多次联系${pick(PLACES)}未得到答复，要求尽快${pick(MEASURES)}并反馈结果。`;

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const summary = (times: number[]) => {
  const sorted = [...times].sort((a, b) => a - b);
  return `p50 ${percentile(sorted, 50).toFixed(1)} ms  p95 ${percentile(sorted, 95).toFixed(1)} ms  max ${sorted[sorted.length - 1]!.toFixed(1)} ms  (${sorted.length} searches)`;
};

const database = await benchDatabase('search');
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
  const unitOf = () => pick(random() < 0.2 ? countyUnits : units).id;
  const start = performance.now();
  const now = new Date();
  for (let from = 0; from < ROWS; from += 1000) {
    const n = Math.min(1000, ROWS - from);
    const kind = (from / 1000) % 4;
    if (kind < 2)
      await db.db.insert(supervisionItem).values(
        Array.from({ length: n }, (_, k) => ({
          id: newId(),
          campaignId,
          code: `督-S-${String(from + k).padStart(6, '0')}`,
          source: 'decision' as const,
          title: `关于${pick(TOPICS)}领域${pick(CONDUCTS)}问题的督办`,
          task: sentence(),
          unitId: unitOf(),
          assignedByUnitId: office!.id,
          status: pick(['assigned', 'in_progress', 'closed'] as const),
          dueDate: '2026-12-31',
          milestones: [],
          progress: 0,
          createdAt: now,
          updatedAt: now,
        })),
      );
    else if (kind === 2)
      await db.db.insert(rectificationItem).values(
        Array.from({ length: n }, () => ({
          id: newId(),
          campaignId,
          unitId: unitOf(),
          source: 'self_inspection' as const,
          problem: sentence(),
          measures: `${pick(MEASURES)}，${pick(MEASURES)}。`,
          dueDate: '2026-12-31',
          status: pick(['pending', 'rectifying', 'signed_off'] as const),
          createdAt: now,
          updatedAt: now,
        })),
      );
    else
      await db.db.insert(suggestion).values(
        Array.from({ length: n }, () => ({
          id: newId(),
          trackingCode: `SG${randomBytes(5).toString('hex').toUpperCase()}`,
          campaignId,
          unitId: unitOf(),
          channel: 'staff' as const,
          title: `建议改进${pick(TOPICS)}工作`,
          content: sentence(),
          status: 'received' as const,
          createdAt: now,
          updatedAt: now,
        })),
      );
  }
  await db.db.execute(sql`vacuum analyze`);
  const sizes = await db.db.execute(
    sql`select relname, pg_size_pretty(pg_relation_size(oid)) as size from pg_class where relname like '%_search_idx' order by relname`,
  );
  console.log(
    `${ROWS} records added (${countyUnits.length} units in 城关区) in ${((performance.now() - start) / 1000).toFixed(1)} s; indexes: ${(
      (sizes as unknown as { rows: { relname: string; size: string }[] }).rows ?? []
    )
      .map((r) => `${r.relname} ${r.size}`)
      .join(', ')}`,
  );
  await db.close();
}

const server = await startServer(database);
try {
  console.log(`database: ${database.url ? 'PostgreSQL' : 'PGlite'}; server in its own process`);
  for (const username of ['office', 'county.office']) {
    const cookie = await server.cookieOf(username);
    const times: number[] = [];
    const perQuery: string[] = [];
    for (const q of QUERIES) {
      const own: number[] = [];
      let total = 0;
      for (let i = 0; i < REPEAT; i++) {
        const start = performance.now();
        const res = await fetch(`${server.address}/api/search?q=${encodeURIComponent(q)}&limit=20`, {
          headers: { cookie },
        });
        const body = (await res.json()) as { total: number; totalExact: boolean };
        if (!res.ok) throw new Error(`GET /api/search?q=${q}: ${res.status} ${JSON.stringify(body)}`);
        own.push(performance.now() - start);
        total = body.total;
        if (!body.totalExact) total = -total;
      }
      times.push(...own);
      perQuery.push(
        `${q} ${total < 0 ? `≥${-total}` : total}: ${percentile(
          [...own].sort((a, b) => a - b),
          50,
        ).toFixed(1)}`,
      );
    }
    console.log(
      `GET /api/search?limit=20 (${username}), ${QUERIES.length} queries × ${REPEAT}: ${summary(times)}`,
    );
    console.log(`  per query (matches: p50 ms): ${perQuery.join('; ')}`);
  }
} finally {
  await server.stop();
  await database.remove();
}
