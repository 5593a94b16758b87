import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CloneCampaignInput } from '@zeren/contracts';
import { call } from '../../../lib/api';
import type { Campaign } from '../types';
import { campaignKeys } from './query-keys';

/** A draft copy for another year: domains, units and settings, phase dates shifted, no records. */
export function cloneCampaign({ id, ...body }: CloneCampaignInput & { id: string }): Promise<Campaign> {
  return call('cloneCampaign', { params: { id }, body });
}

export function useCloneCampaign() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: cloneCampaign,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: campaignKeys.all }),
  });
}
