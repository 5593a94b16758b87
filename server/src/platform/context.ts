import type { AuditEventInput, Locale, Permission } from '@zeren/contracts';
import type { Db, Tx } from '../db/client';
import type { Actor } from './actor';
import { appendPreparedAuditEvents, type PreparedAuditEvent, prepareAuditEvent } from './audit/audit.service';
import type { AuditKeys } from './audit/audit-keys';
import type { Clock } from './clock';
import type { FieldCipher } from './crypto';

/** What every use case receives: who is calling, the database, time, and the cipher. */
export interface ServiceContext {
  actor: Actor | null;
  /**
   * The permission the route declared: the use case acts within its data scope and never names
   * another for the change it makes (null on public and signed-in routes, and in jobs).
   */
  grant: Permission | null;
  db: Db;
  clock: Clock;
  cipher: FieldCipher;
  /** Keys of the audit chain (kept outside the database). */
  auditKeys: AuditKeys;
  locale: Locale;
  ip: string | null;
}

/** The same, inside one transaction, with `audit` bound to it. */
export interface TxContext extends ServiceContext {
  tx: Tx;
  audit(input: AuditEventInput): Promise<string>;
  /** Many events at once, in order (a job's steps): the same chain as one `audit` each. */
  auditMany(inputs: readonly AuditEventInput[]): Promise<string[]>;
}

/**
 * Runs a change and its audit events in one transaction: both commit or neither.
 * Every write in a service goes through here. `tx.audit` checks an event against its contract at
 * once (a bad payload fails where it is written) and chains the events when the work is done,
 * just before the commit: the chain is one lock for the whole log, so it is held for two round
 * trips and the commit, not for the whole change.
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
    const pending: PreparedAuditEvent[] = [];
    const result = await work({
      ...ctx,
      tx,
      audit: async (input) => {
        const event = prepareAuditEvent(input);
        pending.push(event);
        return event.id;
      },
      auditMany: async (inputs) => {
        const events = inputs.map(prepareAuditEvent);
        // Not a spread: a job's steps can outnumber the arguments a call takes (a province's ladder).
        for (const event of events) pending.push(event);
        return events.map((e) => e.id);
      },
    });
    await appendPreparedAuditEvents(tx, ctx.auditKeys, auditActor, at, pending);
    return result;
  });
}

/** The actor of a context that requires one; routes guarantee it through their permission. */
export function requireActor(ctx: ServiceContext): Actor {
  if (!ctx.actor) throw new Error('service called without an actor');
  return ctx.actor;
}

/** The permission of the route that called a use case that changes scoped records. */
export function requireGrant(ctx: ServiceContext): Permission {
  if (!ctx.grant) throw new Error('a change of a scoped record needs a route that declares its permission');
  return ctx.grant;
}

/**
 * The context of a citizen on the portal: no caller and no address, in the audit events too
 * (anonymous means anonymous).
 */
export const anonymousContext = (ctx: ServiceContext): ServiceContext => ({
  ...ctx,
  actor: null,
  grant: null,
  ip: null,
});
