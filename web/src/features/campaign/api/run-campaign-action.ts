import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CampaignAction } from '@zeren/contracts';
import { call } from '../../../lib/api';
import type { Campaign } from '../types';
import { campaignKeys } from './query-keys';

/** Activates a draft campaign or closes an active one (each its own route); refused with 409 otherwise. */
export function runCampaignAction({ id, action }: { id: string; action: CampaignAction }): Promise<Campaign> {
  return action === 'activate'
    ? call('activateCampaign', { params: { id } })
    : call('closeCampaign', { params: { id } });
}

export function useCampaignAction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: runCampaignAction,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: campaignKeys.all }),
  });
}
