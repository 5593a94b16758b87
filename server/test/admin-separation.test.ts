/**
 * 三员分立 against the system administrator as an attacker: creating an account with business
 * roles, resetting someone's password, reading personal data.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { session } from '../src/platform/auth/session.table';
import { roleAssignment, unit, userAccount } from '../src/platform/org/org.table';
import { auditRows, createTestApp, DEMO_PASSWORD, OWN_PAGE_HEADERS, type TestApp } from './harness';

let t: TestApp;
let sysadmin: string;
let secadmin: string;
const unitIds = new Map<string, string>();
beforeAll(async () => {
  t = await createTestApp();
  sysadmin = await t.login('sysadmin');
  secadmin = await t.login('secadmin');
  for (const u of await t.database.db.select().from(unit)) unitIds.set(u.code ?? u.name, u.id);
});
afterAll(() => t.close());

const PASSWORD = 'Sysadmin-Chose-2026!';

const signIn = (username: string, password: string) =>
  t.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    headers: OWN_PAGE_HEADERS,
    payload: { username, password },
  });
const changePassword = (username: string, currentPassword: string, newPassword: string) =>
  t.app.inject({
    method: 'POST',
    url: '/api/auth/password',
    headers: OWN_PAGE_HEADERS,
    payload: { username, currentPassword, newPassword },
  });
const cookieOf = (res: { cookies: { name: string; value: string }[] }) =>
  `zeren_session=${res.cookies.find((c) => c.name === 'zeren_session')!.value}`;

async function accountOf(username: string) {
  const [row] = await t.database.db.select().from(userAccount).where(eq(userAccount.username, username));
  return row!;
}

/** sys_admin makes a person and an account holding `roles`. */
async function sysadminCreates(
  username: string,
  roles: { role: string; dataScope: string; unitId: string }[],
) {
  const person = await t.as(sysadmin, {
    method: 'POST',
    url: '/api/persons',
    payload: { unitId: unitIds.get('C000'), name: `${username} 本人` },
  });
  expect(person.statusCode).toBe(201);
  const res = await t.as(sysadmin, {
    method: 'POST',
    url: '/api/accounts',
    payload: { username, password: PASSWORD, personId: person.json().id, roles },
  });
  expect(res.statusCode).toBe(201);
  return res.json();
}

