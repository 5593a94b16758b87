import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SetCalendarScheduleInput } from '@zeren/contracts';
import { call } from '../../../lib/api';

/**
 * Enters a year's official schedule (holiday ranges and adjusted workdays) in one step; answers
 * the year's days and how many deadlines counted on working days were recomputed.
 */
export function setCalendarSchedule({ year, ...body }: SetCalendarScheduleInput & { year: number }) {
  return call('setCalendarSchedule', { params: { year }, body });
}

export function useSetCalendarSchedule() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setCalendarSchedule,
    // Deadlines elsewhere may have moved: every computation and every list showing one is stale.
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
