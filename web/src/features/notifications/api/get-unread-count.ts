import { useQuery } from '@tanstack/react-query';
import { call } from '../../../lib/api';
import { notificationKeys } from './query-keys';

/** How often the bell asks for the unread count while the page is in view. */
export const UNREAD_POLL_MS = 60_000;

/** How many of the caller's notifications are unread (one indexed count on the server). */
export async function getUnreadCount(): Promise<number> {
  return (await call('getUnreadNotificationCount')).count;
}

/** The unread count, asked again every minute and whenever the window regains focus. */
export function useUnreadCount(enabled = true) {
  return useQuery({
    queryKey: notificationKeys.unreadCount,
    queryFn: getUnreadCount,
    refetchInterval: UNREAD_POLL_MS,
    refetchOnWindowFocus: 'always',
    enabled,
  });
}
