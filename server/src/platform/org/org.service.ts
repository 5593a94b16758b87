import {
  type Account,
  type CreateAccountInput,
  type CreatePersonInput,
  type CreateUnitInput,
  type Page,
  type PageQuery,
  type Person,
  ROLE_GRANT_WORKFLOW,
  type Role,
  type RoleAssignmentInput,
  type RoleGrant,
  type RoleGrantAction,
  type Unit,
  type UpdateAccountInput,
  type UpdatePersonInput,
  type UpdateUnitInput,
} from '@zeren/contracts';
import type { DbOrTx } from '../../db/client';
import { newId } from '../../db/columns';
import { isForeignKeyViolation } from '../../db/errors';
import { changedFields } from '../audit/audit.service';
import { clearSignInFailures, deleteSessionsOfUser } from '../auth/auth.repository';
import { hashPassword, passwordProblems } from '../auth/password';
import { inTransaction, requireActor, type ServiceContext, type TxContext } from '../context';
import { AppError, type FieldIssue, fieldError } from '../errors';
import { requireTargetUnit } from '../records';
import { grantScope, Scope } from '../scope';
import type { WorkbenchSource } from '../workbench';
import { applyTransition } from '../workflow';
import { presentAccount, presentGrant, presentPerson, presentUnit } from './org.presenter';
import { accountRecord, personRecord, roleGrantRecord, unitRecord } from './org.records';
import * as repo from './org.repository';
import type { userAccount } from './org.table';
import { violatesRoleSeparation } from './role-separation';

// ---------------------------------------------------------------- units

/** Units in the caller's scope, ordered as a tree (by path). */
export async function listUnits(
  ctx: ServiceContext,
  filter: { parentId?: string; q?: string },
): Promise<Unit[]> {
  const rows = await repo.listUnits(ctx.db, grantScope(ctx), filter);
  return rows.map(presentUnit);
}

/** One unit, 404 when outside the caller's scope. */
export async function getUnit(ctx: ServiceContext, id: string): Promise<Unit> {
  return presentUnit(await unitRecord.loadForRead(ctx, id));
}

/** Adds a unit under a parent in the caller's write scope. */
export async function createUnit(ctx: ServiceContext, input: CreateUnitInput): Promise<Unit> {
  return inTransaction(ctx, async (tx) => {
    const parent = await requireParent(tx, input.parentId);
    await assertCodeFree(tx.tx, input.code ?? null, null);
    const id = newId();
    const now = ctx.clock.now();
    const created = await repo.insertUnit(tx.tx, {
      id,
      parentId: input.parentId,
      name: input.name,
      shortName: input.shortName ?? null,
      code: input.code ?? null,
      kind: input.kind,
      level: input.level,
      sortOrder: input.sortOrder,
      path: `${parent?.path ?? '/'}${id}/`,
      createdAt: now,
      updatedAt: now,
    });
    const view = presentUnit(created);
    await tx.audit({
      action: 'unit.created',
      recordType: 'unit',
      recordId: id,
      unitId: id,
      after: unitAudit(view),
    });
    return view;
  });
}

/** Edits a unit's own fields (not its place in the tree: see moveUnit). */
export async function updateUnit(ctx: ServiceContext, id: string, input: UpdateUnitInput): Promise<Unit> {
  return inTransaction(ctx, async (tx) => {
    const current = await unitRecord.loadForChange(tx, id);
    if (input.code !== undefined) await assertCodeFree(tx.tx, input.code ?? null, id);
    const updated = await repo.updateUnit(tx.tx, id, { ...input, updatedAt: ctx.clock.now() });
    const diff = changedFields(unitAudit(presentUnit(current)), unitAudit(presentUnit(updated)));
    await tx.audit({ action: 'unit.updated', recordType: 'unit', recordId: id, unitId: id, ...diff });
    return presentUnit(updated);
  });
}

