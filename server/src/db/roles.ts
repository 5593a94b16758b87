import { sql } from 'drizzle-orm';
import type { Db } from './client';

/** A PostgreSQL role name as Zeren accepts it in configuration (no quoting games). */
const ROLE_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * Gives the application's database role what it needs and no more: it reads and writes the
 * tables, but may only append to the audit log and its checkpoints (no UPDATE, DELETE or
 * TRUNCATE), and — not owning them — cannot disable their triggers. Run as the owner of the
 * schema (the role that runs the migrations) after each migration; idempotent.
 */
export async function grantApplicationRole(ownerDb: Db, role: string): Promise<void> {
  if (!ROLE_NAME.test(role)) throw new Error(`not a plain role name: ${role}`);
  const r = sql.identifier(role);
  await ownerDb.execute(sql`grant usage on schema public to ${r}`);
  await ownerDb.execute(sql`grant select, insert, update, delete on all tables in schema public to ${r}`);
  await ownerDb.execute(sql`grant usage, select on all sequences in schema public to ${r}`);
  await ownerDb.execute(sql`revoke update, delete, truncate on audit_event, audit_checkpoint from ${r}`);
}

/** The role a connection runs as. */
export async function currentRole(db: Db): Promise<string> {
  const result = (await db.execute(sql`select current_user as role`)) as unknown as {
    rows: { role: string }[];
  };
  return result.rows[0]!.role;
}
