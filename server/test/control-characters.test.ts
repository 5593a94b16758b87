import { connect } from 'node:net';
import { type OperationId, ROLE_PERMISSIONS, ROUTES, type RouteContract } from '@zeren/contracts';
import fc from 'fast-check';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS } from '../src/seed/demo-data';
import { Factories } from './factories';
import { auditCount, createTestApp, type TestApp } from './harness';

let t: TestApp;
let f: Factories;
const cookies = new Map<string, string>();
beforeAll(async () => {
  t = await createTestApp();
  f = new Factories(t);
  for (const a of DEMO_ACCOUNTS) cookies.set(a.username, await t.login(a.username));
});
afterAll(() => t.close());

let address = 0;
/** Each request from its own address, so per-address rate limits stay out of the way. */
const nextIp = () => `10.77.${Math.floor(address / 250)}.${(address++ % 250) + 1}`;

function as(username: string | null, options: InjectOptions) {
  return t.app.inject({
    remoteAddress: nextIp(),
    ...options,
    headers: {
      'x-requested-with': 'zeren',
      ...(username ? { cookie: cookies.get(username)! } : {}),
      ...(options.headers ?? {}),
    },
  });
}

function expectRefused(res: Awaited<ReturnType<typeof as>>, field: string) {
  expect(res.statusCode, res.body).toBe(400);
  expect(res.headers['content-type']).toContain('application/problem+json');
  expect(res.json().code).toBe('VALIDATION_FAILED');
  expect(res.json().errors.map((e: { path: string }) => e.path)).toContain(field);
}

describe('a NUL byte (or another control character) is a 400 naming the field, never a 500', () => {
  it('in query strings of staff and public lists and of the audit log', async () => {
    const before = await auditCount(t.database);
    const cases: [string | null, string, string][] = [
      ['office', '/api/units?q=%00', 'query.q'],
      ['office', '/api/persons?q=%00', 'query.q'],
      ['office', '/api/accounts?q=a%00', 'query.q'],
      ['office', '/api/duty-items?q=%00', 'query.q'],
      ['office', '/api/suggestions?q=%00', 'query.q'],
      [null, '/api/portal/duty-items?q=a%00b', 'query.q'],
      [null, '/api/portal/suggestions/SG%00X', 'params.trackingCode'],
      ['auditadmin', '/api/audit-events?recordType=%00', 'query.recordType'],
      ['auditadmin', '/api/audit-events?recordId=%00', 'query.recordId'],
      ['auditadmin', '/api/audit-events?action=a.b%01', 'query.action'],
    ];
    for (const [user, url, field] of cases) expectRefused(await as(user, { method: 'GET', url }), field);
    // Reading the log is itself logged, but no refused read wrote anything.
    expect(await auditCount(t.database)).toBe(before);
  });

  it('inside JSON bodies: staff, public and sign-in routes', async () => {
    const before = await auditCount(t.database);
    const draft = await f.dutyItem('C007', 'draft');
    const [edu] = (await as('office', { method: 'GET', url: '/api/units?q=C007' })).json().items;
    const cases: [string | null, InjectOptions, string][] = [
      [
        'dept.clerk',
        {
          method: 'POST',
          url: '/api/suggestions',
          payload: { unitId: edu.id, title: '\u0000', content: '内容' },
        },
        'title',
      ],
      [
        'office',
        { method: 'POST', url: '/api/persons', payload: { unitId: edu.id, name: '张\u0000三' } },
        'name',
      ],
      [
        'dept.clerk',
        { method: 'PATCH', url: `/api/duty-items/${draft}/draft`, payload: { legalBasis: 'a\u0000b' } },
        'legalBasis',
      ],
      [
        null,
        {
          method: 'POST',
          url: '/api/portal/suggestions',
          payload: { unitId: edu.id, title: '建议', content: '\u0000', altcha: 'x' },
        },
        'content',
      ],
      [
        null,
        { method: 'POST', url: '/api/auth/login', payload: { username: '\u0000', password: 'x' } },
        'username',
      ],
      [
        null,
        { method: 'POST', url: '/api/auth/login', payload: { username: 'leader', password: 'a\u0000' } },
        'password',
      ],
      [
        'dept.head',
        { method: 'POST', url: `/api/duty-items/${draft}/return`, payload: { reason: '退回\u0007' } },
        'reason',
      ],
    ];
    for (const [user, options, field] of cases) expectRefused(await as(user, options), field);
    expect(await auditCount(t.database)).toBe(before);
    const en = await as('office', {
      method: 'POST',
      url: '/api/persons',
      headers: { 'accept-language': 'en-US' },
      payload: { unitId: edu.id, name: '\u001b[31m' },
    });
    expect(en.json().errors).toEqual([
      { path: 'name', message: 'Must not contain control characters (such as NUL)' },
    ]);
  });

  it('tab, line feed and carriage return stay allowed in text', async () => {
    const [edu] = (await as('office', { method: 'GET', url: '/api/units?q=C007' })).json().items;
    const res = await as('dept.clerk', {
      method: 'POST',
      url: '/api/suggestions',
      payload: { unitId: edu.id, title: '标题', content: '第一行\r\n第二行\t（缩进）' },
    });
    expect(res.statusCode).toBe(201);
  });

  it('property: every string input of every route refuses a control character, naming the field', async () => {
    const spec = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    /** Who may call a route, so the request gets past access to validation. */
    const caller = (route: RouteContract): string | null | undefined => {
      if ('public' in route.access) return null;
      if ('signedIn' in route.access) return 'office';
      const { permission, scope } = route.access;
      // A route of the whole city needs the permission with data scope `all`.
      return DEMO_ACCOUNTS.find((a) =>
        a.roles.some(
          (r) =>
            (ROLE_PERMISSIONS[r.role] as readonly string[]).includes(permission) &&
            (scope !== 'all' || r.dataScope === 'all'),
        ),
      )?.username;
    };
    const isString = (schema: { type?: unknown; anyOf?: { type?: unknown }[] } | undefined): boolean =>
      !!schema && (schema.type === 'string' || (schema.anyOf ?? []).some((s) => s.type === 'string'));
    const targets: {
      id: string;
      method: string;
      path: string;
      where: 'body' | 'query';
      field: string;
      user: string | null;
    }[] = [];
    for (const [id, route] of Object.entries(ROUTES as Record<OperationId, RouteContract>)) {
      const user = caller(route);
      if (user === undefined) continue;
      const op = spec.paths[route.path.replace(/:(\w+)/g, '{$1}')]?.[route.method.toLowerCase()];
      const props = op?.requestBody?.content?.['application/json']?.schema?.properties ?? {};
      if (!route.upload)
        for (const [field, schema] of Object.entries<{ type?: unknown }>(props))
          if (isString(schema))
            targets.push({ id, method: route.method, path: route.path, where: 'body', field, user });
      for (const p of op?.parameters ?? [])
        if (p.in === 'query' && isString(p.schema))
          targets.push({ id, method: route.method, path: route.path, where: 'query', field: p.name, user });
    }
    expect(targets.length).toBeGreaterThan(40);
    const before = await auditCount(t.database);
    const controls = [...Array(32).keys()].filter((c) => c !== 9 && c !== 10 && c !== 13).concat(127);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...targets),
        fc.string({ maxLength: 6 }),
        fc.constantFrom(...controls),
        fc.string({ maxLength: 6 }),
        async (target, head, control, tail) => {
          const value = `${head}${String.fromCharCode(control)}${tail}`;
          // Valid path parameters, so that validation reaches the body and the query.
          const sample: Record<string, string> = {
            day: '2026-12-28',
            recordType: 'duty_item',
            trackingCode: 'SGX',
            requirement: 'factsClear',
          };
          const url = target.path.replace(
            /:(\w+)/g,
            (_, name: string) => sample[name] ?? '00000000-0000-4000-8000-000000000000',
          );
          const res = await as(target.user, {
            method: target.method as 'POST',
            url: target.where === 'query' ? `${url}?${new URLSearchParams({ [target.field]: value })}` : url,
            ...(target.where === 'body' ? { payload: { [target.field]: value } } : {}),
          });
          expect(res.statusCode, `${target.id} ${target.field}`).toBe(400);
          const paths = res.json().errors.map((e: { path: string }) => e.path);
          expect(paths, `${target.id} ${target.field}`).toContain(
            target.where === 'query' ? `query.${target.field}` : target.field,
          );
        },
      ),
      { numRuns: 400 },
    );
    expect(await auditCount(t.database)).toBe(before);
  });
});

