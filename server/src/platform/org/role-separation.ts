import { ADMIN_ROLES, type Role } from '@zeren/contracts';

/**
 * 三员分立: an account holding one of the three administrator roles holds nothing else,
 * so no one both administers the platform and sees business records or audits themselves.
 */
export function violatesRoleSeparation(roles: readonly Role[]): boolean {
  const distinct = new Set(roles);
  const admins = [...distinct].filter((r) => ADMIN_ROLES.includes(r));
  return admins.length > 0 && distinct.size > 1;
}
