import type { FastifyInstance } from 'fastify';
import { route } from '../routes';
import { registerWorkbenchSource } from '../workbench';
import * as notifications from './notifications.service';
import * as webhooks from './webhooks.service';

/**
 * The signed-in person's own notifications (read, count, mark read) and their workbench entry;
 * the units' group robots the daily digests go to.
 */
export function notificationRoutes(app: FastifyInstance): void {
  registerWorkbenchSource(notifications.unreadNotificationsEntry);
  route(app, 'listNotifications', (req) => notifications.listNotifications(req.ctx, req.query));
  route(app, 'getUnreadNotificationCount', (req) => notifications.unreadNotificationCount(req.ctx));
  route(app, 'markNotificationRead', (req) => notifications.markNotificationRead(req.ctx, req.params.id));
  route(app, 'markAllNotificationsRead', (req) => notifications.markAllNotificationsRead(req.ctx, req.body));
  route(app, 'listNotificationWebhooks', (req) => webhooks.listWebhooks(req.ctx));
  route(app, 'setUnitNotificationWebhook', (req) =>
    webhooks.setUnitWebhook(req.ctx, req.params.id, req.body),
  );
}