/** Moves a unit (with its subtree) under another parent; never under itself or a descendant. */
export async function moveUnit(ctx: ServiceContext, id: string, parentId: string | null): Promise<Unit> {
  return inTransaction(ctx, async (tx) => {
    const current = await unitRecord.loadForChange(tx, id);
    const parent = await requireParent(tx, parentId);
    if (parent?.path.startsWith(current.path)) throw new AppError('UNIT_CYCLE');
    const newPath = `${parent?.path ?? '/'}${id}/`;
    await repo.rewriteSubtreePaths(tx.tx, current.path, newPath);
    const moved = await repo.updateUnit(tx.tx, id, { parentId, updatedAt: ctx.clock.now() });
    await tx.audit({
      action: 'unit.moved',
      recordType: 'unit',
      recordId: id,
      unitId: id,
      before: { parentId: current.parentId, path: current.path },
      after: { parentId, path: newPath },
    });
    return presentUnit(moved);
  });
}

/** Deletes a unit that has no subordinate units and no records. */
export async function deleteUnit(ctx: ServiceContext, id: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const current = await unitRecord.loadForChange(tx, id);
    if ((await repo.countChildren(tx.tx, id)) > 0) throw new AppError('UNIT_HAS_CHILDREN');
    if ((await repo.countUnitRecords(tx.tx, id)) > 0) throw new AppError('UNIT_HAS_RECORDS');
    // Records of later modules hang on units by foreign key; the database is the complete check.
    await repo.deleteUnit(tx.tx, id).catch((error: unknown) => {
      if (isForeignKeyViolation(error)) throw new AppError('UNIT_HAS_RECORDS');
      throw error;
    });
    await tx.audit({
      action: 'unit.deleted',
      recordType: 'unit',
      recordId: id,
      unitId: id,
      before: unitAudit(presentUnit(current)),
    });
  });
}

function unitAudit(u: Unit) {
  const { createdAt: _c, updatedAt: _u, ...rest } = u;
  return rest;
}

/**
 * The parent of a new or moved unit: one in the scope of the route's permission, or none (a root),
 * which only a caller reaching every unit may create.
 */
async function requireParent(tx: TxContext, parentId: string | null) {
  if (parentId === null) {
    if (!grantScope(tx).global) throw new AppError('FORBIDDEN');
    return undefined;
  }
  return requireTargetUnit(tx, parentId, 'parentId');
}

async function assertCodeFree(db: DbOrTx, code: string | null, exceptId: string | null) {
  if (!code) return;
  const taken = await repo.findUnitByCode(db, code);
  if (taken && taken.id !== exceptId) throw fieldError('code', 'field.taken');
}

// ---------------------------------------------------------------- persons

/** Persons in the caller's scope; contact details masked. */
export async function listPersons(
  ctx: ServiceContext,
  query: { unitId?: string; q?: string } & PageQuery,
): Promise<Page<Person>> {
  const { limit, after, ...filter } = query;
  const page = await repo.listPersons(ctx.db, grantScope(ctx), filter, { limit, after });
  return { ...page, items: page.items.map((r) => presentPerson(r, ctx.cipher, false)) };
}

/**
 * Whether the caller sees a person's contact details in full: only with org.person.contact
 * reaching the person's unit — a business role's, never the system administrator's (三员分立).
 */
function revealsContacts(ctx: ServiceContext, unit: { id: string; path: string }): boolean {
  return ctx.actor !== null && Scope.of(ctx.actor, 'org.person.contact').covers(unit);
}

/**
 * One person, contact details in full for whoever holds org.person.contact there (masked for
 * the system administrator); the view is audited because they are personal data.
 */
export async function viewPerson(ctx: ServiceContext, id: string): Promise<Person> {
  return inTransaction(ctx, async (tx) => {
    const row = await personRecord.loadForRead(ctx, id, tx.tx);
    await tx.audit({
      action: 'person.viewed',
      recordType: 'person',
      recordId: id,
      unitId: row.person.unitId,
    });
    return presentPerson(row, ctx.cipher, revealsContacts(ctx, { id: row.unitId, path: row.unitPath }));
  });
}

/** Adds a person to a unit in the caller's write scope. */
export async function createPerson(ctx: ServiceContext, input: CreatePersonInput): Promise<Person> {
  return inTransaction(ctx, async (tx) => {
    const target = await requireTargetUnit(tx, input.unitId, 'unitId');
    const now = ctx.clock.now();
    const created = await repo.insertPerson(tx.tx, {
      unitId: input.unitId,
      name: input.name,
      position: input.position ?? null,
      isLeader: input.isLeader,
      phoneEnc: ctx.cipher.encryptNullable(input.phone),
      emailEnc: ctx.cipher.encryptNullable(input.email),
      createdAt: now,
      updatedAt: now,
    });
    const view = presentPerson({ person: created, unitName: target.name }, ctx.cipher, true);
    await tx.audit({
      action: 'person.created',
      recordType: 'person',
      recordId: view.id,
      unitId: view.unitId,
      after: personAudit(view),
    });
    return presentPerson(
      { person: created, unitName: target.name },
      ctx.cipher,
      revealsContacts(ctx, target),
    );
  });
}

