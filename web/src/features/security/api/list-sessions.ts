import { useQuery } from '@tanstack/react-query';
import type { ActiveSession } from '@zeren/contracts';
import { api } from '../../../lib/api';
import { securityKeys } from './query-keys';

export type { ActiveSession };

export async function listSessions(): Promise<ActiveSession[]> {
  return (await api<{ items: ActiveSession[] }>('/api/sessions')).items;
}

export function useSessions() {
  return useQuery({ queryKey: securityKeys.sessions, queryFn: listSessions });
}
