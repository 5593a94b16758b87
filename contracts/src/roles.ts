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
  'campaign.read',
  'campaign.manage',
  'calendar.manage',
  'duties.item.read',
  'duties.item.draft',
  'duties.item.approve',
  'duties.keyTask.read',
  'duties.keyTask.manage',
  'duties.keyTask.report',
  'duties.suggestion.read',
  'duties.suggestion.answer',
  'duties.suggestion.submit',
  'file.upload',
] as const;
export const permissionSchema = z.enum(PERMISSIONS);
export type Permission = z.infer<typeof permissionSchema>;

const ORG_READ: Permission[] = ['org.unit.read', 'org.person.read'];
/** What every business role may read of the campaign and of 明责. */
const BUSINESS_READ: Permission[] = [
  ...ORG_READ,
  'campaign.read',
  'duties.item.read',
  'duties.keyTask.read',
  'duties.suggestion.read',
  'duties.suggestion.submit',
];
/** A unit's own work: drafting lists, reporting progress, answering suggestions. */
const UNIT_WORK: Permission[] = [
  'duties.item.draft',
  'duties.keyTask.manage',
  'duties.keyTask.report',
  'duties.suggestion.answer',
  'file.upload',
];

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
    ...BUSINESS_READ,
    'org.unit.write',
    'org.person.write',
    'org.account.read',
    'campaign.manage',
    'calendar.manage',
    'duties.keyTask.manage',
    'duties.suggestion.answer',
    'file.upload',
  ],
  supervisor: BUSINESS_READ,
  inspector: BUSINESS_READ,
  unit_staff: [...BUSINESS_READ, ...UNIT_WORK],
  unit_leader: [...BUSINESS_READ, ...UNIT_WORK, 'org.person.write', 'duties.item.approve'],
  leader: BUSINESS_READ,
  evaluator: ['org.unit.read', 'campaign.read'],
};
