import { DATA_SCOPES, type DataScope, ROLES, type Role } from '@zeren/contracts';
import { type Formatter, fmt, HIDDEN, type RecordDescriptor } from '../../lib/history';

/** A parent unit; none is the top level. */
const parentUnit: Formatter = (value, ctx) => (value === null ? ctx.t.unit.root : fmt.unit(value, ctx));

/** A role assignment as the log stores it, `unit_staff:self_unit@<unit id>`, read as 单位填报员（本单位 · 市教育局）. */
const roleAssignment: Formatter = (value, ctx) => {
  const match = typeof value === 'string' ? /^(\w+):(\w+)@(.+)$/.exec(value) : null;
  if (!match) return fmt.text(value, ctx);
  const [, role, scope, unitId] = match as unknown as [string, string, string, string];
  const roleLabel = (ROLES as readonly string[]).includes(role) ? ctx.t.role[role as Role] : role;
  const scopeLabel = (DATA_SCOPES as readonly string[]).includes(scope)
    ? ctx.t.dataScope[scope as DataScope]
    : scope;
  return `${roleLabel}（${scopeLabel} · ${fmt.unit(unitId, ctx)}）`;
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
    username: { label: (t) => t.account.username },
    personId: { label: (t) => t.account.person, format: fmt.person },
    roles: { label: (t) => t.account.roles, format: fmt.list(roleAssignment) },
    disabled: { label: (t) => t.account.disable, format: fmt.bool },
    passwordChanged: { label: (t) => t.account.resetPassword, format: fmt.bool },
    lockedUntil: { label: (t) => t.account.lockedUntil, format: fmt.dateTime },
    failedAttempts: { label: (t) => t.account.failedAttempts },
    locale: { label: (t) => t.lang.label, format: fmt.label((t) => t.lang) },
    reason: { label: (t) => t.account.failureReason },
    via: { label: (t) => t.account.via, format: fmt.label((t) => ({ cli: t.account.viaCli })) },
  },
};
