import {
  COUNT_CAP,
  type Locale,
  type MarkAllNotificationsReadInput,
  type Notification,
  type NotificationListQuery,
  type Page,
  type Permission,
  ROLE_PERMISSIONS,
  ROLES,
} from '@zeren/contracts';
import type { DbOrTx } from '../../db/client';
import { inTransaction, requireActor, type ServiceContext, type TxContext } from '../context';
import { notFound } from '../errors';
import { hasMessage, t } from '../i18n';
import type { WorkbenchSource } from '../workbench';
import * as repo from './notifications.repository';

export interface NotificationInput {
  /** Accounts to notify; duplicates and disabled accounts are dropped. */
  userIds: readonly string[];
  /** e.g. 'supervision.assigned'; its text is the message `notification.<kind>` (zh-CN and en-US), rendered when read. */
  kind: string;
  recordType: string;
  recordId: string;
  /** Template parameters: titles, unit names, dates. Never personal data of reporters. */
  params?: Record<string, string | number>;
}

/** `<module>.<event>`: the module's name first, as its message keys (`notification.<module>.<event>`). */
const KIND = /^[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z0-9_]+)+$/;
/** A parameter is a title, a unit's name or a date: short. */
const MAX_PARAM_LENGTH = 500;

function checkInput(input: NotificationInput): void {
  // Programming errors of the calling module, not bad input of a user: they fail loudly.
  if (input.kind.length > 100 || !KIND.test(input.kind))
    throw new Error(`notification kind ${JSON.stringify(input.kind)} is not <module>.<event>`);
  if (!input.recordType || !input.recordId) throw new Error('a notification names the record it is about');
  for (const [name, value] of Object.entries(input.params ?? {}))
    if (
      (typeof value !== 'string' && typeof value !== 'number') ||
      (typeof value === 'string' && value.length > MAX_PARAM_LENGTH)
    )
      throw new Error(`notification parameter ${name} must be a short string or a number`);
}

/** Inside the transaction of the change that causes it, so a rolled-back change notifies no one. */
export async function notify(tx: TxContext, input: NotificationInput): Promise<void> {
  await notifyMany(tx, [input]);
}

/**
 * Many notifications at once (a job's steps), as `notify` would one by one: the same rows and
 * `notification.sent` events, with one read of who is active and multi-row inserts.
 */
export async function notifyMany(tx: TxContext, inputs: readonly NotificationInput[]): Promise<void> {
  for (const input of inputs) checkInput(input);
  const active = new Set(
    await repo.activeAccountIds(tx.tx, [...new Set(inputs.flatMap((input) => input.userIds))]),
  );
  const at = tx.clock.now();
  const sent = inputs
    .map((input) => ({
      input,
      recipients: [...new Set(input.userIds)].filter((id) => active.has(id)).sort(),
    }))
    .filter((s) => s.recipients.length > 0);
  const rows = sent.flatMap(({ input, recipients }) =>
    recipients.map((recipientId) => ({
      recipientId,
      kind: input.kind,
      recordType: input.recordType,
      recordId: input.recordId,
      params: input.params ?? {},
      createdAt: at,
    })),
  );
  for (let i = 0; i < rows.length; i += NOTIFICATION_CHUNK)
    await repo.insertNotifications(tx.tx, rows.slice(i, i + NOTIFICATION_CHUNK));
  await tx.auditMany(
    sent.map(({ input, recipients }) => ({
      action: 'notification.sent' as const,
      recordType: 'notification',
      after: {
        kind: input.kind,
        recordType: input.recordType,
        recordId: input.recordId,
        recipients,
      },
    })),
  );
}

/** Rows of one multi-row insert. */
const NOTIFICATION_CHUNK = 500;

/** Active accounts holding `permission` with a data scope that reaches `unitId` (a unit's clerks, its leaders, the office). */
export async function accountsWithPermissionOver(
  db: DbOrTx,
  permission: Permission,
  unitId: string,
): Promise<string[]> {
  const roles = ROLES.filter((role) => ROLE_PERMISSIONS[role].includes(permission));
  return repo.accountsWithRolesOver(db, roles, unitId);
}

/**
 * Tells who acts next on a record written by some and approved by others (四眼原则): the accounts
 * that may approve over its unit and did not write it, or its authors — never the one acting.
 * `notification.<kind>` with the record's title, shortened.
 */
