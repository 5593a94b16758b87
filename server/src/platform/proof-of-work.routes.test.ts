import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/harness';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('GET /api/portal/altcha-challenge', () => {
  it('answers a fresh signed challenge to anyone, not cached', async () => {
    const a = await t.app.inject({ method: 'GET', url: '/api/portal/altcha-challenge' });
    const b = await t.app.inject({ method: 'GET', url: '/api/portal/altcha-challenge' });
    expect(a.statusCode).toBe(200);
    expect(a.headers['cache-control']).toBe('no-store');
    const challenge = a.json();
    expect(Object.keys(challenge).sort()).toEqual(['parameters', 'signature']);
    expect(challenge.parameters).toMatchObject({ algorithm: 'SHA-256', cost: 1 });
    // The service clock (a ManualClock in tests) sets the expiry.
    expect(challenge.parameters.data.expires).toBe(t.clock.now().getTime() / 1000 + 600);
    expect(b.json().parameters.salt).not.toBe(challenge.parameters.salt);
  });
});