/** Edits a person; moving them to another unit needs write scope on both. */
export async function updatePerson(
  ctx: ServiceContext,
  id: string,
  input: UpdatePersonInput,
): Promise<Person> {
  return inTransaction(ctx, async (tx) => {
    const current = await personRecord.loadForChange(tx, id);
    if (input.unitId && input.unitId !== current.person.unitId)
      await requireTargetUnit(tx, input.unitId, 'unitId');
    const { phone, email, ...plain } = input;
    await repo.updatePerson(tx.tx, id, {
      ...plain,
      ...(phone !== undefined ? { phoneEnc: ctx.cipher.encryptNullable(phone) } : {}),
      ...(email !== undefined ? { emailEnc: ctx.cipher.encryptNullable(email) } : {}),
      updatedAt: ctx.clock.now(),
    });
    const updated = await personRecord.reload(tx.tx, id);
    const before = presentPerson(current, ctx.cipher, true);
    const after = presentPerson(updated, ctx.cipher, true);
    const diff = changedFields(personAudit(before), personAudit(after));
    await tx.audit({
      action: 'person.updated',
      recordType: 'person',
      recordId: id,
      unitId: after.unitId,
      ...diff,
    });
    return presentPerson(
      updated,
      ctx.cipher,
      revealsContacts(ctx, { id: updated.unitId, path: updated.unitPath }),
    );
  });
}

/** Deletes a person who has no account. */
export async function deletePerson(ctx: ServiceContext, id: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const current = await personRecord.loadForChange(tx, id);
    if (await repo.findAccountOfPerson(tx.tx, id)) throw new AppError('PERSON_HAS_ACCOUNT');
    await repo.deletePerson(tx.tx, id);
    await tx.audit({
      action: 'person.deleted',
      recordType: 'person',
      recordId: id,
      unitId: current.person.unitId,
      before: personAudit(presentPerson(current, ctx.cipher, true)),
    });
  });
}

function personAudit(p: Person) {
  const { createdAt: _c, updatedAt: _u, unitName: _n, ...rest } = p;
  return rest;
}

// ---------------------------------------------------------------- accounts

/** Accounts whose person is in the caller's scope. */
export async function listAccounts(
  ctx: ServiceContext,
  query: { unitId?: string; q?: string } & PageQuery,
): Promise<Page<Account>> {
  const { limit, after, ...filter } = query;
  const page = await repo.listAccounts(ctx.db, grantScope(ctx), filter, { limit, after });
  const ids = page.items.map((r) => r.account.id);
  const assignments = await repo.listAssignments(ctx.db, ids);
  const pending = await repo.listPendingGrants(ctx.db, ids);
  return { ...page, items: page.items.map((r) => presentAccount(r, assignments, pending)) };
}

/** One account, 404 outside scope. */
export async function getAccount(ctx: ServiceContext, id: string): Promise<Account> {
  return viewAccount(ctx.db, await accountRecord.loadForRead(ctx, id));
}

async function viewAccount(
  db: DbOrTx,
  row: Awaited<ReturnType<typeof repo.findAccount>> & {},
): Promise<Account> {
  const ids = [row.account.id];
  return presentAccount(row, await repo.listAssignments(db, ids), await repo.listPendingGrants(db, ids));
}

/**
 * Creates an account for a person. Its roles are requested, not granted: each waits for a
 * security administrator's approval (三员分立), and the password is one-time (the user must
 * change it at the first sign-in).
 */
