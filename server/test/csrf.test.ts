import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app';
import { dutyItemVersion } from '../src/modules/duties/duties.table';
import { tokenHash } from '../src/platform/auth/auth.service';
import { session } from '../src/platform/auth/session.table';
import { userAccount } from '../src/platform/org/org.table';
import { Factories } from './factories';
import { auditCount, createTestApp, DEMO_PASSWORD, type TestApp, testConfig } from './harness';

let t: TestApp;
let f: Factories;
beforeAll(async () => {
  t = await createTestApp();
  f = new Factories(t);
});
afterAll(() => t.close());

const EVIL = 'https://evil.example';

/** A request as a page of another site would send it: the victim's cookie rides along. */
function crossSite(cookie: string, method: 'POST' | 'DELETE', url: string, headers: Record<string, string>) {
  return t.app.inject({
    method,
    url,
    headers: { cookie, ...headers },
    payload: headers['content-type'] ? '' : undefined,
  });
}

async function versionsOf(itemId: string) {
  return t.database.db.select().from(dutyItemVersion).where(eq(dutyItemVersion.itemId, itemId));
}

async function sessionAlive(cookie: string) {
  const hash = tokenHash(
    { secret: t.config.sessionSecret, idleMinutes: 0, maxHours: 0 },
    cookie.split('=')[1]!,
  );
  return (await t.database.db.select().from(session).where(eq(session.tokenHash, hash))).length === 1;
}

describe('cross-site requests are refused and change nothing', () => {
  it('a text/plain POST from another site (new draft version of a duty item): 403, no version, no event', async () => {
    const clerk = await t.login('dept.clerk');
    const item = await f.dutyItem('C007', 'published');
    const before = await auditCount(t.database);
    for (const headers of <Record<string, string>[]>[
      { origin: EVIL, 'content-type': 'text/plain' },
      // A browser that leaves Origin out (or a privacy proxy that strips it): the content type still proves nothing.
      { 'content-type': 'text/plain' },
      { 'content-type': 'application/x-www-form-urlencoded' },
      // No body at all, no header: what a bare <form method=post> or a sendBeacon sends.
      {},
    ]) {
      const res = await crossSite(clerk, 'POST', `/api/duty-items/${item}/versions`, headers);
      expect(res.statusCode, JSON.stringify(headers)).toBe(403);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json().code).toBe('CROSS_SITE_REQUEST');
    }
    expect(await versionsOf(item)).toHaveLength(1);
    expect(await auditCount(t.database)).toBe(before);
    // The same request from Zeren's own page goes through.
    const own = await t.as(clerk, { method: 'POST', url: `/api/duty-items/${item}/versions` });
    expect(own.statusCode).toBe(201);
    expect(await versionsOf(item)).toHaveLength(2);
  });

  it('a foreign Origin is refused even with a JSON body and the custom header', async () => {
    const office = await t.login('office');
    const before = await auditCount(t.database);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/units',
      headers: { cookie: office, origin: EVIL, 'x-requested-with': 'zeren' },
      payload: { parentId: null, name: '跨站单位', kind: 'department', level: 'city' },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('CROSS_SITE_REQUEST');
    expect(await auditCount(t.database)).toBe(before);
    // An opaque origin (a sandboxed frame, a data: URL) is foreign too.
    const opaque = await t.app.inject({
      method: 'POST',
      url: '/api/units',
      headers: { cookie: office, origin: 'null' },
      payload: { parentId: null, name: '跨站单位', kind: 'department', level: 'city' },
    });
    expect(opaque.statusCode).toBe(403);
    expect(await auditCount(t.database)).toBe(before);
  });

  it('Sec-Fetch-Site: cross-site (or same-site) is refused whatever the body', async () => {
    const secadmin = await t.login('secadmin');
    const [victim] = await t.database.db
      .select()
      .from(userAccount)
      .where(eq(userAccount.username, 'county.inspector'));
    await t.database.db
      .update(userAccount)
      .set({ lockedUntil: new Date(t.clock.now().getTime() + 60_000) })
      .where(eq(userAccount.id, victim!.id));
    const before = await auditCount(t.database);
    for (const site of ['cross-site', 'same-site']) {
      const res = await t.app.inject({
        method: 'POST',
        url: `/api/accounts/${victim!.id}/unlock`,
        headers: { cookie: secadmin, 'sec-fetch-site': site, 'content-type': 'application/json' },
        payload: '{}',
      });
      expect(res.statusCode).toBe(403);
      expect(res.json().code).toBe('CROSS_SITE_REQUEST');
    }
    const [still] = await t.database.db.select().from(userAccount).where(eq(userAccount.id, victim!.id));
    expect(still!.lockedUntil).not.toBeNull();
    expect(await auditCount(t.database)).toBe(before);
  });

  it('a cross-site logout and a cross-site DELETE leave the session alone', async () => {
    const leader = await t.login('leader');
    const before = await auditCount(t.database);
    const out = await crossSite(leader, 'POST', '/api/auth/logout', { 'content-type': 'text/plain' });
    expect(out.statusCode).toBe(403);
    expect(await sessionAlive(leader)).toBe(true);
    const secadmin = await t.login('secadmin');
    const after = await auditCount(t.database);
    const [row] = await t.database.db
      .select()
      .from(session)
      .where(
        eq(
          session.tokenHash,
          tokenHash({ secret: t.config.sessionSecret, idleMinutes: 0, maxHours: 0 }, leader.split('=')[1]!),
        ),
      );
    const revoke = await crossSite(secadmin, 'DELETE', `/api/sessions/${row!.id}`, { origin: EVIL });
    expect(revoke.statusCode).toBe(403);
    expect(await sessionAlive(leader)).toBe(true);
    expect(await auditCount(t.database)).toBe(after);
    expect(before).toBeLessThan(after);
  });

  it('a cross-site sign-in (login CSRF) is refused too', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { origin: EVIL, 'content-type': 'text/plain' },
      payload: JSON.stringify({ username: 'leader', password: DEMO_PASSWORD }),
    });
    expect(res.statusCode).toBe(403);
    expect(res.cookies).toHaveLength(0);
  });

  it('says why, in Chinese by default and in English on request', async () => {
    const zh = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { origin: EVIL } });
    expect(zh.json().title).toContain('请求不是来自本系统的页面');
    const en = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { origin: EVIL, 'accept-language': 'en-US' },
    });
    expect(en.json().title).toContain("does not come from Zeren's own pages");
    expect(en.json().title).toContain('Origin');
  });
});

