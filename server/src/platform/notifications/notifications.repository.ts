import type { PageQuery } from '@zeren/contracts';
import {
  and,
  asc,
  desc,
  eq,
  gte,
  inArray,
  isNotNull,
  isNull,
  lt,
  lte,
  ne,
  notExists,
  or,
  type SQL,
  sql,
} from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/client';
import { person, roleAssignment, unit, userAccount } from '../org/org.table';
import { countUpTo, fetchSize, orderOf, pageWhere, type SortKey, toPage } from '../paging';
import type { Scope } from '../scope';
import { notification, notificationDigest, notificationWebhook } from './notifications.table';

export type NotificationRow = typeof notification.$inferSelect;

/** Newest first (ids are UUIDv7): the order of the inbox, a page at a time. */
const NOTIFICATION_ORDER: SortKey<NotificationRow>[] = [
  { column: notification.id, direction: 'desc', type: 'uuid', of: (r) => r.id },
];

/** The notifications of one recipient, unread ones only when asked: every read names its owner. */
function ofRecipient(recipientId: string, unreadOnly: boolean): SQL {
  return and(
    eq(notification.recipientId, recipientId),
    unreadOnly ? isNull(notification.readAt) : undefined,
  )!;
}

/** One page of a recipient's notifications, newest first, with the filter's total. */
export async function listNotifications(
  db: DbOrTx,
  recipientId: string,
  unreadOnly: boolean,
  page: PageQuery,
) {
  const where = ofRecipient(recipientId, unreadOnly);
  const rows = await db
    .select()
    .from(notification)
    .where(pageWhere(NOTIFICATION_ORDER, page, where))
    .orderBy(...orderOf(NOTIFICATION_ORDER))
    .limit(fetchSize(page));
  return toPage(NOTIFICATION_ORDER, page, rows, await countNotifications(db, recipientId, unreadOnly));
}

/** How many notifications of a recipient (unread only, when asked) there are, up to COUNT_CAP + 1. */
export function countNotifications(db: DbOrTx, recipientId: string, unreadOnly: boolean): Promise<number> {
  return countUpTo(
    db,
    db
      .select({ one: sql`1`.as('one') })
      .from(notification)
      .where(ofRecipient(recipientId, unreadOnly)),
  );
}

/** One notification, only when it is the recipient's own. */
export async function findOwn(
  db: DbOrTx,
  id: string,
  recipientId: string,
): Promise<NotificationRow | undefined> {
  const [row] = await db
    .select()
    .from(notification)
    .where(and(eq(notification.id, id), eq(notification.recipientId, recipientId)));
  return row;
}

/** Marks one of the recipient's notifications read, if it was unread; the row when it changed. */
export async function markRead(
  db: DbOrTx,
  id: string,
  recipientId: string,
  at: Date,
): Promise<NotificationRow | undefined> {
  const [row] = await db
    .update(notification)
    .set({ readAt: at })
    .where(
      and(eq(notification.id, id), eq(notification.recipientId, recipientId), isNull(notification.readAt)),
    )
    .returning();
  return row;
}

/** Marks the recipient's unread notifications up to `upTo` (by id) read; how many it marked. */
export async function markAllRead(db: DbOrTx, recipientId: string, upTo: string, at: Date): Promise<number> {
  const rows = await db
    .update(notification)
    .set({ readAt: at })
    .where(and(ofRecipient(recipientId, true), lte(notification.id, upTo)))
    .returning({ id: notification.id });
  return rows.length;
}

/** The accounts among `ids` that exist and are not disabled. */
export async function activeAccountIds(db: DbOrTx, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select({ id: userAccount.id })
    .from(userAccount)
    .where(and(inArray(userAccount.id, [...ids]), eq(userAccount.disabled, false)));
  return rows.map((r) => r.id);
}

export function insertNotifications(db: DbOrTx, values: (typeof notification.$inferInsert)[]) {
  return db.insert(notification).values(values);
}

const anchor = alias(unit, 'anchor');
const target = alias(unit, 'target');

/**
 * Active accounts holding one of `roles` through an assignment whose data scope reaches the unit
 * `unitId`: `all`, `self_unit` anchored at the unit itself, or `unit_tree` anchored at the unit or
 * one of its ancestors (the target's materialised path starts with the anchor's).
 */
