import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { Campaign } from '../types';
import { campaignKeys } from './query-keys';

export function getCampaign(id: string): Promise<Campaign> {
  return api<Campaign>(`/api/campaigns/${encodeURIComponent(id)}`);
}

export function useCampaign(id: string | null) {
  return useQuery({
    queryKey: campaignKeys.detail(id ?? ''),
    queryFn: () => getCampaign(id!),
    enabled: id !== null,
  });
}
