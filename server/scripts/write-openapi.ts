// Writes the served API description to a file (default openapi.json), for linting and for clients.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '../src/app';
import { loadConfig } from '../src/config';
import { openDatabase } from '../src/db/client';

const out = process.argv[2] ?? 'openapi.json';
const dataDir = mkdtempSync(join(tmpdir(), 'zeren-openapi-'));
const database = await openDatabase({});
// buildApp reads the audit chain at start, so the tables must exist.
await database.migrate();
const app = await buildApp({
  config: loadConfig({
    ZEREN_DATA_DIR: dataDir,
    ZEREN_SESSION_SECRET: 'openapi-description-only-0123456789',
    ZEREN_FIELD_KEY: 'ab'.repeat(32),
    LOG_LEVEL: 'silent',
  }),
  database,
  logger: false,
  jobs: false,
});
await app.ready();
const spec = (await app.inject({ url: '/api/openapi.json' })).body;
writeFileSync(out, spec);
await app.close();
await database.close();
rmSync(dataDir, { recursive: true, force: true });
console.log(`wrote ${out} (${spec.length} bytes)`);
