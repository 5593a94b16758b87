import { useQuery } from '@tanstack/react-query';
import type { ActiveSession } from '@zeren/contracts';
import { callItems } from '../../../lib/api';
import { securityKeys } from './query-keys';

export type { ActiveSession };

export function listSessions(): Promise<ActiveSession[]> {
  return callItems('listSessions');
}

export function useSessions() {
  return useQuery({ queryKey: securityKeys.sessions, queryFn: listSessions });
}
