import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { CampaignDomain, DomainBody } from '../types';
import { campaignKeys } from './query-keys';

/** Adds a local domain (自选动作) to a campaign. */
export function createDomain({
  campaignId,
  ...body
}: DomainBody & { campaignId: string }): Promise<CampaignDomain> {
  return api<CampaignDomain>(`/api/campaigns/${encodeURIComponent(campaignId)}/domains`, {
    method: 'POST',
    body,
  });
}

export function useCreateDomain() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createDomain,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: campaignKeys.all }),
  });
}
