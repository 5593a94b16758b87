/**
 * npm run bench:seed -- --scale tiny|city|province [--seed N] [--db NAME] [--dir DIR]
 *
 * A fresh database — PostgreSQL (a database NAME, default zeren_bench_<scale>, dropped and
 * created again on the server of DATABASE_URL) or else PGlite (in DIR/pglite) — migrated, with
 * the demo city loaded (campaign, calendar, roles, accounts) and then filled by generate.ts.
 * DIR (default bench/.data/zeren_bench_<scale>, with -pg for PostgreSQL) also holds the keys the server must be started
 * with: the command to serve the result is printed at the end.
 */
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { loadConfig } from '../../server/src/config';
import { openDatabase } from '../../server/src/db/client';
import { auditKeysOf } from '../../server/src/platform/audit/audit-keys';
import { ensureCalendarSeeded } from '../../server/src/platform/calendar/calendar.service';
import { FieldCipher } from '../../server/src/platform/crypto';
import { SCALES, seedBenchData, tableCounts, seconds as tableSeconds } from './generate';

const TABLES = [
  'unit',
  'person',
  'user_account',
  'campaign',
  'campaign_domain',
  'lead',
  'public_report',
  'accountability_case',
  'determination',
  'supervision_item',
  'rectification_item',
  'evaluation_round',
  'evaluation_target',
  'ballot',
  'key_task',
  'key_task_person',
  'suggestion',
  'monthly_report',
];

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: 'city' },
    seed: { type: 'string', default: '1' },
    db: { type: 'string' },
    dir: { type: 'string' },
  },
});
const scaleName = values.scale as keyof typeof SCALES;
const scale = SCALES[scaleName];
const seed = Number(values.seed);
if (!scale || !Number.isInteger(seed)) {
  console.error('usage: npm run bench:seed -- --scale tiny|city|province [--seed N] [--db NAME] [--dir DIR]');
  process.exit(2);
}
const name = values.db ?? `zeren_bench_${scaleName}`;
if (!/^[a-z_][a-z0-9_]*$/.test(name)) {
  console.error('--db: a lower-case identifier (letters, digits, _)');
  process.exit(2);
}
// Apart for the two kinds, so seeding PGlite never removes the keys a PostgreSQL database was seeded with.
const dir = resolve(
  values.dir ?? join(import.meta.dirname, '../.data', process.env.DATABASE_URL ? `${name}-pg` : name),
);
const started = performance.now();

// A fresh place: the generator never adds to a database that holds anything.
const baseUrl = process.env.DATABASE_URL;
let url: string | undefined;
if (baseUrl) {
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.query(`create database ${name}`);
  await admin.end();
  const u = new URL(baseUrl);
  u.pathname = `/${name}`;
  url = u.toString();
}
rmSync(dir, { recursive: true, force: true });
process.env.ZEREN_DATA_DIR = dir;
delete process.env.DATABASE_URL;
const config = loadConfig();
const database = await openDatabase({ url, dataDir: join(dir, 'pglite') });
await database.migrate();
await ensureCalendarSeeded(database.db);

const generated = await seedBenchData(database.db, seed, scale, {
  cipher: new FieldCipher(config.fieldKey),
  auditKeys: auditKeysOf(config),
  password: config.demoPassword,
});
const all = await tableCounts(database.db, TABLES);
await database.close();
const seconds = (performance.now() - started) / 1000;

console.log(
  `\nzeren bench seed: scale ${scaleName}, seed ${seed}, ${url ? `PostgreSQL ${name}` : `PGlite ${dir}/pglite`}`,
);
console.table(
  TABLES.map((t) => ({
    table: t,
    generated: generated[t] ?? 0,
    rows: all[t],
    seconds: tableSeconds[t] === undefined ? '' : tableSeconds[t].toFixed(1),
  })),
);
console.log(`time: ${seconds.toFixed(1)} s`);
console.log(`\nSign in with (password ${config.demoPassword}):`);
console.log('  office         city campaign office (campaign_admin, all)');
console.log('  county.office  城关区 office (campaign_admin, unit_tree)');
console.log('  supervisor     discipline commission (supervisor, all)');
console.log('  leader         the city leader (leader, all)');
console.log('\nServe it with:');
console.log(
  `  ZEREN_DATA_DIR=${dir}${url ? ` DATABASE_URL=${url}` : ''} ZEREN_DEMO=false npm run zeren -- serve`,
);
