/**
 * Workload: citizens' ballots in a public evaluation round (POST /api/portal/evaluation-rounds/:id/
 * ballots) against `zeren serve` (demo city) in its own process, the load in another
 * (ballot-load.ts): 16 connections, as fast as the server answers; each number verified by its SMS
 * code beforehand (not timed), each ballot checked (round open, group, code), flagged if abnormal,
 * stored with its audit event. Baseline in the same run: the same rows (the ballot and its audit
 * event) inserted through `pg` with parameterised INSERTs, 16 connections, one transaction each.
 * Run: DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run ballots -w @zeren/bench
 *      BENCH_BALLOTS (default 1000) ballots.
 */
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:net';
import { join } from 'node:path';
import pg from 'pg';
import { benchDatabase, startServer } from './bench-server';

if (!process.env.DATABASE_URL) {
  console.error('This benchmark compares with PostgreSQL INSERTs: set DATABASE_URL.');
  process.exit(2);
}
const COUNT = Number(process.env.BENCH_BALLOTS ?? 1000);
const CONNECTIONS = 16;
const root = join(import.meta.dirname, '..');

const smsPort = await new Promise<number>((resolve) => {
  const probe = createServer();
  probe.listen(0, '127.0.0.1', () => {
    const { port } = probe.address() as { port: number };
    probe.close(() => resolve(port));
  });
});
const database = await benchDatabase('ballots');
const server = await startServer(database, {
  ZEREN_DEMO: 'true',
  ZEREN_TRUST_PROXY: 'true',
  ZEREN_SMS_URL: `http://127.0.0.1:${smsPort}/sms`,
});

function load(): { rate: number; p50: number; p99: number; failures: number; firstFailure: string } {
  const out = execFileSync(
    process.execPath,
    [join(root, 'node_modules/tsx/dist/cli.mjs'), join(import.meta.dirname, 'ballot-load.ts')],
    {
      encoding: 'utf8',
      env: {
        ...process.env,
        ADDRESS: server.address,
        COUNT: String(COUNT),
        CONCURRENCY: String(CONNECTIONS),
        SMS_PORT: String(smsPort),
      },
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 16 * 1024 * 1024,
    },
  );
  return JSON.parse(out.trim().split('\n').pop()!);
}

/** The same rows as a ballot, straight into the tables: the database's own rate. */
async function baseline(): Promise<{ rate: number; p99: number }> {
  const pool = new pg.Pool({ connectionString: database.url, max: CONNECTIONS });
  const { rows } = await pool.query(
    `select r.id as round_id, r.unit_id, t.id as target_id from evaluation_round r
     join evaluation_target t on t.round_id = r.id where r.status = 'open'`,
  );
  const targets = rows as { round_id: string; unit_id: string; target_id: string }[];
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
          const target = targets[i % targets.length]!;
          const id = randomUUID();
          await client.query('begin');
          await client.query(
            `insert into ballot (id, round_id, target_id, "group", channel, voter_key, answers, score, flags,
               review, network_key, created_at)
             values ($1, $2, $3, 'urban_resident', 'public', $4, $5, $6, $7, $8, $9, now())`,
            [
              id,
              target.round_id,
              target.target_id,
              `baseline-${i}-${id}`,
              JSON.stringify({
                conduct: 'satisfied',
                efficiency: 'basically_satisfied',
                integrity: 'satisfied',
              }),
              90,
              JSON.stringify([]),
              null,
              'f'.repeat(64),
            ],
          );
          await client.query(
            `insert into audit_event (id, seq, occurred_at, action, record_type, record_id, unit_id, after,
               prev_hash, hash, chain)
             values ($1, $2, now(), 'ballot.cast', 'ballot', $3, $4, $5, $6, $7, 2)`,
            [
              randomUUID(),
              2_000_000_000 + i,
              id,
              target.unit_id,
              JSON.stringify({
                roundId: target.round_id,
                targetId: target.target_id,
                group: 'urban_resident',
                channel: 'public',
                flags: [],
              }),
              '0'.repeat(64),
              'f'.repeat(64),
            ],
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
  const peak = load();
  const base = await baseline();
  const f = (n: number) => n.toFixed(1);
  console.log(`public ballots, ${COUNT}, PostgreSQL, ${CONNECTIONS} connections`);
  console.log(
    `  ballots through Zeren: ${f(peak.rate)}/s (p50 ${f(peak.p50)} ms, p99 ${f(peak.p99)} ms, failures ${peak.failures}${peak.firstFailure ? `: ${peak.firstFailure}` : ''})`,
  );
  console.log(`  baseline, the same rows through pg: ${f(base.rate)}/s (p99 ${f(base.p99)} ms)`);
  console.log(`  ratio ballots ÷ baseline: ${(peak.rate / base.rate).toFixed(3)} (target ≥ 0.6)`);
} finally {
  await server.stop();
  await database.remove();
}
