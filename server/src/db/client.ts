import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { type ExtractTablesWithRelations, type SQL, sql } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { withPreparedStatements } from './pglite-prepared';

/** No relational schema: every query is built by a repository from its own tables. */
type NoSchema = Record<string, never>;
export type Db = PgDatabase<PgQueryResultHKT, NoSchema>;
export type Tx = PgTransaction<PgQueryResultHKT, NoSchema, ExtractTablesWithRelations<NoSchema>>;
/** Repositories take either, so a use case can compose them inside one transaction. */
export type DbOrTx = Db | Tx;

export type DatabaseKind = 'pglite' | 'postgres';

export interface Database {
  db: Db;
  kind: DatabaseKind;
  migrate(): Promise<void>;
  /**
   * Runs `work` unless it is already running under the same lock key: in this process, or — on
   * PostgreSQL — in another instance (a session advisory lock, tried, never waited for). Returns
   * false when it did not run. Scheduled jobs run through this (platform/jobs.ts).
   */
  exclusive(lockKey: number, work: () => Promise<void>): Promise<boolean>;
  close(): Promise<void>;
}

/** Runs `work` unless this process already runs something under `key`. */
function inProcessExclusive(held: Set<number>) {
  return async (key: number, work: () => Promise<boolean>): Promise<boolean> => {
    if (held.has(key)) return false;
    held.add(key);
    try {
      return await work();
    } finally {
      held.delete(key);
    }
  };
}

export const MIGRATIONS_DIR = join(import.meta.dirname, '../../drizzle');

export interface DatabaseOptions {
  /** postgres:// URL; absent means embedded PGlite. */
  url?: string | undefined;
  /** PGlite data directory; absent (with no url) means in memory. */
  dataDir?: string | undefined;
  /** An already-open PGlite (the test suite loads template dumps into one); takes the place of dataDir. */
  client?: PGlite | undefined;
}

/** Opens the embedded PGlite or a PostgreSQL pool behind the same drizzle interface. */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.url) {
    const pool = new pg.Pool({ connectionString: options.url, max: 10 });
    const readers = new pg.Pool({ connectionString: options.url, max: SNAPSHOT_READERS });
    const local = inProcessExclusive(new Set());
    // An idle client's network error must not crash the process; the next query reports it.
    pool.on('error', () => {});
    readers.on('error', () => {});
    const db = drizzlePg({ client: pool }) as unknown as Db;
    snapshotReaders.set(db, drizzlePg({ client: readers }) as unknown as Db);
    return {
      db,
      kind: 'postgres',
      async migrate() {
        const client = await pool.connect();
        try {
          // One instance migrates at a time; the others wait, then find nothing to do.
          await client.query('select pg_advisory_lock(7301)');
          await migratePg(drizzlePg({ client }), { migrationsFolder: MIGRATIONS_DIR });
        } finally {
          await client.query('select pg_advisory_unlock(7301)').catch(() => {});
          client.release();
        }
      },
      exclusive: (lockKey, work) =>
        local(lockKey, async () => {
          // A session lock on a connection of its own, so that the work's queries (other
          // connections of the pool) are not held inside one long transaction.
          const client = await pool.connect();
          try {
            const result = await client.query<{ locked: boolean }>(
              'select pg_try_advisory_lock($1) as locked',
              [lockKey],
            );
            if (!result.rows[0]?.locked) return false;
            try {
              await work();
              return true;
            } finally {
              await client.query('select pg_advisory_unlock($1)', [lockKey]).catch(() => {});
            }
          } finally {
            client.release();
          }
        }),
      close: async () => {
        await Promise.all([pool.end(), readers.end()]);
      },
    };
  }
  if (options.dataDir && !options.client) mkdirSync(options.dataDir, { recursive: true });
  const client = options.client ?? (options.dataDir ? new PGlite(options.dataDir) : new PGlite());
  await client.waitReady;
  const db = drizzlePglite({ client: await withPreparedStatements(client) }) as unknown as Db;
  const pglite = inProcessExclusive(new Set());
  return {
    db,
    kind: 'pglite',
    migrate: () => migratePglite(drizzlePglite({ client }), { migrationsFolder: MIGRATIONS_DIR }),
    // One process owns an embedded database: excluding runs in this process excludes them all.
    exclusive: (lockKey, work) =>
      pglite(lockKey, async () => {
        await work();
        return true;
      }),
    close: () => client.close(),
  };
}

