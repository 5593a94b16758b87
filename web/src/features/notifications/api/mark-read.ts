import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Notification } from '@zeren/contracts';
import { call } from '../../../lib/api';
import { workbenchKey } from '../../home/api/get-workbench';
import { notificationKeys } from './query-keys';

/** Marks one of the caller's notifications read (reading it again changes nothing). */
export function markNotificationRead(id: string): Promise<Notification> {
  return call('markNotificationRead', { params: { id } });
}

/**
 * Marks every unread notification of the caller up to `upTo` (the newest one the page showed)
 * read, so that one arriving meanwhile stays unread; resolves to how many.
 */
export async function markAllNotificationsRead(upTo: string): Promise<number> {
  return (await call('markAllNotificationsRead', { body: { upTo } })).count;
}

/** The inbox, the bell and the workbench's count follow (also when the page was left meanwhile). */
function useRefreshAfter() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
      queryClient.invalidateQueries({ queryKey: workbenchKey }),
    ]);
}

export function useMarkNotificationRead() {
  const onSuccess = useRefreshAfter();
  return useMutation({ mutationFn: markNotificationRead, onSuccess });
}

export function useMarkAllNotificationsRead() {
  const onSuccess = useRefreshAfter();
  return useMutation({ mutationFn: markAllNotificationsRead, onSuccess });
}
