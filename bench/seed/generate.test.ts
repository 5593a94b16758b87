import { execFile, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import {
  CASE_STATUSES,
  CONDUCT_TYPES,
  DISPOSALS,
  DOMAIN_CODES,
  LEAD_SOURCES,
  LEAD_STATUSES,
  LIABILITIES,
  RECTIFICATION_SOURCES,
  RECTIFICATION_STATUSES,
  SUPERVISION_ITEM_STATUSES,
} from '@zeren/contracts';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../../server/src/db/client';
import { auditKeysOf } from '../../server/src/platform/audit/audit-keys';
import { FieldCipher } from '../../server/src/platform/crypto';
import {
  childTempDir,
  DEMO_PASSWORD,
  freshDatabase,
  temporaryDirectory,
  testConfig,
} from '../../server/test/harness';
import { SCALES, seedBenchData } from './generate';

/**
 * The benchmark data generator (bench/seed, `npm run bench:seed`) at its tiny scale: twice as users
 * run it (the CLI, on PGlite in a directory, seed 1), once in this process (seed 2, on a copy of the
 * suite's migrated database); then read back through the database.
 */
const root = join(import.meta.dirname, '../..');
// PGlite, whatever database the suite runs on.
const { DATABASE_URL: _url, ...inherited } = process.env;
const env = (tmp: string) => ({
  ...inherited,
  LOG_LEVEL: 'warn',
  // The child's TypeScript loader keeps its cache in the temp folder: the run's own.
  TMPDIR: childTempDir(tmp),
});

const rows = async <T>(db: Database['db'], query: ReturnType<typeof sql>) =>
  ((await db.execute(query)) as unknown as { rows: T[] }).rows;

/** The generator's CLI, as users run it, in a process of its own: answers what it printed. */
async function seed(dir: string, seedNumber: number): Promise<string> {
  const args = ['--scale', 'tiny', '--seed', String(seedNumber), '--dir', dir];
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--import', 'tsx', join(root, 'bench/seed/cli.ts'), ...args],
    { cwd: root, env: env(dir), encoding: 'utf8' },
  );
  return stdout;
}

