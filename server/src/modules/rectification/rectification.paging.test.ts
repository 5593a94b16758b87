/**
 * A county office's ledger is walked unit by unit (paging.ts pageIdsUnitByUnit): its pages must be
 * exactly the ledger in its order — every item of the subtree once, none outside, ties on the due
 * date broken by id, with the list's filters (a unit subtree, a status) applied inside the walk.
 */
import { eq, like, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/harness';
import { unit } from '../../platform/org/org.table';
import { campaign } from '../campaign/campaign.table';
import { rectificationItem } from './rectification.table';

let t: TestApp;
let county: string;
let countyPath: string;
let schoolPath: string;
let schoolId: string;

beforeAll(async () => {
  t = await createTestApp();
  county = await t.login('county.office');
  const db = t.database.db;
  const byCode = async (code: string) => (await db.select().from(unit).where(eq(unit.code, code)))[0]!;
  countyPath = (await byCode('K100')).path;
  const school = await byCode('K101');
  schoolPath = school.path;
  schoolId = school.id;
  const [{ id: campaignId }] = (await db
    .select({ id: campaign.id })
    .from(campaign)
    .where(eq(campaign.status, 'active'))) as [{ id: string }];
  const units = await db.select({ id: unit.id, path: unit.path }).from(unit);
  const inCounty = units.filter((u) => u.path.startsWith(countyPath));
  let seed = 5;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const pick = <T>(from: readonly T[]) => from[Math.floor(random() * from.length)]!;
  const statuses = ['pending', 'rectifying', 'signed_off'] as const;
  await db.insert(rectificationItem).values(
    Array.from({ length: 120 }, (_, n) => ({
      campaignId,
      unitId: pick(random() < 0.7 ? inCounty : units).id,
      source: 'self_inspection' as const,
      problem: `分页测试整改问题 ${n}`,
      dueDate: `2026-12-${String(10 + Math.floor(random() * 3)).padStart(2, '0')}`,
      status: pick(statuses),
    })),
  );
});
afterAll(() => t.close());

async function expected(path: string, status?: string): Promise<string[]> {
  const rows = await t.database.db
    .select({ id: rectificationItem.id })
    .from(rectificationItem)
    .innerJoin(unit, eq(unit.id, rectificationItem.unitId))
    .where(
      status
        ? sql`${like(unit.path, `${path}%`)} and ${rectificationItem.status} = ${status}`
        : like(unit.path, `${path}%`),
    )
    .orderBy(rectificationItem.dueDate, rectificationItem.id);
  return rows.map((r) => r.id);
}

async function pages(query: string, limit: number) {
  const ids: string[] = [];
  const totals = new Set<number>();
  let after: string | null = null;
  do {
    const res = await t.as(county, {
      method: 'GET',
      url: `/api/rectification-items?limit=${limit}${query}${after ? `&after=${after}` : ''}`,
    });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as { items: { id: string }[]; nextCursor: string | null; total: number };
    ids.push(...body.items.map((i) => i.id));
    totals.add(body.total);
    after = body.nextCursor;
  } while (after);
  return { ids, totals: [...totals] };
}

describe('a county office pages through its ledger', () => {
  it('gets every item of its subtree once, in due-date then id order', async () => {
    const all = await expected(countyPath);
    expect(all.length).toBeGreaterThan(60);
    for (const limit of [7, 50]) {
      const { ids, totals } = await pages('', limit);
      expect(ids, `limit ${limit}`).toEqual(all);
      expect(totals).toEqual([all.length]);
    }
  });

  it('applies a unit and a status filter inside the walk', async () => {
    const some = await expected(schoolPath, 'rectifying');
    expect(some.length).toBeGreaterThan(3);
    const { ids, totals } = await pages(`&unitId=${schoolId}&status=rectifying`, 4);
    expect(ids).toEqual(some);
    expect(totals).toEqual([some.length]);
  });
});
