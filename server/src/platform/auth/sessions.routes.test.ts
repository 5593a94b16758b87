import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRows, createTestApp, DEMO_PASSWORD, type TestApp } from '../../../test/harness';
import { unit, userAccount } from '../org/org.table';
import { tokenHash } from './auth.service';
import { session } from './session.table';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

interface SessionView {
  id: string;
  userId: string;
  username: string;
  personName: string;
  unitName: string;
  current: boolean;
  [key: string]: unknown;
}

/** The stored hash of a `zeren_session=…` cookie header. */
const cookieHash = (cookie: string) =>
  tokenHash({ secret: t.config.sessionSecret, idleMinutes: 0, maxHours: 0 }, cookie.split('=')[1]!);

async function account(username: string) {
  const [row] = await t.database.db.select().from(userAccount).where(eq(userAccount.username, username));
  return row!;
}

async function listSessions(cookie: string): Promise<SessionView[]> {
  const res = await t.as(cookie, { method: 'GET', url: '/api/sessions' });
  expect(res.statusCode).toBe(200);
  return res.json().items;
}

describe('GET /api/sessions', () => {
  it("lists other users' active sessions, marks the caller's own and never returns token hashes", async () => {
    const admin = await t.login('secadmin');
    await t.login('leader');
    const items = await listSessions(admin);
    const leader = items.find((s) => s.username === 'leader')!;
    expect(leader).toMatchObject({
      personName: expect.any(String),
      unitName: expect.any(String),
      current: false,
    });
    expect(leader.userId).toBe((await account('leader')).id);
    expect(items.filter((s) => s.current).map((s) => s.username)).toEqual(['secadmin']);
    for (const item of items) expect(Object.keys(item)).not.toContain('tokenHash');
    const stored = await t.database.db.select().from(session).where(eq(session.id, leader.id));
    expect(JSON.stringify(items)).not.toContain(stored[0]!.tokenHash);
  });

  it('leaves out sessions past the idle limit', async () => {
    await t.login('dept.head');
    t.clock.advance(31 * 60_000);
    const admin = await t.login('secadmin');
    const items = await listSessions(admin);
    expect(items.some((s) => s.username === 'dept.head')).toBe(false);
    expect(items.some((s) => s.current)).toBe(true);
  });

  it('is forbidden to the campaign office', async () => {
    const office = await t.login('office');
    const res = await t.as(office, { method: 'GET', url: '/api/sessions' });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('FORBIDDEN');
  });
});

describe('DELETE /api/sessions/:id', () => {
  it('ends the session: its cookie answers 401, the row is gone and the revocation is audited', async () => {
    const admin = await t.login('secadmin');
    const leaderCookie = await t.login('leader');
    expect((await t.as(leaderCookie, { method: 'GET', url: '/api/me' })).statusCode).toBe(200);
    const [stored] = await t.database.db
      .select()
      .from(session)
      .where(eq(session.tokenHash, cookieHash(leaderCookie)));
    const listed = (await listSessions(admin)).find((s) => s.id === stored!.id);
    expect(listed).toMatchObject({ username: 'leader', current: false });

    const res = await t.as(admin, { method: 'DELETE', url: `/api/sessions/${stored!.id}` });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ ok: true });

    expect(await t.database.db.select().from(session).where(eq(session.id, stored!.id))).toHaveLength(0);
    const after = await t.as(leaderCookie, { method: 'GET', url: '/api/me' });
    expect(after.statusCode).toBe(401);
    expect(after.json().code).toBe('UNAUTHENTICATED');
    expect((await listSessions(admin)).some((s) => s.id === stored!.id)).toBe(false);

    const events = await auditRows(t.database, 'session.revoked', stored!.id);
    expect(events).toHaveLength(1);
    expect(events[0]!.actorId).toBe((await account('secadmin')).id);
    expect(events[0]!.recordType).toBe('session');
    expect(events[0]!.unitId).not.toBeNull();
    expect(events[0]!.before).toMatchObject({ userId: stored!.userId, username: 'leader' });
    expect(JSON.stringify(events[0])).not.toContain(stored!.tokenHash);
    // The administrator's own session is untouched.
    expect((await t.as(admin, { method: 'GET', url: '/api/me' })).statusCode).toBe(200);
  });

  it('answers 404 for an unknown session and 403 to the campaign office', async () => {
    const admin = await t.login('secadmin');
    const unknown = await t.as(admin, {
      method: 'DELETE',
      url: '/api/sessions/00000000-0000-4000-8000-000000000000',
    });
    expect(unknown.statusCode).toBe(404);

    const victim = await t.login('supervisor');
    const [row] = await t.database.db
      .select()
      .from(session)
      .where(eq(session.userId, (await account('supervisor')).id));
    const office = await t.login('office');
    const res = await t.as(office, { method: 'DELETE', url: `/api/sessions/${row!.id}` });
    expect(res.statusCode).toBe(403);
    expect((await t.as(victim, { method: 'GET', url: '/api/me' })).statusCode).toBe(200);
    expect(await auditRows(t.database, 'session.revoked', row!.id)).toHaveLength(0);
  });
});

