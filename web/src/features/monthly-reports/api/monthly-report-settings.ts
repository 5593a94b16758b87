import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api';
import type { MonthlyReportSettings, UpdateMonthlyReportSettingsInput } from '../types';
import { monthlyReportKeys, refreshMonthlyReports } from './query-keys';

/** A campaign's report schedule: report day, reminders, supervision departments. */
export function getMonthlyReportSettings(campaignId: string): Promise<MonthlyReportSettings> {
  return call('getMonthlyReportSettings', { params: { id: campaignId } });
}

export function useMonthlyReportSettings(campaignId: string | undefined) {
  return useQuery({
    queryKey: monthlyReportKeys.settings(campaignId ?? ''),
    queryFn: () => getMonthlyReportSettings(campaignId!),
    enabled: campaignId !== undefined,
  });
}

export function updateMonthlyReportSettings({
  campaignId,
  ...body
}: UpdateMonthlyReportSettingsInput & { campaignId: string }): Promise<MonthlyReportSettings> {
  return call('updateMonthlyReportSettings', { params: { id: campaignId }, body });
}

export function useUpdateMonthlyReportSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateMonthlyReportSettings,
    onSuccess: () => refreshMonthlyReports(queryClient),
  });
}
