import { fillPath, ROUTES, type RouteContract } from '@zeren/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './harness';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

interface Entry {
  key: string;
  count: number;
  operationId: string;
  query: Record<string, string | number | boolean>;
}

async function workbenchOf(cookie: string): Promise<Entry[]> {
  const res = await t.as(cookie, { method: 'GET', url: '/api/workbench' });
  expect(res.statusCode).toBe(200);
  return res.json().items;
}

/** The list an entry links to, fetched as the same person. */
async function listed(cookie: string, entry: Entry): Promise<number> {
  const route = ROUTES[entry.operationId as keyof typeof ROUTES] as RouteContract;
  const query = new URLSearchParams(
    Object.entries(entry.query).map(([k, v]): [string, string] => [k, String(v)]),
  ).toString();
  const res = await t.as(cookie, {
    method: 'GET',
    url: `${fillPath(route.path)}${query ? `?${query}` : ''}`,
  });
  expect(res.statusCode, `${entry.key}: ${res.body}`).toBe(200);
  // A paged list says how many rows its filter matches; a whole list is its length.
  const body = res.json();
  return typeof body.total === 'number' ? body.total : body.items.length;
}

describe('the workbench (工作台)', () => {
  it.each(['office', 'county.office', 'dept.clerk', 'dept.head', 'county.inspector', 'leader', 'supervisor'])(
    '%s: every count equals the list it links to',
    async (username) => {
      const cookie = await t.login(username);
      for (const entry of await workbenchOf(cookie))
        expect(entry.count, entry.key).toBe(await listed(cookie, entry));
    },
  );

  it('shows each person what waits for them', async () => {
    const office = await t.login('office');
    const clerk = await t.login('dept.clerk');
    const head = await t.login('dept.head');
    const keys = (entries: Entry[]) => Object.fromEntries(entries.map((e) => [e.key, e.count]));
    // The office decides the bureau's request for more time on the task it set.
    expect(keys(await workbenchOf(office))['keyTasks.extensions']).toBe(1);
    // The clerk drafts; the head approves: nothing to approve yet, one after the clerk submits.
    expect(keys(await workbenchOf(clerk))).not.toHaveProperty('duties.toApprove');
    const before = keys(await workbenchOf(head))['duties.toApprove'];
    const items = (await t.as(clerk, { method: 'GET', url: '/api/duty-items?status=draft' })).json().items;
    expect(items.length).toBeGreaterThan(0);
    const submitted = await t.as(clerk, {
      method: 'POST',
      url: `/api/duty-items/${items[0].id}/submit`,
      payload: {},
    });
    expect(submitted.statusCode).toBe(200);
    expect(keys(await workbenchOf(head))['duties.toApprove']).toBe((before ?? 0) + 1);
    // Administrators have no business entries: only their notifications, as everyone.
    expect((await workbenchOf(await t.login('sysadmin'))).map((e) => e.key)).toEqual([
      'notifications.unread',
    ]);
  });
});
