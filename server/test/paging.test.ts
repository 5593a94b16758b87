import { brotliDecompressSync } from 'node:zlib';
import { COUNT_CAP, KEY_TASK_STATUSES } from '@zeren/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './harness';

let t: TestApp;
const cookies = new Map<string, string>();
/** Signs in once per user: sign-in is rate-limited per address. */
async function as(user: string): Promise<string> {
  if (!cookies.has(user)) cookies.set(user, await t.login(user));
  return cookies.get(user)!;
}
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

interface Page {
  items: { id: string; status?: string }[];
  nextCursor: string | null;
  total: number;
  totalExact: boolean;
}

/** Every row of a list, `limit` at a time, following nextCursor; and the pages' totals. */
async function pageThrough(cookie: string, path: string, limit: number) {
  const ids: string[] = [];
  const totals = new Set<number>();
  let after: string | null = null;
  let pages = 0;
  do {
    const sep = path.includes('?') ? '&' : '?';
    const res = await t.as(cookie, {
      method: 'GET',
      url: `${path}${sep}limit=${limit}${after ? `&after=${after}` : ''}`,
    });
    expect(res.statusCode, res.body).toBe(200);
    const page = res.json() as Page;
    expect(page.items.length).toBeLessThanOrEqual(limit);
    ids.push(...page.items.map((i) => i.id));
    totals.add(page.total);
    expect(page.totalExact).toBe(true);
    after = page.nextCursor;
    pages += 1;
    if (after) expect(page.items.length).toBe(limit);
  } while (after && pages < 1000);
  return { ids, totals: [...totals], pages };
}

const LISTS = [
  ['office', '/api/persons'],
  ['office', '/api/accounts'],
  ['office', '/api/suggestions'],
  ['office', '/api/duty-items'],
  ['office', '/api/key-tasks'],
  ['secadmin', '/api/sessions'],
  ['secadmin', '/api/role-grants'],
  ['county.office', '/api/persons'],
  ['dept.clerk', '/api/duty-items'],
] as const;

describe('staff lists page on the server (keyset)', () => {
  it.each(LISTS)('%s pages through %s: every row once, the total is the row count', async (user, path) => {
    const cookie = await as(user);
    const whole = await pageThrough(cookie, path, 200);
    const paged = await pageThrough(cookie, path, 2);
    expect(paged.ids).toEqual(whole.ids);
    expect(new Set(paged.ids).size).toBe(paged.ids.length);
    expect(paged.totals).toEqual([paged.ids.length]);
    if (paged.ids.length > 2) expect(paged.pages).toBe(Math.ceil(paged.ids.length / 2));
  });

  it('the count and the rows follow the data scope alike', async () => {
    const office = await pageThrough(await as('office'), '/api/persons', 200);
    const county = await pageThrough(await as('county.office'), '/api/persons', 200);
    expect(county.ids.length).toBeGreaterThan(0);
    expect(county.ids.length).toBeLessThan(office.ids.length);
    expect(county.ids.every((id) => office.ids.includes(id))).toBe(true);
  });

  it('a filter applies to the rows and to the total', async () => {
    const office = await as('office');
    const all = (await t.as(office, { method: 'GET', url: '/api/persons?limit=200' })).json() as Page;
    const some = (await t.as(office, { method: 'GET', url: '/api/persons?limit=200&q=局长' })).json() as Page;
    expect(some.total).toBe(some.items.length);
    expect(some.total).toBeGreaterThan(0);
    expect(some.total).toBeLessThan(all.total);
  });

  it('the status filter of key tasks is the status each task shows, and the statuses add up', async () => {
    const office = await as('office');
    const all = (await t.as(office, { method: 'GET', url: '/api/key-tasks?limit=200' })).json() as Page & {
      items: { id: string; status: string }[];
    };
    let sum = 0;
    for (const status of KEY_TASK_STATUSES) {
      const page = (
        await t.as(office, { method: 'GET', url: `/api/key-tasks?limit=200&status=${status}` })
      ).json() as Page & { items: { id: string; status: string }[] };
      expect(page.items.every((i) => i.status === status)).toBe(true);
      expect(page.items.map((i) => i.id).sort()).toEqual(
        all.items
          .filter((i) => i.status === status)
          .map((i) => i.id)
          .sort(),
      );
      sum += page.total;
    }
    expect(sum).toBe(all.total);
  });

  it.each([
    ['not base64 JSON', '!!!'],
    ['a cursor of another list (wrong number of keys)', Buffer.from('["x"]').toString('base64url')],
    ['a key of the wrong type', Buffer.from('["张三", 42]').toString('base64url')],
    ['an id that is not a UUID', Buffer.from(`["张三", "1' or '1'='1"]`).toString('base64url')],
  ])('a cursor that is %s is a 400 on query.after', async (_, cursor) => {
    const res = await t.as(await as('office'), {
      method: 'GET',
      url: `/api/persons?after=${encodeURIComponent(cursor)}`,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { path: string }) => e.path)).toContain('query.after');
  });

  it.each(['0', '201', '-1', 'ten'])('limit=%s is a 400 on query.limit', async (limit) => {
    const res = await t.as(await as('office'), { method: 'GET', url: `/api/persons?limit=${limit}` });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { path: string }) => e.path)).toContain('query.limit');
  });

  it(`counts up to ${COUNT_CAP} rows, then says "at least"`, async () => {
    // Enough suggestions past the cap, written straight to the table: counting must stop there.
    const { sql } = await import('drizzle-orm');
    await t.database.db.execute(sql`
      insert into suggestion (id, tracking_code, campaign_id, unit_id, domain_id, channel, title, content, status, is_public)
      select gen_random_uuid(), 'SGX' || lpad(g::text, 12, '0'), s.campaign_id, s.unit_id, s.domain_id, s.channel,
             s.title, s.content, s.status, false
      from suggestion s, generate_series(1, ${COUNT_CAP + 5}) g
      where s.id = (select id from suggestion order by id limit 1)`);
    const page = (await t.as(await as('office'), { method: 'GET', url: '/api/suggestions?limit=3' })).json();
    expect(page.items).toHaveLength(3);
    expect(page.total).toBe(COUNT_CAP);
    expect(page.totalExact).toBe(false);
    expect(page.nextCursor).not.toBeNull();
  });

  it('a large list goes out compressed for a client that accepts it; a small answer does not', async () => {
    const cookie = await as('office');
    const plain = await t.as(cookie, { method: 'GET', url: '/api/units' });
    const br = await t.as(cookie, {
      method: 'GET',
      url: '/api/units',
      headers: { 'accept-encoding': 'br, gzip' },
    });
    expect(br.statusCode).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.rawPayload.length).toBeLessThan(plain.rawPayload.length / 3);
    expect(JSON.parse(brotliDecompressSync(br.rawPayload).toString('utf8'))).toEqual(plain.json());
    const me = await t.as(cookie, {
      method: 'GET',
      url: '/api/me',
      headers: { 'accept-encoding': 'br, gzip' },
    });
    expect(me.headers['content-encoding']).toBeUndefined();
  });
});
