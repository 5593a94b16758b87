/**
 * Once per run of the integration suite: builds the template databases every test file copies
 * (templates.ts) and a directory for the run's child processes (the `zeren` CLI: its TypeScript
 * loader caches what it compiled there, so only the run's first CLI process compiles the server),
 * and removes them when the run ends, so the run leaves nothing behind — no directory in the temp
 * folder, no database on the PostgreSQL server.
 */
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../src/db/client';
import {
  databaseUrl,
  TEMPLATE_STEPS,
  type TemplateKind,
  templateCache,
  uniqueDatabaseName,
} from './templates';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const run = mkdtempSync(join(tmpdir(), 'zeren-run-'));
  project.provide('zerenChildTemp', run);
  const removeRun = () => rmSync(run, { recursive: true, force: true });
  try {
    const dropTemplates = await templates(project, run);
    return async () => {
      try {
        await dropTemplates();
      } finally {
        removeRun();
      }
    };
  } catch (error) {
    removeRun();
    throw error;
  }
}

/** Builds the templates (PGlite dumps in `dir`) and returns what removes them. */
async function templates(project: TestProject, dir: string): Promise<() => Promise<void>> {
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
  const cached = templateCache(join(import.meta.dirname, '../..'));
  if (cached.files) {
    // Copied into the run's directory: a run that replaces the cache meanwhile cannot pull them away.
    const files = {} as Record<TemplateKind, string>;
    for (const [kind] of TEMPLATE_STEPS) {
      files[kind] = join(dir, `${kind}.tar`);
      copyFileSync(cached.files[kind], files[kind]);
    }
    project.provide('zerenTemplates', { kind: 'pglite', files });
    return async () => {};
  }
  const client = new PGlite();
  const database = await openDatabase({ client });
  try {
    const files = {} as Record<TemplateKind, string>;
    for (const [kind, prepare] of TEMPLATE_STEPS) {
      await prepare(database);
      const dump = await client.dumpDataDir('none');
      files[kind] = join(dir, `${kind}.tar`);
      writeFileSync(files[kind], new Uint8Array(await dump.arrayBuffer()));
    }
    project.provide('zerenTemplates', { kind: 'pglite', files });
    cached.keep(files);
  } finally {
    await database.close();
  }
  // The dumps are in the run's directory, removed with it (a copy stays in the cache).
  return async () => {};
}
