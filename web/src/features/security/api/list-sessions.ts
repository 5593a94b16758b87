import type { ActiveSession, Page } from '@zeren/contracts';
import { call, type QueryOf } from '../../../lib/api';
import { usePagedList } from '../../../lib/use-paged-list';
import { securityKeys } from './query-keys';

export type { ActiveSession };

/** One page of the active sessions of users in the caller's scope, newest first. */
export function listSessions(query: QueryOf<'listSessions'> = {}): Promise<Page<ActiveSession>> {
  return call('listSessions', { query });
}

/** The sessions a table pages through (the list has no filters). */
export function useSessionsPage() {
  return usePagedList({ filters: {}, queryKey: securityKeys.sessionList, fetch: listSessions });
}
