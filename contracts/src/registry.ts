import { z } from 'zod';
import { accountabilityContract } from './accountability';
import { auditLogContract } from './audit-log';
import { authContract } from './auth';
import { calendarContract } from './calendar';
import { campaignContract } from './campaign';
import { CORE_ERRORS, type CoreErrorCode } from './core/errors';
import type { RouteContract } from './core/http';
import { ROLES, type Role } from './core/roles';
import { dashboardContract } from './dashboard';
import { dutiesContract } from './duties';
import { evaluationContract } from './evaluation';
import { filesContract } from './files';
import { keyTasksContract } from './key-tasks';
import { monthlyReportsContract } from './monthly-reports';
import { noticesContract } from './notices';
import { notificationsContract } from './notifications';
import { openDataContract } from './open-data';
import { orgContract } from './org';
import { platformContract } from './portal';
import { rectificationContract } from './rectification';
import { searchContract } from './search';
import { spotChecksContract } from './spot-checks';
import { statementsContract } from './statements';
import { suggestionsContract } from './suggestions';
import { supervisionContract } from './supervision';

/**
 * Every module's contract, the platform's first. This list is the one place that names the
 * modules on the contracts side: permissions, roles' grants, record types, audit events, error
 * codes and routes are all joined from it.
 */
export const MODULE_CONTRACTS = [
  platformContract,
  orgContract,
  authContract,
  auditLogContract,
  calendarContract,
  filesContract,
  notificationsContract,
  campaignContract,
  dutiesContract,
  keyTasksContract,
  suggestionsContract,
  supervisionContract,
  rectificationContract,
  monthlyReportsContract,
  accountabilityContract,
  spotChecksContract,
  noticesContract,
  statementsContract,
  evaluationContract,
  openDataContract,
  dashboardContract,
  searchContract,
] as const;

type Contracts = (typeof MODULE_CONTRACTS)[number];
type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void
  ? I
  : never;

// ---------------------------------------------------------------- permissions and roles

export type Permission = Contracts['permissions'][number];
export const PERMISSIONS: readonly Permission[] = MODULE_CONTRACTS.flatMap((c) => c.permissions);
export const permissionSchema = z.enum(PERMISSIONS as [Permission, ...Permission[]]);

/** Which permissions each role holds: the union of every module's grants. */
export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = Object.fromEntries(
  ROLES.map((role) => [
    role,
    MODULE_CONTRACTS.flatMap((c) => (c.grants as Partial<Record<Role, readonly Permission[]>>)[role] ?? []),
  ]),
) as never;

// ---------------------------------------------------------------- record types

export type RecordType = { [C in Contracts as C['name']]: keyof C['records'] }[Contracts['name']] & string;
export const RECORD_TYPES: Record<RecordType, { readPermission: Permission; module: string }> =
  Object.fromEntries(
    MODULE_CONTRACTS.flatMap((c) =>
      Object.entries(c.records).map(([type, r]) => [type, { ...r, module: c.name }]),
    ),
  ) as never;

// ---------------------------------------------------------------- audit events

type AuditEventSchemas = Contracts['auditEvents'][number];
const AUDIT_EVENT_SCHEMAS = MODULE_CONTRACTS.flatMap((c) => c.auditEvents as readonly z.ZodObject[]);

/** Every audit event a service may write, discriminated by its action. */
export const auditEventInputSchema = z.discriminatedUnion(
  'action',
  AUDIT_EVENT_SCHEMAS as unknown as [AuditEventSchemas, ...AuditEventSchemas[]],
);
export type AuditEventInput = z.input<AuditEventSchemas>;
export type AuditAction = AuditEventInput['action'];
export const AUDIT_ACTIONS: readonly AuditAction[] = AUDIT_EVENT_SCHEMAS.map(
  (s) => (s.shape.action as z.ZodLiteral<AuditAction>).value,
);
/** The record type each action is written on. */
export const AUDIT_ACTION_RECORD_TYPE: Record<AuditAction, string> = Object.fromEntries(
  AUDIT_EVENT_SCHEMAS.map((s) => [
    (s.shape.action as z.ZodLiteral<string>).value,
    (s.shape.recordType as z.ZodLiteral<string>).value,
  ]),
) as never;

// ---------------------------------------------------------------- errors

type ModuleErrorCode = { [C in Contracts as C['name']]: keyof C['errors'] }[Contracts['name']] & string;
export type ErrorCode = CoreErrorCode | ModuleErrorCode;
export const ERROR_STATUS: Record<ErrorCode, number> = Object.assign(
  {},
  CORE_ERRORS,
  ...MODULE_CONTRACTS.map((c) => c.errors),
);
export const ERROR_CODES = Object.keys(ERROR_STATUS) as ErrorCode[];

export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  code: ErrorCode;
  detail?: string;
  errors?: { path: string; message: string }[];
}

// ---------------------------------------------------------------- routes

/** Every route, by operation id. */
export type Routes = UnionToIntersection<Contracts['routes']>;
export type OperationId = keyof Routes & string;
export const ROUTES: Routes = Object.assign({}, ...MODULE_CONTRACTS.map((c) => c.routes));
/** The export routes of lists (`listExportRoute`): `GET <list path>/export.xlsx`. */
export type ExportOperationId = {
  [K in OperationId]: Routes[K] extends { listExport: object } ? K : never;
}[OperationId];

// ---------------------------------------------------------------- consistency

/** What a contract names must exist: checked once, when the contracts load. */
function checkRegistry(): void {
  const problems: string[] = [];
  const permissions = new Set<string>(PERMISSIONS);
  const ids = new Set<string>();
  const endpoints = new Set<string>();
  for (const c of MODULE_CONTRACTS) {
    for (const [role, granted] of Object.entries(c.grants))
      for (const p of granted as readonly string[])
        if (!permissions.has(p)) problems.push(`${c.name}: ${role} is granted unknown ${p}`);
    for (const [type, r] of Object.entries(c.records))
      if (!permissions.has(r.readPermission))
        problems.push(`${c.name}: record ${type} reads with unknown permission`);
    for (const [id, route] of Object.entries(c.routes as Record<string, RouteContract>)) {
      if (ids.has(id)) problems.push(`operation id ${id} is declared twice`);
      ids.add(id);
      const endpoint = `${route.method} ${route.path}`;
      if (endpoints.has(endpoint)) problems.push(`${endpoint} is declared twice`);
      endpoints.add(endpoint);
      if ('permission' in route.access && !permissions.has(route.access.permission))
        problems.push(`${id} needs unknown permission ${route.access.permission}`);
      if (route.record && !(route.record in RECORD_TYPES))
        problems.push(`${id} names unknown record ${route.record}`);
      if (route.listExport) {
        const list = (c.routes as Record<string, RouteContract>)[route.listExport.list];
        if (!list) problems.push(`${id} exports unknown list ${route.listExport.list}`);
        else if (JSON.stringify(list.access) !== JSON.stringify(route.access))
          problems.push(`${id} is not read with the access of ${route.listExport.list}`);
        if (!AUDIT_ACTIONS.includes(`${route.listExport.recordType}.exported` as never))
          problems.push(`${id} has no audit event ${route.listExport.recordType}.exported`);
      }
    }
  }
  const actions = new Set<string>();
  for (const action of AUDIT_ACTIONS) {
    if (actions.has(action)) problems.push(`audit action ${action} is declared twice`);
    actions.add(action);
  }
  if (problems.length > 0) throw new Error(`contracts registry: ${problems.join('; ')}`);
}
checkRegistry();
