import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, SupervisionReminder } from '@zeren/contracts';
import { asc, eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Factories } from '../../../test/factories';
import { createTestApp, type TestApp } from '../../../test/harness';
import { listAll } from '../../../test/list-export-helpers';
import { runJob } from '../../platform/jobs';
import { person, userAccount } from '../../platform/org/org.table';
import { escalationJob } from './supervision.service';
import { supervisionItem, supervisionReminder } from './supervision.table';

/**
 * 催办记录: every reminder — the ladder's reminder step and each person's 催办 — is a record,
 * listed in the items' scope with its filters, and rebuilt from the past by the migration.
 */

let t: TestApp;
let f: Factories;
let campaignId: string;

beforeAll(async () => {
  t = await createTestApp();
  f = new Factories(t);
  campaignId = await f.demoCampaign();
});
afterAll(() => t.close());

/** The clock at 10:00 in Shanghai on a date (sessions expire when idle: sign in after moving it). */
async function at(date: string) {
  t.clock.set(new Date(`${date}T02:00:00Z`));
}

/** A fresh session of a demo account at the clock's time. */
async function signIn(username: string): Promise<string> {
  const [account] = await t.database.db
    .select({ id: userAccount.id })
    .from(userAccount)
    .where(eq(userAccount.username, username));
  return (await f.session(account!.id)).cookie;
}

