import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { Campaign } from '../types';
import { campaignKeys } from './query-keys';

/** Every campaign the caller may see, past, current and drafts. */
export async function listCampaigns(): Promise<Campaign[]> {
  return (await api<{ items: Campaign[] }>('/api/campaigns')).items;
}

export function useCampaigns() {
  return useQuery({ queryKey: campaignKeys.list, queryFn: listCampaigns });
}
