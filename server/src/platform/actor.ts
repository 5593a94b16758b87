import type { DataScope, Locale, Permission, Role } from '@zeren/contracts';
import { ROLE_PERMISSIONS } from '@zeren/contracts';

export interface Assignment {
  id: string;
  role: Role;
  dataScope: DataScope;
  unitId: string;
  unitName: string;
  /** Materialised path of the anchor unit, for `unit_tree`. */
  unitPath: string;
}

/** The signed-in caller, as every service sees it. */
export interface Actor {
  userId: string;
  username: string;
  personId: string;
  personName: string;
  unitId: string;
  locale: Locale;
  assignments: Assignment[];
  permissions: ReadonlySet<Permission>;
  sessionId: string;
  /** What the caller's own page shows (GET /api/me), read with the session in the same query. */
  profile: {
    position: string | null;
    unitName: string;
    unitKind: 'government' | 'organ' | 'department' | 'institution' | 'enterprise';
    unitLevel: 'city' | 'county' | 'township';
  };
}

export function permissionsOf(assignments: readonly { role: Role }[]): ReadonlySet<Permission> {
  // Every request builds its caller's set; callers share a handful of role combinations.
  const key = assignments.map((a) => a.role).join(',');
  let permissions = permissionSets.get(key);
  if (!permissions) {
    permissions = new Set(assignments.flatMap((a) => ROLE_PERMISSIONS[a.role] ?? []));
    permissionSets.set(key, permissions);
  }
  return permissions;
}
const permissionSets = new Map<string, ReadonlySet<Permission>>();

/** The assignments that grant a permission: data scope is the union of theirs. */
export function grantsFor(actor: Actor, permission: Permission): Assignment[] {
  return actor.assignments.filter((a) => ROLE_PERMISSIONS[a.role]?.includes(permission));
}
