import type { DataScope, Role } from '@zeren/contracts';
import { format } from '../../i18n/format';
import { type Formatter, fmt, HIDDEN, LIST_EXPORT_FIELDS, type RecordDescriptor } from '../../lib/history';

/** A parent unit; none is the top level. */
const parentUnit: Formatter = (value, ctx) => (value === null ? ctx.t.unit.root : fmt.unit(value, ctx));

/** A role assignment as the log stores it, `unit_staff:self_unit@<unit id>`, read as 单位填报员（本单位 · 市教育局）, Unit clerk (Own unit · …). */
const roleAssignment: Formatter = (value, ctx) => {
  const match = typeof value === 'string' ? /^(\w+):(\w+)@(.+)$/.exec(value) : null;
  if (!match) return fmt.text(value, ctx);
  const [, role, scope, unitId] = match as unknown as [string, string, string, string];
  // The catalogues label every role and scope (i18n.test): their keys, without loading the contracts.
  const roleLabel = Object.hasOwn(ctx.t.role, role) ? ctx.t.role[role as Role] : role;
  const scopeLabel = Object.hasOwn(ctx.t.dataScope, scope) ? ctx.t.dataScope[scope as DataScope] : scope;
  return format(ctx.t.common.withNote, { text: roleLabel, note: `${scopeLabel} · ${fmt.unit(unitId, ctx)}` });
};

export const unitRecord: RecordDescriptor = {
  type: 'unit',
  label: (t) => t.unit.title,
  fields: {
    name: { label: (t) => t.unit.name },
    shortName: { label: (t) => t.unit.shortName },
    code: { label: (t) => t.unit.code },
    kind: { label: (t) => t.unit.kind, format: fmt.label((t) => t.unitKind) },
    level: { label: (t) => t.unit.level, format: fmt.label((t) => t.unitLevel) },
    parentId: { label: (t) => t.unit.parent, format: parentUnit },
    sortOrder: { label: (t) => t.unit.sortOrder },
    id: HIDDEN,
    path: HIDDEN,
  },
};

export const personRecord: RecordDescriptor = {
  type: 'person',
  label: (t) => t.person.title,
  fields: {
    ...LIST_EXPORT_FIELDS,
    name: { label: (t) => t.person.name },
    unitId: { label: (t) => t.person.unit, format: fmt.unit },
    position: { label: (t) => t.person.position },
    isLeader: { label: (t) => t.person.isLeader, format: fmt.bool },
    phone: { label: (t) => t.person.phone },
    email: { label: (t) => t.person.email },
    id: HIDDEN,
  },
};

export const accountRecord: RecordDescriptor = {
  type: 'user_account',
  label: (t) => t.account.title,
  fields: {
    ...LIST_EXPORT_FIELDS,
    username: { label: (t) => t.account.username },
    personId: { label: (t) => t.account.person, format: fmt.person },
    roles: { label: (t) => t.account.roles, format: fmt.list(roleAssignment) },
    disabled: { label: (t) => t.account.disable, format: fmt.bool },
    passwordChanged: { label: (t) => t.account.resetPassword, format: fmt.bool },
    lockedUntil: { label: (t) => t.account.lockedUntil, format: fmt.dateTime },
    failedAttempts: { label: (t) => t.account.failedAttempts },
    locale: { label: (t) => t.lang.label, format: fmt.label((t) => t.lang) },
    reason: { label: (t) => t.account.failureReason },
    usernameHash: { label: (t) => t.account.usernameHash },
    pendingRoles: { label: (t) => t.account.pendingRoles, format: fmt.list(roleAssignment) },
    mustChangePassword: { label: (t) => t.account.mustChangePassword, format: fmt.bool },
    sessionsEnded: { label: (t) => t.account.sessionsEnded },
    scope: { label: (t) => t.account.lockScope, format: fmt.label((t) => t.account.lockScopes) },
    addresses: { label: (t) => t.account.lockAddresses },
    via: { label: (t) => t.account.via, format: fmt.label((t) => ({ cli: t.account.viaCli })) },
  },
};

/** A role requested for an account, decided by the security administrator (三员分立). */
export const roleGrantRecord: RecordDescriptor = {
  type: 'role_grant',
  label: (t) => t.grant.title,
  fields: {
    ...LIST_EXPORT_FIELDS,
    status: { label: (t) => t.grant.status, format: fmt.label((t) => t.grantStatus) },
    username: { label: (t) => t.account.username },
    role: { label: (t) => t.account.role, format: fmt.label((t) => t.role) },
    dataScope: { label: (t) => t.account.dataScope, format: fmt.label((t) => t.dataScope) },
    unitId: { label: (t) => t.account.scopeUnit, format: fmt.unit },
    reason: { label: (t) => t.grant.reason },
    opinion: { label: (t) => t.grant.opinion },
    userId: HIDDEN,
    requestedBy: HIDDEN,
  },
};
