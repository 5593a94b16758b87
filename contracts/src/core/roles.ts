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
