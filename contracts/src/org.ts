import { z } from 'zod';
import {
  auditField,
  createdEvent,
  deletedEvent,
  transitionEvent,
  updatedEvent,
  viewedEvent,
} from './core/audit';
import {
  idParamsSchema,
  idSchema,
  listOf,
  nameText,
  okSchema,
  optionalText,
  pageOf,
  pageQuery,
  searchText,
  text,
} from './core/common';
import { defineRoutes } from './core/http';
import { type Localized, listExportedEvent, listExportRoute } from './core/list-export';
import { defineModuleContract } from './core/module';
import { type DataScope, dataScopeSchema, type Role, roleSchema } from './core/roles';
import { defineWorkflow, workflowRoutes } from './core/workflow';

/** 政府、党群与监察机关（纪委监委等）、部门、事业单位、国有企业 */
export const UNIT_KINDS = ['government', 'organ', 'department', 'institution', 'enterprise'] as const;
export const unitKindSchema = z.enum(UNIT_KINDS);
export const UNIT_LEVELS = ['city', 'county', 'township'] as const;
export const unitLevelSchema = z.enum(UNIT_LEVELS);

export const unitSchema = z
  .object({
    id: idSchema,
    parentId: idSchema.nullable(),
    name: z.string(),
    shortName: z.string().nullable(),
    code: z.string().nullable(),
    kind: unitKindSchema,
    level: unitLevelSchema,
    sortOrder: z.number().int(),
    path: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Unit' });
export type Unit = z.infer<typeof unitSchema>;

const unitFields = {
  name: nameText(100),
  shortName: optionalText(30),
  code: text()
    .trim()
    .regex(/^[0-9A-Za-z-]{1,32}$/)
    .nullish(),
  kind: unitKindSchema,
  level: unitLevelSchema,
  sortOrder: z.number().int().min(0).max(1_000_000),
};

export const createUnitSchema = z
  .object({ parentId: idSchema.nullable(), ...unitFields, sortOrder: unitFields.sortOrder.default(0) })
  .strict();
export type CreateUnitInput = z.infer<typeof createUnitSchema>;

// Built from the fields, not from createUnitSchema: a default would silently reset the value on every edit.
export const updateUnitSchema = z.object(unitFields).partial().strict();
export type UpdateUnitInput = z.infer<typeof updateUnitSchema>;

export const moveUnitSchema = z.object({ parentId: idSchema.nullable() }).strict();

export const unitListQuerySchema = z
  .object({
    parentId: idSchema.optional(),
    q: searchText(),
  })
  .strict();

const phone = text()
  .trim()
  .regex(/^[0-9+\-() ]{5,20}$/);

export const personSchema = z
  .object({
    id: idSchema,
    unitId: idSchema,
    unitName: z.string(),
    name: z.string(),
    position: z.string().nullable(),
    isLeader: z.boolean(),
    /** Personal data: masked in lists, shown in full only on a logged view of one person. */
    phone: z.string().nullable(),
    email: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Person' });
export type Person = z.infer<typeof personSchema>;

const personFields = {
  unitId: idSchema,
  name: nameText(50),
  position: optionalText(100),
  isLeader: z.boolean(),
  phone: phone.nullish(),
  email: text().pipe(z.email().max(200)).nullish(),
};
export const createPersonSchema = z
  .object({ ...personFields, isLeader: personFields.isLeader.default(false) })
  .strict();
export type CreatePersonInput = z.infer<typeof createPersonSchema>;
export const updatePersonSchema = z.object(personFields).partial().strict();
export type UpdatePersonInput = z.infer<typeof updatePersonSchema>;

export const personListQuerySchema = z
  .object({
    unitId: idSchema.optional(),
    q: searchText(),
    ...pageQuery,
  })
  .strict();

export const roleAssignmentSchema = z.object({
  role: roleSchema,
  dataScope: dataScopeSchema,
  unitId: idSchema,
});
export type RoleAssignmentInput = z.infer<typeof roleAssignmentSchema>;

export const roleAssignmentViewSchema = roleAssignmentSchema.extend({
  id: idSchema,
  unitName: z.string(),
});

/**
 * 三员分立: a role granted or widened through the API takes effect only when the security
 * administrator approves it (two administrators). Until then it is a pending grant.
 */
export const ROLE_GRANT_STATUSES = ['pending', 'approved', 'refused', 'withdrawn'] as const;
export const roleGrantStatusSchema = z.enum(ROLE_GRANT_STATUSES);
export type RoleGrantStatus = z.infer<typeof roleGrantStatusSchema>;

export const ROLE_GRANT_WORKFLOW = defineWorkflow({
  recordType: 'role_grant',
  states: ROLE_GRANT_STATUSES,
  actions: {
    approve: {
      from: ['pending'],
      to: 'approved',
      permission: 'org.grant.approve',
      audit: 'role_grant.approved',
      input: { field: 'opinion', required: false },
    },
    refuse: {
      from: ['pending'],
      to: 'refused',
      permission: 'org.grant.approve',
      audit: 'role_grant.refused',
      input: { field: 'reason', required: true },
    },
  },
});
export type RoleGrantAction = keyof typeof ROLE_GRANT_WORKFLOW.actions;

/** A requested role assignment, as the account view and the security administrator see it. */
export const roleGrantSchema = z.object({
  id: idSchema,
  userId: idSchema,
  username: z.string(),
  personName: z.string(),
  /** The unit of the account's person (the grant's record scope). */
  accountUnitName: z.string(),
  role: roleSchema,
  dataScope: dataScopeSchema,
  unitId: idSchema,
  unitName: z.string(),
  status: roleGrantStatusSchema,
  requestedByName: z.string().nullable(),
  requestedAt: z.string(),
  decidedByName: z.string().nullable(),
  decidedAt: z.string().nullable(),
  reason: z.string().nullable(),
});
export type RoleGrant = z.infer<typeof roleGrantSchema>;

export const roleGrantListQuerySchema = z
  .object({ status: roleGrantStatusSchema.optional(), ...pageQuery })
  .strict();

export const accountSchema = z
  .object({
    id: idSchema,
    username: z.string(),
    personId: idSchema,
    personName: z.string(),
    unitId: idSchema,
    unitName: z.string(),
    locale: z.string(),
    disabled: z.boolean(),
    lockedUntil: z.string().nullable(),
    lastLoginAt: z.string().nullable(),
    /** Effective role assignments (what authorisation uses). */
    roles: z.array(roleAssignmentViewSchema),
    /** Grants waiting for the security administrator's approval: not effective yet. */
    pendingRoles: z.array(roleAssignmentViewSchema),
    /** The password was set by an administrator: the user must change it at the next sign-in. */
    mustChangePassword: z.boolean(),
    createdAt: z.string(),
  })
  .meta({ id: 'Account' });
export type Account = z.infer<typeof accountSchema>;

export const usernameSchema = text()
  .trim()
  .min(3)
  .max(50)
  .regex(/^[a-z0-9][a-z0-9._-]*$/);

export const createAccountSchema = z
  .object({
    username: usernameSchema,
    password: text().min(1).max(200),
    personId: idSchema,
    roles: z.array(roleAssignmentSchema).min(1).max(20),
  })
  .strict();
export type CreateAccountInput = z.infer<typeof createAccountSchema>;

export const updateAccountSchema = z
  .object({
    disabled: z.boolean().optional(),
    roles: z.array(roleAssignmentSchema).min(1).max(20).optional(),
    password: text().min(1).max(200).optional(),
    unlock: z.literal(true).optional(),
  })
  .strict();
export type UpdateAccountInput = z.infer<typeof updateAccountSchema>;

// ---------------------------------------------------------------- the contract

const unitAuditShape = {
  id: auditField.id,
  parentId: auditField.id,
  name: auditField.text,
  shortName: auditField.text,
  code: auditField.text,
  kind: auditField.text,
  level: auditField.text,
  sortOrder: auditField.int,
  path: auditField.text,
};
const roleGrantAuditShape = {
  userId: auditField.id,
  username: auditField.text,
  role: auditField.text,
  dataScope: auditField.text,
  unitId: auditField.id,
  requestedBy: auditField.id,
};

const personAuditShape = {
  id: auditField.id,
  unitId: auditField.id,
  name: auditField.text,
  position: auditField.text,
  isLeader: auditField.bool,
  /** Masked in the log. */
  phone: auditField.text,
  email: auditField.text,
};
const accountAuditShape = {
  username: auditField.text,
  personId: auditField.id,
  disabled: auditField.bool,
  lockedUntil: auditField.date,
  roles: z.array(z.string()),
  passwordChanged: z.literal(true),
  mustChangePassword: z.boolean(),
  /** Grants requested (pending the security administrator's approval), as role:scope@unit. */
  pendingRoles: z.array(z.string()),
  /** How an account came to be when not through the web app ('cli'). */
  via: z.string(),
};

/** Units, persons and accounts: the core every module and the platform stand on. */
const listPersonsRoute = {
  method: 'GET',
  path: '/api/persons',
  tags: ['org'],
  summary: "Persons in the caller's scope (contact details masked)",
  access: { permission: 'org.person.read' },
  query: personListQuerySchema,
  response: { 200: pageOf(personSchema) },
} as const;

/** The persons as the list shows them: contact details masked, as in the list. */
const personExport = {
  recordType: 'person',
  title: { 'zh-CN': '人员名册', 'en-US': 'Persons' },
  fileName: { 'zh-CN': '人员名册', 'en-US': 'persons' },
  columns: [
    { header: { 'zh-CN': '姓名', 'en-US': 'Name' }, value: (p) => p.name, width: 12 },
    { header: { 'zh-CN': '所在单位', 'en-US': 'Unit' }, value: (p) => p.unitName, width: 24 },
    { header: { 'zh-CN': '职务', 'en-US': 'Position' }, value: (p) => p.position, width: 20 },
    {
      header: { 'zh-CN': '领导干部', 'en-US': 'Leader' },
      value: (p) => p.isLeader,
      format: 'yesNo',
      width: 10,
    },
    { header: { 'zh-CN': '电话', 'en-US': 'Phone' }, value: (p) => p.phone, width: 16 },
    { header: { 'zh-CN': '电子邮箱', 'en-US': 'E-mail' }, value: (p) => p.email, width: 24 },
  ],
} satisfies Parameters<typeof listExportRoute<'listPersons', typeof listPersonsRoute>>[2];

const listAccountsRoute = {
  method: 'GET',
  path: '/api/accounts',
  tags: ['org'],
  summary: "Accounts in the caller's scope",
  access: { permission: 'org.account.read' },
  query: personListQuerySchema,
  response: { 200: pageOf(accountSchema) },
} as const;

const ROLE_LABELS: Record<Role, Localized> = {
  sys_admin: { 'zh-CN': '系统管理员', 'en-US': 'System administrator' },
  security_admin: { 'zh-CN': '安全管理员', 'en-US': 'Security administrator' },
  audit_admin: { 'zh-CN': '审计管理员', 'en-US': 'Audit administrator' },
  campaign_admin: { 'zh-CN': '督查室', 'en-US': 'Inspection office' },
  supervisor: { 'zh-CN': '监察部门', 'en-US': 'Supervisory department' },
  inspector: { 'zh-CN': '督查组', 'en-US': 'Inspection team' },
  unit_staff: { 'zh-CN': '单位填报员', 'en-US': 'Unit clerk' },
  unit_leader: { 'zh-CN': '单位负责人', 'en-US': 'Unit head' },
  leader: { 'zh-CN': '市领导', 'en-US': 'City leader' },
  evaluator: { 'zh-CN': '评议人', 'en-US': 'Evaluator' },
};
const DATA_SCOPE_LABELS: Record<DataScope, Localized> = {
  self_unit: { 'zh-CN': '本单位', 'en-US': 'Own unit' },
  unit_tree: { 'zh-CN': '本单位及下级', 'en-US': 'Own unit and subordinates' },
  all: { 'zh-CN': '全部', 'en-US': 'All' },
};

/** 角色（数据权限，单位）, one per line: "督查室（本单位及下级，示范市督查室）". */
function rolesCell(
  roles: readonly { role: Role; dataScope: DataScope; unitName: string }[],
  locale: keyof Localized,
): string {
  const [open, sep, close] = locale === 'zh-CN' ? ['（', '，', '）'] : [' (', ', ', ')'];
  return roles
    .map(
      (r) =>
        `${ROLE_LABELS[r.role][locale]}${open}${DATA_SCOPE_LABELS[r.dataScope][locale]}${sep}${r.unitName}${close}`,
    )
    .join('\n');
}

const listRoleGrantsRoute = {
  method: 'GET',
  path: '/api/role-grants',
  tags: ['security'],
  summary: "Role grants (pending by default filter) of accounts in the caller's scope",
  access: { permission: 'org.grant.approve' },
  query: roleGrantListQuerySchema,
  response: { 200: pageOf(roleGrantSchema) },
} as const;

const GRANT_STATUS_LABELS: Record<RoleGrantStatus, Localized> = {
  pending: { 'zh-CN': '待审批', 'en-US': 'Pending' },
  approved: { 'zh-CN': '已批准', 'en-US': 'Approved' },
  refused: { 'zh-CN': '不予授权', 'en-US': 'Refused' },
  withdrawn: { 'zh-CN': '已撤回', 'en-US': 'Withdrawn' },
};

/**
 * 角色授权审批登记表 for the security administrator: who asked for which role with which data
 * scope, and what was decided — the list's fields, which hold no secret.
 */
const roleGrantExport = {
  recordType: 'role_grant',
  title: { 'zh-CN': '角色授权审批登记表', 'en-US': 'Role grants' },
  fileName: { 'zh-CN': '角色授权审批登记表', 'en-US': 'role-grants' },
  columns: [
    { header: { 'zh-CN': '用户名', 'en-US': 'Username' }, value: (g) => g.username, width: 16 },
    { header: { 'zh-CN': '姓名', 'en-US': 'Name' }, value: (g) => g.personName, width: 12 },
    { header: { 'zh-CN': '所在单位', 'en-US': 'Unit' }, value: (g) => g.accountUnitName, width: 22 },
    {
      header: { 'zh-CN': '角色', 'en-US': 'Role' },
      value: (g) => g.role,
      format: { labels: ROLE_LABELS },
      width: 14,
    },
    {
      header: { 'zh-CN': '数据权限', 'en-US': 'Data scope' },
      value: (g) => g.dataScope,
      format: { labels: DATA_SCOPE_LABELS },
      width: 14,
    },
    { header: { 'zh-CN': '授权单位', 'en-US': 'Scope unit' }, value: (g) => g.unitName, width: 22 },
    {
      header: { 'zh-CN': '状态', 'en-US': 'Status' },
      value: (g) => g.status,
      format: { labels: GRANT_STATUS_LABELS },
      width: 10,
    },
    { header: { 'zh-CN': '申请人', 'en-US': 'Requested by' }, value: (g) => g.requestedByName, width: 12 },
    {
      header: { 'zh-CN': '申请时间', 'en-US': 'Requested at' },
      value: (g) => g.requestedAt,
      format: 'datetime',
      width: 18,
    },
    { header: { 'zh-CN': '审批人', 'en-US': 'Decided by' }, value: (g) => g.decidedByName, width: 12 },
    {
      header: { 'zh-CN': '审批时间', 'en-US': 'Decided at' },
      value: (g) => g.decidedAt,
      format: 'datetime',
      width: 18,
    },
    { header: { 'zh-CN': '审批意见', 'en-US': 'Opinion' }, value: (g) => g.reason, width: 30 },
  ],
} satisfies Parameters<typeof listExportRoute<'listRoleGrants', typeof listRoleGrantsRoute>>[2];

/**
 * 账号清册 for the security administrator's review of who holds what: the account, its roles
 * and its state — the list's fields only, which hold no secret (no password hash, no TOTP
 * secret, no session).
 */
const accountExport = {
  recordType: 'user_account',
  title: { 'zh-CN': '账号清册', 'en-US': 'Accounts' },
  fileName: { 'zh-CN': '账号清册', 'en-US': 'accounts' },
  columns: [
    { header: { 'zh-CN': '用户名', 'en-US': 'Username' }, value: (a) => a.username, width: 16 },
    { header: { 'zh-CN': '姓名', 'en-US': 'Name' }, value: (a) => a.personName, width: 12 },
    { header: { 'zh-CN': '所在单位', 'en-US': 'Unit' }, value: (a) => a.unitName, width: 24 },
    {
      header: { 'zh-CN': '角色', 'en-US': 'Roles' },
      value: (a, _i, locale) => rolesCell(a.roles, locale),
      width: 40,
    },
    {
      header: { 'zh-CN': '待审批授权', 'en-US': 'Pending grants' },
      value: (a, _i, locale) => rolesCell(a.pendingRoles, locale),
      width: 30,
    },
    {
      header: { 'zh-CN': '已停用', 'en-US': 'Disabled' },
      value: (a) => a.disabled,
      format: 'yesNo',
      width: 8,
    },
    {
      header: { 'zh-CN': '锁定至', 'en-US': 'Locked until' },
      value: (a) => a.lockedUntil,
      format: 'datetime',
      width: 18,
    },
    {
      header: { 'zh-CN': '须修改密码', 'en-US': 'Must change password' },
      value: (a) => a.mustChangePassword,
      format: 'yesNo',
      width: 10,
    },
    {
      header: { 'zh-CN': '最近登录', 'en-US': 'Last sign-in' },
      value: (a) => a.lastLoginAt,
      format: 'datetime',
      width: 18,
    },
    {
      header: { 'zh-CN': '创建时间', 'en-US': 'Created at' },
      value: (a) => a.createdAt,
      format: 'datetime',
      width: 18,
    },
  ],
} satisfies Parameters<typeof listExportRoute<'listAccounts', typeof listAccountsRoute>>[2];

export const orgContract = defineModuleContract({
  name: 'org',
  permissions: [
    'org.unit.read',
    'org.unit.write',
    'org.person.read',
    'org.person.write',
    'org.account.read',
    'org.account.write',
    'org.grant.approve',
    'org.person.contact',
  ],
  grants: {
    sys_admin: [
      'org.unit.read',
      'org.unit.write',
      'org.person.read',
      'org.person.write',
      'org.account.read',
      'org.account.write',
    ],
    // Approving grants: the second administrator of 三员分立.
    security_admin: ['org.unit.read', 'org.account.read', 'org.grant.approve'],
    // Contact details in full (org.person.contact) are business data: not the system administrator's.
    campaign_admin: [
      'org.unit.read',
      'org.unit.write',
      'org.person.read',
      'org.person.write',
      'org.person.contact',
      'org.account.read',
    ],
    supervisor: ['org.unit.read', 'org.person.read', 'org.person.contact'],
    inspector: ['org.unit.read', 'org.person.read', 'org.person.contact'],
    leader: ['org.unit.read', 'org.person.read', 'org.person.contact'],
    unit_staff: ['org.unit.read', 'org.person.read', 'org.person.contact'],
    unit_leader: ['org.unit.read', 'org.person.read', 'org.person.write', 'org.person.contact'],
    evaluator: ['org.unit.read'],
  },
  records: {
    unit: { readPermission: 'org.unit.read' },
    person: { readPermission: 'org.person.read' },
    user_account: { readPermission: 'org.account.read' },
    role_grant: { readPermission: 'org.grant.approve' },
  },
  auditEvents: [
    createdEvent('unit.created', 'unit', unitAuditShape),
    updatedEvent('unit.updated', 'unit', unitAuditShape),
    updatedEvent('unit.moved', 'unit', unitAuditShape),
    deletedEvent('unit.deleted', 'unit', unitAuditShape),
    createdEvent('person.created', 'person', personAuditShape),
    updatedEvent('person.updated', 'person', personAuditShape),
    deletedEvent('person.deleted', 'person', personAuditShape),
    viewedEvent('person.viewed', 'person'),
    listExportedEvent('person'),
    createdEvent('account.created', 'user_account', accountAuditShape),
    listExportedEvent('user_account'),
    listExportedEvent('role_grant'),
    updatedEvent('account.updated', 'user_account', accountAuditShape),
    createdEvent('role_grant.requested', 'role_grant', roleGrantAuditShape),
    transitionEvent('role_grant.approved', 'role_grant', roleGrantAuditShape),
    transitionEvent('role_grant.refused', 'role_grant', roleGrantAuditShape),
    transitionEvent('role_grant.withdrawn', 'role_grant', roleGrantAuditShape),
  ],
  errors: {
    UNIT_CYCLE: 409,
    UNIT_HAS_CHILDREN: 409,
    UNIT_HAS_RECORDS: 409,
    PERSON_HAS_ACCOUNT: 409,
    USERNAME_TAKEN: 409,
    WEAK_PASSWORD: 400,
    ADMIN_ROLES_EXCLUSIVE: 400,
    ROLE_GRANT_OWN: 403,
  },
  routes: defineRoutes({
    listUnits: {
      method: 'GET',
      path: '/api/units',
      tags: ['org'],
      summary: "Units in the caller's scope, in tree order",
      access: { permission: 'org.unit.read' },
      query: unitListQuerySchema,
      response: { 200: listOf(unitSchema) },
    },
    getUnit: {
      method: 'GET',
      path: '/api/units/:id',
      tags: ['org'],
      summary: 'One unit',
      access: { permission: 'org.unit.read' },
      record: 'unit',
      params: idParamsSchema,
      response: { 200: unitSchema },
    },
    createUnit: {
      method: 'POST',
      path: '/api/units',
      tags: ['org'],
      summary: 'Add a unit',
      access: { permission: 'org.unit.write' },
      body: createUnitSchema,
      response: { 201: unitSchema },
    },
    updateUnit: {
      method: 'PATCH',
      path: '/api/units/:id',
      tags: ['org'],
      summary: "Edit a unit's fields",
      access: { permission: 'org.unit.write' },
      record: 'unit',
      params: idParamsSchema,
      body: updateUnitSchema,
      response: { 200: unitSchema },
    },
    moveUnit: {
      method: 'POST',
      path: '/api/units/:id/move',
      tags: ['org'],
      summary: 'Move a unit and its subtree under another parent',
      access: { permission: 'org.unit.write' },
      record: 'unit',
      params: idParamsSchema,
      body: moveUnitSchema,
      response: { 200: unitSchema },
    },
    deleteUnit: {
      method: 'DELETE',
      path: '/api/units/:id',
      tags: ['org'],
      summary: 'Delete a unit without children or records',
      access: { permission: 'org.unit.write' },
      record: 'unit',
      params: idParamsSchema,
      response: { 200: okSchema },
    },
    listPersons: listPersonsRoute,
    exportPersons: listExportRoute('listPersons', listPersonsRoute, personExport),
    viewPerson: {
      method: 'GET',
      path: '/api/persons/:id',
      tags: ['org'],
      summary: 'One person with contact details (the view is audited)',
      access: { permission: 'org.person.read' },
      record: 'person',
      params: idParamsSchema,
      response: { 200: personSchema },
    },
    createPerson: {
      method: 'POST',
      path: '/api/persons',
      tags: ['org'],
      summary: 'Add a person',
      access: { permission: 'org.person.write' },
      body: createPersonSchema,
      response: { 201: personSchema },
    },
    updatePerson: {
      method: 'PATCH',
      path: '/api/persons/:id',
      tags: ['org'],
      summary: 'Edit a person',
      access: { permission: 'org.person.write' },
      record: 'person',
      params: idParamsSchema,
      body: updatePersonSchema,
      response: { 200: personSchema },
    },
    deletePerson: {
      method: 'DELETE',
      path: '/api/persons/:id',
      tags: ['org'],
      summary: 'Delete a person without an account',
      access: { permission: 'org.person.write' },
      record: 'person',
      params: idParamsSchema,
      response: { 200: okSchema },
    },
    listAccounts: listAccountsRoute,
    exportAccounts: listExportRoute('listAccounts', listAccountsRoute, accountExport),
    getAccount: {
      method: 'GET',
      path: '/api/accounts/:id',
      tags: ['org'],
      summary: 'One account with its role assignments',
      access: { permission: 'org.account.read' },
      record: 'user_account',
      params: idParamsSchema,
      response: { 200: accountSchema },
    },
    createAccount: {
      method: 'POST',
      path: '/api/accounts',
      tags: ['org'],
      summary: 'Create an account for a person',
      access: { permission: 'org.account.write' },
      body: createAccountSchema,
      response: { 201: accountSchema },
    },
    listRoleGrants: listRoleGrantsRoute,
    exportRoleGrants: listExportRoute('listRoleGrants', listRoleGrantsRoute, roleGrantExport),
    ...workflowRoutes(ROLE_GRANT_WORKFLOW, {
      name: 'RoleGrant',
      basePath: '/api/role-grants/:id',
      tags: ['security'],
      response: roleGrantSchema,
      summaries: {
        approve: 'Approve a pending grant: the role takes effect',
        refuse: 'Refuse a pending grant, with a reason',
      },
    }),
    updateAccount: {
      method: 'PATCH',
      path: '/api/accounts/:id',
      tags: ['org'],
      summary: 'Change roles, disable, reset password or unlock',
      access: { permission: 'org.account.write' },
      record: 'user_account',
      params: idParamsSchema,
      body: updateAccountSchema,
      response: { 200: accountSchema },
    },
  }),
});
