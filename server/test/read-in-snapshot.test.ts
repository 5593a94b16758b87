/**
 * `readInSnapshot` (db/client.ts): read-only works that read what the transaction reads — on
 * PostgreSQL at once, each on a connection of its own in the transaction's exported snapshot; on
 * PGlite one after another inside the transaction. The dashboard counts its sources this way.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, readInSnapshot, rowsOf } from '../src/db/client';
import { freshDatabase } from './harness';

const onPostgres = Boolean(process.env.DATABASE_URL);
let database: Database;
let drop: () => Promise<void>;

// Years far past any calendar, in a table without triggers: rows no other test counts.
const insertYear = (db: Database['db'], year: number) =>
  db.execute(sql`insert into calendar_year (year, source) values (${year}, 'admin')`);

beforeAll(async () => {
  ({ database, drop } = await freshDatabase());
  await insertYear(database.db, 2101);
  await insertYear(database.db, 2102);
});
afterAll(async () => {
  await drop();
});

const count = async (db: Database['db']) =>
  rowsOf<{ n: number }>(
    await db.execute(sql`select count(*)::int as n from calendar_year where year > 2100`),
  )[0]!.n;
const backend = async (db: Database['db']) =>
  rowsOf<{ pid: number }>(await db.execute(sql`select pg_backend_pid() as pid`))[0]!.pid;

describe('readInSnapshot', () => {
  it('answers each work in order, and each reads what the transaction reads at that point', async () => {
    const seen = await database.db.transaction(async (tx) => {
      await tx.execute(sql`select 1`);
      return readInSnapshot<readonly [string, number]>(database.db, tx, [
        async (db) => ['first', await count(db)] as const,
        // A row committed by another connection while the works run is not theirs to see.
        async (db) => {
          if (onPostgres) await insertYear(database.db, 2103);
          return ['second', await count(db)] as const;
        },
        async (db) => ['third', await count(db)] as const,
      ]);
    });
    expect(seen).toEqual([
      ['first', 2],
      ['second', 2],
      ['third', 2],
    ]);
    // The row did commit (on PostgreSQL): it is the snapshot that kept it out.
    expect(await count(database.db)).toBe(onPostgres ? 3 : 2);
  });

  it.skipIf(!onPostgres)(
    'on PostgreSQL runs the works at once, on connections other than the transaction’s',
    async () => {
      let inFlight = 0;
      let most = 0;
      const { own, pids } = await database.db.transaction(async (tx) => {
        const own = await backend(tx as unknown as Database['db']);
        const pids = await readInSnapshot(
          database.db,
          tx,
          Array.from({ length: 3 }, () => async (db: Database['db']) => {
            inFlight++;
            most = Math.max(most, inFlight);
            const pid = await backend(db);
            await db.execute(sql`select pg_sleep(0.05)`);
            inFlight--;
            return pid;
          }),
        );
        return { own, pids };
      });
      expect(new Set(pids).size).toBe(3);
      expect(pids).not.toContain(own);
      expect(most).toBe(3);
    },
  );

  it.skipIf(!onPostgres)(
    'on PostgreSQL reads only: a work that writes is refused, and its failure is the answer',
    async () => {
      const attempt = database.db.transaction((tx) =>
        readInSnapshot(database.db, tx, [async (db) => count(db), async (db) => insertYear(db, 2104)]),
      );
      const error = (await attempt.catch((e: unknown) => e)) as { cause?: { code?: string } };
      expect(error.cause?.code).toBe('25006'); // read_only_sql_transaction
      expect(rowsOf(await database.db.execute(sql`select 1 from calendar_year where year = 2104`))).toEqual(
        [],
      );
    },
  );
});
