import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { CalendarYear } from '../types';
import { calendarKeys } from './query-keys';

/** The years the calendar has data for; a deadline outside them cannot be computed. */
export async function listCalendarYears(): Promise<CalendarYear[]> {
  return (await api<{ items: CalendarYear[] }>('/api/calendar/years')).items;
}

export function useCalendarYears() {
  return useQuery({ queryKey: calendarKeys.years, queryFn: listCalendarYears });
}
