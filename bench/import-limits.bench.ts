/**
 * Hostile spreadsheets against the running server (its own process; the uploads from this one).
 * Printed, never asserted — the integration tests check what is refused and that nothing changes:
 * - how long the server takes to refuse an .xlsx whose zip directory lies about its sizes (it
 *   declares 4 KB and inflates to 50 MB): the guard stops inflating at the declared size;
 * - GET /api/health latency while three 800 MB zip bombs are uploaded at once, beside its
 *   baseline on the idle server in the same run.
 * Run: npm run import-limits -w @zeren/bench   (DATABASE_URL=… for PostgreSQL)
 */
import { multipartBody } from '../server/src/platform/files/multipart-test-body';
import { xlsxBomb } from '../server/src/platform/files/zip-test-archive';
import { benchDatabase, startServer } from './bench-server';

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const summary = (times: number[]) => {
  const sorted = [...times].sort((a, b) => a - b);
  return `p50 ${percentile(sorted, 50).toFixed(1)} ms  p95 ${percentile(sorted, 95).toFixed(1)} ms  max ${sorted[sorted.length - 1]!.toFixed(1)} ms  (${sorted.length})`;
};

const database = await benchDatabase('import_limits');
database.run('seed-demo');
const server = await startServer(database);
try {
  const cookie = await server.cookieOf('dept.clerk');
  const me = (await (await fetch(`${server.address}/api/me`, { headers: { cookie } })).json()) as {
    unit: { id: string };
  };
  const upload = async (bytes: Buffer) => {
    const body = multipartBody('list.xlsx', bytes);
    const res = await fetch(`${server.address}/api/duty-items/import?kind=power&unitId=${me.unit.id}`, {
      method: 'POST',
      headers: { ...body.headers, cookie, 'x-requested-with': 'zeren' },
      body: body.payload,
    });
    await res.arrayBuffer();
    return res.status;
  };
  const health = async () => {
    const started = performance.now();
    await (await fetch(`${server.address}/api/health`)).arrayBuffer();
    return performance.now() - started;
  };

  const liar = await xlsxBomb(50 * 1024 * 1024, true);
  const refusals: number[] = [];
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    const status = await upload(liar);
    refusals.push(performance.now() - started);
    if (status !== 413) throw new Error(`the lying archive was answered ${status}`);
  }
  console.log(
    `refusing an .xlsx that lies about its sizes (declares 4 KB, inflates to 50 MB): ${summary(refusals)}`,
  );

  const idle: number[] = [];
  for (let i = 0; i < 50; i++) idle.push(await health());
  console.log(`baseline: GET /api/health on the idle server: ${summary(idle)}`);

  const bomb = await xlsxBomb(400 * 1024 * 1024);
  const during: number[] = [];
  let uploading = true;
  const probes = (async () => {
    while (uploading) {
      during.push(await health());
      await new Promise((r) => setTimeout(r, 20));
    }
  })();
  const statuses = await Promise.all([upload(bomb), upload(bomb), upload(bomb)]);
  uploading = false;
  await probes;
  console.log(
    `GET /api/health during three concurrent ${(bomb.length / 1024 / 1024).toFixed(1)} MB zip bombs (answered ${statuses.join(', ')}): ${summary(during)}`,
  );
} finally {
  await server.stop();
  await database.remove();
}
