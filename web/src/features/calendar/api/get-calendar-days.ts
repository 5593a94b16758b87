import { useQuery } from '@tanstack/react-query';
import { call } from '../../../lib/api';
import type { CalendarDays } from '../types';
import { calendarKeys } from './query-keys';

/** The exceptions of a year: holidays, adjusted workdays and overrides. */
export function getCalendarDays(year: number): Promise<CalendarDays> {
  return call('getCalendarDays', { query: { year } });
}

export function useCalendarDays(year: number, enabled = true) {
  return useQuery({ queryKey: calendarKeys.days(year), queryFn: () => getCalendarDays(year), enabled });
}
