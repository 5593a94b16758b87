/**
 * Workload: the portal's open data on the demo city, with the server in its own process
 * (`zeren serve`): the catalogue, each dataset's CSV and JSON (two passes each: the ETag's digest,
 * then the stream), a revalidation answered 304 (one pass), and the public figures — one request
 * at a time, BENCH_ROUNDS (default 10) of each, p50 and max.
 * Baseline in the same run: the portal's own first page of published duty items
 * (GET /api/portal/duty-items), the cheapest published-only read.
 * Run: npm run open-data -w @zeren/bench            (embedded PGlite)
 *      DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run open-data -w @zeren/bench
 */
import { benchDatabase, startServer } from './bench-server';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 10);

const database = await benchDatabase('opendata');
const server = await startServer(database, { ZEREN_DEMO: 'true' });

async function time(
  path: string,
  headers: Record<string, string> = {},
): Promise<{ ms: number[]; bytes: number; status: number }> {
  const ms: number[] = [];
  let bytes = 0;
  let status = 0;
  // One request first, not counted: the server's first query plans and caches.
  await (await fetch(`${server.address}${path}`, { headers })).arrayBuffer();
  for (let i = 0; i < ROUNDS; i++) {
    const start = performance.now();
    const res = await fetch(`${server.address}${path}`, { headers });
    bytes = (await res.arrayBuffer()).byteLength;
    status = res.status;
    ms.push(performance.now() - start);
  }
  return { ms: ms.sort((a, b) => a - b), bytes, status };
}

const line = (name: string, r: { ms: number[]; bytes: number; status: number }) =>
  console.log(
    `${name.padEnd(52)} ${r.status}  p50 ${r.ms[Math.floor(r.ms.length / 2)]!.toFixed(1).padStart(7)} ms  max ${r.ms.at(-1)!.toFixed(1).padStart(7)} ms  ${String(r.bytes).padStart(8)} bytes`,
  );

try {
  console.log(
    `database: ${database.url ? 'PostgreSQL' : 'PGlite'}; one request at a time, ${ROUNDS} rounds each`,
  );
  line('baseline GET /api/portal/duty-items', await time('/api/portal/duty-items'));
  line('GET /api/portal/open-data (catalogue)', await time('/api/portal/open-data'));
  line('GET /api/portal/progress', await time('/api/portal/progress'));
  const catalogue = (await (await fetch(`${server.address}/api/portal/open-data`)).json()) as {
    datasets: { id: string; rowCount: number; csvUrl: string; jsonUrl: string }[];
  };
  for (const d of catalogue.datasets) {
    line(`${d.csvUrl} (${d.rowCount} rows)`, await time(d.csvUrl));
    const json = await fetch(`${server.address}${d.jsonUrl}`);
    await json.arrayBuffer();
    line(`${d.jsonUrl} revalidated`, await time(d.jsonUrl, { 'if-none-match': json.headers.get('etag')! }));
  }
} finally {
  await server.stop();
  await database.remove();
}
