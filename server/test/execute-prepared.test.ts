/**
 * `executePrepared` (db/client.ts): a statement run as a named prepared statement, named by its
 * text — on PostgreSQL, where `db.execute` sends unnamed ones, the connection keeps it under that
 * name; on PGlite the engine's wrapper keeps every text anyway. Same answers as `db.execute`.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { executePrepared, rowsOf } from '../src/db/client';
import { createTestApp, type TestApp } from './harness';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const PROBE = 'select $1::int + 1 as next, $2::text as word';

describe('executePrepared', () => {
  it('answers as db.execute does, and the connection keeps the statement by name', async () => {
    await t.database.db.transaction(async (tx) => {
      const query = sql`select ${41}::int + 1 as next, ${'回执'}::text as word`;
      expect(rowsOf(await executePrepared(tx, query))).toEqual(rowsOf(await tx.execute(query)));
      expect(
        rowsOf(await executePrepared(tx, sql`select ${1}::int + 1 as next, ${'再次'}::text as word`)),
      ).toEqual([{ next: 2, word: '再次' }]);
      const kept = rowsOf<{ name: string }>(
        await tx.execute(sql`select name from pg_prepared_statements where statement = ${PROBE}`),
      );
      expect(kept).toHaveLength(1);
      if (t.database.kind === 'postgres') expect(kept[0]!.name).toMatch(/^zeren_[0-9a-f]{20}$/);
    });
  });
});
