import { useQuery } from '@tanstack/react-query';
import { ApiError, call } from '../../../lib/api';
import type { Campaign } from '../types';
import { campaignKeys } from './query-keys';

/** The active campaign of the nearest government at or above the caller's unit; null when none. */
export async function getCurrentCampaign(): Promise<Campaign | null> {
  try {
    return await call('getCurrentCampaign');
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

export function useCurrentCampaign(enabled = true) {
  return useQuery({ queryKey: campaignKeys.current, queryFn: getCurrentCampaign, enabled });
}
