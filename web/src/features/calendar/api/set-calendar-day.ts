import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CalendarDay, SetCalendarDayInput } from '@zeren/contracts';
import { call } from '../../../lib/api';

/** Makes a day a working day or a day off (an administrator's override). */
export function setCalendarDay({
  day,
  ...body
}: SetCalendarDayInput & { day: string }): Promise<CalendarDay> {
  return call('setCalendarDay', { params: { day }, body });
}

export function useSetCalendarDay() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setCalendarDay,
    // Deadlines counted on working days may have moved: every list showing one is stale too.
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
