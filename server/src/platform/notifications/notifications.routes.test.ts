import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Factories } from '../../../test/factories';
import { auditCount, auditRows, createTestApp, type TestApp } from '../../../test/harness';
import { newId } from '../../db/columns';
import { inTransaction } from '../context';
import { registerMessages } from '../i18n';
import { userAccount } from '../org/org.table';
import { accountsWithPermissionOver, type NotificationInput, notify } from './notifications.service';
import { notification } from './notifications.table';

let t: TestApp;
let f: Factories;
let clerk: string;
let clerkId: string;
let officeId: string;

/** A kind with messages, as the module that notifies would register them. */
const KIND = 'notifyTest.assigned';
registerMessages({
  'zh-CN': { [`notification.${KIND}`]: '{unit}的任务“{title}”已交办给您' },
  'en-US': { [`notification.${KIND}`]: 'Task "{title}" of {unit} was assigned to you' },
});

const accountId = (username: string) => t.accountId(username);

/** What the scheduled jobs work with. */
const jobContext = () => t.systemContext();

const send = (input: NotificationInput) => inTransaction(jobContext(), (tx) => notify(tx, input));

const stored = (recipientId: string) =>
  t.database.db.select().from(notification).where(eq(notification.recipientId, recipientId));

beforeAll(async () => {
  t = await createTestApp();
  f = new Factories(t);
  clerk = await t.login('dept.clerk');
  clerkId = await accountId('dept.clerk');
  officeId = await accountId('office');
});
afterAll(() => t.close());

describe('notify', () => {
  it('stores nothing, and logs nothing, when the change it belongs to rolls back', async () => {
    const recipient = (await f.account('K101', [])).id;
    const before = await auditCount(t.database);
    await expect(
      inTransaction(jobContext(), async (tx) => {
        await notify(tx, { userIds: [recipient], kind: KIND, recordType: 'key_task', recordId: newId() });
        throw new Error('the change fails after notifying');
      }),
    ).rejects.toThrow('the change fails');
    expect(await stored(recipient)).toEqual([]);
    expect(await auditCount(t.database)).toBe(before);
  });

  it('drops duplicates, disabled and unknown accounts; one audit event names who was told', async () => {
    const a = (await f.account('K101', [])).id;
    const b = (await f.account('K101', [])).id;
    const disabled = (await f.account('K101', [])).id;
    await t.database.db.update(userAccount).set({ disabled: true }).where(eq(userAccount.id, disabled));
    const recordId = newId();
    await send({
      userIds: [a, b, a, disabled, newId(), b],
      kind: KIND,
      recordType: 'key_task',
      recordId,
      params: { title: '整治庸懒散', unit: '城关区教育局' },
    });
    expect((await stored(a)).length).toBe(1);
    expect((await stored(b)).length).toBe(1);
    expect(await stored(disabled)).toEqual([]);
    expect((await stored(a))[0]).toMatchObject({
      kind: KIND,
      recordType: 'key_task',
      recordId,
      params: { title: '整治庸懒散', unit: '城关区教育局' },
      readAt: null,
    });
    const events = (await auditRows(t.database, 'notification.sent')).filter(
      (e) => (e.after as { recordId: string }).recordId === recordId,
    );
    expect(events.length).toBe(1);
    expect(events[0]!.after).toEqual({
      kind: KIND,
      recordType: 'key_task',
      recordId,
      recipients: [a, b].sort(),
    });
  });

  it('with nobody left to tell, stores and logs nothing', async () => {
    const disabled = (await f.account('K101', [])).id;
    await t.database.db.update(userAccount).set({ disabled: true }).where(eq(userAccount.id, disabled));
    const before = await auditCount(t.database);
    await send({ userIds: [disabled], kind: KIND, recordType: 'key_task', recordId: newId() });
    await send({ userIds: [], kind: KIND, recordType: 'key_task', recordId: newId() });
    expect(await auditCount(t.database)).toBe(before);
  });

  it('refuses a kind that is not <module>.<event> (a programming error of the caller)', async () => {
    await expect(
      send({ userIds: [officeId], kind: 'assigned', recordType: 'key_task', recordId: newId() }),
    ).rejects.toThrow(/not <module>\.<event>/);
    await expect(
      send({
        userIds: [officeId],
        kind: KIND,
        recordType: 'key_task',
        recordId: newId(),
        params: { title: 'x'.repeat(501) },
      }),
    ).rejects.toThrow(/short string/);
  });
});