async function list(cookie: string, query: Record<string, string>) {
  const res = await t.as(cookie, {
    method: 'GET',
    url: `/api/supervision-reminders?${new URLSearchParams(query)}`,
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Page<SupervisionReminder>;
}

async function remind(cookie: string, id: string, message?: string) {
  const res = await t.as(cookie, {
    method: 'POST',
    url: `/api/supervision-items/${id}/remind`,
    payload: message === undefined ? {} : { message },
  });
  expect(res.statusCode, res.body).toBe(200);
}

/** An item of a unit due on a day, assigned by the city office (C000). */
async function item(code: string, dueDate: string) {
  const id = await f.supervisionItem(code, 'in_progress', 'C000');
  await t.database.db.update(supervisionItem).set({ dueDate }).where(eq(supervisionItem.id, id));
  return id;
}

describe('reminders (催办记录)', () => {
  it("records a person's 催办 and the ladder's reminder, lists them newest first, and counts both as reminded", async () => {
    await at('2026-07-08');
    const office = await signIn('office');
    const [officeAccount] = await t.database.db
      .select({ id: userAccount.id, unitId: person.unitId })
      .from(userAccount)
      .innerJoin(person, eq(person.id, userAccount.personId))
      .where(eq(userAccount.username, 'office'));
    const byHand = await item('K101', '2026-09-30');
    const byLadder = await item('K102', '2026-07-15');
    await remind(office, byHand, '请于本周内反馈进展');
    // Blue three working days before 15 July: the ladder reminds on Friday 10 July, once.
    await at('2026-07-10');
    await runJob(t.database, t.systemContext(), escalationJob);
    await runJob(t.database, t.systemContext(), escalationJob);
    const reader = await signIn('office');

    const page = await listAll<SupervisionReminder>(t, 50, reader, '/api/supervision-reminders', {
      campaignId,
    });
    const mine = page.filter((r) => [byHand, byLadder].includes(r.itemId));
    expect(mine).toHaveLength(2);
    // Newest first: the ladder's (10 July), then the person's (8 July).
    expect(mine.map((r) => r.kind)).toEqual(['ladder', 'manual']);
    expect(mine[0]).toMatchObject({
      itemId: byLadder,
      unitId: await f.unitId('K102'),
      byUnitId: null,
      byPersonName: null,
      message: null,
      dueDate: '2026-07-15',
      remindedOn: '2026-07-10',
    });
    expect(mine[1]).toMatchObject({
      itemId: byHand,
      unitId: await f.unitId('K101'),
      // The reminding unit: the office's own.
      byUnitId: officeAccount!.unitId,
      message: '请于本周内反馈进展',
      dueDate: '2026-09-30',
      remindedOn: '2026-07-08',
    });
    expect(mine[1]!.byPersonName).toBeTruthy();
    const [stored] = await t.database.db
      .select()
      .from(supervisionReminder)
      .where(eq(supervisionReminder.itemId, byHand));
    expect(stored!.byUserId).toBe(officeAccount!.id);

    // Both items are reminded (催办) for the items list: the person's counts as the ladder's does.
    const reminded = await listAll<{ id: string }>(t, 50, reader, '/api/supervision-items', {
      campaignId,
      reminded: 'true',
    });
    expect(reminded.map((i) => i.id)).toEqual(expect.arrayContaining([byHand, byLadder]));
  });

  it('filters by kind, period, item and unit, pages with a cursor, and keeps to the items’ scope', async () => {
    await at('2026-07-20');
    const k101 = await item('K101', '2026-10-30');
    const city = await item('C007', '2026-10-30');
    for (const day of ['2026-07-20', '2026-07-21', '2026-07-22']) {
      await at(day);
      await remind(await signIn('office'), k101, `第${day.slice(-2)}日催办`);
    }
    const reader = await signIn('office');
    const countyReader = await signIn('county.office');
    await remind(reader, city);

    const ofItem = await list(reader, { itemId: k101, limit: '10' });
    expect(ofItem.total).toBe(3);
    expect(ofItem.items.map((r) => r.remindedOn)).toEqual(['2026-07-22', '2026-07-21', '2026-07-20']);
    const period = await list(reader, {
      itemId: k101,
      remindedFrom: '2026-07-21',
      remindedTo: '2026-07-21',
    });
    expect(period.items.map((r) => r.message)).toEqual(['第21日催办']);
    expect((await list(reader, { itemId: k101, kind: 'ladder' })).total).toBe(0);
    expect((await list(reader, { unitId: await f.unitId('C007'), kind: 'manual' })).items[0]!.itemId).toBe(
      city,
    );

    // Two at a time: the pages hold every reminder once, in order.
    const first = await list(reader, { itemId: k101, limit: '2' });
    expect(first.items).toHaveLength(2);
    expect(first.nextCursor).toBeTruthy();
    const second = await list(reader, { itemId: k101, limit: '2', after: first.nextCursor! });
    expect([...first.items, ...second.items].map((r) => r.remindedOn)).toEqual(
      ofItem.items.map((r) => r.remindedOn),
    );
    expect(second.nextCursor).toBeNull();

    // The county office reads its county's items' reminders, never a city department's.
    const countyIds = (
      await listAll<SupervisionReminder>(t, 50, countyReader, '/api/supervision-reminders', {})
    ).map((r) => r.itemId);
    expect(countyIds).toContain(k101);
    expect(countyIds).not.toContain(city);
    expect((await list(countyReader, { itemId: city })).total).toBe(0);
  });

  it('refuses bad filters with the field named', async () => {
    const office = await signIn('office');
    for (const [query, field] of [
      ['kind=nope', 'kind'],
      ['remindedFrom=2026-13-01', 'remindedFrom'],
      ['unitId=nope', 'unitId'],
      ['after=garbage', 'after'],
    ] as const) {
      const res = await t.as(office, {
        method: 'GET',
        url: `/api/supervision-reminders?${query}`,
        headers: { 'accept-language': 'zh-CN' },
      });
      expect(res.statusCode, query).toBe(400);
      expect(res.headers['content-type'], query).toContain('problem+json');
      expect(JSON.stringify(res.json().errors), query).toContain(field);
    }
  });

  it('the migration rebuilds past reminders from the ladder’s steps and the audit log', async () => {
    await at('2026-08-03');
    const office = await signIn('office');
    const byHand = await item('K103', '2026-10-30');
    await remind(office, byHand, '迁移前的催办');
    t.clock.set(new Date('2026-08-03T03:00:00Z'));
    await remind(await signIn('office'), byHand);
    const byLadder = await item('K103', '2026-08-06');
    await runJob(t.database, t.systemContext(), escalationJob);
    const items = [byHand, byLadder];
    const columns = {
      itemId: supervisionReminder.itemId,
      unitId: supervisionReminder.unitId,
      kind: supervisionReminder.kind,
      byUnitId: supervisionReminder.byUnitId,
      byUserId: supervisionReminder.byUserId,
      message: supervisionReminder.message,
      dueDate: supervisionReminder.dueDate,
      remindedOn: supervisionReminder.remindedOn,
      remindedAt: supervisionReminder.remindedAt,
    };
    const read = () =>
      t.database.db
        .select(columns)
        .from(supervisionReminder)
        .where(inArray(supervisionReminder.itemId, items))
        .orderBy(asc(supervisionReminder.id));
    const before = await read();
    expect(before.map((r) => r.kind)).toEqual(['manual', 'manual', 'ladder']);

    // As before the table existed: no records, then the migration's back-fill.
    await t.database.db.delete(supervisionReminder).where(inArray(supervisionReminder.itemId, items));
    const migration = readFileSync(
      join(import.meta.dirname, '../../../drizzle/0026_supervision_reminders.sql'),
      'utf8',
    );
    const backfill = migration
      .split('--> statement-breakpoint')
      .map((s) => s.trim())
      .filter((s) => /^(--[^\n]*\n)*INSERT INTO "supervision_reminder"/.test(s));
    expect(backfill).toHaveLength(2);
    // Only these items' (the other tests' records are still there).
    await t.database.db.transaction(async (tx) => {
      for (const statement of backfill)
        await tx.execute(
          sql.raw(
            statement.replace(
              /WHERE (e|a)\."(step|action)"/,
              (_m, alias: string, column: string) =>
                `WHERE ${alias}.${alias === 'e' ? '"item_id"' : '"record_id"::uuid'} IN (${items
                  .map((id) => `'${id}'`)
                  .join(', ')}) AND ${alias}."${column}"`,
            ),
          ),
        );
    });
    // The same reminders, in the same order (ids made from the time of each). The ladder's time
    // is its step's, which the database stamps (not the test's clock): compared by its day.
    const withoutLadderTime = (rows: typeof before) =>
      rows.map((r) => (r.kind === 'ladder' ? { ...r, remindedAt: null } : r));
    expect(withoutLadderTime(await read())).toEqual(withoutLadderTime(before));
  });
});
