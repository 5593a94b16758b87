import type { Locale } from '@zeren/contracts';
import type { Db, Tx } from '../db/client';
import type { Actor } from './actor';
import { type AuditInput, appendAuditEvent } from './audit/audit.service';
import type { Clock } from './clock';
import type { FieldCipher } from './crypto';

/** What every use case receives: who is calling, the database, time, and the cipher. */
export interface ServiceContext {
  actor: Actor | null;
  db: Db;
  clock: Clock;
  cipher: FieldCipher;
  locale: Locale;
  ip: string | null;
}

/** The same, inside one transaction, with `audit` bound to it. */
export interface TxContext extends ServiceContext {
  tx: Tx;
  audit(input: AuditInput): Promise<string>;
}

/**
 * Runs a change and its audit events in one transaction: both commit or neither.
 * Every write in a service goes through here.
 */
export function inTransaction<T>(
  ctx: ServiceContext,
  work: (tx: TxContext) => Promise<T>,
  /** Who the events name when there is no signed-in actor yet (sign-in itself). */
  actingAs?: { userId: string; name: string },
): Promise<T> {
  return ctx.db.transaction(async (tx) => {
    const at = ctx.clock.now();
    const auditActor = {
      userId: ctx.actor?.userId ?? actingAs?.userId ?? null,
      name: ctx.actor?.personName ?? actingAs?.name ?? null,
      ip: ctx.ip,
    };
    return work({ ...ctx, tx, audit: (input) => appendAuditEvent(tx, auditActor, at, input) });
  });
}

/** The actor of a context that requires one; routes guarantee it through their permission. */
export function requireActor(ctx: ServiceContext): Actor {
  if (!ctx.actor) throw new Error('service called without an actor');
  return ctx.actor;
}