describe('the system administrator cannot give itself business access', () => {
  it('an account it creates with campaign_admin (all) holds nothing until the security administrator approves', async () => {
    const created = await sysadminCreates('shadow.office', [
      { role: 'campaign_admin', dataScope: 'all', unitId: unitIds.get('C000')! },
    ]);
    expect(created.roles).toEqual([]);
    expect(created.pendingRoles).toMatchObject([{ role: 'campaign_admin', dataScope: 'all' }]);
    expect(created.mustChangePassword).toBe(true);
    // Nothing effective in the table authorisation reads.
    const held = await t.database.db
      .select()
      .from(roleAssignment)
      .where(eq(roleAssignment.userId, created.id));
    expect(held).toEqual([]);
    // The password it chose is one-time: signing in with it opens no session.
    const first = await signIn('shadow.office', PASSWORD);
    expect(first.statusCode).toBe(403);
    expect(first.json().code).toBe('PASSWORD_CHANGE_REQUIRED');
    expect(first.cookies).toHaveLength(0);
    // Even going through the change itself, the account has no business permission.
    const changed = await changePassword('shadow.office', PASSWORD, 'Shadow-Office-2026!');
    expect(changed.statusCode).toBe(200);
    expect(changed.json().permissions).toEqual([]);
    const shadow = cookieOf(changed);
    expect((await t.as(shadow, { method: 'GET', url: '/api/duty-items' })).statusCode).toBe(403);
    expect((await t.as(shadow, { method: 'GET', url: '/api/persons' })).statusCode).toBe(403);
    // Every step is in the log.
    const requested = await auditRows(t.database, 'role_grant.requested');
    expect(requested.at(-1)!.after).toMatchObject({
      role: 'campaign_admin',
      dataScope: 'all',
      username: 'shadow.office',
    });
    expect((await auditRows(t.database, 'auth.password_changed', created.id)).length).toBe(1);

    // The security administrator sees the request, and refuses it with a reason.
    const pending = (await t.as(secadmin, { method: 'GET', url: '/api/role-grants?status=pending' })).json()
      .items;
    const grant = pending.find((g: { username: string }) => g.username === 'shadow.office');
    expect(grant).toMatchObject({
      role: 'campaign_admin',
      requestedByName: expect.any(String),
      status: 'pending',
    });
    const noReason = await t.as(secadmin, {
      method: 'POST',
      url: `/api/role-grants/${grant.id}/refuse`,
      payload: {},
    });
    expect(noReason.statusCode).toBe(400);
    const refused = await t.as(secadmin, {
      method: 'POST',
      url: `/api/role-grants/${grant.id}/refuse`,
      payload: { reason: '未经督查室申请' },
    });
    expect(refused.statusCode).toBe(200);
    expect(refused.json()).toMatchObject({ status: 'refused', reason: '未经督查室申请' });
    expect((await t.as(shadow, { method: 'GET', url: '/api/duty-items' })).statusCode).toBe(403);
    expect((await auditRows(t.database, 'role_grant.refused', grant.id))[0]!.after).toMatchObject({
      status: 'refused',
      reason: '未经督查室申请',
    });
    // A decided grant cannot be approved afterwards.
    const late = await t.as(secadmin, {
      method: 'POST',
      url: `/api/role-grants/${grant.id}/approve`,
      payload: {},
    });
    expect(late.statusCode).toBe(409);
  });

  it('an approved grant takes effect at once; the approver may not decide on its own grants', async () => {
    const created = await sysadminCreates('sec.two', [
      { role: 'security_admin', dataScope: 'self_unit', unitId: unitIds.get('C000')! },
    ]);
    const own = await t.activate('sec.two', PASSWORD, 'Sec-Two-Chosen-2026!');
    expect((await t.as(own, { method: 'GET', url: '/api/me' })).json().permissions).toContain(
      'org.grant.approve',
    );
    // sys_admin widens it to the whole tree: pending again, and sec.two may not approve it itself.
    const widened = await t.as(sysadmin, {
      method: 'PATCH',
      url: `/api/accounts/${created.id}`,
      payload: { roles: [{ role: 'security_admin', dataScope: 'unit_tree', unitId: unitIds.get('C000') }] },
    });
    expect(widened.statusCode).toBe(200);
    expect(widened.json().roles).toMatchObject([{ dataScope: 'self_unit' }]);
    expect(widened.json().pendingRoles).toMatchObject([{ dataScope: 'unit_tree' }]);
    const pending = (await t.as(secadmin, { method: 'GET', url: '/api/role-grants?status=pending' })).json()
      .items;
    const grant = pending.find((g: { username: string }) => g.username === 'sec.two');
    const self = await t.as(own, {
      method: 'POST',
      url: `/api/role-grants/${grant.id}/approve`,
      payload: {},
    });
    expect(self.statusCode).toBe(403);
    expect(self.json().code).toBe('ROLE_GRANT_OWN');
    const approved = await t.as(secadmin, {
      method: 'POST',
      url: `/api/role-grants/${grant.id}/approve`,
      payload: { opinion: '同意' },
    });
    expect(approved.statusCode).toBe(200);
    const after = (await t.as(sysadmin, { method: 'GET', url: `/api/accounts/${created.id}` })).json();
    expect(after.roles.map((r: { dataScope: string }) => r.dataScope)).toEqual(['unit_tree']);
    expect(after.pendingRoles).toEqual([]);
    expect((await auditRows(t.database, 'role_grant.approved', grant.id))[0]!.after).toMatchObject({
      status: 'approved',
      opinion: '同意',
      role: 'security_admin',
    });
  });

  it('narrowing or taking a role away needs no approval', async () => {
    const office = await accountOf('county.office');
    const res = await t.as(sysadmin, {
      method: 'PATCH',
      url: `/api/accounts/${office.id}`,
      payload: { roles: [{ role: 'campaign_admin', dataScope: 'self_unit', unitId: unitIds.get('K100') }] },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().roles).toMatchObject([{ role: 'campaign_admin', dataScope: 'self_unit' }]);
    expect(res.json().pendingRoles).toEqual([]);
  });

  it("setting another user's password: one-time, their sessions end, and they are told at sign-in", async () => {
    const victimSession = await t.login('leader');
    const victim = await accountOf('leader');
    const reset = await t.as(sysadmin, {
      method: 'PATCH',
      url: `/api/accounts/${victim.id}`,
      payload: { password: PASSWORD },
    });
    expect(reset.statusCode).toBe(200);
    expect(reset.json().mustChangePassword).toBe(true);
    expect(await t.database.db.select().from(session).where(eq(session.userId, victim.id))).toEqual([]);
    expect((await t.as(victimSession, { method: 'GET', url: '/api/me' })).statusCode).toBe(401);
    // The administrator's password does not sign in…
    const asVictim = await signIn('leader', PASSWORD);
    expect(asVictim.statusCode).toBe(403);
    expect(asVictim.json().code).toBe('PASSWORD_CHANGE_REQUIRED');
    expect(asVictim.json().title).toContain('管理员');
    expect(asVictim.cookies).toHaveLength(0);
    // …and the act is in the log, without the password.
    const [event] = (await auditRows(t.database, 'account.updated', victim.id)).slice(-1);
    expect(event!.after).toMatchObject({ passwordChanged: true, mustChangePassword: true });
    expect(JSON.stringify(event)).not.toContain(PASSWORD);
    // The change must keep the rules and differ from the given password.
    expect((await changePassword('leader', PASSWORD, PASSWORD)).json().code).toBe('PASSWORD_REUSED');
    expect((await changePassword('leader', PASSWORD, 'short')).json().errors[0].path).toBe('newPassword');
    expect((await changePassword('leader', 'Wrong-password-2026', 'Leader-Chosen-2026!')).statusCode).toBe(
      401,
    );
    const changed = await changePassword('leader', PASSWORD, 'Leader-Chosen-2026!');
    expect(changed.statusCode).toBe(200);
    expect((await signIn('leader', 'Leader-Chosen-2026!')).statusCode).toBe(200);
    expect((await signIn('leader', DEMO_PASSWORD)).statusCode).toBe(401);
  });

  it("sees persons' phone and e-mail masked, even on the single view; a business role sees them", async () => {
    const office = await t.login('office');
    const created = await t.as(office, {
      method: 'POST',
      url: '/api/persons',
      payload: { unitId: unitIds.get('C007'), name: '联系人', phone: '13912345678', email: 'lianxi@gov.cn' },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json().phone).toBe('13912345678');
    const id = created.json().id;
    const bySysadmin = (await t.as(sysadmin, { method: 'GET', url: `/api/persons/${id}` })).json();
    expect(bySysadmin.phone).toBe('*******5678');
    expect(bySysadmin.email).toBe('l***@gov.cn');
    const edited = await t.as(sysadmin, {
      method: 'PATCH',
      url: `/api/persons/${id}`,
      payload: { name: '联系人甲' },
    });
    expect(edited.json().phone).toBe('*******5678');
    const byOffice = (await t.as(office, { method: 'GET', url: `/api/persons/${id}` })).json();
    expect(byOffice.phone).toBe('13912345678');
    expect(byOffice.email).toBe('lianxi@gov.cn');
  });
});
