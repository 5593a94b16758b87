import { useQuery } from '@tanstack/react-query';
import { callItems } from '../../../lib/api';
import type { Campaign } from '../types';
import { campaignKeys } from './query-keys';

/** Every campaign the caller may see, past, current and drafts. */
export function listCampaigns(): Promise<Campaign[]> {
  return callItems('listCampaigns');
}

export function useCampaigns() {
  return useQuery({ queryKey: campaignKeys.list, queryFn: listCampaigns });
}
