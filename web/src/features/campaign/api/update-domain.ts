import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { CampaignDomain, DomainBody } from '../types';
import { campaignKeys } from './query-keys';

export function updateDomain({ id, ...body }: Partial<DomainBody> & { id: string }): Promise<CampaignDomain> {
  return api<CampaignDomain>(`/api/campaign-domains/${encodeURIComponent(id)}`, { method: 'PATCH', body });
}

export function useUpdateDomain() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateDomain,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: campaignKeys.all }),
  });
}
