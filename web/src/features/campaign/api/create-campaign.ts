import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateCampaignInput } from '@zeren/contracts';
import { call } from '../../../lib/api';
import type { Campaign } from '../types';
import { campaignKeys } from './query-keys';

/** A draft campaign with the ten standard domains; phase errors come back on `phases.N.startDate`. */
export function createCampaign(body: CreateCampaignInput): Promise<Campaign> {
  return call('createCampaign', { body });
}

export function useCreateCampaign() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createCampaign,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: campaignKeys.all }),
  });
}
