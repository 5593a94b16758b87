import { useQuery } from '@tanstack/react-query';
import type { Notification, Page } from '@zeren/contracts';
import { call, type QueryOf } from '../../../lib/api';
import { usePagedList } from '../../../lib/use-paged-list';
import { notificationKeys } from './query-keys';

export type { Notification };
export type NotificationFilters = Omit<QueryOf<'listNotifications'>, 'limit' | 'after'>;

/** One page of the caller's own notifications, newest first, each text in the caller's language. */
export function listNotifications(query: QueryOf<'listNotifications'> = {}): Promise<Page<Notification>> {
  return call('listNotifications', { query });
}

/** The notifications the inbox pages through (all, or unread only). */
export function useNotificationsPage(filters: NotificationFilters = {}) {
  return usePagedList({ filters, queryKey: notificationKeys.list, fetch: listNotifications });
}

/** The caller's newest notification (read or not), for "mark all read" from a later page. */
export function useNewestNotification() {
  return useQuery({
    queryKey: notificationKeys.list({ limit: 1 }),
    queryFn: async () => (await listNotifications({ limit: 1 })).items[0] ?? null,
  });
}
