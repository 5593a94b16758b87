/**
 * What every benchmark stands on: a fresh database (a temporary data directory for the embedded
 * PGlite, or a new database on the PostgreSQL server of DATABASE_URL), Zeren's CLI run against
 * it, the server in its own process on a free port, and sign-in as a demo account.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { loadConfig } from '../server/src/config';
import type { Database } from '../server/src/db/client';
import { auditKeysOf } from '../server/src/platform/audit/audit-keys';
import { systemClock } from '../server/src/platform/clock';
import type { ServiceContext } from '../server/src/platform/context';
import { FieldCipher } from '../server/src/platform/crypto';

const root = join(import.meta.dirname, '..');
const cli = join(root, 'server/bin/zeren.mjs');

export interface BenchDatabase {
  /** The data directory (secrets, and the PGlite files when there is no URL). */
  dataDir: string;
  /** The PostgreSQL database made for this run, or undefined for PGlite. */
  url: string | undefined;
  /** Where the CLI keeps the embedded database. */
  pgliteDir: string;
  /** The environment the CLI and the server run with. */
  env: NodeJS.ProcessEnv;
  /** Runs a CLI command (`seed-demo`, `migrate`) to completion. */
  run(command: string): void;
  /** Drops the database and removes the data directory. */
  remove(): Promise<void>;
}

export async function benchDatabase(label: string): Promise<BenchDatabase> {
  const dataDir = mkdtempSync(join(tmpdir(), `zeren-${label}-`));
  const baseUrl = process.env.DATABASE_URL;
  let url: string | undefined;
  const name = `zeren_${label}_${process.pid}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: baseUrl });
    await client.connect();
    await client.query(sql);
    await client.end();
  };
  if (baseUrl) {
    await admin(`create database ${name}`);
    const u = new URL(baseUrl);
    u.pathname = `/${name}`;
    url = u.toString();
  }
  const env = {
    ...process.env,
    HOST: '127.0.0.1',
    ZEREN_DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    ...(url ? { DATABASE_URL: url } : {}),
  };
  return {
    dataDir,
    url,
    pgliteDir: join(dataDir, 'pglite'),
    env,
    run(command) {
      const done = spawnSync(process.execPath, [cli, command], {
        env,
        stdio: ['ignore', 'ignore', 'inherit'],
      });
      if (done.status !== 0) throw new Error(`zeren ${command} failed`);
    },
    async remove() {
      // BENCH_KEEP=1: keep the database (and data directory) to look at the plans afterwards.
      if (process.env.BENCH_KEEP === '1') {
        console.log(`kept: ${url ?? dataDir} (ZEREN_DATA_DIR=${dataDir})`);
        return;
      }
      if (url) await admin(`drop database if exists ${name} with (force)`);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface BenchServer {
  address: string;
  /** The server's process id (its memory is read from /proc). */
  pid: number;
  /** Signs in a demo account; the `cookie` header value. */
  cookieOf(username: string): Promise<string>;
  stop(): Promise<void>;
}

/** `zeren serve` in its own process; resolves once /api/health answers. */
export async function startServer(
  database: BenchDatabase,
  env: NodeJS.ProcessEnv = {},
): Promise<BenchServer> {
  const port = await freePort();
  // BENCH_PROFILE_DIR=dir: the server writes a V8 CPU profile there when it stops (open it in Chrome's DevTools).
  const profile = process.env.BENCH_PROFILE_DIR
    ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE_DIR}`]
    : [];
  const server: ChildProcess = spawn(process.execPath, [...profile, cli, 'serve'], {
    env: { ...database.env, ...env, PORT: String(port) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const address = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${address}/api/health`)).ok) break;
    } catch {}
    if (i > 600) throw new Error('the server did not start');
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    address,
    pid: server.pid!,
    async cookieOf(username) {
      const res = await fetch(`${address}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-requested-with': 'zeren' },
        body: JSON.stringify({ username, password: process.env.ZEREN_DEMO_PASSWORD ?? 'Zeren-demo-2026' }),
      });
      if (!res.ok) throw new Error(`sign-in of ${username}: ${res.status}`);
      return res.headers.get('set-cookie')!.split(';')[0]!;
    },
    async stop() {
      server.kill('SIGTERM');
      await new Promise((r) => server.once('exit', r));
    },
  };
}

/** What the server's scheduled jobs run with (its keys, the system clock, no actor), to run one in the bench's process. */
export function jobContext(database: BenchDatabase, db: Database): ServiceContext {
  const config = loadConfig(database.env);
  return {
    actor: null,
    grant: null,
    db: db.db,
    clock: systemClock,
    cipher: new FieldCipher(config.fieldKey),
    auditKeys: auditKeysOf(config),
    locale: 'zh-CN',
    ip: null,
  };
}
