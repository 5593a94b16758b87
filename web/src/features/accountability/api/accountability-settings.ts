import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api';
import type { AccountabilitySettings } from '../types';
import { accountabilityKeys, refreshAccountability } from './query-keys';

/** The current campaign's deadlines per source, receiving unit and 一案双查 threshold. */
export function getAccountabilitySettings(): Promise<AccountabilitySettings> {
  return call('getAccountabilitySettings', { query: {} });
}

export function useAccountabilitySettings(enabled = true) {
  return useQuery({ queryKey: accountabilityKeys.settings, queryFn: getAccountabilitySettings, enabled });
}

export type SettingsChanges = Partial<
  Pick<AccountabilitySettings, 'deadlines' | 'leadUnitId' | 'dualInquiryOverdueWorkingDays'>
>;

/** Changes the current campaign's accountability settings. */
export function updateAccountabilitySettings(body: SettingsChanges): Promise<AccountabilitySettings> {
  return call('updateAccountabilitySettings', { query: {}, body });
}

export function useUpdateAccountabilitySettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateAccountabilitySettings,
    onSuccess: () => refreshAccountability(queryClient),
  });
}
