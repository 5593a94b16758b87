import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, temporaryDirectory, testConfig } from '../../test/harness';
import { buildApp } from '../app';
import { ConfigError, loadConfig } from '../config';
import { canonicalJson } from './audit/canonical';
import { passwordProblems } from './auth/password';
import { FieldCipher, hmacSm3, maskPersonal, sm3 } from './crypto';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('GET /api/health', () => {
  it('reports ok and which database it runs on', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', database: process.env.DATABASE_URL ? 'postgres' : 'pglite' });
  });
});

describe('GET /metrics', () => {
  it('does not exist without ZEREN_METRICS_TOKEN (404, no figures)', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/metrics' });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body).not.toContain('nodejs_version_info');
    expect(res.body).not.toContain('zeren_http_request_duration_seconds');
  });

  it('with a token: 401 without it or with a wrong one, Prometheus figures with it', async () => {
    const token = 'metrics-token-0123456789abcdef-xyz';
    const app = await buildApp({
      config: testConfig({ ZEREN_METRICS_TOKEN: token }),
      database: t.database,
      clock: t.clock,
      logger: false,
      jobs: false,
    });
    try {
      await app.inject({ method: 'GET', url: '/api/health' });
      for (const authorization of [undefined, 'Bearer wrong-token', `Basic ${token}`, token]) {
        const denied = await app.inject({
          method: 'GET',
          url: '/metrics',
          headers: authorization ? { authorization } : {},
        });
        expect(denied.statusCode, String(authorization)).toBe(401);
        expect(denied.headers['www-authenticate']).toContain('Bearer');
        expect(denied.body).not.toContain('nodejs_version_info');
      }
      const res = await app.inject({
        method: 'GET',
        url: '/metrics',
        headers: { authorization: `Bearer ${token}` },
      });
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain(
        'zeren_http_request_duration_seconds_count{route="/api/health",method="GET",status="200"}',
      );
    } finally {
      await app.close();
    }
  });

  it('a short token stops the start, naming the key', () => {
    expect(() => testConfig({ ZEREN_METRICS_TOKEN: 'short' })).toThrow(/ZEREN_METRICS_TOKEN/);
  });
});

describe('GET /api/openapi.json', () => {
  it('describes every API route with a response schema, and a request schema where it takes input', async () => {
    const spec = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(spec.openapi).toBe('3.1.0');
    const operations = Object.entries<Record<string, any>>(spec.paths).flatMap(([path, ops]) =>
      Object.entries(ops).map(([method, op]) => ({ path, method, op })),
    );
    expect(operations.length).toBeGreaterThanOrEqual(20);
    for (const { path, method, op } of operations) {
      const ok = Object.entries<any>(op.responses ?? {}).find(([status]) => status.startsWith('2'));
      const content = ok?.[1]?.content ?? {};
      // JSON answers carry a schema; file downloads (xlsx) name their media type.
      const described = content['application/json']?.schema ?? Object.keys(content).length > 0;
      expect(described, `${method} ${path} response`).toBeTruthy();
      if (op.requestBody) {
        expect(
          Object.values<any>(op.requestBody.content)[0]?.schema,
          `${method} ${path} request`,
        ).toBeDefined();
      }
      if (path.includes('{id}')) {
        expect(
          op.parameters?.some((p: { name: string }) => p.name === 'id'),
          `${method} ${path} id`,
        ).toBe(true);
      }
    }
    expect(spec.paths['/api/units'].post.requestBody.content['application/json'].schema.required).toEqual(
      expect.arrayContaining(['parentId', 'name', 'kind', 'level']),
    );
  });
});