export async function createAccount(ctx: ServiceContext, input: CreateAccountInput): Promise<Account> {
  const problems = passwordProblems(input.password, input.username);
  if (problems.length > 0) throw new AppError('VALIDATION_FAILED', {}, problems);
  checkRoles(input.roles);
  const passwordHash = await hashPassword(input.password);
  return inTransaction(ctx, async (tx) => {
    // The person must lie in the scope of the route's permission.
    const target = await repo.findPerson(tx.tx, input.personId, grantScope(tx));
    if (!target) throw fieldError('personId', 'field.not_found');
    if (await repo.findAccountOfPerson(tx.tx, input.personId)) throw fieldError('personId', 'field.taken');
    if (await repo.findAccountIdByUsername(tx.tx, input.username))
      throw new AppError('USERNAME_TAKEN', {}, [{ path: 'username', key: 'field.taken' }]);
    await assertAssignmentUnits(tx.tx, input.roles);
    const now = ctx.clock.now();
    const created = await repo.insertAccount(tx.tx, {
      username: input.username,
      passwordHash,
      passwordMustChange: true,
      personId: input.personId,
      createdAt: now,
      updatedAt: now,
    });
    const view = await viewAccount(tx.tx, await accountRecord.reload(tx.tx, created.id));
    await tx.audit({
      action: 'account.created',
      recordType: 'user_account',
      recordId: created.id,
      unitId: view.unitId,
      after: { ...accountAudit(view), pendingRoles: input.roles.map(assignmentKey).sort() },
    });
    await requestGrants(
      tx,
      { id: created.id, username: input.username, unitId: view.unitId },
      uniqueRoles(input.roles),
    );
    return viewAccount(tx.tx, await accountRecord.reload(tx.tx, created.id));
  });
}

/**
 * Changes roles, disables, sets the password or unlocks an account. A role that is new or wider
 * than what the account holds becomes a pending grant (the security administrator approves it);
 * a role taken away, or narrowed within what it held, changes at once; pending grants left out
 * are withdrawn. A password set here is one-time: the user must change it at the next sign-in,
 * and the account's open sessions end.
 */
export async function updateAccount(
  ctx: ServiceContext,
  id: string,
  input: UpdateAccountInput,
): Promise<Account> {
  if (input.roles) checkRoles(input.roles);
  return inTransaction(ctx, async (tx) => {
    const before = await viewAccount(tx.tx, await accountRecord.loadForChange(tx, id));
    const changes: Partial<typeof userAccount.$inferInsert> = { updatedAt: ctx.clock.now() };
    if (input.password !== undefined) {
      const problems = passwordProblems(input.password, before.username);
      if (problems.length > 0) throw new AppError('VALIDATION_FAILED', {}, problems);
      changes.passwordHash = await hashPassword(input.password);
      changes.passwordMustChange = true;
    }
    if (input.disabled !== undefined) changes.disabled = input.disabled;
    if (input.unlock) Object.assign(changes, { lockedUntil: null, failedAttempts: 0 });
    await repo.updateAccount(tx.tx, id, changes);
    if (input.unlock) await clearSignInFailures(tx.tx, id);
    if (input.roles) {
      await assertAssignmentUnits(tx.tx, input.roles);
      await changeRoles(
        tx,
        { id, username: before.username, unitId: before.unitId },
        uniqueRoles(input.roles),
      );
    }
    // A password reset or disabling ends the account's open sessions.
    if (input.password !== undefined || input.disabled) await deleteSessionsOfUser(tx.tx, id);
    const after = await viewAccount(tx.tx, await accountRecord.reload(tx.tx, id));
    const diff = changedFields(accountAudit(before), accountAudit(after));
    if (input.password !== undefined) Object.assign(diff.after, { passwordChanged: true as const });
    await tx.audit({
      action: 'account.updated',
      recordType: 'user_account',
      recordId: id,
      unitId: after.unitId,
      ...diff,
    });
    return after;
  });
}

const assignmentKey = (r: { role: string; dataScope: string; unitId: string }) =>
  `${r.role}:${r.dataScope}@${r.unitId}`;

function uniqueRoles(roles: RoleAssignmentInput[]): RoleAssignmentInput[] {
  return [...new Map(roles.map((r) => [assignmentKey(r), r])).values()];
}

/** Whether holding `held` already gives everything `wanted` gives (same role, a scope at least as wide). */
function coversAssignment(
  held: { role: string; dataScope: string; unitId: string },
  wanted: { role: string; dataScope: string; unitId: string },
  paths: Map<string, string>,
): boolean {
  if (held.role !== wanted.role) return false;
  if (held.dataScope === 'all') return true;
  if (wanted.dataScope === 'all') return false;
  if (held.dataScope === 'self_unit')
    return wanted.dataScope === 'self_unit' && wanted.unitId === held.unitId;
  return (paths.get(wanted.unitId) ?? '').startsWith(paths.get(held.unitId) ?? '\u0000');
}

