import { z } from 'zod';
import { auditEvent, auditField } from './core/audit';
import { idParamsSchema, idSchema, pageOf, pageQuery } from './core/common';
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

/**
 * Notifications: a platform feature every signed-in person has. Each person reads and marks only
 * their own; changes elsewhere create them inside their own transaction (server `notify`).
 */
export const notificationsContract = defineModuleContract({
  name: 'notifications',
  permissions: [],
  grants: {},
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
  ],
  errors: {},
  routes: defineRoutes({
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
