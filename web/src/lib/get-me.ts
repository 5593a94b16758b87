import { useQuery } from '@tanstack/react-query';
import type { Me } from '@zeren/contracts';
import { ApiError, call } from './api';

export const meQueryKey = ['me'] as const;

/** The signed-in user, or null when there is no session. */
export async function getMe(): Promise<Me | null> {
  try {
    return await call('getMe', { redirectOn401: false });
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export function useMe() {
  return useQuery({ queryKey: meQueryKey, queryFn: getMe, staleTime: 5 * 60_000 });
}
