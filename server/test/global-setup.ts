/**
 * Once per run of the integration suite: builds the template databases every test file copies
 * (templates.ts), and removes them when the run ends, so the run leaves nothing behind — no
 * directory in the temp folder, no database on the PostgreSQL server.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../src/db/client';
import { databaseUrl, PREPARE, type TemplateKind, uniqueDatabaseName } from './templates';

const KINDS = Object.keys(PREPARE) as TemplateKind[];

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const baseUrl = process.env.DATABASE_URL;
  if (baseUrl) {
    const databases = {} as Record<TemplateKind, string>;
    const admin = new pg.Client({ connectionString: baseUrl });
    await admin.connect();
    try {
      for (const kind of KINDS) {
        const name = uniqueDatabaseName(`zeren_template_${kind}`);
        await admin.query(`create database ${name}`);
        databases[kind] = name;
        const database = await openDatabase({ url: databaseUrl(baseUrl, name) });
        try {
          await PREPARE[kind](database);
        } finally {
          // A template with an open connection cannot be copied.
          await database.close();
        }
      }
    } finally {
      await admin.end();
    }
    project.provide('zerenTemplates', { kind: 'postgres', databases });
    return async () => {
      const a = new pg.Client({ connectionString: baseUrl });
      await a.connect();
      for (const name of Object.values(databases))
        await a.query(`drop database if exists ${name} with (force)`);
      await a.end();
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'zeren-templates-'));
  try {
    const files = {} as Record<TemplateKind, string>;
    for (const kind of KINDS) {
      const client = new PGlite();
      const database = await openDatabase({ client });
      await PREPARE[kind](database);
      const dump = await client.dumpDataDir('none');
      await database.close();
      files[kind] = join(dir, `${kind}.tar`);
      writeFileSync(files[kind], new Uint8Array(await dump.arrayBuffer()));
    }
    project.provide('zerenTemplates', { kind: 'pglite', files });
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return async () => rmSync(dir, { recursive: true, force: true });
}
