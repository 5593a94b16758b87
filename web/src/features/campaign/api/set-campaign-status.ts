import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { Campaign, CampaignStatus } from '../types';
import { campaignKeys } from './query-keys';

/** draft → active, active → closed; anything else is refused (409). */
export function setCampaignStatus({ id, status }: { id: string; status: CampaignStatus }): Promise<Campaign> {
  return api<Campaign>(`/api/campaigns/${encodeURIComponent(id)}/status`, {
    method: 'POST',
    body: { status },
  });
}

export function useSetCampaignStatus() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setCampaignStatus,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: campaignKeys.all }),
  });
}
