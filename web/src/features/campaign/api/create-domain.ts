import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api';
import type { CampaignDomain, DomainBody } from '../types';
import { campaignKeys } from './query-keys';

/** Adds a local domain (自选动作) to a campaign. */
export function createDomain({
  campaignId,
  ...body
}: DomainBody & { campaignId: string }): Promise<CampaignDomain> {
  return call('addLocalDomain', { params: { id: campaignId }, body });
}

export function useCreateDomain() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createDomain,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: campaignKeys.all }),
  });
}
