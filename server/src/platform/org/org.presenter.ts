import type { Account, Person, Role, RoleGrant, Unit } from '@zeren/contracts';
import type { FieldCipher } from '../crypto';
import { maskPersonal } from '../crypto';
import type { AccountRow, GrantViewRow, PersonRow, UnitRow } from './org.repository';

export function presentUnit(row: UnitRow): Unit {
  return {
    id: row.id,
    parentId: row.parentId,
    name: row.name,
    shortName: row.shortName,
    code: row.code,
    kind: row.kind,
    level: row.level,
    sortOrder: row.sortOrder,
    path: row.path,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Contact details in full only when `reveal` (a logged view of one person); masked otherwise. */
export function presentPerson(
  row: { person: PersonRow; unitName: string },
  cipher: FieldCipher,
  reveal: boolean,
): Person {
  const phone = cipher.decryptNullable(row.person.phoneEnc);
  const email = cipher.decryptNullable(row.person.emailEnc);
  return {
    id: row.person.id,
    unitId: row.person.unitId,
    unitName: row.unitName,
    name: row.person.name,
    position: row.person.position,
    isLeader: row.person.isLeader,
    phone: reveal ? phone : maskPersonal(phone),
    email: reveal ? email : maskPersonal(email),
    createdAt: row.person.createdAt.toISOString(),
    updatedAt: row.person.updatedAt.toISOString(),
  };
}

export interface AssignmentRow {
  id: string;
  userId: string;
  role: string;
  dataScope: 'self_unit' | 'unit_tree' | 'all';
  unitId: string;
  unitName: string;
}

const presentAssignment = (r: Omit<AssignmentRow, 'userId'>) => ({
  id: r.id,
  role: r.role as Role,
  dataScope: r.dataScope,
  unitId: r.unitId,
  unitName: r.unitName,
});

export function presentAccount(
  row: { account: AccountRow; personName: string; unitId: string; unitName: string },
  assignments: AssignmentRow[],
  pending: AssignmentRow[] = [],
): Account {
  const a = row.account;
  return {
    id: a.id,
    username: a.username,
    personId: a.personId,
    personName: row.personName,
    unitId: row.unitId,
    unitName: row.unitName,
    locale: a.locale,
    disabled: a.disabled,
    lockedUntil: a.lockedUntil?.toISOString() ?? null,
    lastLoginAt: a.lastLoginAt?.toISOString() ?? null,
    roles: assignments.filter((r) => r.userId === a.id).map(presentAssignment),
    pendingRoles: pending.filter((r) => r.userId === a.id).map(presentAssignment),
    mustChangePassword: a.passwordMustChange,
    createdAt: a.createdAt.toISOString(),
  };
}

export function presentGrant(row: GrantViewRow): RoleGrant {
  const g = row.grant;
  return {
    id: g.id,
    userId: g.userId,
    username: row.username,
    personName: row.personName,
    accountUnitName: row.accountUnitName,
    role: g.role as Role,
    dataScope: g.dataScope,
    unitId: g.unitId,
    unitName: row.unitName,
    status: g.status,
    requestedByName: row.requestedByName,
    requestedAt: g.createdAt.toISOString(),
    decidedByName: row.decidedByName,
    decidedAt: g.decidedAt?.toISOString() ?? null,
    reason: g.reason,
  };
}
