import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditCount, createTestApp, type TestApp } from '../../test/harness';

let t: TestApp;
let office: string;
let sysadmin: string;
beforeAll(async () => {
  t = await createTestApp();
  office = await t.login('office');
  sysadmin = await t.login('sysadmin');
});
afterAll(() => t.close());

const unitBody = { parentId: null, name: '新单位', kind: 'department', level: 'city' };

describe('bad input is a 4xx problem+json that names the field and changes nothing', () => {
  it('malformed JSON', async () => {
    const before = await auditCount(t.database);
    const res = await t.as(office, {
      method: 'POST',
      url: '/api/units',
      headers: { 'content-type': 'application/json' },
      payload: '{"name": ',
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().code).toBe('MALFORMED_REQUEST');
    expect(await auditCount(t.database)).toBe(before);
  });

  it('a missing field and a wrong type, in zh-CN by default and en-US on request', async () => {
    const zh = await t.as(office, {
      method: 'POST',
      url: '/api/units',
      payload: { ...unitBody, name: undefined, sortOrder: 'first' },
    });
    expect(zh.statusCode).toBe(400);
    expect(zh.json().errors).toEqual([
      { path: 'name', message: '必填' },
      { path: 'sortOrder', message: '类型不正确，应为数字' },
    ]);
    const en = await t.as(office, {
      method: 'POST',
      url: '/api/units',
      headers: { 'accept-language': 'en-US,en;q=0.9' },
      payload: { ...unitBody, name: undefined },
    });
    expect(en.json().errors).toEqual([{ path: 'name', message: 'Required' }]);
    expect(en.json().title).toBe('Some fields are not valid; please check the marked fields');
  });

  it('an oversized string', async () => {
    const res = await t.as(office, {
      method: 'POST',
      url: '/api/units',
      payload: { ...unitBody, name: '长'.repeat(101) },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([{ path: 'name', message: '长度或数值不能大于 100' }]);
  });

  it('an unknown field, reported on that field', async () => {
    const res = await t.as(office, {
      method: 'POST',
      url: '/api/units',
      payload: { ...unitBody, isAdmin: true },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([{ path: 'isAdmin', message: '不允许的字段：isAdmin' }]);
  });

  it('a value outside an enumeration, a bad id in the path and a bad query', async () => {
    const kind = await t.as(office, {
      method: 'POST',
      url: '/api/units',
      payload: { ...unitBody, kind: 'ministry' },
    });
    expect(kind.json().errors).toEqual([{ path: 'kind', message: '取值不在允许范围内' }]);
    const id = await t.as(office, { method: 'GET', url: '/api/units/not-a-uuid' });
    expect(id.statusCode).toBe(400);
    expect(id.json().errors[0].path).toBe('params.id');
    const query = await t.as(office, { method: 'GET', url: '/api/persons?unitId=1&extra=2' });
    expect(query.statusCode).toBe(400);
    expect(
      query
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['query.extra', 'query.unitId']);
  });

  it('a body over the size limit', async () => {
    const res = await t.as(office, {
      method: 'POST',
      url: '/api/units',
      payload: { ...unitBody, name: 'x'.repeat(1_100_000) },
    });
    expect(res.statusCode).toBe(413);
    expect(res.json().code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('an unknown API path is a 404 problem', async () => {
    const res = await t.as(office, { method: 'GET', url: '/api/nothing-here' });
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('NOT_FOUND');
  });
});

describe('no request produces a 5xx (property test over every write route)', () => {
  it('random bodies, content types and ids never crash a route or change anything', async () => {
    const spec = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const targets: { method: string; path: string }[] = [];
    for (const [path, ops] of Object.entries<Record<string, unknown>>(spec.paths)) {
      for (const method of Object.keys(ops)) {
        if (['post', 'put', 'patch', 'delete'].includes(method) && !path.startsWith('/api/auth'))
          targets.push({ method, path });
      }
    }
    expect(targets.length).toBeGreaterThanOrEqual(10);
    const before = await auditCount(t.database);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...targets),
        fc.oneof(
          fc.json(),
          fc.string(),
          fc.jsonValue().map((v) => JSON.stringify(v)),
        ),
        fc.oneof(fc.uuid(), fc.string({ maxLength: 40 })),
        fc.boolean(),
        fc.constantFrom(
          'application/json',
          'multipart/form-data',
          'multipart/form-data; boundary=zeren',
          'text/plain',
          'application/x-www-form-urlencoded',
        ),
        async (target, body, id, asAdmin, contentType) => {
          const url = target.path.replace('{id}', encodeURIComponent(id) || 'x');
          const res = await t.as(asAdmin ? sysadmin : office, {
            method: target.method.toUpperCase() as 'POST',
            url,
            headers: { 'content-type': contentType },
            payload: body,
          });
          expect(res.statusCode, `${target.method} ${url} ${body}`).toBeGreaterThanOrEqual(400);
          expect(res.statusCode, `${target.method} ${url} ${body}`).toBeLessThan(500);
          expect(res.headers['content-type']).toContain('application/problem+json');
        },
      ),
      { numRuns: 500 },
    );
    expect(await auditCount(t.database)).toBe(before);
  });
});