describe('bench:seed --scale tiny', () => {
  const first = temporaryDirectory('zeren-seed-a-');
  const again = temporaryDirectory('zeren-seed-b-');
  let runs: Promise<string[]> | undefined;
  let output: string;
  let verify: ReturnType<typeof spawnSync>;
  let other: Awaited<ReturnType<typeof freshDatabase>>;
  let a: Database;
  let b: Database;
  let c: Database;
  beforeAll(async () => {
    // Seed 1 twice, side by side: the same ids need processes that made none before (UUIDv7
    // never goes back in time within a process, and the demo's ids are dated AS_OF).
    runs = Promise.all([seed(first.path, 1), seed(again.path, 1)]);
    // Awaited below; should this process's part fail first, the rejection is the CLI's to report.
    runs.catch(() => {});
    // Meanwhile seed 2 in this process (its ids need only differ), with the suite's keys.
    const config = testConfig();
    other = await freshDatabase('migrated');
    await seedBenchData(other.database.db, 2, SCALES.tiny, {
      cipher: new FieldCipher(config.fieldKey),
      auditKeys: auditKeysOf(config),
      password: DEMO_PASSWORD,
    });
    c = other.database;
    [output] = (await runs) as [string, string];
    // Before this process opens it: one PGlite directory, one process at a time.
    verify = spawnSync(process.execPath, [join(root, 'server/bin/zeren.mjs'), 'audit', 'verify'], {
      env: { ...env(again.path), ZEREN_DATA_DIR: again.path },
      encoding: 'utf8',
    });
    a = await openDatabase({ dataDir: join(first.path, 'pglite') });
    b = await openDatabase({ dataDir: join(again.path, 'pglite') });
  }, 300_000);
  afterAll(async () => {
    // The CLIs may still be writing to their directories when this process's part failed.
    await runs?.catch(() => {});
    await Promise.all([a?.close(), b?.close(), other?.drop()]);
    for (const d of [first, again]) d.remove();
  });

  it('fills every table to its scale and prints the summary and the accounts', async () => {
    const counts = Object.fromEntries(
      (
        await rows<{ t: string; n: number }>(
          a.db,
          sql`select 'unit' t, count(*)::int n from unit union all select 'person', count(*)::int from person
            union all select 'lead', count(*)::int from lead union all select 'case', count(*)::int from accountability_case
            union all select 'supervision', count(*)::int from supervision_item
            union all select 'ledger', count(*)::int from rectification_item union all select 'ballot', count(*)::int from ballot
            union all select 'task', count(*)::int from key_task union all select 'suggestion', count(*)::int from suggestion`,
        )
      ).map((r) => [r.t, r.n]),
    );
    expect(counts.unit).toBe(120);
    // The demo's rows and the generated ones.
    expect(counts.person).toBeGreaterThanOrEqual(600);
    expect(counts.lead).toBeGreaterThanOrEqual(1_000);
    expect(counts.case).toBeGreaterThan(150);
    expect(counts.supervision).toBeGreaterThanOrEqual(400);
    expect(counts.ledger).toBeGreaterThanOrEqual(800);
    expect(counts.ballot).toBeGreaterThanOrEqual(2_000);
    expect(counts.task).toBeGreaterThanOrEqual(100);
    expect(counts.suggestion).toBeGreaterThanOrEqual(300);
    expect(output).toMatch(/\blead\b.*1000/);
    expect(output).toContain('county.office');
    expect(output).toContain('Zeren-demo-2026');
  });

  // The generated rows, dated before the demo's (one demo ledger item is signed off without a closing time).
  it('keeps the references the schema does not enforce: concerned units and persons, unit paths, lead and case', async () => {
    const [orphans] = await rows<Record<string, number>>(
      a.db,
      sql`select
        (select count(*)::int from lead l, unnest(l.concerned_unit_ids) u where not exists (select 1 from unit where id = u)) as units,
        (select count(*)::int from lead l, unnest(l.concerned_person_ids) p where not exists (select 1 from person where id = p)) as persons,
        (select count(*)::int from unit u join unit p on p.id = u.parent_id where u.path <> p.path || u.id || '/') as paths,
        (select count(*)::int from unit where parent_id is null and path <> '/' || id || '/') as roots,
        (select count(*)::int from lead l where (l.status in ('accepted', 'concluded')) <> (l.case_id is not null)) as lead_case,
        (select count(*)::int from lead l join accountability_case c on c.id = l.case_id
           where c.lead_id <> l.id or c.code <> l.code or (l.status = 'concluded') <> (c.status = 'decided')) as case_lead,
        (select count(*)::int from lead where status = 'merged' and merged_into_id not in (select id from lead)) as merged,
        (select count(*)::int from supervision_item where (status = 'closed') <> (closed_at is not null)) as closed_items,
        (select count(*)::int from rectification_item where (status in ('signed_off', 'confirmed')) <> (closed_at is not null)
           and created_at < '2026-11-20') as closed_ledger,
        (select count(*)::int from public_report r join lead l on l.id = r.lead_id where l.source <> 'public_report') as reports,
        (select count(*)::int from key_task where (progress = 100) <> (completed_at is not null) and created_at < '2026-11-20') as tasks,
        (select count(*)::int from key_task t where not exists (select 1 from key_task_person where task_id = t.id) and created_at < '2026-11-20') as task_persons,
        (select count(*)::int from suggestion where ((status = 'published') <> (is_public and published_at is not null)
           or (status = 'received') <> (answer is null)) and created_at < '2026-11-20') as suggestions,
        (select count(*)::int from monthly_report where (status = 'submitted') <> (snapshot is not null and submitted_at is not null)) as monthly`,
    );
    expect(orphans).toEqual({
      units: 0,
      persons: 0,
      paths: 0,
      roots: 0,
      lead_case: 0,
      case_lead: 0,
      merged: 0,
      closed_items: 0,
      closed_ledger: 0,
      reports: 0,
      tasks: 0,
      task_persons: 0,
      suggestions: 0,
      monthly: 0,
    });
  });

  it('uses every vocabulary value, and only those', async () => {
    const values = async (query: ReturnType<typeof sql>) =>
      (await rows<{ v: string }>(a.db, query)).map((r) => r.v).sort();
    const sorted = (list: readonly (string | number)[]) => list.map(String).sort();
    expect(await values(sql`select distinct source v from lead`)).toEqual(sorted(LEAD_SOURCES));
    expect(await values(sql`select distinct status v from lead`)).toEqual(sorted(LEAD_STATUSES));
    expect(await values(sql`select distinct disposal v from lead where disposal is not null`)).toEqual(
      sorted(DISPOSALS),
    );
    expect(await values(sql`select distinct conduct v from lead`)).toEqual(sorted(CONDUCT_TYPES));
    expect(await values(sql`select distinct status v from accountability_case`)).toEqual(
      sorted(CASE_STATUSES),
    );
    expect(await values(sql`select distinct liability v from determination`)).toEqual(sorted(LIABILITIES));
    expect(await values(sql`select distinct form::text v from determination`)).toEqual(['1', '2', '3', '4']);
    expect(await values(sql`select distinct status v from supervision_item`)).toEqual(
      sorted(SUPERVISION_ITEM_STATUSES),
    );
    expect(await values(sql`select distinct source v from rectification_item`)).toEqual(
      sorted(RECTIFICATION_SOURCES),
    );
    expect(await values(sql`select distinct status v from rectification_item`)).toEqual(
      sorted(RECTIFICATION_STATUSES),
    );
    expect(await values(sql`select distinct status v from suggestion`)).toEqual(
      sorted(['received', 'answered', 'published', 'closed']),
    );
    // Months before the demo's own (October), by every owing unit, in every state but the demo's draft.
    expect(await values(sql`select distinct status v from monthly_report where month < '2026-10'`)).toEqual(
      sorted(['submitted', 'returned', 'awaiting_approval']),
    );
    expect(
      await values(sql`select distinct d.code v from lead l join campaign_domain d on d.id = l.domain_id`),
    ).toEqual(sorted(DOMAIN_CODES));
    // Spread over the campaign year up to the generator's "today" (2026-11-20).
    const [span] = await rows<{ first: string; last: string; months: number }>(
      a.db,
      sql`select min(received_on)::text first, max(received_on)::text last,
        count(distinct date_trunc('month', received_on))::int months from lead`,
    );
    expect(span!.first < '2026-02-01' && span!.last <= '2026-11-20' && span!.months).toBe(11);
    const [text] = await rows<{ summary: string; details: string }>(
      a.db,
      sql`select summary, details from lead where code = 'XS2026-0100'`,
    );
    expect(text!.summary).toMatch(/[\u4e00-\u9fff]{8,}/);
    expect(text!.details).toMatch(/不作为|慢作为|乱作为|不敢为|不会为|不想为/);
  });

  it('gives the same rows for the same seed, ids included, and others for another', async () => {
    const firstRows = (db: Database['db']) =>
      rows<Record<string, string>>(
        db,
        sql`select l.id, l.code, l.summary, l.status, l.unit_id, l.campaign_id, u.path
          from lead l join unit u on u.id = l.unit_id order by l.id limit 50`,
      );
    const digest = (db: Database['db']) =>
      rows<{ d: string }>(
        db,
        sql`select md5(string_agg(id::text || path || name, ',' order by id)) d from unit
          union all select md5(string_agg(id::text || code || title || status, ',' order by id)) from supervision_item
          union all select md5(string_agg(id::text || voter_key || coalesce(score::text, ''), ',' order by id)) from ballot`,
      );
    const mine = await firstRows(a.db);
    expect(mine).toHaveLength(50);
    expect(await firstRows(b.db)).toEqual(mine);
    expect(await digest(b.db)).toEqual(await digest(a.db));
    expect((await firstRows(c.db)).map((r) => r.id)).not.toEqual(mine.map((r) => r.id));
  });

  it('leaves an audit log that `zeren audit verify` accepts', () => {
    expect(`${verify.stdout}${verify.stderr}`).toContain('audit log intact');
    expect(verify.status).toBe(0);
  });
});