/** Connections that read in another transaction's snapshot at once (`readInSnapshot`), per database. */
const SNAPSHOT_READERS = 4;
/** A PostgreSQL database's readers: a pool of their own (see `readInSnapshot`). */
const snapshotReaders = new WeakMap<Db, Db>();
/** What `pg_export_snapshot` answers (SET TRANSACTION SNAPSHOT takes no parameter, only a literal). */
const SNAPSHOT_ID = /^[0-9A-F]+-[0-9A-F]+(-[0-9A-F]+)?$/i;

/**
 * Runs read-only works at once, each on a connection of its own, all in the snapshot of `tx`: `tx`
 * exports it (`pg_export_snapshot`) and each work imports it into a REPEATABLE READ, READ ONLY
 * transaction, so each reads exactly what `tx` would read at this point — as if they ran inside
 * it one after another — and together they take about the longest one's time instead of the sum
 * (the dashboard's counts, each a pass over a county's rows). Their connections come from a small
 * pool of their own: `tx` holds one of the main pool's while it waits for them, so waiting on the
 * same pool could starve. Embedded PGlite has one connection: there the works run one after
 * another inside `tx`. Results in the works' order.
 */
export async function readInSnapshot<T>(
  db: Db,
  tx: Tx,
  works: readonly ((db: Db) => Promise<T>)[],
): Promise<T[]> {
  const readers = snapshotReaders.get(db);
  if (!readers || works.length < 2) {
    const results: T[] = [];
    for (const work of works) results.push(await work(tx as unknown as Db));
    return results;
  }
  const [row] = rowsOf<{ id: string }>(await tx.execute(sql`select pg_export_snapshot() as id`));
  const snapshot = row?.id ?? '';
  if (!SNAPSHOT_ID.test(snapshot)) throw new Error(`unexpected snapshot id ${JSON.stringify(snapshot)}`);
  const settled = await Promise.allSettled(
    works.map((work) =>
      readers.transaction(
        async (reader) => {
          await reader.execute(sql.raw(`set transaction snapshot '${snapshot}'`));
          return work(reader as unknown as Db);
        },
        { isolationLevel: 'repeatable read', accessMode: 'read only' },
      ),
    ),
  );
  // Every work has ended (none still reads once `tx` goes on); the first failure is the answer.
  const failed = settled.find((s) => s.status === 'rejected');
  if (failed) throw failed.reason;
  return settled.map((s) => (s as PromiseFulfilledResult<T>).value);
}

/**
 * Runs queries one after another and gives their results in order: a transaction's connection
 * takes one query at a time (node-postgres queues more but deprecates it; pg@9 refuses), so
 * code that may run inside a transaction does not start several queries at once.
 */
export async function inSequence<const T extends readonly (() => PromiseLike<unknown>)[]>(
  tasks: T,
): Promise<{ -readonly [K in keyof T]: Awaited<ReturnType<T[K]>> }> {
  const results: unknown[] = [];
  for (const task of tasks) results.push(await task());
  return results as { -readonly [K in keyof T]: Awaited<ReturnType<T[K]>> };
}

/** The rows of db.execute (node-postgres and PGlite both answer `{ rows }`). */
export function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}

/** What `executePrepared` reaches inside drizzle: the session a database or transaction runs on. */
interface DrizzleInternals {
  _: {
    session: {
      dialect: { sqlToQuery(query: SQL): { sql: string; params: unknown[] } };
      prepareQuery(
        query: { sql: string; params: unknown[] },
        fields: undefined,
        name: string,
        arrayMode: false,
      ): { execute(): Promise<unknown> };
    };
  };
}

/**
 * `db.execute` as a named prepared statement, named by its text: PostgreSQL parses and plans it
 * once per connection instead of on every call (the batch statements of the hot paths: a
 * ballots' batch spent 1 ms of its 7 in parsing and planning its two statements). A statement
 * whose text varies with its input gets one name per text, so keep it to statements whose text
 * depends on their shape only, with every value a parameter. PGlite prepares every text anyway
 * (pglite-prepared.ts).
 */
export function executePrepared(db: DbOrTx, query: SQL): Promise<unknown> {
  const { session } = (db as unknown as DrizzleInternals)._;
  const built = session.dialect.sqlToQuery(query);
  const name = `zeren_${createHash('sha1').update(built.sql).digest('hex').slice(0, 20)}`;
  return session.prepareQuery(built, undefined, name, false).execute();
}