export async function notifyNextActors(
  tx: TxContext,
  input: {
    audience: 'approvers' | 'authors';
    approvePermission: Permission;
    record: { id: string; unitId: string; title: string; authorIds: readonly string[] };
    recordType: string;
    kind: string;
    params?: Record<string, string | number>;
  },
): Promise<void> {
  const { record } = input;
  const userIds =
    input.audience === 'approvers'
      ? (await accountsWithPermissionOver(tx.tx, input.approvePermission, record.unitId)).filter(
          (id) => !record.authorIds.includes(id),
        )
      : record.authorIds;
  const title = record.title.length > 60 ? `${record.title.slice(0, 60)}…` : record.title;
  await notify(tx, {
    userIds: userIds.filter((id) => id !== tx.actor?.userId),
    kind: input.kind,
    recordType: input.recordType,
    recordId: record.id,
    params: { title, ...input.params },
  });
}

// ---------------------------------------------------------------- the inbox

/**
 * A notification's text in `locale`: the message of its kind with its parameters, or — when the
 * module that wrote it gave no message — a generic line naming the record type.
 */
export function notificationText(
  locale: Locale,
  row: Pick<repo.NotificationRow, 'kind' | 'recordType' | 'params'>,
): string {
  const key = `notification.${row.kind}`;
  if (hasMessage(locale, key)) return t(locale, key, row.params ?? {});
  return t(locale, 'notification.generic', { recordType: row.recordType });
}

function present(locale: Locale, row: repo.NotificationRow): Notification {
  return {
    id: row.id,
    kind: row.kind,
    text: notificationText(locale, row),
    recordType: row.recordType,
    recordId: row.recordId,
    createdAt: row.createdAt.toISOString(),
    readAt: row.readAt?.toISOString() ?? null,
  };
}

/** The caller's own notifications, newest first, unread ones only when asked, in the caller's language. */
export async function listNotifications(
  ctx: ServiceContext,
  query: NotificationListQuery,
): Promise<Page<Notification>> {
  const actor = requireActor(ctx);
  const page = await repo.listNotifications(ctx.db, actor.userId, query.unread === 'true', query);
  return { ...page, items: page.items.map((row) => present(ctx.locale, row)) };
}

/** How many of the caller's notifications are unread, counted up to COUNT_CAP. */
export async function unreadNotificationCount(ctx: ServiceContext): Promise<{ count: number }> {
  const actor = requireActor(ctx);
  return { count: Math.min(await repo.countNotifications(ctx.db, actor.userId, true), COUNT_CAP) };
}

/** Marks one of the caller's notifications read (another person's is not found); reading it again changes nothing. */
export async function markNotificationRead(ctx: ServiceContext, id: string): Promise<Notification> {
  const actor = requireActor(ctx);
  return inTransaction(ctx, async (tx) => {
    const marked = await repo.markRead(tx.tx, id, actor.userId, ctx.clock.now());
    if (!marked) {
      // Read already, or not the caller's (then it does not exist for them).
      const found = await repo.findOwn(tx.tx, id, actor.userId);
      if (!found) throw notFound();
      return present(ctx.locale, found);
    }
    await tx.audit({
      action: 'notification.read',
      recordType: 'notification',
      recordId: id,
      before: { readAt: null },
      after: { readAt: marked.readAt },
    });
    return present(ctx.locale, marked);
  });
}

/**
 * Marks every unread notification of the caller up to the newest one they were shown read, with
 * one audit event saying how many.
 */
export async function markAllNotificationsRead(
  ctx: ServiceContext,
  input: MarkAllNotificationsReadInput,
): Promise<{ count: number }> {
  const actor = requireActor(ctx);
  return inTransaction(ctx, async (tx) => {
    const count = await repo.markAllRead(tx.tx, actor.userId, input.upTo, ctx.clock.now());
    // Nothing was unread: nothing changed, nothing to log.
    if (count > 0)
      await tx.audit({
        action: 'notification.read_all',
        recordType: 'notification',
        after: { count, upTo: input.upTo },
      });
    return { count };
  });
}

/** The workbench entry of every signed-in person: unread notifications, linking to the inbox's unread list. */
export const unreadNotificationsEntry: WorkbenchSource = {
  key: 'notifications.unread',
  permission: null,
  operationId: 'listNotifications',
  query: { unread: 'true' },
  count: async (ctx) => (await unreadNotificationCount(ctx)).count,
};
