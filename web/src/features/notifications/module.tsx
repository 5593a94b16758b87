import { BellOutlined, RobotOutlined } from '@ant-design/icons';
import type { WebModule } from '../../app/module';
import { notificationDigestRecord, notificationRecord, notificationWebhookRecord } from './history';
import { enUS } from './i18n/en-US';
import { type NotificationMessages, zhCN } from './i18n/zh-CN';

export const NOTIFICATIONS_PATH = '/notifications';
export const ROBOTS_PATH = '/org/robots';

/**
 * 通知: every signed-in person's own notifications. The header's bell opens the inbox; each
 * notification links to its record through the record types' `link` (features describe them).
 */
export const notificationsModule: WebModule<NotificationMessages> = {
  name: 'notifications',
  messages: { 'zh-CN': zhCN, 'en-US': enUS },
  records: [notificationRecord, notificationDigestRecord, notificationWebhookRecord],
  pages: [
    {
      path: NOTIFICATIONS_PATH,
      load: async () => (await import('./pages/notifications-page')).NotificationsPage,
    },
    // The system administrator's: which units' groups get the daily summary.
    {
      path: ROBOTS_PATH,
      permission: 'notification.webhook.manage',
      menu: { group: 'org', icon: <RobotOutlined />, label: 'robots', testId: 'nav-robots', order: 40 },
      load: async () => (await import('./pages/robots-page')).RobotsPage,
    },
  ],
  // The page reads `unread` from its address.
  lists: [{ operationId: 'listNotifications', path: NOTIFICATIONS_PATH }],
  workbench: [
    {
      key: 'notifications.unread',
      label: (t) => t.notificationWorkbench.unread,
      hint: (t) => t.notificationWorkbench.unreadHint,
      icon: <BellOutlined />,
      tone: 'info',
      order: 100,
    },
  ],
};
