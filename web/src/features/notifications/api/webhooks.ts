import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { UnitWebhook } from '@zeren/contracts';
import { call, callItems } from '../../../lib/api';
import { notificationKeys } from './query-keys';

export type { UnitWebhook };

/** The units in scope whose daily digest goes to a group robot (addresses masked). */
export function listWebhooks(): Promise<UnitWebhook[]> {
  return callItems('listNotificationWebhooks');
}

export function useWebhooks() {
  return useQuery({ queryKey: notificationKeys.webhooks, queryFn: listWebhooks });
}

/** Sets a unit's group robot address, or removes it with null. */
export function setUnitWebhook({
  unitId,
  url,
}: {
  unitId: string;
  url: string | null;
}): Promise<UnitWebhook> {
  return call('setUnitNotificationWebhook', { params: { id: unitId }, body: { url } });
}

export function useSetUnitWebhook() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setUnitWebhook,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationKeys.webhooks }),
  });
}
