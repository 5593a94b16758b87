import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Factories } from '../../../test/factories';
import { auditRows, createTestApp, type TestApp } from '../../../test/harness';
import { openDatabase } from '../../db/client';
import { runJob } from '../../platform/jobs';
import { notification } from '../../platform/notifications/notifications.table';
import { unit, userAccount } from '../../platform/org/org.table';
import { campaign } from '../campaign/campaign.table';
import { escalationsOf } from './supervision.repository';
import { escalationJob } from './supervision.service';
import {
  supervisionCriticism,
  supervisionEscalation,
  supervisionItem,
  supervisionTransfer,
} from './supervision.table';

let t: TestApp;
let office: string;
let clerk: string;
let head: string;
let jyj: string;
let campaignId: string;

beforeAll(async () => {
  t = await createTestApp();
  office = await t.login('office');
  clerk = await t.login('dept.clerk');
  head = await t.login('dept.head');
  [{ id: jyj }] = (await t.database.db.select({ id: unit.id }).from(unit).where(eq(unit.code, 'C007'))) as [
    { id: string },
  ];
  [{ id: campaignId }] = (await t.database.db
    .select({ id: campaign.id })
    .from(campaign)
    .where(eq(campaign.status, 'active'))) as [{ id: string }];
});
afterAll(() => t.close());

/** The clock at 10:00 in Shanghai on a date; everyone signs in again (sessions expire when idle). */
async function at(date: string) {
  t.clock.set(new Date(`${date}T02:00:00Z`));
  const f = new Factories(t);
  const signIn = async (username: string) => {
    const [account] = await t.database.db
      .select({ id: userAccount.id })
      .from(userAccount)
      .where(eq(userAccount.username, username));
    return (await f.session(account!.id)).cookie;
  };
  office = await signIn('office');
  clerk = await signIn('dept.clerk');
  head = await signIn('dept.head');
}

