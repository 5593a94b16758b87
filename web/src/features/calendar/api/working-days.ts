import { useQuery } from '@tanstack/react-query';
import { call } from '../../../lib/api';
import { calendarKeys } from './query-keys';

/**
 * The date `days` working days after `from` (counting from the next day); `provisional` when the
 * count ran through the year whose holiday schedule is not entered yet (暂定).
 */
export function addWorkingDays(from: string, days: number): Promise<{ date: string; provisional: boolean }> {
  return call('addWorkingDays', { query: { from, days } });
}

/** Working days from `from` to `to` (negative when `to` is earlier), and whether the count is provisional. */
export function workingDaysBetween(
  from: string,
  to: string,
): Promise<{ days: number; provisional: boolean }> {
  return call('workingDaysBetween', { query: { from, to } });
}

export function useWorkingDaysBetween(from: string, to: string | null | undefined) {
  return useQuery({
    queryKey: calendarKeys.between(from, to ?? ''),
    queryFn: () => workingDaysBetween(from, to!),
    enabled: Boolean(to),
    staleTime: 5 * 60_000,
  });
}

export function useAddWorkingDays(from: string, days: number | null | undefined) {
  return useQuery({
    queryKey: calendarKeys.add(from, days ?? 0),
    queryFn: () => addWorkingDays(from, days!),
    enabled: typeof days === 'number' && days !== 0,
    staleTime: 5 * 60_000,
  });
}
