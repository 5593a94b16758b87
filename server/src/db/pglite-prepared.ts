import {
  type PGlite,
  parse,
  protocol,
  type QueryOptions,
  type Results,
  type Transaction,
} from '@electric-sql/pglite';
import { answerCollector, concat, type Parsers, readAnswer } from './pglite-answer';

/**
 * PGlite with named prepared statements, for drizzle. PGlite's `query` sends parse, describe,
 * bind, describe, execute and sync as six calls into the engine, and parses and analyses the
 * statement every time; a server's statements are a few hundred texts run over and over (the
 * session's lookup on every request). Here each text is parsed and described once, under a name,
 * and then runs as one call (bind, describe, execute, sync) — about two thirds of the time of a
 * `query` on this machine (0.32 against 0.46 ms for a two-table join by key). Parameter
 * serialisation is PGlite's own (the serialisers by the parameters' types the statement
 * declared); the answer is read from its bytes as PGlite reads it, only cheaper
 * (`pglite-answer.ts`): the same parsers, the same result, the same DatabaseError.
 *
 * A connection keeps at most KEPT statements, closing the least recently used. A statement the
 * engine no longer knows (DISCARD ALL, DEALLOCATE) or whose result type changed under it (a
 * migration) is prepared again once, outside a transaction; inside one the error stands, as the
 * transaction is aborted anyway.
 */
const KEPT = 500;
const { serialize } = protocol;

/** Names are unique in the process: two wrappers of one engine never take each other's. */
let named = 0;

interface Prepared {
  name: string;
  /** The parameters' types, as the engine described them: they choose each value's serialiser. */
  types: number[];
}

/** PGlite's locks and codecs, which its own `query` uses (not in its typings). */
interface Internals {
  _runExclusiveQuery<T>(work: () => Promise<T>): Promise<T>;
  _runExclusiveTransaction<T>(work: () => Promise<T>): Promise<T>;
  serializers: Record<number, (value: unknown) => string>;
  parsers: Parsers;
}

/** The engine no longer has the statement, or its plan's result changed: prepare it again. */
const STALE = new Set(['26000', '0A000']);

/** The engine behind each wrapper (`engineOf`). */
const engines = new WeakMap<PGlite, PGlite>();

/** The PGlite instance a wrapper stands for (the wrapper is a new object per database opened). */
export function engineOf(client: PGlite): PGlite {
  return engines.get(client) ?? client;
}

/**
 * A client for drizzle-orm/pglite: `pg` itself, its `query` and its transactions' on named
 * statements, planned as PostgreSQL plans any named statement (`plan_cache_mode = auto`, its
 * default): for its parameters the first five runs, then once for all when that generic plan is
 * estimated no dearer than theirs. Planning is most of a small statement's time in the engine
 * (0.93 of 1.3 ms for the caller's lookup that every request runs); planning every run
 * (`force_custom_plan`) cost the permission matrix's first part 35 s instead of 25 s. The answers
 * do not depend on the plan: every list Zeren returns is ordered (`paging.ts`), which the suite
 * holds on both engines.
 */
export async function withPreparedStatements(pg: PGlite): Promise<PGlite> {
  await pg.exec('set plan_cache_mode = auto');
  const internals = pg as unknown as Internals;
  const kept = new Map<string, Prepared>();
  const closing: string[] = [];

  async function prepare(text: string, options: QueryOptions | undefined): Promise<Prepared> {
    const name = `zeren_s${++named}`;
    const closes = closing.splice(0).map((n) => serialize.close({ type: 'S', name: n }));
    const { messages } = await pg.execProtocol(
      concat([
        ...closes,
        serialize.parse({ name, text, types: options?.paramTypes ?? [] }),
        serialize.describe({ type: 'S', name }),
        serialize.sync(),
      ]),
      { syncToFs: false },
    );
    const prepared = { name, types: parse.parseDescribeStatementResults(messages) };
    kept.set(text, prepared);
    if (kept.size > KEPT) {
      const [oldest] = kept.keys();
      closing.push(kept.get(oldest!)!.name);
      kept.delete(oldest!);
    }
    return prepared;
  }

  async function execute<T>(
    text: string,
    params: unknown[],
    options: QueryOptions | undefined,
    inTransaction: boolean,
  ): Promise<Results<T>> {
    let prepared = kept.get(text);
    if (prepared) {
      // Most recently used last: the first key is the one to close.
      kept.delete(text);
      kept.set(text, prepared);
    } else prepared = await prepare(text, options);
    const values = params.map((value, i) => {
      if (value === null || value === undefined) return null;
      const type = prepared.types[i]!;
      const serializer = options?.serializers?.[type] ?? internals.serializers[type];
      return serializer ? serializer(value) : String(value);
    });
    try {
      const answer = answerCollector();
      await pg.execProtocolRawStream(
        concat([
          ...closing.splice(0).map((name) => serialize.close({ type: 'S', name })),
          serialize.bind({ statement: prepared.name, values: values as string[] }),
          serialize.describe({ type: 'P' }),
          serialize.execute({}),
          serialize.sync(),
        ]),
        { syncToFs: false, onRawData: answer.onRawData },
      );
      // PGlite merges a query's parsers into a copy of its 318 defaults for every result; drizzle
      // passes nine with every query, so the copy cost more than the statement. Layered instead.
      const parsers = options?.parsers
        ? Object.assign(Object.create(internals.parsers), options.parsers)
        : internals.parsers;
      return readAnswer<T>(answer.bytes(), parsers, options);
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (!code || !STALE.has(code) || kept.get(text) !== prepared) throw error;
      kept.delete(text);
      if (inTransaction) throw error;
      return execute(text, params, options, false);
    }
  }

  const query =
    (inTransaction: boolean) =>
    <T>(text: string, params: unknown[] = [], options?: QueryOptions): Promise<Results<T>> => {
      // A COPY to or from a blob needs PGlite's own handling of it.
      if (options?.blob) return pg.query<T>(text, params, options);
      const run = () => internals._runExclusiveQuery(() => execute<T>(text, params, options, inTransaction));
      if (inTransaction) return run();
      // As PGlite's `query`: never inside another caller's transaction, and synced to the files after.
      return pg.waitReady.then(() =>
        internals._runExclusiveTransaction(async () => {
          const result = await run();
          await pg.syncToFs();
          return result;
        }),
      );
    };

  const inTransaction = (tx: Transaction): Transaction =>
    new Proxy(tx, { get: (target, key) => (key === 'query' ? query(true) : Reflect.get(target, key)) });

  const wrapper = new Proxy(pg, {
    get(target, key) {
      if (key === 'query') return query(false);
      if (key === 'transaction')
        return <T>(work: (tx: Transaction) => Promise<T>) =>
          target.transaction((tx) => work(inTransaction(tx)));
      const value = Reflect.get(target, key);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  engines.set(wrapper, pg);
  return wrapper;
}
