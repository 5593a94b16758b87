import type { DashboardSummary } from '@zeren/contracts';
import { eq, getTableName, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../src/db/client';
import { leadTallies } from '../src/modules/accountability/accountability.repository';
import { lead, leadMessage, publicReport } from '../src/modules/accountability/accountability.table';
import { itemTally } from '../src/modules/rectification/rectification.repository';
import { rectificationItem } from '../src/modules/rectification/rectification.table';
import {
  reminderTally,
  itemTally as supervisionItemTally,
} from '../src/modules/supervision/supervision.repository';
import { supervisionItem, supervisionReminder } from '../src/modules/supervision/supervision.table';
import { runJob } from '../src/platform/jobs';
import { person, userAccount } from '../src/platform/org/org.table';
import {
  countByTallied,
  countEachTallied,
  foldTally,
  type Tally,
  tallyFoldJob,
} from '../src/platform/tallies';
import { Factories } from './factories';
import { createTestApp, type TestApp } from './harness';

let t: TestApp;
let f: Factories;
let campaignId: string;
beforeAll(async () => {
  t = await createTestApp();
  t.clock.set(new Date('2026-06-01T02:00:00Z'));
  f = new Factories(t);
  campaignId = await f.demoCampaign();
});
afterAll(() => t.close());

const TALLIES: Tally[] = [itemTally, ...Object.values(leadTallies), supervisionItemTally, reminderTally];

/** The source's rows counted by the tally's keys, and the tally's sums, each sorted the same way. */
async function both(x: Tally) {
  const keys = sql.join(
    [...x.keys].map((k) => sql.identifier(k)),
    sql`, `,
  );
  const counted = await t.database.db.execute(
    sql`select ${keys}, count(*)::int as n from ${x.source} group by ${keys} order by ${keys}`,
  );
  const summed = await t.database.db.execute(
    sql`select ${keys}, sum(n)::int as n from ${x.table} group by ${keys} having sum(n) <> 0 order by ${keys}`,
  );
  const rows = await t.database.db.execute(sql`select count(*)::int as n from ${x.table}`);
  return { counted: rowsOf(counted), summed: rowsOf(summed), rows: rowsOf<{ n: number }>(rows)[0]!.n };
}

describe('tallies (platform/tallies.ts)', () => {
  it('keeps every tally equal to its table counted by its keys, through inserts, updates and deletes, folded or not', async () => {
    const items: string[] = [];
    for (const [code, status] of [
      ['C007', 'pending'],
      ['C012', 'rectifying'],
      ['K101', 'signed_off'],
      ['K102', 'rectifying'],
    ] as const)
      for (let i = 0; i < 3; i++) items.push(await f.rectificationItem(code, status));
    const leads: string[] = [];
    for (const code of ['C007', 'K101', 'K102']) {
      leads.push(
        await f.lead(code, 'received'),
        await f.lead(code, 'shelved'),
        await f.lead(code, 'accepted', true),
      );
    }
    const db = t.database.db;
    // One statement changing several rows, one changing a key of one row, one changing no key.
    await db
      .update(rectificationItem)
      .set({ status: 'completion_claimed', dueDate: '2026-07-01' })
      .where(inArray(rectificationItem.id, items.slice(0, 5)));
    await db
      .update(rectificationItem)
      .set({ dueDate: '2026-08-15' })
      .where(eq(rectificationItem.id, items[6]!));
    await db
      .update(rectificationItem)
      .set({ measures: '立行立改' })
      .where(eq(rectificationItem.id, items[7]!));
    await db.delete(rectificationItem).where(inArray(rectificationItem.id, items.slice(9)));
    await db
      .update(lead)
      .set({ source: 'media_exposure', receivedOn: '2026-04-02', conduct: 'slow_action' })
      .where(inArray(lead.id, leads.slice(0, 4)));
    await db.update(lead).set({ disposal: 'talk_or_inquiry_letter' }).where(eq(lead.id, leads[5]!));
    // A handler's message and a stated satisfaction are copied onto the lead; the closing day makes it disposed of.
    await db.insert(leadMessage).values({ leadId: leads[2]!, direction: 'from_handler', body: '已受理' });
    await db.insert(leadMessage).values({ leadId: leads[5]!, direction: 'from_reporter', body: '补充材料' });
    await db
      .update(publicReport)
      .set({ satisfaction: 'basically_satisfied' })
      .where(eq(publicReport.leadId, leads[5]!));
    await db
      .update(lead)
      .set({ status: 'concluded', disposedOn: '2026-10-08' })
      .where(eq(lead.id, leads[2]!));
    const copied = await db
      .select({
        id: lead.id,
        wrote: lead.handlerWrote,
        satisfaction: lead.satisfaction,
        disposed: lead.disposed,
        onTime: lead.handledOnTime,
      })
      .from(lead)
      .where(inArray(lead.id, [leads[2]!, leads[5]!]));
    expect(new Map(copied.map(({ id, ...r }) => [id, r]))).toEqual(
      new Map([
        [leads[2], { wrote: true, satisfaction: null, disposed: true, onTime: false }],
        [leads[5], { wrote: false, satisfaction: 'basically_satisfied', disposed: false, onTime: null }],
      ]),
    );
    await db.delete(lead).where(eq(lead.id, leads[8]!));

    // Supervision items closed on time and late (a generated column), reminded (a reminder marks its
    // item), one closed item's due date moved past its closing day.
    const supervision: string[] = [];
    for (const code of ['C007', 'K101'])
      supervision.push(await f.supervisionItem(code), await f.supervisionItem(code));
    const reminders = [await f.supervisionReminder('C012'), await f.supervisionReminder('K102', 'ladder')];
    await db
      .update(supervisionItem)
      .set({ status: 'closed', closedAt: new Date('2026-09-30T17:00:00Z') })
      .where(inArray(supervisionItem.id, supervision.slice(0, 3)));
    await db
      .update(supervisionItem)
      .set({ dueDate: '2026-10-09' })
      .where(eq(supervisionItem.id, supervision[1]!));
    const closed = await db
      .select({ id: supervisionItem.id, onTime: supervisionItem.closedOnTime })
      .from(supervisionItem)
      .where(inArray(supervisionItem.id, supervision.slice(0, 3)))
      .orderBy(supervisionItem.id);
    // 2026-09-30T17:00Z is 1 October in Beijing: late for 30 September, on time for 9 October.
    expect(new Map(closed.map((r) => [r.id, r.onTime]))).toEqual(
      new Map([
        [supervision[0], false],
        [supervision[1], true],
        [supervision[2], false],
      ]),
    );
    const marked = await db
      .select({ reminded: supervisionItem.reminded, campaignId: supervisionReminder.campaignId })
      .from(supervisionReminder)
      .innerJoin(supervisionItem, eq(supervisionItem.id, supervisionReminder.itemId))
      .where(inArray(supervisionReminder.id, reminders));
    expect(marked).toEqual([
      { reminded: true, campaignId },
      { reminded: true, campaignId },
    ]);
    await db.delete(supervisionItem).where(eq(supervisionItem.id, supervision[3]!));

    for (const x of TALLIES) {
      const before = await both(x);
      expect(before.summed, getTableName(x.table)).toEqual(before.counted);
      expect(before.counted.length).toBeGreaterThan(0);
      const removed = await db.transaction((tx) => foldTally(tx, x));
      const after = await both(x);
      expect(after.summed, getTableName(x.table)).toEqual(before.counted);
      // Folded: one row per set of values, none summing to nothing.
      expect(after.rows, getTableName(x.table)).toBe(before.counted.length);
      expect(removed).toBe(before.rows - after.rows);
      expect(await db.transaction((tx) => foldTally(tx, x))).toBe(0);
    }
  });

  it('folds every tally in the scheduled job, which leaves each with one row per set of values', async () => {
    for (let i = 0; i < 3; i++) await f.rectificationItem('C012', 'pending');
    await f.lead('K103', 'received');
    const before = await Promise.all(TALLIES.map(both));
    const ran = await runJob(t.database, t.systemContext(), tallyFoldJob(TALLIES));
    const after = await Promise.all(TALLIES.map(both));
    expect(ran!.removed).toBe(before.reduce((n, b) => n + b.rows, 0) - after.reduce((n, a) => n + a.rows, 0));
    expect(ran!.removed).toBeGreaterThan(0);
    after.forEach((a, i) => {
      expect(a.summed).toEqual(before[i]!.counted);
      expect(a.rows).toBe(a.counted.length);
    });
  });

  it('counts over a tally only what its columns answer, with the conditions as given', async () => {
    const db = t.database.db;
    const of = (status: string) =>
      sql`${rectificationItem.campaignId} = ${campaignId} and ${rectificationItem.status} = ${status}`;
    const tallied = await countEachTallied(db, itemTally, [of('rectifying'), of('pending'), sql`true`]);
    const live = rowsOf<{ a: number; b: number; c: number }>(
      await db.execute(sql`select count(*) filter (where ${of('rectifying')})::int as a,
        count(*) filter (where ${of('pending')})::int as b, count(*)::int as c from ${rectificationItem}`),
    )[0]!;
    expect(tallied).toEqual([live.a, live.b, live.c]);
    expect(live.a).toBeGreaterThan(0);
    // A unit, an id's subquery, another table: not the tally's to answer.
    expect(
      await countEachTallied(db, itemTally, [of('pending'), eq(rectificationItem.unitId, campaignId)]),
    ).toBeNull();
    expect(
      await countEachTallied(db, itemTally, [
        inArray(rectificationItem.id, db.select({ id: lead.id }).from(lead)),
      ]),
    ).toBeNull();
    expect(await countByTallied(db, leadTallies.source, [], lead.summary)).toBeNull();
    expect(
      await countByTallied(db, leadTallies.source, [eq(lead.unitId, campaignId)], lead.source),
    ).toBeNull();
    const bySource = await countByTallied(
      db,
      leadTallies.source,
      [eq(lead.campaignId, campaignId)],
      lead.source,
    );
    const sources = rowsOf<{ source: string; n: number }>(
      await db.execute(
        sql`select source, count(*)::int as n from ${lead} where campaign_id = ${campaignId} group by source`,
      ),
    );
    expect(bySource).toEqual(new Map(sources.map((r) => [r.source, r.n])));
  });

  it('leaves the leads about the office out of its tallied figures, as its list does (回避)', async () => {
    const [office] = await t.database.db
      .select({ unitId: person.unitId })
      .from(userAccount)
      .innerJoin(person, eq(person.id, userAccount.personId))
      .where(eq(userAccount.username, 'office'));
    const about: string[] = [];
    for (let i = 0; i < 3; i++) {
      const id = await f.lead('C007', 'received');
      await t.database.db
        .update(lead)
        .set({
          source: 'leader_instruction',
          concernedUnitIds: [office!.unitId],
          status: 'closed',
          disposedOn: '2026-05-25',
          // A month no other lead was received in: absent from the office's months, not shown as 0.
          receivedOn: '2026-01-03',
        })
        .where(eq(lead.id, id));
      about.push(id);
    }
    const cookie = await t.login('office');
    const res = await t.as(cookie, { method: 'GET', url: `/api/dashboard/summary?campaignId=${campaignId}` });
    expect(res.statusCode, res.body).toBe(200);
    const figures = (res.json() as DashboardSummary).groups.flatMap((g) => g.figures);
    const value = (key: string) => figures.find((x) => x.key === key)!.value;
    const listed = async (query: string) => {
      const list = await t.as(cookie, { method: 'GET', url: `/api/leads?campaignId=${campaignId}${query}` });
      expect(list.statusCode, list.body).toBe(200);
      return list.json().total as number;
    };
    const stored = async (where = sql`true`) =>
      rowsOf<{ n: number }>(
        await t.database.db.execute(
          sql`select count(*)::int as n from ${lead} where ${lead.campaignId} = ${campaignId} and ${where}`,
        ),
      )[0]!.n;
    expect(value('leads.source.leader_instruction')).toBe(await listed('&source=leader_instruction'));
    expect(value('leads.source.leader_instruction')).toBe(
      (await stored(sql`${lead.source} = 'leader_instruction'`)) - about.length,
    );
    expect(value('leads.timeliness.disposed')).toBe(await listed('&disposed=true'));
    expect(value('leads.timeliness.disposed')).toBe((await stored(sql`${lead.disposed}`)) - about.length);
    expect(await stored(sql`${lead.receivedOn} < '2026-02-01'`)).toBe(about.length);
    expect(figures.map((x) => x.key)).not.toContain('leads.month.2026-01');
    expect(figures.map((x) => x.key)).toContain('leads.month.2026-05');
    expect(value('leads.total')).toBe(await listed(''));
    expect(value('leads.total')).toBe((await stored()) - about.length);
  });
});