/** Stores requested assignments as pending grants, each audited. */
async function requestGrants(
  tx: TxContext,
  account: { id: string; username: string; unitId: string },
  roles: RoleAssignmentInput[],
): Promise<void> {
  const actor = requireActor(tx);
  const now = tx.clock.now();
  const rows = await repo.insertGrants(
    tx.tx,
    roles.map((r) => ({
      userId: account.id,
      role: r.role,
      dataScope: r.dataScope,
      unitId: r.unitId,
      status: 'pending' as const,
      requestedBy: actor.userId,
      createdAt: now,
      updatedAt: now,
    })),
  );
  for (const row of rows)
    await tx.audit({
      action: 'role_grant.requested',
      recordType: 'role_grant',
      recordId: row.id,
      unitId: account.unitId,
      after: {
        userId: account.id,
        username: account.username,
        role: row.role,
        dataScope: row.dataScope,
        unitId: row.unitId,
        requestedBy: actor.userId,
      },
    });
}

/** Moves an account's roles to `wanted`: removals and narrowings at once, grants and widenings pending. */
async function changeRoles(
  tx: TxContext,
  account: { id: string; username: string; unitId: string },
  wanted: RoleAssignmentInput[],
): Promise<void> {
  const actor = requireActor(tx);
  const now = tx.clock.now();
  const held = await repo.listAssignments(tx.tx, [account.id]);
  const pending = await repo.listPendingGrants(tx.tx, [account.id]);
  const wantedKeys = new Set(wanted.map(assignmentKey));
  const heldKeys = new Set(held.map(assignmentKey));
  const pendingKeys = new Set(pending.map(assignmentKey));
  const units = await repo.findUnitRefs(tx.tx, [...new Set([...held, ...wanted].map((r) => r.unitId))]);
  const paths = new Map(units.map((u) => [u.id, u.path]));
  const toRequest: RoleAssignmentInput[] = [];
  for (const w of wanted) {
    if (heldKeys.has(assignmentKey(w)) || pendingKeys.has(assignmentKey(w))) continue;
    // Narrower than (or as wide as) a role the account held: no new access, so no approval.
    if (held.some((h) => coversAssignment(h, w, paths)))
      await repo.insertAssignment(tx.tx, { ...w, userId: account.id });
    else toRequest.push(w);
  }
  // A role taken away ends now; one being widened stays as it was until the wider grant is decided.
  const requestedOrPending = [...toRequest, ...pending.filter((p) => wantedKeys.has(assignmentKey(p)))];
  for (const h of held)
    if (!wantedKeys.has(assignmentKey(h)) && !requestedOrPending.some((w) => coversAssignment(w, h, paths)))
      await repo.deleteAssignment(tx.tx, h.id);
  for (const p of pending) {
    if (wantedKeys.has(assignmentKey(p))) continue;
    await repo.updateGrant(tx.tx, p.id, {
      status: 'withdrawn',
      decidedBy: actor.userId,
      decidedAt: now,
      updatedAt: now,
    });
    await tx.audit({
      action: 'role_grant.withdrawn',
      recordType: 'role_grant',
      recordId: p.id,
      unitId: account.unitId,
      before: { status: 'pending' },
      after: {
        status: 'withdrawn',
        userId: account.id,
        role: p.role,
        dataScope: p.dataScope,
        unitId: p.unitId,
      },
    });
  }
  await requestGrants(tx, account, toRequest);
}

// ---------------------------------------------------------------- role grants (the security administrator)

/** Grants of accounts in the caller's scope, newest first (pending ones only with status=pending). */
export async function listRoleGrants(
  ctx: ServiceContext,
  query: { status?: string } & PageQuery,
): Promise<Page<RoleGrant>> {
  const { limit, after, ...filter } = query;
  const page = await repo.listGrants(ctx.db, grantScope(ctx), filter, { limit, after });
  return { ...page, items: page.items.map(presentGrant) };
}

/**
 * The security administrator's workbench entry: the pending grants 授权审批 lists. All of them,
 * although the approver decides none for their own account: 三员分立 leaves such a grant only a
 * wider scope of their own role, and no security administrator requests grants (docs/operations.md).
 */
