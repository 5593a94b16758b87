import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRows, createTestApp, DEMO_PASSWORD, type TestApp } from '../../../test/harness';
import { userAccount } from '../org/org.table';
import { session } from './session.table';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const login = (username: string, password: string) =>
  t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });

async function account(username: string) {
  const [row] = await t.database.db.select().from(userAccount).where(eq(userAccount.username, username));
  return row!;
}

describe('POST /api/auth/login', () => {
  it('signs in with the right password: Me, an HttpOnly cookie, a stored session and an audit event', async () => {
    const res = await login('office', DEMO_PASSWORD);
    expect(res.statusCode).toBe(200);
    const me = res.json();
    expect(me.user.username).toBe('office');
    expect(me.permissions).toContain('org.unit.write');
    expect(me.roles[0]).toMatchObject({ role: 'campaign_admin', dataScope: 'all' });
    const cookie = res.cookies.find((c) => c.name === 'zeren_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    const office = await account('office');
    const sessions = await t.database.db.select().from(session).where(eq(session.userId, office.id));
    expect(sessions.length).toBeGreaterThan(0);
    // Only a hash of the token is stored.
    expect(sessions.map((s) => s.tokenHash)).not.toContain(cookie.value);
    const events = await auditRows(t.database, 'auth.login');
    const mine = events.filter((e) => (e.after as { userId: string }).userId === office.id);
    expect(mine.length).toBeGreaterThan(0);
    expect(mine[0]!.actorId).toBe(office.id);
    expect(mine[0]!.actorName).toBe('陈督查');
  });

  it('answers an unknown account and a wrong password with the same generic error', async () => {
    const unknown = await login('nobody-here', 'Whatever-2026!');
    const wrong = await login('leader', 'Wrong-password-2026');
    expect(unknown.statusCode).toBe(401);
    expect(wrong.statusCode).toBe(401);
    expect(unknown.json()).toEqual(wrong.json());
    expect(unknown.json().code).toBe('LOGIN_FAILED');
    expect(unknown.headers['content-type']).toContain('application/problem+json');
    expect(unknown.cookies).toHaveLength(0);
  });

  it('five wrong passwords from one address lock that address out only: the session lives on, others sign in', async () => {
    const ownSession = await t.login('inspector');
    const from = (remoteAddress: string, password: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        remoteAddress,
        payload: { username: 'inspector', password },
      });
    for (let i = 0; i < 5; i++)
      expect((await from('203.0.113.1', 'Wrong-password-2026')).statusCode).toBe(401);
    const target = await account('inspector');
    // The account itself is not locked, and its owner's open session is untouched.
    expect(target.lockedUntil).toBeNull();
    expect((await t.as(ownSession, { method: 'GET', url: '/api/me' })).statusCode).toBe(200);
    const locks = await auditRows(t.database, 'auth.account_locked', target.id);
    expect(locks.map((e) => e.after)).toEqual([
      { lockedUntil: new Date(t.clock.now().getTime() + 30 * 60_000).toISOString(), scope: 'address' },
    ]);
    expect(locks[0]!.ip).toBe('203.0.113.1');
    // That address is refused even the right password, with the same generic answer…
    const whileLocked = await from('203.0.113.1', DEMO_PASSWORD);
    expect(whileLocked.statusCode).toBe(401);
    expect(whileLocked.json().code).toBe('LOGIN_FAILED');
    // …while the owner, from their own address, signs in.
    expect((await from('198.51.100.20', DEMO_PASSWORD)).statusCode).toBe(200);
    t.clock.advance(30 * 60_000 + 1000);
    expect((await from('203.0.113.1', DEMO_PASSWORD)).statusCode).toBe(200);
  });

  it('the account is locked as a whole only when many addresses fail: audited, listed, sessions live on', async () => {
    const ownSession = await t.login('county.inspector');
    const from = (remoteAddress: string, password: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        remoteAddress,
        payload: { username: 'county.inspector', password },
      });
    const target = await account('county.inspector');
    for (const address of ['203.0.113.11', '203.0.113.12']) {
      for (let i = 0; i < 5; i++) await from(address, 'Wrong-password-2026');
      expect((await account('county.inspector')).lockedUntil).toBeNull();
    }
    for (let i = 0; i < 5; i++) await from('203.0.113.13', 'Wrong-password-2026');
    const locked = await account('county.inspector');
    expect(locked.lockedUntil?.getTime()).toBe(t.clock.now().getTime() + 30 * 60_000);
    const events = (await auditRows(t.database, 'auth.account_locked', target.id)).map((e) => e.after);
    expect(events.filter((e) => (e as { scope: string }).scope === 'address')).toHaveLength(3);
    expect(events.at(-1)).toMatchObject({ scope: 'account', addresses: 3 });
    // Nobody signs in now, from any address…
    expect((await from('198.51.100.21', DEMO_PASSWORD)).statusCode).toBe(401);
    // …but the session already open goes on, and the security administrator sees the lock.
    expect((await t.as(ownSession, { method: 'GET', url: '/api/me' })).statusCode).toBe(200);
    const secadmin = await t.login('secadmin');
    const listed = (await t.as(secadmin, { method: 'GET', url: '/api/accounts?q=county.inspector' })).json()
      .items as { username: string; lockedUntil: string | null }[];
    expect(listed.find((a) => a.username === 'county.inspector')!.lockedUntil).toBe(
      locked.lockedUntil!.toISOString(),
    );
    const sessions = (await t.as(secadmin, { method: 'GET', url: '/api/sessions' })).json().items as {
      username: string;
    }[];
    expect(sessions.some((x) => x.username === 'county.inspector')).toBe(true);
  });

  it('a failed sign-in under an unknown username keeps only a keyed hash of what was typed', async () => {
    const typed = 'My-Secret-Passw0rd!';
    const res = await login(typed, 'anything');
    expect(res.statusCode).toBe(401);
    const [event] = (await auditRows(t.database, 'auth.login_failed')).slice(-1);
    expect(JSON.stringify(event)).not.toContain(typed);
    expect(JSON.stringify(event)).not.toContain(typed.toLowerCase());
    expect(event!.after).toEqual({
      usernameHash: expect.stringMatching(/^[0-9a-f]{64}$/),
      reason: 'unknown',
    });
    // The same text gives the same hash (attempts can be correlated); another gives another.
    await login(typed, 'again');
    await login('someone-else', 'x');
    const [a, b, c] = (await auditRows(t.database, 'auth.login_failed')).slice(-3).map((e) => e.after);
    expect(a).toEqual(b);
    expect(c).not.toEqual(a);
    // A username that names an account is kept as it is.
    await login('leader', 'Wrong-password-2026');
    expect((await auditRows(t.database, 'auth.login_failed')).at(-1)!.after).toEqual({
      username: 'leader',
      reason: 'password',
    });
  });

  it('resets the failure count after a successful sign-in', async () => {
    for (let i = 0; i < 4; i++) await login('supervisor', 'Wrong-password-2026');
    expect((await account('supervisor')).failedAttempts).toBe(4);
    expect((await login('supervisor', DEMO_PASSWORD)).statusCode).toBe(200);
    expect((await account('supervisor')).failedAttempts).toBe(0);
    expect((await account('supervisor')).lockedUntil).toBeNull();
  });
});