async function create(overrides: Record<string, unknown> = {}) {
  const res = await t.as(office, {
    method: 'POST',
    url: '/api/supervision-items',
    payload: {
      campaignId,
      unitId: jyj,
      title: '校园食品安全专项督办',
      task: '全面排查学校食堂食品安全隐患，建立问题台账，逐项整改销号。',
      dueDate: '2026-07-15',
      ...overrides,
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; code: string; status: string; colour: string };
}

const step = (cookie: string, id: string, action: string, payload: object = {}) =>
  t.as(cookie, { method: 'POST', url: `/api/supervision-items/${id}/${action}`, payload });

const stored = async (id: string) =>
  (await t.database.db.select().from(supervisionItem).where(eq(supervisionItem.id, id)))[0]!;

/** What the scheduled jobs work with. */
const jobContext = () => t.systemContext();

describe('the 督办 lifecycle', () => {
  it('registered → assigned → accepted → in progress → completion requested → reviewed → closed, each step audited', async () => {
    await at('2026-06-01');
    const item = await create();
    expect(item.status).toBe('registered');
    expect(item.code).toMatch(/^督-2026-\d{4}$/);
    expect((await auditRows(t.database, 'supervision_item.created', item.id)).length).toBe(1);

    expect((await step(office, item.id, 'assign', { opinion: '请按期办结' })).json().status).toBe('assigned');
    // The bureau's clerk hears of it in the inbox, in the words of the step.
    const inbox = await t.as(clerk, { method: 'GET', url: '/api/notifications?unread=true' });
    expect(inbox.json().items.find((n: { recordId: string }) => n.recordId === item.id)).toMatchObject({
      kind: 'supervision.assign',
      text: `督办事项${item.code}“校园食品安全专项督办”已交办给你单位，请及时签收`,
    });
    // The clerk sees it among the items to sign for.
    const toAccept = await t.as(clerk, { method: 'GET', url: '/api/supervision-items?toAccept=true' });
    expect(toAccept.json().items.map((i: { id: string }) => i.id)).toContain(item.id);
    expect((await step(clerk, item.id, 'accept')).json().status).toBe('accepted');

    const progress = await t.as(clerk, {
      method: 'POST',
      url: `/api/supervision-items/${item.id}/progress`,
      payload: { percent: 60, note: '已排查食堂 120 家' },
    });
    expect(progress.statusCode).toBe(201);
    expect(await stored(item.id)).toMatchObject({ status: 'in_progress', progress: 60 });

    expect((await step(clerk, item.id, 'submit', { summary: '排查整改全部完成' })).json().status).toBe(
      'completion_requested',
    );
    expect((await step(office, item.id, 'approve')).json().status).toBe('reviewed');
    const closed = await step(office, item.id, 'close', { opinion: '同意销号' });
    expect(closed.json()).toMatchObject({ status: 'closed', progress: 100, colour: 'none' });

    const actions = (
      await Promise.all(
        [
          'supervision_item.assigned',
          'supervision_item.accepted',
          'supervision_item.progress_reported',
          'supervision_item.submitted',
          'supervision_item.approved',
          'supervision_item.closed',
        ].map((a) => auditRows(t.database, a, item.id)),
      )
    ).map((rows) => rows.length);
    expect(actions).toEqual([1, 1, 1, 1, 1, 1]);
    const [submitted] = await auditRows(t.database, 'supervision_item.submitted', item.id);
    expect(submitted!.after).toMatchObject({ status: 'completion_requested', summary: '排查整改全部完成' });
    // The history shows every step.
    const history = await t.as(office, { method: 'GET', url: `/api/history/supervision_item/${item.id}` });
    expect(history.statusCode).toBe(200);
    expect(JSON.stringify(history.json())).toContain('supervision_item.closed');
  });

  it('refuses steps the table does not allow (409) and changes nothing', async () => {
    const item = await create();
    for (const [cookie, action, body] of [
      [clerk, 'accept', {}],
      [office, 'close', {}],
      [office, 'approve', {}],
      [clerk, 'submit', { summary: '完成' }],
    ] as const) {
      const res = await step(cookie, item.id, action, body);
      expect(res.statusCode, `${action}: ${res.body}`).toBe(409);
    }
    const progress = await t.as(clerk, {
      method: 'POST',
      url: `/api/supervision-items/${item.id}/progress`,
      payload: { percent: 10, note: '未签收先反馈' },
    });
    expect(progress.statusCode).toBe(409);
    expect((await stored(item.id)).status).toBe('registered');
  });

  it('the clerk cannot approve; a decline needs a reason and goes back to the office, which assigns again', async () => {
    const item = await create();
    await step(office, item.id, 'assign');
    expect((await step(clerk, item.id, 'approve')).statusCode).toBe(403);
    const noReason = await step(clerk, item.id, 'decline', {});
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().errors[0].path).toBe('reason');
    const declined = await step(clerk, item.id, 'decline', { reason: '属于市场监管局职责' });
    expect(declined.json().status).toBe('rejected_assignment');
    const [row] = await auditRows(t.database, 'supervision_item.declined', item.id);
    expect(row!.after).toMatchObject({ reason: '属于市场监管局职责' });
    expect((await step(office, item.id, 'assign')).json().status).toBe('assigned');
  });

  it("a leader's instruction needs its text; a responsible person must belong to the lead unit", async () => {
    const noText = await t.as(office, {
      method: 'POST',
      url: '/api/supervision-items',
      payload: {
        campaignId,
        unitId: jyj,
        title: '批示件',
        task: '落实批示',
        dueDate: '2026-07-15',
        source: 'leader_instruction',
      },
    });
    expect(noText.statusCode).toBe(400);
    expect(noText.json().errors[0].path).toBe('instruction');
  });
});

describe('extensions (延期申请)', () => {
  it('an approved extension of three working days from 30 September skips the National Day holiday', async () => {
    await at('2026-06-01');
    const item = await create({ dueDate: '2026-09-30' });
    await step(office, item.id, 'assign');
    await step(clerk, item.id, 'accept');
    const asked = await t.as(clerk, {
      method: 'POST',
      url: `/api/supervision-items/${item.id}/extension-requests`,
      payload: { workingDays: 3, reason: '涉及学校多，需延期复查' },
    });
    expect(asked.statusCode).toBe(201);
    const request = asked.json().extensions[0];
    // 1–7 October are holidays; Saturday 10 October is a working day in 2026.
    expect(request.requestedDueDate).toBe('2026-10-10');
    const approved = await t.as(office, {
      method: 'POST',
      url: `/api/supervision-extensions/${request.id}/approve`,
      payload: { opinion: '同意' },
    });
    expect(approved.statusCode).toBe(200);
    expect((await stored(item.id)).dueDate).toBe('2026-10-10');
    const told = await t.as(clerk, { method: 'GET', url: '/api/notifications' });
    expect(
      told.json().items.map((n: { kind: string; recordId: string }) => `${n.kind} ${n.recordId}`),
    ).toContain(`supervision.extension_approved ${item.id}`);
    expect(
      (await auditRows(t.database, 'supervision_item.extension_approved', request.id))[0]!.after,
    ).toMatchObject({
      dueDate: '2026-10-10',
    });
  });
});

describe('the escalation ladder (三色督办)', () => {
  it('blue, yellow, red with a criticism, then transfer, on the right working days; a second run changes nothing', async () => {
    await at('2026-06-01');
    // Due Wednesday 15 July 2026 (no holiday near); thresholds: blue 3, red after 5, transfer 10 more.
    const item = await create({ title: '阶梯测试', dueDate: '2026-07-15' });
    await step(office, item.id, 'assign');
    await step(clerk, item.id, 'accept');
    const expectations: [string, string, string[]][] = [
      ['2026-07-09', 'none', []],
      ['2026-07-10', 'blue', ['reminder']],
      ['2026-07-14', 'blue', ['reminder']],
      ['2026-07-15', 'yellow', ['reminder', 'warning']],
      ['2026-07-21', 'yellow', ['reminder', 'warning']],
      ['2026-07-22', 'red', ['reminder', 'warning', 'criticism']],
      ['2026-08-04', 'red', ['reminder', 'warning', 'criticism']],
      ['2026-08-05', 'red', ['reminder', 'warning', 'criticism', 'transfer']],
    ];
    for (const [date, colour, steps] of expectations) {
      await at(date);
      await runJob(t.database, jobContext(), escalationJob);
      const view = await t.as(office, { method: 'GET', url: `/api/supervision-items/${item.id}` });
      expect(view.json().item.colour, date).toBe(colour);
      const recorded = await t.database.db
        .select({ step: supervisionEscalation.step })
        .from(supervisionEscalation)
        .where(eq(supervisionEscalation.itemId, item.id));
      expect(recorded.map((r) => r.step).sort(), date).toEqual([...steps].sort());
      // The list filters by the same colour.
      const listed = await t.as(office, {
        method: 'GET',
        url: `/api/supervision-items?campaignId=${campaignId}&colour=${colour}&limit=200`,
      });
      expect(
        listed.json().items.map((i: { id: string }) => i.id),
        `${date} ${colour}`,
      ).toContain(item.id);
    }
    expect(
      await t.database.db.select().from(supervisionCriticism).where(eq(supervisionCriticism.itemId, item.id)),
    ).toHaveLength(1);
    const transfers = await t.database.db
      .select()
      .from(supervisionTransfer)
      .where(eq(supervisionTransfer.itemId, item.id));
    expect(transfers).toHaveLength(1);
    expect(transfers[0]!.history).toMatchObject({ dueDate: '2026-07-15', workingDaysOverdue: 15 });
    const escalated = await auditRows(t.database, 'supervision_item.escalated', item.id);
    expect(escalated.map((e) => (e.after as { step: string }).step)).toEqual([
      'reminder',
      'warning',
      'criticism',
      'transfer',
    ]);
    // Red and the transfer reach both the bureau and the office; blue and yellow the bureau only.
    const told = await t.database.db
      .select({ kind: notification.kind, recipientId: notification.recipientId })
      .from(notification)
      .where(eq(notification.recordId, item.id));
    const [officeAccount] = await t.database.db
      .select({ id: userAccount.id })
      .from(userAccount)
      .where(eq(userAccount.username, 'office'));
    const toOffice = told.filter((n) => n.recipientId === officeAccount!.id).map((n) => n.kind);
    expect(toOffice.filter((k) => k.startsWith('supervision.escalated')).sort()).toEqual([
      'supervision.escalated_criticism',
      'supervision.escalated_transfer',
    ]);
    expect(told.filter((n) => n.kind === 'supervision.escalated_warning').length).toBeGreaterThan(0);
    // Again, and twice at once: nothing new.
    await Promise.all([
      runJob(t.database, jobContext(), escalationJob),
      runJob(t.database, jobContext(), escalationJob),
    ]);
    expect(await auditRows(t.database, 'supervision_item.escalated', item.id)).toHaveLength(4);
    expect(
      await t.database.db.select().from(notification).where(eq(notification.recordId, item.id)),
    ).toHaveLength(told.length);
  });

  it('two server instances running the ladder at once take each step exactly once', async () => {
    await at('2026-06-01');
    const item = await create({ title: '双实例测试', dueDate: '2026-07-15' });
    await step(office, item.id, 'assign');
    await at('2026-08-05');
    // On PostgreSQL the second instance has its own connection pool, as a second server has.
    const second = t.databaseUrl ? await openDatabase({ url: t.databaseUrl }) : t.database;
    try {
      await Promise.all([
        runJob(t.database, jobContext(), escalationJob),
        runJob(second, { ...jobContext(), db: second.db }, escalationJob),
      ]);
    } finally {
      if (second !== t.database) await second.close();
    }
    const escalated = await auditRows(t.database, 'supervision_item.escalated', item.id);
    expect(escalated.map((e) => (e.after as { step: string }).step)).toEqual([
      'reminder',
      'warning',
      'criticism',
      'transfer',
    ]);
    expect(
      await t.database.db.select().from(supervisionCriticism).where(eq(supervisionCriticism.itemId, item.id)),
    ).toHaveLength(1);
    expect(
      await t.database.db.select().from(supervisionTransfer).where(eq(supervisionTransfer.itemId, item.id)),
    ).toHaveLength(1);
  });

  it("reads the recorded steps of more items than a statement takes parameters (a province's first pass)", async () => {
    await at('2026-06-01');
    const item = await create({ title: '省级规模', dueDate: '2026-07-15' });
    await step(office, item.id, 'assign');
    await at('2026-07-22');
    await runJob(t.database, jobContext(), escalationJob);
    // 70,000 ids: past the protocol's 65,535 parameters and the stack a parameter list is built on.
    const ids = [...Array.from({ length: 69_999 }, () => randomUUID()), item.id];
    const steps = await escalationsOf(t.database.db, ids);
    expect(steps.map((s) => s.step).sort()).toEqual(['criticism', 'reminder', 'warning']);
  });

  it('a run that catches up on several steps records each but tells of the highest only', async () => {
    await at('2026-06-01');
    const item = await create({ title: '补记测试', dueDate: '2026-07-15' });
    await step(office, item.id, 'assign');
    // First seen by the job seven working days after its due date.
    await at('2026-07-24');
    await runJob(t.database, jobContext(), escalationJob);
    const escalated = await auditRows(t.database, 'supervision_item.escalated', item.id);
    expect(escalated.map((e) => (e.after as { step: string }).step)).toEqual([
      'reminder',
      'warning',
      'criticism',
    ]);
    const told = await t.database.db
      .select({ kind: notification.kind, params: notification.params })
      .from(notification)
      .where(eq(notification.recordId, item.id));
    const kinds = new Set(told.map((n) => n.kind).filter((k) => k.startsWith('supervision.escalated')));
    expect([...kinds]).toEqual(['supervision.escalated_criticism']);
    expect(told.find((n) => n.kind === 'supervision.escalated_criticism')!.params).toMatchObject({ days: 7 });
  });

  it('a colour filter needs the campaign; thresholds are per campaign and audited', async () => {
    const res = await t.as(office, { method: 'GET', url: '/api/supervision-items?colour=red' });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe('campaignId');
    const changed = await t.as(office, {
      method: 'PATCH',
      url: `/api/campaigns/${campaignId}/supervision-settings`,
      payload: { reminderWorkingDays: 5 },
    });
    expect(changed.json()).toMatchObject({ reminderWorkingDays: 5, redAfterWorkingDays: 5 });
    const [row] = await auditRows(t.database, 'supervision_settings.updated', campaignId);
    expect(row).toMatchObject({ before: { reminderWorkingDays: 3 }, after: { reminderWorkingDays: 5 } });
    const bad = await t.as(office, {
      method: 'PATCH',
      url: `/api/campaigns/${campaignId}/supervision-settings`,
      payload: { redAfterWorkingDays: 0 },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('redAfterWorkingDays');
    // A department reads no city campaign, and changes no thresholds.
    expect(
      (await t.as(head, { method: 'GET', url: `/api/campaigns/${campaignId}/supervision-settings` }))
        .statusCode,
    ).toBe(404);
    const clerkChange = await t.as(clerk, {
      method: 'PATCH',
      url: `/api/campaigns/${campaignId}/supervision-settings`,
      payload: { reminderWorkingDays: 1 },
    });
    expect(clerkChange.statusCode).toBe(403);
    expect(
      (
        await t.database.db
          .select()
          .from(supervisionEscalation)
          .where(and(eq(supervisionEscalation.step, 'transfer')))
      ).length,
    ).toBeGreaterThanOrEqual(1);
  });
});
