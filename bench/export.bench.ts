/**
 * The Excel export of a long staff list: EXPORT_ROWS (default 100,000) ledger items (整改台账)
 * inserted through the schema across the demo city's units, then `office` (the whole city)
 * downloads GET /api/rectification-items/export.xlsx from the server in its own process.
 * Printed, never asserted: the seconds to the first byte and to the last, the file's size, the
 * rows read back from it, and the server's peak resident memory (VmHWM from /proc) before and
 * after the export. The target: 100,000 rows in ≤ 15 s and ≤ 400 MB peak, on PostgreSQL.
 * Run: DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run export -w @zeren/bench
 * (without DATABASE_URL: the embedded PGlite, inside the server's process).
 */
import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { openDatabase } from '../server/src/db/client';
import { newId } from '../server/src/db/columns';
import { campaign } from '../server/src/modules/campaign/campaign.table';
import { rectificationItem } from '../server/src/modules/rectification/rectification.table';
import { unit } from '../server/src/platform/org/org.table';
import { benchDatabase, startServer } from './bench-server';

const ROWS = Number(process.env.EXPORT_ROWS ?? 100_000);
const STATUSES = ['pending', 'rectifying', 'completion_claimed', 'signed_off'] as const;
const CONDUCTS = ['inaction', 'slow_action', 'will_not', null] as const;

/** The peak resident set of a process so far (Linux), in MB. */
function peakRssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? Number.NaN);
  return kb / 1024;
}
/** CPU seconds a process has used so far (user + system; Linux clock ticks of 1/100 s). */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

const database = await benchDatabase('export');
try {
  database.run('seed-demo');
  {
    const db = await openDatabase({ url: database.url, dataDir: database.pgliteDir });
    const [{ id: campaignId }] = (await db.db
      .select({ id: campaign.id })
      .from(campaign)
      .where(eq(campaign.status, 'active'))) as [{ id: string }];
    const units = await db.db.select({ id: unit.id }).from(unit);
    const start = performance.now();
    let seed = 11;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let from = 0; from < ROWS; from += 1000) {
      const now = new Date();
      const rows = Array.from({ length: Math.min(1000, ROWS - from) }, (_, k) => ({
        id: newId(),
        campaignId,
        unitId: units[Math.floor(random() * units.length)]!.id,
        source: 'self_inspection' as const,
        problem: `整改问题 ${from + k + 1}：窗口服务推诿扯皮，群众反映办事“门难进、脸难看、事难办”`,
        conduct: CONDUCTS[Math.floor(random() * CONDUCTS.length)]!,
        measures: '建立首问负责制和限时办结制，每月通报办理情况',
        responsiblePerson: '张三（副局长）',
        dueDate: day(Math.floor(random() * 180) - 60),
        status: STATUSES[Math.floor(random() * STATUSES.length)]!,
        createdAt: now,
        updatedAt: now,
      }));
      await db.db.insert(rectificationItem).values(rows);
    }
    await db.db.execute(sql`vacuum analyze`);
    console.log(`${ROWS} ledger items added in ${((performance.now() - start) / 1000).toFixed(1)} s`);
    await db.close();
  }

  const server = await startServer(database);
  try {
    const cookie = await server.cookieOf('office');
    // One small list request first, so the baseline is a server that has served requests.
    await fetch(`${server.address}/api/rectification-items?limit=20`, { headers: { cookie } });
    const before = peakRssMb(server.pid);
    const cpuBefore = cpuSeconds(server.pid);
    const start = performance.now();
    const res = await fetch(`${server.address}/api/rectification-items/export.xlsx`, {
      headers: { cookie, 'accept-language': 'zh-CN' },
    });
    if (!res.ok || !res.body) throw new Error(`export: ${res.status} ${await res.text()}`);
    const firstByte = performance.now() - start;
    const chunks: Buffer[] = [];
    let bytes = 0;
    for await (const chunk of res.body) {
      chunks.push(Buffer.from(chunk));
      bytes += chunk.byteLength;
    }
    const seconds = (performance.now() - start) / 1000;
    const after = peakRssMb(server.pid);
    const cpu = cpuSeconds(server.pid) - cpuBefore;

    // Read the file back, streaming, to count its data rows (after the title and header rows).
    const file = join(tmpdir(), `zeren-export-bench-${process.pid}.xlsx`);
    writeFileSync(file, Buffer.concat(chunks));
    let rows = 0;
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, { worksheets: 'emit' });
    for await (const sheet of reader) {
      for await (const _row of sheet) rows++;
      break;
    }
    unlinkSync(file);

    console.log(`database: ${database.url ? 'PostgreSQL' : 'PGlite (embedded)'}`);
    console.log(
      `list total (X-Export-Rows): ${res.headers.get('x-export-rows')} (exact: ${res.headers.get('x-export-rows-exact')})`,
    );
    console.log(
      `export of ${ROWS} ledger rows: ${seconds.toFixed(1)} s (first byte after ${(firstByte / 1000).toFixed(2)} s), ${(bytes / 1024 / 1024).toFixed(1)} MB`,
    );
    // On a busy machine the wall time says more about the neighbours: the server's own CPU time does not.
    console.log(`server CPU time during the export: ${cpu.toFixed(1)} s`);
    console.log(`rows in the file: ${rows - 2} data rows (${rows} with the title and header)`);
    console.log(
      `server peak RSS: ${before.toFixed(0)} MB before the export, ${after.toFixed(0)} MB after it`,
    );
  } finally {
    await server.stop();
  }
} finally {
  await database.remove();
}
