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
import { databaseUrl, TEMPLATE_STEPS, type TemplateKind, uniqueDatabaseName } from './templates';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const baseUrl = process.env.DATABASE_URL;
  if (baseUrl) {
    const databases = {} as Record<TemplateKind, string>;
    const dropAll = async () => {
      const a = new pg.Client({ connectionString: baseUrl });
      await a.connect();
      for (const name of Object.values(databases))
        await a.query(`drop database if exists ${name} with (force)`);
      await a.end();
    };
    const admin = new pg.Client({ connectionString: baseUrl });
    await admin.connect();
    try {
      let previous: string | undefined;
      for (const [kind, prepare] of TEMPLATE_STEPS) {
        const name = uniqueDatabaseName(`zeren_template_${kind}`);
        await admin.query(
          previous ? `create database ${name} template ${previous}` : `create database ${name}`,
        );
        databases[kind] = name;
        previous = name;
        const database = await openDatabase({ url: databaseUrl(baseUrl, name) });
        try {
          await prepare(database);
        } finally {
          // A template with an open connection cannot be copied.
          await database.close();
        }
      }
    } catch (error) {
      await dropAll();
      throw error;
    } finally {
      await admin.end();
    }
    project.provide('zerenTemplates', { kind: 'postgres', databases });
    return dropAll;
  }
  const dir = mkdtempSync(join(tmpdir(), 'zeren-templates-'));
  try {
    const files = {} as Record<TemplateKind, string>;
    const client = new PGlite();
    const database = await openDatabase({ client });
    try {
      for (const [kind, prepare] of TEMPLATE_STEPS) {
        await prepare(database);
        const dump = await client.dumpDataDir('none');
        files[kind] = join(dir, `${kind}.tar`);
        writeFileSync(files[kind], new Uint8Array(await dump.arrayBuffer()));
      }
    } finally {
      await database.close();
    }
    project.provide('zerenTemplates', { kind: 'pglite', files });
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return async () => rmSync(dir, { recursive: true, force: true });
}
