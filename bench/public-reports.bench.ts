/**
 * Workload: citizens' public reports (POST /api/portal/reports) against `zeren serve` (demo city)
 * in its own process, the load in another (report-load.ts): first at 16 connections as fast as the
 * server answers (the peak), then at half that rate in an open loop (the latency a citizen sees at
 * a busy hour). Each report carries its own solved proof of work and comes from its own address.
 * Baseline in the same run: the same rows a report stores (its lead, its public_report row with a
 * receipt hash, its audit event and its used proof-of-work salt) inserted through `pg` with
 * parameterised INSERTs, 16 connections, one transaction per report.
 * Run: DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run public-reports -w @zeren/bench
 *      BENCH_REPORTS (default 800) reports per phase.
 */
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import pg from 'pg';
import { benchDatabase, startServer } from './bench-server';

if (!process.env.DATABASE_URL) {
  console.error('This benchmark compares with PostgreSQL INSERTs: set DATABASE_URL.');
  process.exit(2);
}
const COUNT = Number(process.env.BENCH_REPORTS ?? 800);
const CONNECTIONS = 16;
const root = join(import.meta.dirname, '..');

const database = await benchDatabase('reports');
const server = await startServer(database, { ZEREN_DEMO: 'true', ZEREN_TRUST_PROXY: 'true' });

interface LoadFigures {
  count: number;
  seconds: number;
  rate: number;
  p50: number;
  p99: number;
  max: number;
  failures: number;
  firstFailure: string;
}
let offset = 0;
function load(env: Record<string, string>): LoadFigures {
  const out = execFileSync(
    process.execPath,
    [join(root, 'node_modules/tsx/dist/cli.mjs'), join(import.meta.dirname, 'report-load.ts')],
    {
      encoding: 'utf8',
      env: { ...process.env, ADDRESS: server.address, COUNT: String(COUNT), OFFSET: String(offset), ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 16 * 1024 * 1024,
    },
  );
  offset += COUNT;
  return JSON.parse(out.trim().split('\n').pop()!);
}

/** The same rows as a report, straight into the tables: the database's own rate. */
async function baseline(): Promise<{ rate: number; p99: number }> {
  const pool = new pg.Pool({ connectionString: database.url, max: CONNECTIONS });
  const [{ campaign_id, unit_id }] = (
    await pool.query(
      `select c.id as campaign_id, s.lead_unit_id as unit_id
       from campaign c join accountability_settings s on s.campaign_id = c.id limit 1`,
    )
  ).rows as [{ campaign_id: string; unit_id: string }];
  const hash =
    '$argon2id$v=19$m=1024,t=1,p=1$c29tZXNhbHRzb21lc2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g';
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      const client = await pool.connect();
      try {
        while (next < COUNT) {
          const i = next++;
          const t0 = performance.now();
          const id = randomUUID();
          const summary = `小区门口占道经营长期无人处理（基准第${i}件）`;
          const details =
            '举报对象：市城市管理局\n小区门口占道经营已经半年，多次反映，城管说归街道管，街道说归城管管，一直没人处理。';
          await client.query('begin');
          await client.query(
            `insert into lead (id, code, campaign_id, unit_id, source, summary, details, concerned_unit_ids,
               concerned_person_ids, received_on, due_date, status, anonymous, created_at, updated_at)
             values ($1, $2, $3, $4, 'public_report', $5, $6, '{}', '{}', $7, $8, 'received', $9, now(), now())`,
            [
              id,
              `XSB-${i}-${id.slice(0, 8)}`,
              campaign_id,
              unit_id,
              summary,
              details,
              '2026-12-03',
              '2026-12-24',
              i % 2 === 0,
            ],
          );
          await client.query(
            `insert into public_report (lead_id, lookup_key, code_hash, named, reporter_name_enc, reporter_contact_enc)
             values ($1, $2, $3, $4, $5, $6)`,
            [
              id,
              `b${i}-${id.slice(0, 6)}`,
              hash,
              i % 2 === 1,
              i % 2 ? 'enc-name' : null,
              i % 2 ? 'enc-contact' : null,
            ],
          );
          await client.query(
            `insert into audit_event (id, seq, occurred_at, action, record_type, record_id, unit_id, after,
               prev_hash, hash, chain)
             values ($1, $2, now(), 'lead.created', 'lead', $3, $4, $5, $6, $7, 2)`,
            [
              randomUUID(),
              1_000_000_000 + i,
              id,
              unit_id,
              JSON.stringify({
                code: `XSB-${i}`,
                source: 'public_report',
                summary,
                details,
                status: 'received',
              }),
              '0'.repeat(64),
              'f'.repeat(64),
            ],
          );
          await client.query(
            `insert into proof_of_work_used (salt, expires_at) values ($1, now() + interval '10 minutes')`,
            [`baseline-${i}-${id}`],
          );
          await client.query('commit');
          latencies.push(performance.now() - t0);
        }
      } finally {
        client.release();
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  await pool.end();
  latencies.sort((a, b) => a - b);
  return { rate: COUNT / seconds, p99: latencies[Math.floor(0.99 * latencies.length)]! };
}

try {
  const peak = load({ MODE: 'closed', CONCURRENCY: String(CONNECTIONS) });
  const base = await baseline();
  const half = load({ MODE: 'open', RATE: String(Math.max(1, peak.rate / 2)) });
  const f = (n: number) => n.toFixed(1);
  console.log(`public reports, ${COUNT} per phase, PostgreSQL`);
  console.log(
    `  intake at ${CONNECTIONS} connections: ${f(peak.rate)} reports/s (p50 ${f(peak.p50)} ms, p99 ${f(peak.p99)} ms, failures ${peak.failures}${peak.firstFailure ? `: ${peak.firstFailure}` : ''})`,
  );
  console.log(
    `  baseline, the same rows through pg at ${CONNECTIONS} connections: ${f(base.rate)} reports/s (p99 ${f(base.p99)} ms)`,
  );
  console.log(`  ratio intake ÷ baseline: ${(peak.rate / base.rate).toFixed(3)}`);
  console.log(
    `  at half the peak (${f(peak.rate / 2)}/s, open loop): p50 ${f(half.p50)} ms, p99 ${f(half.p99)} ms, max ${f(half.max)} ms, failures ${half.failures}`,
  );
} finally {
  await server.stop();
  await database.remove();
}