describe('numbers in query strings are decimal digits only', () => {
  it('limit=0x10, 1e1, " 16" and an empty value are 400 on query.limit; 3 is 3', async () => {
    for (const limit of ['0x10', '1e1', '%2016', '', '16.5', '0b10'])
      expectRefused(
        await as('auditadmin', { method: 'GET', url: `/api/audit-events?limit=${limit}` }),
        'query.limit',
      );
    const ok = await as('auditadmin', { method: 'GET', url: '/api/audit-events?limit=3' });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().items).toHaveLength(3);
    expectRefused(await as(null, { method: 'GET', url: '/api/portal/duty-items?limit=0x10' }), 'query.limit');
    expectRefused(
      await as('office', { method: 'GET', url: '/api/calendar/working-days/add?from=2026-06-01&days=0x5' }),
      'query.days',
    );
    expectRefused(await as('office', { method: 'GET', url: '/api/calendar/days?year=0x7ea' }), 'query.year');
    expect((await as('office', { method: 'GET', url: '/api/calendar/days?year=2026' })).statusCode).toBe(200);
    expect(
      (await as('office', { method: 'GET', url: '/api/calendar/working-days/add?from=2026-06-01&days=-3' }))
        .statusCode,
    ).toBe(200);
  });
});

describe('answers the HTTP layer gives are problem+json too', () => {
  it('a URL that cannot be decoded: 400 problem+json', async () => {
    const res = await as('office', { method: 'GET', url: '/api/units/%E0%A4%A' });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().code).toBe('MALFORMED_REQUEST');
  });

  it('headers too large: 431 problem+json from a real socket', async () => {
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = t.app.server.address() as { port: number };
    const raw = await new Promise<string>((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.write(`GET /api/health HTTP/1.1\r\nHost: localhost\r\nCookie: ${'a'.repeat(20_000)}\r\n\r\n`);
      });
      let data = '';
      socket.on('data', (chunk) => {
        data += chunk.toString('utf8');
      });
      socket.on('end', () => resolve(data));
      socket.on('error', reject);
    });
    const [head, body] = raw.split('\r\n\r\n');
    expect(head).toMatch(/^HTTP\/1\.1 431/);
    expect(head!.toLowerCase()).toContain('content-type: application/problem+json');
    expect(JSON.parse(body!)).toMatchObject({ status: 431, code: 'HEADERS_TOO_LARGE' });
  });
});
