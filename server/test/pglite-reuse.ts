/**
 * PGlite instances kept between the test files of a worker. Loading a template dump into a new
 * instance costs about a second (48 MB untarred into the in-memory file system, PostgreSQL
 * started, its catalog caches cold); putting a used instance back into the template's state costs
 * a few tens of milliseconds. When a file is done with its database, `release` puts its rows back:
 * every table of the schema truncated and refilled from a copy taken when the instance was loaded
 * (triggers off, as a restore runs), every sequence set back, the session's settings discarded.
 *
 * Only the rows are put back, so an instance whose catalog changed (a test made a role, a table,
 * a trigger, changed a setting of the database) is closed instead of reused: the catalog's
 * fingerprint is taken after each reset and compared before the next.
 */
import type { PGlite } from '@electric-sql/pglite';

const PRISTINE = 'zeren_test_pristine';

interface Kept {
  client: PGlite;
  /** The statements that put the rows back (the same for every instance of a template). */
  reset: string;
  fingerprint: string;
}

const idle = new Map<string, Kept[]>();
/** What each instance in use needs to be reset, by instance. */
const inUse = new WeakMap<PGlite, Omit<Kept, 'client'>>();

/** An instance of `template` in the template's state: one put back earlier, or a new one from `load`. */
export async function takePglite(template: string, load: () => Promise<PGlite>): Promise<PGlite> {
  const kept = idle.get(template)?.pop();
  if (kept) {
    inUse.set(kept.client, kept);
    return kept.client;
  }
  const client = await load();
  const reset = await keepPristine(client);
  inUse.set(client, { reset, fingerprint: await fingerprint(client) });
  return client;
}

/** Ends a file's use of an instance: reset and kept for the next file, or closed. */
export async function releasePglite(template: string, client: PGlite): Promise<void> {
  const state = inUse.get(client);
  // Released already (a second drop), or closed by its test: nothing to keep.
  if (!state || client.closed) return;
  inUse.delete(client);
  if ((await fingerprint(client)) !== state.fingerprint) {
    await client.close();
    return;
  }
  try {
    await client.exec(state.reset);
    // Not in the reset's statements: one exec runs them as one transaction, which this may not be in.
    await client.exec('discard all');
  } catch {
    await client.close().catch(() => {});
    return;
  }
  const kept = { client, reset: state.reset, fingerprint: await fingerprint(client) };
  idle.set(template, (idle.get(template) ?? []).concat(kept));
}

/** Copies every table's rows aside and returns the statements that put them back. */
async function keepPristine(client: PGlite): Promise<string> {
  const tables = (
    await client.query<{ name: string; columns: string[] }>(
      `select c.relname as name,
              array_agg(quote_ident(a.attname) order by a.attnum) as columns
         from pg_class c
         join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
                            and a.attgenerated = ''
        where c.relnamespace = 'public'::regnamespace and c.relkind = 'r'
        group by c.relname order by c.relname`,
    )
  ).rows;
  const sequences = (
    await client.query<{ name: string; value: string; called: boolean }>(
      `select quote_ident(sequencename) as name, coalesce(last_value, start_value)::text as value,
              last_value is not null as called
         from pg_sequences where schemaname = 'public'`,
    )
  ).rows;
  const statements = [`create schema ${PRISTINE}`];
  for (const t of tables)
    statements.push(`create table ${PRISTINE}.${ident(t.name)} as select * from public.${ident(t.name)}`);
  await client.exec(statements.join(';\n'));
  const [{ filled }] = (
    await client.query<{ filled: string[] }>(
      `select array_remove(array[${tables
        .map((t) => `case when exists (select from ${PRISTINE}.${ident(t.name)}) then ${literal(t.name)} end`)
        .join(', ')}], null) as filled`,
    )
  ).rows as [{ filled: string[] }];
  const nonEmpty = new Set(filled);
  return [
    // As pg_restore does: no trigger runs (the audit log's guards, the tallies' counts, the keys).
    'set session_replication_role = replica',
    `truncate ${tables.map((t) => `public.${ident(t.name)}`).join(', ')}`,
    ...tables
      .filter((t) => nonEmpty.has(t.name))
      .map(
        (t) =>
          `insert into public.${ident(t.name)} (${t.columns.join(', ')}) overriding system value ` +
          `select ${t.columns.join(', ')} from ${PRISTINE}.${ident(t.name)}`,
      ),
    ...sequences.map((s) => `select setval('public.${s.name}', ${s.value}, ${s.called})`),
  ].join(';\n');
}

/** The catalog's state: which rows of the catalogs a change of schema, role or setting writes. */
async function fingerprint(client: PGlite): Promise<string> {
  const catalogs = [
    'pg_class',
    'pg_attribute',
    'pg_proc',
    'pg_trigger',
    'pg_constraint',
    'pg_index',
    'pg_type',
    'pg_namespace',
    'pg_authid',
    'pg_auth_members',
    'pg_database',
    'pg_db_role_setting',
    'pg_extension',
    'pg_policy',
  ];
  const [row] = (
    await client.query<{ f: string }>(
      `select concat_ws(',', ${catalogs
        .map((c) => `(select count(*) || ':' || coalesce(max(xmin::text::int8), 0) from ${c})`)
        .join(', ')}) as f`,
    )
  ).rows;
  return row!.f;
}

const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;
const literal = (text: string) => `'${text.replaceAll("'", "''")}'`;
