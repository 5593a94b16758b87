import type { NotificationMessages } from './zh-CN';

export const enUS: NotificationMessages = {
  nav: {
    notifications: 'Notifications',
  },
  notification: {
    record: 'Notification',
    bell: 'Notifications',
    bellUnread: 'Notifications, {count} unread',
    text: 'Message',
    about: 'About',
    time: 'Time',
    unread: 'Unread',
    read: 'Read',
    all: 'All',
    onlyUnread: 'Unread',
    filterLabel: 'Show',
    markRead: 'Mark read',
    markAllRead: 'Mark all read',
    markedAll: '{count} notifications marked read',
    nothingUnread: 'No unread notifications',
    open: 'Open',
    empty: 'No notifications',
    emptyUnread: 'No unread notifications',
    intro: 'Changes that concern you are announced here; opening a notification marks it read.',
    kind: 'Kind',
    recordType: 'Record type',
    recordId: 'Record id',
    recipients: 'Recipients',
    readAt: 'Read at',
    count: 'Count',
  },
  notificationWorkbench: {
    unread: 'Unread notifications',
    unreadHint: 'See the latest changes that concern you',
  },
  auditAction: {
    'notification.sent': 'Notification sent',
    'notification.read': 'Notification read',
    'notification.read_all': 'All notifications marked read',
  },
};
