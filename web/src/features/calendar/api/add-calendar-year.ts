import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CalendarYear } from '@zeren/contracts';
import { call } from '../../../lib/api';
import { calendarKeys } from './query-keys';

/** Registers a year the administrator will fill in (its holidays are entered day by day). */
export function addCalendarYear(year: number): Promise<CalendarYear> {
  return call('addCalendarYear', { body: { year } });
}

export function useAddCalendarYear() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: addCalendarYear,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: calendarKeys.all }),
  });
}
