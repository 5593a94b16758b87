/** Query keys of the notifications; invalidating `all` refreshes the inbox and the bell. */
export const notificationKeys = {
  all: ['notifications'] as const,
  list: (query: object) => ['notifications', 'list', query] as const,
  unreadCount: ['notifications', 'unread-count'] as const,
  webhooks: ['notification-webhooks'] as const,
};
