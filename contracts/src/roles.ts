import { z } from 'zod';

/** Every role of SPEC.md §1. The three administrators are separated (三员分立). */
export const ROLES = [
  'sys_admin',
  'security_admin',
  'audit_admin',
  'campaign_admin',
  'supervisor',
  'inspector',
  'unit_staff',
  'unit_leader',
  'leader',
  'evaluator',
] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

/** None of these may be held together with any other role on one account. */
export const ADMIN_ROLES: readonly Role[] = ['sys_admin', 'security_admin', 'audit_admin'];

export const DATA_SCOPES = ['self_unit', 'unit_tree', 'all'] as const;
export const dataScopeSchema = z.enum(DATA_SCOPES);
export type DataScope = z.infer<typeof dataScopeSchema>;

/**
 * Permissions are the unit of authorisation: every route names exactly one.
 * Business permissions are never granted to the administrators, so `sys_admin`
 * sees no case content.
 */
export const PERMISSIONS = [
  'org.unit.read',
  'org.unit.write',
  'org.person.read',
  'org.person.write',
  'org.account.read',
  'org.account.write',
  'security.session.manage',
  'audit.read',
] as const;
export const permissionSchema = z.enum(PERMISSIONS);
export type Permission = z.infer<typeof permissionSchema>;

const ORG_READ: Permission[] = ['org.unit.read', 'org.person.read'];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  sys_admin: [
    'org.unit.read',
    'org.unit.write',
    'org.person.read',
    'org.person.write',
    'org.account.read',
    'org.account.write',
  ],
  security_admin: ['org.unit.read', 'org.account.read', 'security.session.manage'],
  audit_admin: ['audit.read'],
  campaign_admin: [
    'org.unit.read',
    'org.unit.write',
    'org.person.read',
    'org.person.write',
    'org.account.read',
  ],
  supervisor: ORG_READ,
  inspector: ORG_READ,
  unit_staff: ORG_READ,
  unit_leader: [...ORG_READ, 'org.person.write'],
  leader: ORG_READ,
  evaluator: ['org.unit.read'],
};

/** Roles whose holder works for the whole campaign by nature; others default to their own unit. */
export function isAdminRole(role: Role): boolean {
  return ADMIN_ROLES.includes(role);
}