describe('requests from Zeren’s own pages pass', () => {
  it('same origin as the Host, with the custom header or a JSON body; reads are never checked', async () => {
    const leader = await t.login('leader');
    const withHeader = await t.app.inject({
      method: 'PUT',
      url: '/api/me/preferences',
      headers: {
        cookie: leader,
        host: 'zeren.example.cn',
        origin: 'https://zeren.example.cn',
        'sec-fetch-site': 'same-origin',
      },
      payload: { locale: 'zh-CN' },
    });
    expect(withHeader.statusCode).toBe(200);
    const read = await t.app.inject({
      method: 'GET',
      url: '/api/me',
      headers: { cookie: leader, origin: EVIL, 'sec-fetch-site': 'cross-site' },
    });
    expect(read.statusCode).toBe(200);
  });

  it('with ZEREN_PUBLIC_ORIGIN set, only the configured origins pass', async () => {
    const config = testConfig({ ZEREN_PUBLIC_ORIGIN: 'https://Zeren.Example.cn/, http://intranet:8080' });
    expect(config.publicOrigins).toEqual(['https://zeren.example.cn', 'http://intranet:8080']);
    const app = await buildApp({ config, database: t.database, clock: t.clock, logger: false, jobs: false });
    await app.ready();
    try {
      const attempt = (origin: string, host = 'localhost') =>
        app.inject({
          method: 'POST',
          url: '/api/auth/login',
          headers: { origin, host },
          payload: { username: 'nobody-here', password: 'Whatever-2026!' },
        });
      expect((await attempt('https://zeren.example.cn')).statusCode).toBe(401);
      expect((await attempt('http://intranet:8080')).statusCode).toBe(401);
      // Matching the Host is not enough once the origins are configured (a Host header can be forged by a proxy).
      expect((await attempt('http://localhost', 'localhost')).statusCode).toBe(403);
      expect((await attempt(EVIL)).statusCode).toBe(403);
    } finally {
      await app.close();
    }
  });

  it('a bad ZEREN_PUBLIC_ORIGIN stops the start, naming the key', () => {
    expect(() => testConfig({ ZEREN_PUBLIC_ORIGIN: 'zeren.example.cn/path' })).toThrow(/ZEREN_PUBLIC_ORIGIN/);
  });
});
