import { useQuery } from '@tanstack/react-query';
import { call } from '../../../lib/api';
import type { Campaign } from '../types';
import { campaignKeys } from './query-keys';

export function getCampaign(id: string): Promise<Campaign> {
  return call('getCampaign', { params: { id } });
}

export function useCampaign(id: string | null) {
  return useQuery({
    queryKey: campaignKeys.detail(id ?? ''),
    queryFn: () => getCampaign(id!),
    enabled: id !== null,
  });
}
