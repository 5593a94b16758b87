import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { Campaign } from '../types';
import { campaignKeys } from './query-keys';

/** A draft copy for another year: domains, units and settings, phase dates shifted, no records. */
export function cloneCampaign({
  id,
  ...body
}: {
  id: string;
  year: number;
  name?: string;
}): Promise<Campaign> {
  return api<Campaign>(`/api/campaigns/${encodeURIComponent(id)}/clone`, { method: 'POST', body });
}

export function useCloneCampaign() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: cloneCampaign,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: campaignKeys.all }),
  });
}
