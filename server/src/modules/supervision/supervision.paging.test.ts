/**
 * The board's pages for a user who reaches a few units (a county office) are walked unit by unit
 * (paging.ts pageIdsUnitByUnit). Whatever the route takes, the pages must be exactly the list in
 * the board's order: every item of the scope once, none outside it, ties on the due date broken
 * by id, with filters applied.
 */
import { eq, like, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/harness';
import { newId } from '../../db/columns';
import { unit } from '../../platform/org/org.table';
import { campaign } from '../campaign/campaign.table';
import { supervisionItem } from './supervision.table';

let t: TestApp;
let county: string;
let countyPath: string;

beforeAll(async () => {
  t = await createTestApp();
  county = await t.login('county.office');
  const db = t.database.db;
  const [cg] = await db.select({ path: unit.path }).from(unit).where(eq(unit.code, 'K100'));
  countyPath = cg!.path;
  const [office] = await db.select({ id: unit.id }).from(unit).where(eq(unit.code, 'C001'));
  const [{ id: campaignId }] = (await db
    .select({ id: campaign.id })
    .from(campaign)
    .where(eq(campaign.status, 'active'))) as [{ id: string }];
  const units = await db.select({ id: unit.id, path: unit.path }).from(unit);
  // 150 items over every unit, due on few distinct days (many ties), most of them in 城关区.
  let seed = 11;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const inCounty = units.filter((u) => u.path.startsWith(countyPath));
  const statuses = ['assigned', 'in_progress', 'closed'] as const;
  const pick = <T>(from: readonly T[]) => from[Math.floor(random() * from.length)]!;
  await db.insert(supervisionItem).values(
    Array.from({ length: 150 }, (_, n) => ({
      id: newId(),
      campaignId,
      code: `督-P-${String(n).padStart(4, '0')}`,
      source: 'decision' as const,
      title: `分页测试事项 ${n}`,
      task: '按期反馈进展。',
      unitId: pick(random() < 0.7 ? inCounty : units).id,
      assignedByUnitId: office!.id,
      status: statuses[Math.floor(random() * statuses.length)]!,
      dueDate: `2026-12-${String(10 + Math.floor(random() * 4)).padStart(2, '0')}`,
      milestones: [],
      progress: 0,
    })),
  );
});
afterAll(() => t.close());

/** The ids of the county's items in the board's order, straight from the table. */
async function expected(status?: string): Promise<string[]> {
  const rows = await t.database.db
    .select({ id: supervisionItem.id })
    .from(supervisionItem)
    .innerJoin(unit, eq(unit.id, supervisionItem.unitId))
    .where(
      status
        ? sql`${like(unit.path, `${countyPath}%`)} and ${supervisionItem.status} = ${status}`
        : like(unit.path, `${countyPath}%`),
    )
    .orderBy(supervisionItem.dueDate, supervisionItem.id);
  return rows.map((r) => r.id);
}

/** Every page of the board, `limit` at a time: the ids in order, and the totals each page gave. */
async function pages(query: string, limit: number) {
  const ids: string[] = [];
  const totals = new Set<number>();
  let after: string | null = null;
  do {
    const res = await t.as(county, {
      method: 'GET',
      url: `/api/supervision-items?limit=${limit}${query}${after ? `&after=${after}` : ''}`,
    });
    expect(res.statusCode).toBe(200);
    const body = res.json() as { items: { id: string }[]; nextCursor: string | null; total: number };
    expect(body.items.length).toBeLessThanOrEqual(limit);
    ids.push(...body.items.map((i) => i.id));
    totals.add(body.total);
    after = body.nextCursor;
  } while (after);
  return { ids, totals: [...totals] };
}

describe('a county office pages through its board', () => {
  it('gets every item of its subtree once, in due-date then id order, whatever the page size', async () => {
    const all = await expected();
    expect(all.length).toBeGreaterThan(100);
    for (const limit of [3, 20, 100]) {
      const { ids, totals } = await pages('', limit);
      expect(ids, `limit ${limit}`).toEqual(all);
      expect(totals).toEqual([all.length]);
    }
  });

  it('applies filters inside the walk', async () => {
    const running = await expected('in_progress');
    expect(running.length).toBeGreaterThan(10);
    const { ids, totals } = await pages('&status=in_progress', 9);
    expect(ids).toEqual(running);
    expect(totals).toEqual([running.length]);
  });
});
