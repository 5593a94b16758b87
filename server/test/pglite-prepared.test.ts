import { randomUUID } from 'node:crypto';
/**
 * The embedded engine's named statements (db/pglite-prepared.ts): the same answers as PGlite's
 * own `query`, statements kept and bounded, recovery when the engine forgot them, errors and
 * transactions as before. Every other test of the suite on PGlite runs through it too.
 */
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withPreparedStatements } from '../src/db/pglite-prepared';

const onPostgres = Boolean(process.env.DATABASE_URL);
let raw: PGlite;
let pg: PGlite;

beforeAll(async () => {
  raw = new PGlite();
  await raw.exec(`create table probe (id uuid primary key, tags uuid[] not null, body jsonb, at timestamptz,
    day date, n int, ok boolean, note text unique)`);
  pg = await withPreparedStatements(raw);
});
afterAll(async () => {
  await raw?.close();
});

const kept = async () =>
  (
    await raw.query<{ n: number }>(
      `select count(*)::int as n from pg_prepared_statements where name like 'zeren_s%'`,
    )
  ).rows[0]!.n;

describe.skipIf(onPostgres)('PGlite with named statements', () => {
  it("answers as PGlite's own query does, for every kind of parameter", async () => {
    const row = [
      '0190a1b2-0000-7000-8000-000000000001',
      ['0190a1b2-0000-7000-8000-000000000002', '0190a1b2-0000-7000-8000-000000000003'],
      { 问题: '办事拖沓', n: [1, 2] },
      new Date('2026-12-06T08:00:00.123Z'),
      '2026-12-06',
      7,
      true,
      '群众反映，多次办理未果。',
    ];
    await pg.query('insert into probe values ($1, $2, $3, $4, $5, $6, $7, $8)', row);
    await pg.query('insert into probe (id, tags, note) values ($1, $2, $3)', [
      '0190a1b2-0000-7000-8000-000000000009',
      [],
      null,
    ]);
    const text = 'select * from probe where n = $1 or n is null order by id';
    // drizzle's own parsers (timestamps and dates as text) over PGlite's defaults.
    const asText = { 1184: (v: string) => v, 1082: (v: string) => v };
    for (const options of [
      undefined,
      { rowMode: 'array' as const },
      { rowMode: 'array' as const, parsers: asText },
    ]) {
      const mine = await pg.query(text, [7], options);
      const theirs = await raw.query(text, [7], options);
      expect(mine.rows).toEqual(theirs.rows);
      expect(mine.fields).toEqual(theirs.fields);
    }
    const [asStored] = (await pg.query<unknown[]>(text, [7], { rowMode: 'array', parsers: asText })).rows;
    expect(asStored!.slice(3, 6)).toEqual(['2026-12-06 08:00:00.123+00', '2026-12-06', 7]);
    expect((await pg.query<{ body: unknown; tags: string[] }>(text, [7])).rows[0]).toMatchObject({
      body: { 问题: '办事拖沓', n: [1, 2] },
      tags: row[1],
      day: new Date('2026-12-06T00:00:00.000Z'),
    });
  });

  it("reads every kind of answer as PGlite's own query does: writes, no rows, many rows, repeated names, errors", async () => {
    // Each statement through both; a write's second run (PGlite's) takes `again` for its parameters.
    const same = async (
      text: string,
      params: unknown[] = [],
      options?: { rowMode: 'array' },
      again = params,
    ) => {
      const mine = await pg.query(text, params, options);
      const theirs = await raw.query(text, again, options);
      expect(mine).toEqual(theirs);
      return mine;
    };
    const id = (n: number) => `0190a1b2-0000-7000-8000-${String(n).padStart(12, '0')}`;
    const inserted = await same(
      'insert into probe (id, tags, n) values ($1, $2, 5) returning n, tags',
      [id(101), []],
      undefined,
      [id(102), []],
    );
    expect(inserted).toMatchObject({ affectedRows: 1, rows: [{ n: 5, tags: [] }] });
    expect(await same('update probe set n = n + 1 where n = any($1::int[])', [[5, 6]])).toMatchObject({
      affectedRows: 2,
      rows: [],
    });
    expect((await same('delete from probe where n = $1', [99])).affectedRows).toBe(0);
    expect((await same('select * from probe where n = $1', [-1])).fields.length).toBe(8);
    expect((await same('select $1::int as a, 2 as a', [1])).rows).toEqual([{ a: 2 }]);
    const proto = (await same('select $1::int as "__proto__"', [1])).rows[0] as object;
    expect([Object.keys(proto), Object.getPrototypeOf(proto)]).toEqual([['__proto__'], Object.prototype]);
    expect((await same('select $1::int as a, 2 as a', [1], { rowMode: 'array' })).rows).toEqual([[1, 2]]);
    // Three megabytes: the engine writes its answer in pieces of 8 KB, cutting rows in two.
    const many = await same(
      `select i, repeat('问', 300) || i as t, case when i % 3 = 0 then null else i end as maybe
         from generate_series(1, $1::int) i`,
      [3000],
    );
    expect(many.rows).toHaveLength(3000);
    expect(many.rows.at(-1)).toEqual({ i: 3000, t: `${'问'.repeat(300)}3000`, maybe: null });
    // An error: the same DatabaseError, with the same fields.
    const failure = (query: Promise<unknown>) =>
      query.then(
        () => null,
        (e: unknown) => e,
      );
    const insert = 'insert into probe (id, tags, note) values ($1, $2, $3)';
    const mine = await failure(pg.query(insert, [id(101), [], '重复']));
    const theirs = await failure(raw.query(insert, [id(101), [], '重复']));
    expect(mine).toBeInstanceOf(Error);
    for (const key of ['name', 'message', 'severity', 'code', 'detail', 'table', 'constraint'])
      expect((mine as Record<string, unknown>)[key], key).toEqual((theirs as Record<string, unknown>)[key]);
    expect((mine as { code: string }).code).toBe('23505');
    // And the engine goes on answering after it.
    const written = 'select count(*)::int as n from probe where id = any($1::uuid[]) and n = 7';
    expect((await pg.query(written, [[id(101), id(102)]])).rows).toEqual([{ n: 2 }]);
  });

  it('plans its statements as PostgreSQL plans named statements (generic once no dearer)', async () => {
    expect(
      (await pg.query<{ mode: string }>(`select current_setting('plan_cache_mode') as mode`)).rows,
    ).toEqual([{ mode: 'auto' }]);
    // A key lookup run often enough is planned once for all: the engine's own count says so.
    const text = 'select note from probe where id = $1 and n > 0';
    for (let i = 0; i < 8; i++) await pg.query(text, [randomUUID()]);
    const [plans] = (
      await pg.query<{ generic: number }>(
        `select generic_plans::int as generic from pg_prepared_statements where statement = $1`,
        [text],
      )
    ).rows;
    expect(plans?.generic).toBeGreaterThan(0);
  });

  it('keeps one statement a text, and at most 500', async () => {
    const before = await kept();
    for (let i = 0; i < 3; i++) await pg.query('select count(*) from probe where n > $1', [i]);
    expect(await kept()).toBe(before + 1);
    for (let i = 0; i < 520; i++) await pg.query(`select $1::int + ${i} as n`, [i]);
    // The last statement's closes go with the next one.
    await pg.query('select 1 as one', []);
    expect(await kept()).toBe(500);
  });

  it('prepares a statement again when the engine forgot it', async () => {
    const text = 'select note from probe where id = $1';
    const id = '0190a1b2-0000-7000-8000-000000000001';
    expect((await pg.query(text, [id])).rows).toEqual([{ note: '群众反映，多次办理未果。' }]);
    await raw.exec('deallocate all');
    expect(await kept()).toBe(0);
    expect((await pg.query(text, [id])).rows).toEqual([{ note: '群众反映，多次办理未果。' }]);
    expect(await kept()).toBe(1);
  });

  it('carries errors and transactions through drizzle as before', async () => {
    const db = drizzle({ client: pg });
    const failed = await db
      .transaction(async (tx) => {
        await tx.execute(
          sql`insert into probe (id, tags, note) values (${'0190a1b2-0000-7000-8000-00000000000a'}, '{}', ${'另一件'})`,
        );
        await tx.execute(
          sql`insert into probe (id, tags, note) values (${'0190a1b2-0000-7000-8000-00000000000b'}, '{}', ${'群众反映，多次办理未果。'})`,
        );
      })
      .catch((e: { cause?: { code?: string } }) => e);
    expect((failed as { cause?: { code?: string } }).cause?.code).toBe('23505');
    // Rolled back: the first insert of the transaction is gone too.
    expect((await raw.query(`select 1 from probe where note = '另一件'`)).rows).toEqual([]);
  });

  it('never runs inside another caller’s transaction: a query waits for it, then sees its rows', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    let inside!: () => void;
    const started = new Promise<void>((resolve) => {
      inside = resolve;
    });
    const transaction = pg.transaction(async (tx) => {
      await tx.query('insert into probe (id, tags, n) values ($1, $2, $3)', [
        '0190a1b2-0000-7000-8000-00000000000c',
        [],
        42,
      ]);
      inside();
      await gate;
    });
    await started;
    let answered = false;
    const outside = pg
      .query<{ n: number }>('select count(*)::int as n from probe where n = $1', [42])
      .then((r) => {
        answered = true;
        return r.rows[0]!.n;
      });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(answered).toBe(false);
    release();
    await transaction;
    expect(await outside).toBe(1);
  });
});
