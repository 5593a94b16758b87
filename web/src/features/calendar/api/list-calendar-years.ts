import { useQuery } from '@tanstack/react-query';
import { callItems } from '../../../lib/api';
import type { CalendarYear } from '../types';
import { calendarKeys } from './query-keys';

/** The years the calendar has data for; a deadline outside them cannot be computed. */
export function listCalendarYears(): Promise<CalendarYear[]> {
  return callItems('listCalendarYears');
}

export function useCalendarYears() {
  return useQuery({ queryKey: calendarKeys.years, queryFn: listCalendarYears });
}