describe('POST /api/accounts/:id/unlock', () => {
  const wrongLogin = (username: string, remoteAddress = '127.0.0.1') =>
    t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      remoteAddress,
      payload: { username, password: 'Wrong-password-2026' },
    });
  const rightLogin = (username: string) =>
    t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password: DEMO_PASSWORD } });

  it('lifts the lock so the account signs in again, audited as account.unlocked', async () => {
    // Failures from three addresses lock the account as a whole.
    for (const address of ['203.0.113.31', '203.0.113.32', '203.0.113.33'])
      for (let i = 0; i < 5; i++) expect((await wrongLogin('inspector', address)).statusCode).toBe(401);
    const locked = await account('inspector');
    expect(locked.lockedUntil).not.toBeNull();
    expect((await rightLogin('inspector')).statusCode).toBe(401);

    const admin = await t.login('secadmin');
    const res = await t.as(admin, { method: 'POST', url: `/api/accounts/${locked.id}/unlock` });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ ok: true });
    const unlocked = await account('inspector');
    expect(unlocked.lockedUntil).toBeNull();
    expect(unlocked.failedAttempts).toBe(0);
    const events = await auditRows(t.database, 'account.unlocked', locked.id);
    expect(events).toHaveLength(1);
    expect(events[0]!.actorId).toBe((await account('secadmin')).id);
    expect(events[0]!.before).toMatchObject({ lockedUntil: locked.lockedUntil!.toISOString() });
    expect(events[0]!.after).toMatchObject({ lockedUntil: null });

    expect((await rightLogin('inspector')).statusCode).toBe(200);
  });

  it('answers 404 for an unknown account and 403 to the campaign office', async () => {
    const admin = await t.login('secadmin');
    const unknown = await t.as(admin, {
      method: 'POST',
      url: '/api/accounts/00000000-0000-4000-8000-000000000000/unlock',
    });
    expect(unknown.statusCode).toBe(404);
    const office = await t.login('office');
    const target = await account('leader');
    const res = await t.as(office, { method: 'POST', url: `/api/accounts/${target.id}/unlock` });
    expect(res.statusCode).toBe(403);
  });
});

describe('data scope', () => {
  it('a security administrator of one unit sees and ends only its sessions and unlocks only its accounts', async () => {
    const sysadmin = await t.login('sysadmin');
    const [jyj] = await t.database.db.select().from(unit).where(eq(unit.name, '市教育局'));
    const person = await t.as(sysadmin, {
      method: 'POST',
      url: '/api/persons',
      payload: { unitId: jyj!.id, name: '教育局安全员' },
    });
    expect(person.statusCode).toBe(201);
    const created = await t.as(sysadmin, {
      method: 'POST',
      url: '/api/accounts',
      payload: {
        username: 'jyj.sec',
        password: DEMO_PASSWORD,
        personId: person.json().id,
        roles: [{ role: 'security_admin', dataScope: 'self_unit', unitId: jyj!.id }],
      },
    });
    expect(created.statusCode).toBe(201);
    const local = await t.activate('jyj.sec', DEMO_PASSWORD);
    const clerk = await t.login('dept.clerk');
    const leader = await t.login('leader');

    const items = await listSessions(local);
    expect(items.some((s) => s.username === 'dept.clerk')).toBe(true);
    expect(items.some((s) => s.username === 'leader')).toBe(false);

    const [leaderSession] = await t.database.db
      .select()
      .from(session)
      .where(eq(session.tokenHash, cookieHash(leader)));
    const outside = await t.as(local, { method: 'DELETE', url: `/api/sessions/${leaderSession!.id}` });
    expect(outside.statusCode).toBe(404);
    expect((await t.as(leader, { method: 'GET', url: '/api/me' })).statusCode).toBe(200);
    expect(await auditRows(t.database, 'session.revoked', leaderSession!.id)).toHaveLength(0);

    const unlockOutside = await t.as(local, {
      method: 'POST',
      url: `/api/accounts/${(await account('leader')).id}/unlock`,
    });
    expect(unlockOutside.statusCode).toBe(404);

    const [clerkSession] = await t.database.db
      .select()
      .from(session)
      .where(eq(session.tokenHash, cookieHash(clerk)));
    const inside = await t.as(local, { method: 'DELETE', url: `/api/sessions/${clerkSession!.id}` });
    expect(inside.statusCode).toBe(200);
    expect((await t.as(clerk, { method: 'GET', url: '/api/me' })).statusCode).toBe(401);
  });
});
