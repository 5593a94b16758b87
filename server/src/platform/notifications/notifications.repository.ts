import type { PageQuery } from '@zeren/contracts';
import { and, eq, inArray, isNull, lte, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/client';
import { roleAssignment, unit, userAccount } from '../org/org.table';
import { countUpTo, fetchSize, orderOf, pageWhere, type SortKey, toPage } from '../paging';
import { notification } from './notifications.table';

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
