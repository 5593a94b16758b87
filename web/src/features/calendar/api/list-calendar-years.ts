import { useQuery } from '@tanstack/react-query';
import { call } from '../../../lib/api';
import type { CalendarYears } from '../types';
import { calendarKeys } from './query-keys';

/**
 * The years the calendar knows, and the provisional one (the year after the last known, counted
 * on weekends alone until its schedule is entered); a deadline beyond it cannot be computed.
 */
export function listCalendarYears(): Promise<CalendarYears> {
  return call('listCalendarYears');
}

export function useCalendarYears() {
  return useQuery({ queryKey: calendarKeys.years, queryFn: listCalendarYears });
}
