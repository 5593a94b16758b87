import { z } from 'zod';
import { auditEvent, auditField } from './core/audit';
import { idParamsSchema, idSchema, listOf, pageOf, pageQuery, text } from './core/common';
import { defineRoutes } from './core/http';
import { defineModuleContract } from './core/module';

/**
 * One notification of the signed-in person (站内通知): a change somewhere that concerns them.
 * `text` is rendered in the caller's language when read, from the message `notification.<kind>`
 * and the parameters the change gave; `recordType` and `recordId` name the record to open.
 */
export const notificationSchema = z
  .object({
    id: idSchema,
    /** What happened, `<module>.<event>` (e.g. `supervision.assigned`). */
    kind: z.string(),
    text: z.string(),
    recordType: z.string(),
    recordId: z.string(),
    createdAt: z.string(),
    /** When the person read it; null while unread. */
    readAt: z.string().nullable(),
  })
  .meta({ id: 'Notification' });
export type Notification = z.infer<typeof notificationSchema>;

export const notificationListQuerySchema = z
  .object({
    /** Only the notifications not read yet. */
    unread: z.enum(['true']).optional(),
    ...pageQuery,
  })
  .strict();
export type NotificationListQuery = z.infer<typeof notificationListQuerySchema>;

/** How many notifications are unread (counted up to COUNT_CAP, like a list's total). */
export const unreadCountSchema = z.object({ count: z.number().int().min(0) });
/**
 * "Mark all read" names the newest notification the person was shown: those that arrive while
 * the page is open stay unread, so no notification is marked read unseen.
 */
export const markAllNotificationsReadSchema = z
  .object({
    /** Every unread notification up to and including this one (by id, ids sort by creation). */
    upTo: idSchema,
  })
  .strict();
export type MarkAllNotificationsReadInput = z.infer<typeof markAllNotificationsReadSchema>;
/** How many notifications "mark all read" marked. */
export const markedCountSchema = z.object({ count: z.number().int().min(0) });

/** An absolute http(s) address with a host. */
function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** What a group robot's address may be: http(s), as 企业微信 and 钉钉 give it. */
const webhookUrl = text()
  .trim()
  .min(1)
  .max(500)
  .refine(isHttpUrl, {
    error: 'an http:// or https:// address',
    params: { key: 'notification.webhook_url' },
  });

/**
 * A unit's group robot (企业微信 / 钉钉 群机器人): the daily digest of the unit's notifications is
 * posted there. The address carries the robot's key: it is stored encrypted and shown masked.
 */
export const unitWebhookSchema = z
  .object({
    unitId: idSchema,
    unitName: z.string(),
    /** Masked (`https://qyapi.weixin.qq.com/…a91f`); null when the unit has none. */
    url: z.string().nullable(),
    updatedAt: z.string().nullable(),
  })
  .meta({ id: 'UnitWebhook' });
export type UnitWebhook = z.infer<typeof unitWebhookSchema>;

/** Sets a unit's robot address, or removes it (null). */
export const setUnitWebhookSchema = z.object({ url: webhookUrl.nullable() }).strict();
export type SetUnitWebhookInput = z.infer<typeof setUnitWebhookSchema>;

/** Where a digest went: a person's e-mail, or a unit's group robot. */
export const DIGEST_CHANNELS = ['email', 'webhook'] as const;
export type DigestChannel = (typeof DIGEST_CHANNELS)[number];

/**
 * Notifications: a platform feature every signed-in person has. Each person reads and marks only
 * their own; changes elsewhere create them inside their own transaction (server `notify`).
 */
export const notificationsContract = defineModuleContract({
  name: 'notifications',
  permissions: ['notification.webhook.manage'],
  // The robots are the system's configuration: the system administrator's (三员分立).
  grants: { sys_admin: ['notification.webhook.manage'] },
  records: {},
  auditEvents: [
    // One event per change that notified anyone: who was told of which record (never the text).
    auditEvent('notification.sent', 'notification', {
      after: z
        .object({
          kind: z.string(),
          recordType: z.string(),
          recordId: z.string(),
          recipients: auditField.ids,
        })
        .strict(),
    }),
    auditEvent('notification.read', 'notification', {
      before: z.object({ readAt: auditField.date }).strict(),
      after: z.object({ readAt: auditField.date }).strict(),
    }),
    auditEvent('notification.read_all', 'notification', {
      after: z.object({ count: z.number().int(), upTo: z.string() }).strict(),
    }),
    // The digest of one day, to one person (e-mail) or one unit's robot (webhook); never its text.
    auditEvent('notification.digest_sent', 'notification_digest', {
      after: z
        .object({ channel: z.enum(DIGEST_CHANNELS), day: z.string(), count: z.number().int() })
        .strict(),
    }),
    // Masked addresses only: the robot's key never reaches the log.
    auditEvent('notification.webhook_set', 'notification_webhook', {
      before: z.object({ url: auditField.text }).strict(),
      after: z.object({ url: auditField.text }).strict(),
    }),
  ],
  errors: {},
  routes: defineRoutes({
    listNotificationWebhooks: {
      method: 'GET',
      path: '/api/notification-webhooks',
      tags: ['notifications'],
      summary: "Units in the caller's scope that post their daily digest to a group robot (addresses masked)",
      access: { permission: 'notification.webhook.manage' },
      response: { 200: listOf(unitWebhookSchema) },
    },
    setUnitNotificationWebhook: {
      method: 'PUT',
      path: '/api/units/:id/notification-webhook',
      tags: ['notifications'],
      summary: "Set (or remove, with null) the group robot a unit's daily digest is posted to",
      access: { permission: 'notification.webhook.manage' },
      record: 'unit',
      params: idParamsSchema,
      body: setUnitWebhookSchema,
      response: { 200: unitWebhookSchema },
    },
    listNotifications: {
      method: 'GET',
      path: '/api/notifications',
      tags: ['notifications'],
      summary: "The caller's own notifications, newest first, each in the caller's language",
      access: { signedIn: true },
      query: notificationListQuerySchema,
      response: { 200: pageOf(notificationSchema) },
    },
    getUnreadNotificationCount: {
      method: 'GET',
      path: '/api/notifications/unread-count',
      tags: ['notifications'],
      summary: "How many of the caller's notifications are unread (up to 10,000)",
      access: { signedIn: true },
      response: { 200: unreadCountSchema },
    },
    markNotificationRead: {
      method: 'POST',
      path: '/api/notifications/:id/read',
      tags: ['notifications'],
      summary: "Mark one of the caller's notifications read (another person's is not found)",
      access: { signedIn: true },
      params: idParamsSchema,
      response: { 200: notificationSchema },
    },
    markAllNotificationsRead: {
      method: 'POST',
      path: '/api/notifications/read-all',
      tags: ['notifications'],
      summary:
        'Mark read every unread notification of the caller up to the newest one shown; answers how many',
      access: { signedIn: true },
      body: markAllNotificationsReadSchema,
      response: { 200: markedCountSchema },
    },
  }),
});
