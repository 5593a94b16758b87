/**
 * The suite's reuse of PGlite instances between files (pglite-reuse.ts) must hand every file the
 * template's exact state: every row, every sequence, no trigger's trace of the reset. On
 * PostgreSQL each file gets its own database (`CREATE DATABASE … TEMPLATE`) and nothing is reused.
 */
import type { PGlite } from '@electric-sql/pglite';
import { describe, expect, it } from 'vitest';
import { engineOf } from '../src/db/pglite-prepared';
import { freshDatabase } from './harness';

/** Every public table's rows, as text, and every public sequence's position. */
async function contents(client: PGlite): Promise<Record<string, string>> {
  const tables = (
    await client.query<{ name: string }>(
      `select relname as name from pg_class where relnamespace = 'public'::regnamespace and relkind = 'r' order by 1`,
    )
  ).rows.map((r) => r.name);
  // One statement for all tables: a query per table costs more than the reading.
  const [row] = (
    await client.query<Record<string, string>>(
      `select ${tables
        .map(
          (name, i) =>
            `(select coalesce(string_agg(t::text, E'\\n' order by t::text), '') from public."${name}" t) as t${i}`,
        )
        .join(', ')}`,
    )
  ).rows;
  const out: Record<string, string> = {};
  tables.forEach((name, i) => {
    out[name] = row![`t${i}`]!;
  });
  for (const s of (
    await client.query<{ name: string; value: string | null }>(
      `select sequencename as name, last_value::text as value from pg_sequences where schemaname = 'public'`,
    )
  ).rows)
    out[`sequence ${s.name}`] = String(s.value);
  return out;
}

const clientOf = (database: { db: unknown }) =>
  engineOf((database.db as unknown as { $client: PGlite }).$client);

describe.skipIf(Boolean(process.env.DATABASE_URL))('a PGlite instance kept between test files', () => {
  it('comes back with the template’s rows and sequences after a file changed them', async () => {
    const first = await freshDatabase('demo');
    const client = clientOf(first.database);
    const before = await contents(client);
    expect(Number(before.unit?.split('\n').length)).toBeGreaterThan(5);
    // What a file does: rows added, changed and removed, a sequence moved, audit and tally
    // triggers fired, a session setting changed.
    await client.exec(`update unit set name = name || '（改）'`);
    await client.exec(`delete from role_assignment where role = 'leader'`);
    await client.exec(`update lead set summary = summary || '。'`); // the tallies' triggers write rows
    const [sequence] = (
      await client.query<{ name: string }>(
        `select sequencename as name from pg_sequences where schemaname = 'public' limit 1`,
      )
    ).rows;
    if (sequence) await client.query(`select nextval('public.${sequence.name}')`);
    await client.exec(`set statement_timeout = '1s'`);
    expect(await contents(client)).not.toEqual(before);
    await first.drop();

    const second = await freshDatabase('demo');
    const again = clientOf(second.database);
    expect(again).toBe(client); // the same instance, reused
    expect(await contents(again)).toEqual(before);
    expect(
      (await again.query<{ s: string }>("select current_setting('statement_timeout') as s")).rows[0]!.s,
    ).toBe('0');
    await second.drop();
  });

  it('is closed, not reused, once a file changed the schema', async () => {
    const first = await freshDatabase('demo');
    const client = clientOf(first.database);
    await client.exec('create table left_behind (id int)');
    await first.drop();
    expect(client.closed).toBe(true);
    const second = await freshDatabase('demo');
    const other = clientOf(second.database);
    expect(other).not.toBe(client);
    expect((await other.query(`select from pg_class where relname = 'left_behind'`)).rows).toEqual([]);
    await second.drop();
  });
});