describe('sessions', () => {
  it('GET /api/me without a session is 401', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/me' });
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('UNAUTHENTICATED');
  });

  it('expires after the idle timeout and deletes the session', async () => {
    const cookie = await t.login('leader');
    t.clock.advance(29 * 60_000);
    expect((await t.as(cookie, { method: 'GET', url: '/api/me' })).statusCode).toBe(200);
    t.clock.advance(31 * 60_000);
    expect((await t.as(cookie, { method: 'GET', url: '/api/me' })).statusCode).toBe(401);
    const leader = await account('leader');
    expect(await t.database.db.select().from(session).where(eq(session.userId, leader.id))).toHaveLength(0);
  });

  it('expires at the absolute lifetime even when used continuously', async () => {
    const cookie = await t.login('dept.head');
    for (let hours = 0; hours < 12; hours += 0.25) {
      t.clock.advance(15 * 60_000);
      const res = await t.as(cookie, { method: 'GET', url: '/api/me' });
      if (hours + 0.25 < 12) expect(res.statusCode).toBe(200);
      else expect(res.statusCode).toBe(401);
    }
  });

  it('logout invalidates the session and is audited', async () => {
    const cookie = await t.login('dept.clerk');
    const out = await t.as(cookie, { method: 'POST', url: '/api/auth/logout' });
    expect(out.statusCode).toBe(200);
    expect((await t.as(cookie, { method: 'GET', url: '/api/me' })).statusCode).toBe(401);
    const clerk = await account('dept.clerk');
    expect(await t.database.db.select().from(session).where(eq(session.userId, clerk.id))).toHaveLength(0);
    expect((await auditRows(t.database, 'auth.logout')).some((e) => e.actorId === clerk.id)).toBe(true);
  });

  it('saves the language preference and answers in it', async () => {
    const cookie = await t.login('dept.head');
    const res = await t.as(cookie, {
      method: 'PUT',
      url: '/api/me/preferences',
      payload: { locale: 'en-US' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().user.locale).toBe('en-US');
    const forbidden = await t.as(cookie, { method: 'POST', url: '/api/units', payload: {} });
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.json().title).toBe('You are not allowed to do this');
    expect((await auditRows(t.database, 'account.preferences_updated')).at(-1)!.after).toEqual({
      locale: 'en-US',
    });
  });
});

describe('sign-in rate limit', () => {
  it('limits attempts per address and username, not per address alone', async () => {
    const attempt = (username: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        remoteAddress: '198.51.100.9',
        payload: { username, password: 'Wrong-password-2026' },
      });
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push((await attempt('nobody-x')).statusCode);
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses[10]).toBe(429);
    // Colleagues behind the same address still sign in.
    const colleague = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      remoteAddress: '198.51.100.9',
      payload: { username: 'leader', password: DEMO_PASSWORD },
    });
    expect(colleague.statusCode).toBe(200);
  });
});