describe('the inbox', () => {
  const list = (cookie: string, query = '', headers: Record<string, string> = {}) =>
    t.as(cookie, { method: 'GET', url: `/api/notifications${query}`, headers });
  const unread = async (cookie: string) => {
    const res = await t.as(cookie, { method: 'GET', url: '/api/notifications/unread-count' });
    expect(res.statusCode).toBe(200);
    return res.json().count as number;
  };

  let ownIds: string[];
  let othersId: string;

  beforeAll(async () => {
    // The clerk's: a generic one (no message for its kind), then two with a message; the office's one.
    await send({
      userIds: [clerkId],
      kind: 'notifyTest.unknown',
      recordType: 'suggestion',
      recordId: newId(),
    });
    t.clock.advance(60_000);
    for (const title of ['第一项', '第二项']) {
      await send({
        userIds: [clerkId],
        kind: KIND,
        recordType: 'key_task',
        recordId: newId(),
        params: { title, unit: '市教育局' },
      });
      t.clock.advance(60_000);
    }
    await send({
      userIds: [officeId],
      kind: KIND,
      recordType: 'key_task',
      recordId: newId(),
      params: { title: '他人的', unit: '市政府' },
    });
    ownIds = (await stored(clerkId)).map((r) => r.id).sort();
    othersId = (await stored(officeId))[0]!.id;
  });

  it("lists the caller's own only, newest first, each in the caller's language", async () => {
    const res = await list(clerk);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.total).toBe(3);
    expect(body.totalExact).toBe(true);
    expect(body.items.map((n: { id: string }) => n.id)).toEqual([...ownIds].reverse());
    expect(body.items.map((n: { text: string }) => n.text)).toEqual([
      '市教育局的任务“第二项”已交办给您',
      '市教育局的任务“第一项”已交办给您',
      '有新的动态（suggestion）',
    ]);
    expect(body.items[0]).toMatchObject({ kind: KIND, recordType: 'key_task', readAt: null });
    expect(new Date(body.items[0].createdAt).getTime()).toBeGreaterThan(
      new Date(body.items[2].createdAt).getTime(),
    );
    const english = (await list(clerk, '', { 'accept-language': 'en-US' })).json();
    expect(english.items.map((n: { text: string }) => n.text)).toEqual([
      'Task "第二项" of 市教育局 was assigned to you',
      'Task "第一项" of 市教育局 was assigned to you',
      'Something changed (suggestion)',
    ]);
  });

  it('pages with a cursor and filters unread ones', async () => {
    const first = (await list(clerk, '?limit=2')).json();
    expect(first.items.length).toBe(2);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = (await list(clerk, `?limit=2&after=${first.nextCursor}`)).json();
    expect(second.items.map((n: { id: string }) => n.id)).toEqual([ownIds[0]]);
    expect(second.nextCursor).toBeNull();
    const bad = await list(clerk, '?after=bm90LWEtY3Vyc29y');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('query.after');
    const wrong = await list(clerk, '?unread=yes', { 'accept-language': 'en-US' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().errors[0]).toEqual({
      path: 'query.unread',
      message: 'Not one of the allowed values',
    });
    expect((await list(clerk, '?unread=true')).json().total).toBe(3);
    expect(await unread(clerk)).toBe(3);
  });

  it("marks one read: stored, logged once; another person's is not found and stays unread", async () => {
    const id = ownIds[1]!;
    const res = await t.as(clerk, { method: 'POST', url: `/api/notifications/${id}/read` });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id, readAt: t.clock.now().toISOString() });
    const [row] = await t.database.db.select().from(notification).where(eq(notification.id, id));
    expect(row!.readAt).toEqual(t.clock.now());
    const events = await auditRows(t.database, 'notification.read', id);
    expect(events.length).toBe(1);
    expect(events[0]).toMatchObject({
      actorId: clerkId,
      recordType: 'notification',
      before: { readAt: null },
      after: { readAt: t.clock.now().toISOString() },
    });
    // Reading it again changes nothing.
    t.clock.advance(60_000);
    const again = await t.as(clerk, { method: 'POST', url: `/api/notifications/${id}/read` });
    expect(again.statusCode).toBe(200);
    expect(again.json().readAt).toBe(res.json().readAt);
    expect((await auditRows(t.database, 'notification.read', id)).length).toBe(1);
    expect(await unread(clerk)).toBe(2);
    expect((await list(clerk, '?unread=true')).json().items.map((n: { id: string }) => n.id)).not.toContain(
      id,
    );

    const before = await auditCount(t.database);
    const others = await t.as(clerk, { method: 'POST', url: `/api/notifications/${othersId}/read` });
    expect(others.statusCode).toBe(404);
    expect(others.json().code).toBe('NOT_FOUND');
    const [theirs] = await t.database.db.select().from(notification).where(eq(notification.id, othersId));
    expect(theirs!.readAt).toBeNull();
    expect(
      (await t.as(clerk, { method: 'POST', url: `/api/notifications/${newId()}/read` })).statusCode,
    ).toBe(404);
    const bad = await t.as(clerk, { method: 'POST', url: '/api/notifications/x/read' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('params.id');
    expect(await auditCount(t.database)).toBe(before);
  });

  it("marks all of the caller's read up to the newest shown, with one event saying how many; nobody else's", async () => {
    const newest = ownIds.at(-1)!;
    // Arrives after the page showed `newest`: it stays unread.
    const later = (await f.notification(clerkId)) as string;
    const res = await t.as(clerk, {
      method: 'POST',
      url: '/api/notifications/read-all',
      payload: { upTo: newest },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ count: 2 });
    const rows = await stored(clerkId);
    expect(rows.filter((r) => r.readAt === null).map((r) => r.id)).toEqual([later]);
    const events = (await auditRows(t.database, 'notification.read_all')).filter(
      (e) => e.actorId === clerkId,
    );
    expect(events.length).toBe(1);
    expect(events[0]).toMatchObject({
      recordType: 'notification',
      recordId: null,
      after: { count: 2, upTo: newest },
    });
    const [theirs] = await t.database.db.select().from(notification).where(eq(notification.id, othersId));
    expect(theirs!.readAt).toBeNull();
    expect(await unread(clerk)).toBe(1);
    // Nothing unread up to there: nothing changes, nothing is logged.
    const before = await auditCount(t.database);
    const again = await t.as(clerk, {
      method: 'POST',
      url: '/api/notifications/read-all',
      payload: { upTo: newest },
    });
    expect(again.json()).toEqual({ count: 0 });
    expect(await auditCount(t.database)).toBe(before);
    // Bad input names the field, in the caller's language.
    const bad = await t.as(clerk, {
      method: 'POST',
      url: '/api/notifications/read-all',
      headers: { 'accept-language': 'en-US' },
      payload: {},
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toEqual([{ path: 'upTo', message: 'Required' }]);
    expect(await auditCount(t.database)).toBe(before);
    await t.as(clerk, { method: 'POST', url: '/api/notifications/read-all', payload: { upTo: later } });
    expect(await unread(clerk)).toBe(0);
  });

  it('puts the unread count on the workbench, linking to the unread list', async () => {
    const office = await t.login('office');
    const entries = (await t.as(office, { method: 'GET', url: '/api/workbench' })).json().items;
    expect(entries).toContainEqual({
      key: 'notifications.unread',
      count: await unread(office),
      operationId: 'listNotifications',
      query: { unread: 'true' },
    });
    expect(await unread(office)).toBeGreaterThanOrEqual(1);
  });

  it('needs a signed-in caller', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/notifications' })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: '/api/notifications/unread-count' })).statusCode).toBe(
      401,
    );
  });
});

