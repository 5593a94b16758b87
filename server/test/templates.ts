/**
 * Template databases: the integration suite migrates and seeds two databases once per run
 * (global-setup.ts) and every test file starts from a copy — a PGlite data-directory dump loaded
 * into a new in-memory instance, or `CREATE DATABASE … TEMPLATE` on PostgreSQL. Booting PGlite
 * from scratch (initdb) and seeding the demo city (argon2 hashes) cost seconds per file; a copy
 * costs a few hundred milliseconds.
 */
import { createHash, randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { type Config, loadConfig } from '../src/config';
import type { Database } from '../src/db/client';
import { auditKeysOf } from '../src/platform/audit/audit-keys';
import { ensureCalendarSeeded } from '../src/platform/calendar/calendar.service';
import { ManualClock } from '../src/platform/clock';
import { FieldCipher } from '../src/platform/crypto';
import { seedDemo } from '../src/seed/demo';

export const DEMO_PASSWORD = 'Zeren-demo-2026';

/** The audit keys of every test configuration (CLI tests pass them to the child process). */
export const TEST_AUDIT_KEY = 'cd'.repeat(32);
export const TEST_AUDIT_SIGNING_KEY = '3945208f7b2144b13f36e38ac6d39f95889393692860b51a42fb81ef4df7c5b8';

/**
 * The configuration of a test app. ZEREN_DATA_DIR names a directory that is never created: the
 * secrets come from the environment below, and a test that needs a real directory (the CLI's
 * PGlite) makes its own with `temporaryDirectory` and removes it.
 */
export function testConfig(overrides: Record<string, string> = {}): Config {
  return loadConfig({
    ZEREN_DATA_DIR: '/nonexistent/zeren-test-data',
    ZEREN_SESSION_SECRET: 'test-session-secret-0123456789abcdef',
    ZEREN_FIELD_KEY: 'ab'.repeat(32),
    ZEREN_AUDIT_KEY: TEST_AUDIT_KEY,
    ZEREN_AUDIT_SIGNING_KEY: TEST_AUDIT_SIGNING_KEY,
    LOG_LEVEL: 'silent',
    ...overrides,
  });
}

export type TemplateKind = 'migrated' | 'demo';

/** Migrations and the public-holiday calendar: what every database of the suite holds. */
export async function prepareMigrated(database: Database): Promise<void> {
  await database.migrate();
  await ensureCalendarSeeded(database.db);
}

/**
 * The demo city, seeded with the keys, clock and password of testConfig() and createTestApp(),
 * on a database prepareMigrated has prepared.
 */
export async function seedTestDemo(database: Database): Promise<void> {
  const config = testConfig();
  await seedDemo({
    db: database.db,
    clock: new ManualClock(),
    cipher: new FieldCipher(config.fieldKey),
    auditKeys: auditKeysOf(config),
    password: DEMO_PASSWORD,
  });
}

/** Each template is the one before it plus one step: global setup dumps after each. */
export const TEMPLATE_STEPS: [TemplateKind, (database: Database) => Promise<void>][] = [
  ['migrated', prepareMigrated],
  ['demo', seedTestDemo],
];

/** A template built from scratch (when no global setup ran). */
export async function prepareTemplate(database: Database, kind: TemplateKind): Promise<void> {
  for (const [step, prepare] of TEMPLATE_STEPS) {
    await prepare(database);
    if (step === kind) return;
  }
}

/** What global setup hands the test files: where each template is. */
export type Templates =
  | { kind: 'pglite'; files: Record<TemplateKind, string> }
  | { kind: 'postgres'; databases: Record<TemplateKind, string> };

declare module 'vitest' {
  export interface ProvidedContext {
    zerenTemplates: Templates;
    /** The run's directory for child processes' temp files (global-setup.ts). */
    zerenChildTemp: string;
  }
}

export function databaseUrl(baseUrl: string, name: string): string {
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** A name no other run on the same server uses. */
export function uniqueDatabaseName(prefix: string): string {
  return `${prefix}_${randomBytes(6).toString('hex')}`;
}

/**
 * The PGlite templates of the last run, kept in node_modules/.cache (as other tools keep theirs)
 * under a hash of everything that shapes them: the server's and the contracts' sources, the
 * migrations, the lockfile (PGlite's version). A run on unchanged sources loads them instead of
 * migrating and seeding again (about 9 s, before any test file can start); any change builds
 * them anew and replaces the entry. Only the latest entry is kept. `root`: the repository's.
 */
export function templateCache(root: string): {
  files: Record<TemplateKind, string> | undefined;
  keep(files: Record<TemplateKind, string>): void;
} {
  const hash = createHash('sha256');
  const walk = (path: string) => {
    for (const entry of readdirSync(path, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      const full = join(path, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (!/\.test\.ts$/.test(entry.name))
        hash.update(`${relative(root, full)}\0`).update(readFileSync(full));
    }
  };
  for (const part of ['server/src', 'server/drizzle', 'contracts/src']) walk(join(root, part));
  for (const file of ['server/test/templates.ts', 'package-lock.json'])
    hash.update(readFileSync(join(root, file)));
  const cache = join(root, 'node_modules/.cache/zeren-test-templates');
  const entry = join(cache, hash.digest('hex').slice(0, 24));
  const kinds = TEMPLATE_STEPS.map(([kind]) => kind);
  const paths = Object.fromEntries(kinds.map((kind) => [kind, join(entry, `${kind}.tar`)])) as Record<
    TemplateKind,
    string
  >;
  return {
    files: kinds.every((kind) => existsSync(paths[kind])) ? paths : undefined,
    keep(files) {
      // Written aside and renamed into place: a run started meanwhile sees a whole entry or none.
      const aside = `${cache}-${process.pid}`;
      try {
        mkdirSync(join(aside, basename(entry)), { recursive: true });
        for (const kind of kinds) copyFileSync(files[kind], join(aside, basename(entry), `${kind}.tar`));
        rmSync(cache, { recursive: true, force: true });
        renameSync(aside, cache);
      } catch {
        // A cache is an optimisation: the next run builds them again.
        rmSync(aside, { recursive: true, force: true });
      }
    },
  };
}