describe('crypto', () => {
  it('computes SM3 (GB/T 32905 test vector "abc")', () => {
    expect(sm3('abc')).toBe('66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0');
  });
  it('seals a field with SM4 + HMAC-SM3 and detects tampering', () => {
    const cipher = new FieldCipher(Buffer.alloc(32, 7));
    const sealed = cipher.encrypt('13912345678');
    expect(sealed).not.toContain('13912345678');
    expect(cipher.encrypt('13912345678')).not.toBe(sealed);
    expect(cipher.decrypt(sealed)).toBe('13912345678');
    const raw = Buffer.from(sealed.slice(3), 'base64url');
    raw[20] = (raw[20] ?? 0) ^ 1;
    expect(() => cipher.decrypt(`v1.${raw.toString('base64url')}`)).toThrow(/integrity/);
  });
  it('digests a value under a key of its purpose, derived from the field key', () => {
    const key = Buffer.alloc(32, 7);
    const cipher = new FieldCipher(key);
    const digest = cipher.keyedDigest('receipt-lookup', '20261203888866660001');
    expect(digest).toMatch(/^[0-9a-f]{64}$/);
    expect(cipher.keyedDigest('receipt-lookup', '20261203888866660001')).toBe(digest);
    // The purpose's key is HMAC-SM3(field key, "zeren/<purpose>/v1"), as the configuration derives its own.
    const derived = createHmac('sm3', key).update('zeren/receipt-lookup/v1').digest();
    expect(digest).toBe(hmacSm3(derived, '20261203888866660001'));
    expect(cipher.keyedDigest('phone-hash', '20261203888866660001')).not.toBe(digest);
    expect(
      new FieldCipher(Buffer.alloc(32, 8)).keyedDigest('receipt-lookup', '20261203888866660001'),
    ).not.toBe(digest);
  });
  it('masks phone numbers and e-mail addresses', () => {
    expect(maskPersonal('13912345678')).toBe('*******5678');
    expect(maskPersonal('zhang@gov.cn')).toBe('z***@gov.cn');
    expect(maskPersonal(null)).toBeNull();
  });
  it('canonical JSON sorts keys at every depth', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 2 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[2,{"e":2,"f":1}]},"b":1}',
    );
  });
});

describe('password rules', () => {
  it('need 12 characters, three classes, and not the username', () => {
    expect(passwordProblems('Zeren-demo-2026', 'office')).toEqual([]);
    expect(passwordProblems('short1A', 'x').map((p) => p.key)).toEqual(['password.length']);
    expect(passwordProblems('alllowercaseletters', 'x').map((p) => p.key)).toEqual(['password.classes']);
    expect(passwordProblems('Dept.Clerk.2026', 'dept.clerk.2026').map((p) => p.key)).toEqual([
      'password.username',
    ]);
  });
});

describe('configuration', () => {
  it('names every bad key with the reason', () => {
    try {
      loadConfig({
        PORT: 'eighty',
        DATABASE_URL: 'mysql://x',
        ZEREN_DEMO_PASSWORD: 'short',
        ZEREN_DATA_DIR: '/nonexistent/zeren-cfg',
      });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const message = (error as Error).message;
      expect(message).toContain('PORT:');
      expect(message).toContain('DATABASE_URL: must start with postgres:// or postgresql://');
      expect(message).toContain('ZEREN_DEMO_PASSWORD: must be at least 12 characters');
    }
  });
  it('defaults to the embedded database on port 3000 and loads the demo there', () => {
    const dir = temporaryDirectory();
    try {
      const config = loadConfig({ ZEREN_DATA_DIR: dir.path });
      expect(config.port).toBe(3000);
      expect(config.databaseUrl).toBeUndefined();
      expect(config.loadDemo).toBe(true);
      expect(config.fieldKey).toHaveLength(32);
      // Generated secrets are kept: a second load reads the same ones.
      expect(loadConfig({ ZEREN_DATA_DIR: dir.path }).sessionSecret).toBe(config.sessionSecret);
    } finally {
      dir.remove();
    }
  });
});

describe('public routes', () => {
  it('are rate-limited per client by default', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 305; i++) {
      statuses.push(
        (await t.app.inject({ method: 'GET', url: '/api/portal/units', remoteAddress: '192.0.2.77' }))
          .statusCode,
      );
    }
    expect(statuses.slice(0, 300).every((s) => s === 200)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
    const limited = await t.app.inject({
      method: 'GET',
      url: '/api/portal/units',
      remoteAddress: '192.0.2.77',
    });
    expect(limited.json().code).toBe('RATE_LIMITED');
    // Another client is not affected.
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/portal/units', remoteAddress: '192.0.2.78' }))
        .statusCode,
    ).toBe(200);
  });
});

describe('health probes', () => {
  it('are never rate-limited', async () => {
    let last = 0;
    for (let i = 0; i < 320; i++) {
      last = (await t.app.inject({ method: 'GET', url: '/api/health', remoteAddress: '192.0.2.90' }))
        .statusCode;
    }
    expect(last).toBe(200);
  });
});
