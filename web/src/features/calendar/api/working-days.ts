import { useQuery } from '@tanstack/react-query';
import { call } from '../../../lib/api';
import { calendarKeys } from './query-keys';

/** The date `days` working days after `from` (counting from the next day). */
export async function addWorkingDays(from: string, days: number): Promise<string> {
  return (await call('addWorkingDays', { query: { from, days } })).date;
}

/** Working days from `from` to `to`; negative when `to` is earlier. */
export async function workingDaysBetween(from: string, to: string): Promise<number> {
  return (await call('workingDaysBetween', { query: { from, to } })).days;
}

export function useWorkingDaysBetween(from: string, to: string | null | undefined) {
  return useQuery({
    queryKey: calendarKeys.between(from, to ?? ''),
    queryFn: () => workingDaysBetween(from, to!),
    enabled: Boolean(to),
    staleTime: 5 * 60_000,
  });
}
