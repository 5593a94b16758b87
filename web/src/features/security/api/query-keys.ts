import { orgKeys } from '../../org/api/query-keys';

/** Query keys of the security feature; locked accounts sit under the org accounts prefix so both refresh together. */
export const securityKeys = {
  sessions: ['sessions'] as const,
  sessionList: (page: object) => [...securityKeys.sessions, 'list', page] as const,
  roleGrants: ['role-grants'] as const,
  roleGrantList: (query: object) => [...securityKeys.roleGrants, 'list', query] as const,
  lockedAccounts: [...orgKeys.accounts, 'locked'] as const,
};
