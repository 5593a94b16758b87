import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api';
import type { SupervisionSettings, UpdateSupervisionSettingsInput } from '../types';
import { refreshSupervision, supervisionKeys } from './query-keys';

/** The escalation thresholds of a campaign, in working days. */
export function getSupervisionSettings(campaignId: string): Promise<SupervisionSettings> {
  return call('getSupervisionSettings', { params: { id: campaignId } });
}

export function useSupervisionSettings(campaignId: string | undefined) {
  return useQuery({
    queryKey: supervisionKeys.settings(campaignId ?? ''),
    queryFn: () => getSupervisionSettings(campaignId!),
    enabled: campaignId !== undefined,
  });
}

/** Changes a campaign's thresholds: every item's colour is counted from them from now on. */
export function updateSupervisionSettings({
  campaignId,
  ...body
}: UpdateSupervisionSettingsInput & { campaignId: string }): Promise<SupervisionSettings> {
  return call('updateSupervisionSettings', { params: { id: campaignId }, body });
}

export function useUpdateSupervisionSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateSupervisionSettings,
    // The colours of every item follow the thresholds.
    onSuccess: () => refreshSupervision(queryClient),
  });
}