export const pendingRoleGrantsEntry: WorkbenchSource = {
  key: 'roleGrants.toApprove',
  permission: 'org.grant.approve',
  operationId: 'listRoleGrants',
  query: { status: 'pending' },
  count: async (ctx, query) => (await listRoleGrants(ctx, { ...query, limit: 1 })).total,
};

/**
 * Approves (the role takes effect) or refuses a pending grant. The deciding administrator may
 * not be the one who requested it nor its beneficiary, and must reach what it grants: its unit,
 * and every unit for data scope `all`.
 */
export async function decideRoleGrant(
  ctx: ServiceContext,
  id: string,
  action: RoleGrantAction,
  input: Record<string, string | null | undefined>,
): Promise<RoleGrant> {
  const actor = requireActor(ctx);
  return inTransaction(ctx, async (tx) => {
    const current = await roleGrantRecord.loadForChange(tx, id);
    const g = current.grant;
    if (g.requestedBy === actor.userId || g.userId === actor.userId) throw new AppError('ROLE_GRANT_OWN');
    if (action === 'approve' && g.status === 'pending') {
      const scope = grantScope(tx);
      if (
        g.dataScope === 'all' ? !scope.global : !scope.covers({ id: g.unitId, path: current.grantUnitPath })
      )
        throw new AppError('FORBIDDEN');
      const held = await repo.listAssignments(tx.tx, [g.userId]);
      if (violatesRoleSeparation([...held.map((h) => h.role as Role), g.role as Role]))
        throw new AppError('ADMIN_ROLES_EXCLUSIVE', {}, [{ path: 'role', key: 'field.invalid' }]);
    }
    const now = ctx.clock.now();
    await applyTransition(
      tx,
      ROLE_GRANT_WORKFLOW,
      action,
      { id, unitId: current.unitId, status: g.status },
      input,
      async (next, text) => {
        await repo.updateGrant(tx.tx, id, {
          status: next,
          decidedBy: actor.userId,
          decidedAt: now,
          reason: text,
          updatedAt: now,
        });
        if (next === 'approved') {
          // The wider grant replaces what it covers (a narrower scope of the same role kept while it waited).
          const held = await repo.listAssignments(tx.tx, [g.userId]);
          const units = await repo.findUnitRefs(tx.tx, [
            ...new Set([g.unitId, ...held.map((h) => h.unitId)]),
          ]);
          const paths = new Map(units.map((u) => [u.id, u.path]));
          for (const h of held) if (coversAssignment(g, h, paths)) await repo.deleteAssignment(tx.tx, h.id);
          await repo.insertAssignment(tx.tx, {
            userId: g.userId,
            role: g.role,
            dataScope: g.dataScope,
            unitId: g.unitId,
          });
        }
        return {
          after: {
            userId: g.userId,
            username: current.username,
            role: g.role,
            dataScope: g.dataScope,
            unitId: g.unitId,
            requestedBy: g.requestedBy,
          },
        };
      },
    );
    return presentGrant(await roleGrantRecord.reload(tx.tx, id));
  });
}

function checkRoles(roles: RoleAssignmentInput[]): void {
  if (violatesRoleSeparation(roles.map((r) => r.role as Role)))
    throw new AppError('ADMIN_ROLES_EXCLUSIVE', {}, [{ path: 'roles', key: 'field.invalid' }]);
}

async function assertAssignmentUnits(db: DbOrTx, roles: RoleAssignmentInput[]): Promise<void> {
  const found = new Set(
    (await repo.findUnitRefs(db, [...new Set(roles.map((r) => r.unitId))])).map((u) => u.id),
  );
  const issues: FieldIssue[] = roles.flatMap((r, i) =>
    found.has(r.unitId) ? [] : [{ path: `roles.${i}.unitId`, key: 'field.not_found' }],
  );
  if (issues.length > 0) throw new AppError('VALIDATION_FAILED', {}, issues);
}

function accountAudit(a: Account) {
  return {
    username: a.username,
    personId: a.personId,
    disabled: a.disabled,
    lockedUntil: a.lockedUntil,
    roles: a.roles.map(assignmentKey).sort(),
    pendingRoles: a.pendingRoles.map(assignmentKey).sort(),
    mustChangePassword: a.mustChangePassword,
  };
}