describe('accountsWithPermissionOver', () => {
  it('follows the data scope of the assignments that grant the permission', async () => {
    const staffSelf = (
      await f.account('K101', [{ role: 'unit_staff', dataScope: 'self_unit', unit: 'K101' }])
    ).id;
    const leaderTree = (
      await f.account('K100', [{ role: 'unit_leader', dataScope: 'unit_tree', unit: 'K100' }])
    ).id;
    const adminAll = (await f.account('C000', [{ role: 'campaign_admin', dataScope: 'all', unit: 'C000' }]))
      .id;
    // Reaches everything, but its role does not answer suggestions.
    const inspectorAll = (await f.account('C000', [{ role: 'inspector', dataScope: 'all', unit: 'C000' }]))
      .id;
    const disabledAll = (
      await f.account('C000', [{ role: 'campaign_admin', dataScope: 'all', unit: 'C000' }])
    ).id;
    await t.database.db.update(userAccount).set({ disabled: true }).where(eq(userAccount.id, disabledAll));
    // Reads the county's tree as an inspector, answers for the sibling unit only.
    const mixed = (
      await f.account('K102', [
        { role: 'inspector', dataScope: 'unit_tree', unit: 'K100' },
        { role: 'unit_staff', dataScope: 'self_unit', unit: 'K102' },
      ])
    ).id;
    const mine = [staffSelf, leaderTree, adminAll, inspectorAll, disabledAll, mixed];
    const over = async (code: string) => {
      const found = await accountsWithPermissionOver(
        t.database.db,
        'suggestion.answer',
        await f.unitId(code),
      );
      expect(new Set(found).size).toBe(found.length);
      return { found, mine: mine.filter((id) => found.includes(id)).sort() };
    };
    expect((await over('K101')).mine).toEqual([staffSelf, leaderTree, adminAll].sort());
    // A child of K101: self_unit at K101 does not reach it, the county's tree does.
    expect((await over('K103')).mine).toEqual([leaderTree, adminAll].sort());
    expect((await over('K102')).mine).toEqual([leaderTree, adminAll, mixed].sort());
    expect((await over('K100')).mine).toEqual([leaderTree, adminAll].sort());
    expect((await over('K201')).mine).toEqual([adminAll]);
    // The demo city: the bureau's clerk (self_unit 市教育局) and the office (all).
    const cityEdu = await over('C007');
    expect(cityEdu.found).toEqual(expect.arrayContaining([clerkId, officeId]));
    expect((await over('K101')).found).not.toContain(clerkId);
    // Disabled accounts and unknown units: nobody.
    expect(await accountsWithPermissionOver(t.database.db, 'suggestion.answer', newId())).toEqual([]);
    const rows = await t.database.db
      .select({ id: userAccount.id })
      .from(userAccount)
      .where(and(inArray(userAccount.id, cityEdu.found), eq(userAccount.disabled, true)));
    expect(rows).toEqual([]);
  });
});