export async function accountsWithRolesOver(
  db: DbOrTx,
  roles: readonly string[],
  unitId: string,
): Promise<string[]> {
  if (roles.length === 0) return [];
  const rows = await db
    .selectDistinct({ id: roleAssignment.userId })
    .from(roleAssignment)
    .innerJoin(userAccount, eq(userAccount.id, roleAssignment.userId))
    .innerJoin(anchor, eq(anchor.id, roleAssignment.unitId))
    .innerJoin(target, eq(target.id, unitId))
    .where(
      and(
        inArray(roleAssignment.role, [...roles]),
        eq(userAccount.disabled, false),
        or(
          eq(roleAssignment.dataScope, 'all'),
          and(eq(roleAssignment.dataScope, 'self_unit'), eq(roleAssignment.unitId, target.id)),
          and(eq(roleAssignment.dataScope, 'unit_tree'), sql`starts_with(${target.path}, ${anchor.path})`),
        ),
      ),
    )
    .orderBy(roleAssignment.userId);
  return rows.map((r) => r.id);
}

// ---------------------------------------------------------------- daily digests

/** A digest row that keeps its target out of a run: sent, being sent, or failed since `retryBefore`. */
function notRetryable(retryBefore: Date): SQL {
  return or(ne(notificationDigest.status, 'failed'), gte(notificationDigest.claimedAt, retryBefore))!;
}

/**
 * Recipients with unread notifications created in [from, to), with no e-mail digest of `day` yet
 * (or one that failed before `retryBefore`).
 */
export function emailDigestRecipients(db: DbOrTx, from: Date, to: Date, day: string, retryBefore: Date) {
  return db
    .selectDistinct({ userId: userAccount.id, locale: userAccount.locale, emailEnc: person.emailEnc })
    .from(notification)
    .innerJoin(userAccount, eq(userAccount.id, notification.recipientId))
    .innerJoin(person, eq(person.id, userAccount.personId))
    .where(
      and(
        gte(notification.createdAt, from),
        lt(notification.createdAt, to),
        isNull(notification.readAt),
        eq(userAccount.disabled, false),
        isNotNull(person.emailEnc),
        notExists(
          db
            .select({ one: sql`1` })
            .from(notificationDigest)
            .where(
              and(
                eq(notificationDigest.channel, 'email'),
                eq(notificationDigest.targetId, userAccount.id),
                eq(notificationDigest.day, day),
                notRetryable(retryBefore),
              ),
            ),
        ),
      ),
    )
    .orderBy(userAccount.id);
}

/** A recipient's unread notifications created in [from, to), newest first, at most `limit`, and how many. */
export async function unreadInWindow(db: DbOrTx, recipientId: string, from: Date, to: Date, limit: number) {
  const where = and(
    eq(notification.recipientId, recipientId),
    isNull(notification.readAt),
    gte(notification.createdAt, from),
    lt(notification.createdAt, to),
  );
  const rows = await db.select().from(notification).where(where).orderBy(desc(notification.id)).limit(limit);
  const [counted] = await db.select({ n: sql<number>`count(*)::int` }).from(notification).where(where);
  return { rows, total: counted!.n };
}

/**
 * Units with a robot, some of whose people were notified in [from, to), with no robot digest of
 * `day` yet (or one that failed before `retryBefore`).
 */
export function webhookDigestUnits(db: DbOrTx, from: Date, to: Date, day: string, retryBefore: Date) {
  return db
    .selectDistinct({ unitId: unit.id, unitName: unit.name, urlEnc: notificationWebhook.urlEnc })
    .from(notificationWebhook)
    .innerJoin(unit, eq(unit.id, notificationWebhook.unitId))
    .innerJoin(person, eq(person.unitId, unit.id))
    .innerJoin(userAccount, eq(userAccount.personId, person.id))
    .innerJoin(notification, eq(notification.recipientId, userAccount.id))
    .where(
      and(
        gte(notification.createdAt, from),
        lt(notification.createdAt, to),
        notExists(
          db
            .select({ one: sql`1` })
            .from(notificationDigest)
            .where(
              and(
                eq(notificationDigest.channel, 'webhook'),
                eq(notificationDigest.targetId, unit.id),
                eq(notificationDigest.day, day),
                notRetryable(retryBefore),
              ),
            ),
        ),
      ),
    )
    .orderBy(unit.id);
}

/**
 * What the people of a unit were notified of in [from, to): each change once however many of
 * them it told (its kind, record and parameters), newest first, at most `limit`, and how many.
 */
