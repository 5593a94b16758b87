import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api';
import type { AccountabilitySettings } from '../types';
import { accountabilityKeys, refreshAccountability } from './query-keys';

/** A campaign's deadlines per source, receiving unit and 一案双查 threshold. */
export function getAccountabilitySettings(campaignId: string): Promise<AccountabilitySettings> {
  return call('getAccountabilitySettings', { query: { campaignId } });
}

export function useAccountabilitySettings(campaignId: string | undefined, enabled = true) {
  return useQuery({
    queryKey: [...accountabilityKeys.settings, campaignId ?? ''],
    queryFn: () => getAccountabilitySettings(campaignId!),
    enabled: enabled && campaignId !== undefined,
  });
}

export type SettingsChanges = Partial<
  Pick<AccountabilitySettings, 'deadlines' | 'leadUnitId' | 'dualInquiryOverdueWorkingDays'>
>;

/** Changes a campaign's accountability settings. */
export function updateAccountabilitySettings({
  campaignId,
  ...body
}: SettingsChanges & { campaignId: string }): Promise<AccountabilitySettings> {
  return call('updateAccountabilitySettings', { query: { campaignId }, body });
}

export function useUpdateAccountabilitySettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateAccountabilitySettings,
    onSuccess: () => refreshAccountability(queryClient),
  });
}
