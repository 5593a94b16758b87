import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api';
import type { Campaign, UpdateCampaignBody } from '../types';
import { campaignKeys } from './query-keys';

/** Name, report day and phase dates; phase errors come back on `phases.N.startDate` etc. */
export function updateCampaign({ id, ...body }: UpdateCampaignBody & { id: string }): Promise<Campaign> {
  return call('updateCampaign', { params: { id }, body });
}

export function useUpdateCampaign() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateCampaign,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: campaignKeys.all }),
  });
}