export async function unitEventsInWindow(db: DbOrTx, unitId: string, from: Date, to: Date, limit: number) {
  const rows = await db
    .select({
      kind: notification.kind,
      recordType: notification.recordType,
      recordId: notification.recordId,
      params: notification.params,
      latest: sql<string>`max(${notification.createdAt})`.as('latest'),
    })
    .from(notification)
    .innerJoin(userAccount, eq(userAccount.id, notification.recipientId))
    .innerJoin(person, eq(person.id, userAccount.personId))
    .where(and(eq(person.unitId, unitId), gte(notification.createdAt, from), lt(notification.createdAt, to)))
    .groupBy(notification.kind, notification.recordType, notification.recordId, notification.params)
    .orderBy(sql`latest desc`);
  return { rows: rows.slice(0, limit), total: rows.length };
}

/**
 * Claims the digest of one target and day: a new one, or one that failed before `retryBefore`;
 * false when it is being sent, sent, or failed too recently. One statement, so two runs cannot
 * both claim it.
 */
export async function claimDigest(
  db: DbOrTx,
  channel: 'email' | 'webhook',
  targetId: string,
  day: string,
  at: Date,
  retryBefore: Date,
): Promise<boolean> {
  const rows = await db
    .insert(notificationDigest)
    .values({ channel, targetId, day, status: 'sending', claimedAt: at })
    .onConflictDoUpdate({
      target: [notificationDigest.channel, notificationDigest.targetId, notificationDigest.day],
      set: { status: 'sending', claimedAt: at },
      setWhere: and(eq(notificationDigest.status, 'failed'), lt(notificationDigest.claimedAt, retryBefore)),
    })
    .returning({ day: notificationDigest.day });
  return rows.length > 0;
}

/** Marks a claim whose send was refused: retried once DIGEST_RETRY_MS has passed. */
export function markDigestFailed(db: DbOrTx, channel: 'email' | 'webhook', targetId: string, day: string) {
  return db
    .update(notificationDigest)
    .set({ status: 'failed' })
    .where(
      and(
        eq(notificationDigest.channel, channel),
        eq(notificationDigest.targetId, targetId),
        eq(notificationDigest.day, day),
        eq(notificationDigest.status, 'sending'),
      ),
    );
}

export function markDigestSent(
  db: DbOrTx,
  channel: 'email' | 'webhook',
  targetId: string,
  day: string,
  count: number,
  at: Date,
) {
  return db
    .update(notificationDigest)
    .set({ status: 'sent', count, sentAt: at })
    .where(
      and(
        eq(notificationDigest.channel, channel),
        eq(notificationDigest.targetId, targetId),
        eq(notificationDigest.day, day),
      ),
    );
}

/** Gives up a claim that found nothing to send (all read meanwhile), so a later run may look again. */
export function releaseDigest(db: DbOrTx, channel: 'email' | 'webhook', targetId: string, day: string) {
  return db
    .delete(notificationDigest)
    .where(
      and(
        eq(notificationDigest.channel, channel),
        eq(notificationDigest.targetId, targetId),
        eq(notificationDigest.day, day),
        eq(notificationDigest.status, 'sending'),
      ),
    );
}

// ---------------------------------------------------------------- group robots

/** The robots of the units `scope` reaches, by unit name. */
export function listWebhooks(db: DbOrTx, scope: Scope) {
  return db
    .select({
      unitId: unit.id,
      unitName: unit.name,
      urlEnc: notificationWebhook.urlEnc,
      updatedAt: notificationWebhook.updatedAt,
    })
    .from(notificationWebhook)
    .innerJoin(unit, eq(unit.id, notificationWebhook.unitId))
    .where(scope.where(unit.id))
    .orderBy(asc(unit.name), asc(unit.id));
}

export async function findWebhook(db: DbOrTx, unitId: string) {
  const [row] = await db.select().from(notificationWebhook).where(eq(notificationWebhook.unitId, unitId));
  return row;
}

export async function upsertWebhook(db: DbOrTx, values: typeof notificationWebhook.$inferInsert) {
  const [row] = await db
    .insert(notificationWebhook)
    .values(values)
    .onConflictDoUpdate({
      target: notificationWebhook.unitId,
      set: { urlEnc: values.urlEnc, updatedBy: values.updatedBy, updatedAt: values.updatedAt },
    })
    .returning();
  return row!;
}

export function deleteWebhook(db: DbOrTx, unitId: string) {
  return db.delete(notificationWebhook).where(eq(notificationWebhook.unitId, unitId));
}
