import { orgKeys } from '../../org/api/query-keys';

/** Query keys of the security feature; locked accounts sit under the org accounts prefix so both refresh together. */
export const securityKeys = {
  sessions: ['sessions'] as const,
  roleGrants: ['role-grants'] as const,
  lockedAccounts: [...orgKeys.accounts, 'locked'] as const,
};
