import { and, eq, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Factories } from '../../../test/factories';
import { auditRows, createTestApp, type TestApp } from '../../../test/harness';
import { runJob } from '../../platform/jobs';
import { notification } from '../../platform/notifications/notifications.table';
import { unit, userAccount } from '../../platform/org/org.table';
import { campaign } from '../campaign/campaign.table';
import { keyTask } from '../key-tasks/key-tasks.table';
import { rectificationItem } from '../rectification/rectification.table';
import { spotCheckFinding, spotCheckTarget } from '../spot-checks/spot-checks.table';
import { escalationJob } from '../supervision/supervision.service';
import { supervisionItem as supervisionItemTable } from '../supervision/supervision.table';
import { monthlyReportJob } from './monthly-reports.service';
import { monthlyReport, monthlyReportReminder } from './monthly-reports.table';

let t: TestApp;
let f: Factories;
let office: string;
let clerk: string;
let head: string;
let campaignId: string;
const units = new Map<string, { id: string; path: string }>();

/** The demo units this file uses, by code: the education bureau (a lead), the office and the commission, a county bureau. */
const CODES = { jyj: 'C007', gaj: 'C012', dcs: 'C001', jw: 'C002', city: 'C000', cgJy: 'K101' } as const;
const id = (key: keyof typeof CODES) => units.get(CODES[key])!.id;

beforeAll(async () => {
  t = await createTestApp();
  f = new Factories(t);
  for (const u of await t.database.db.select({ id: unit.id, path: unit.path, code: unit.code }).from(unit))
    if (u.code) units.set(u.code, { id: u.id, path: u.path });
  [{ id: campaignId }] = (await t.database.db
    .select({ id: campaign.id })
    .from(campaign)
    .where(eq(campaign.status, 'active'))) as [{ id: string }];
});
afterAll(() => t.close());

/** The clock at 10:00 in Shanghai on a date; everyone signs in again (sessions expire when idle). */
async function at(date: string) {
  t.clock.set(new Date(`${date}T02:00:00Z`));
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

const runSchedule = () => runJob(t.database, t.systemContext(), monthlyReportJob);

async function supervisionItem(unitId: string, dueDate: string) {
  const res = await t.as(office, {
    method: 'POST',
    url: '/api/supervision-items',
    payload: { campaignId, unitId, title: '月报测试督办', task: '按期办结', dueDate },
  });
  expect(res.statusCode, res.body).toBe(201);
  const item = res.json() as { id: string };
  expect((await step(office, item.id, 'assign')).statusCode).toBe(200);
  return item.id;
}
const step = (cookie: string, itemId: string, action: string, payload: object = {}) =>
  t.as(cookie, { method: 'POST', url: `/api/supervision-items/${itemId}/${action}`, payload });

/** Takes an item of the education bureau through to 办结销号 (the bureau's clerk and the office). */
async function close(itemId: string) {
  for (const [cookie, action, body] of [
    [clerk, 'accept', {}],
    [clerk, 'submit', { summary: '已办结' }],
    [office, 'approve', {}],
    [office, 'close', {}],
  ] as const)
    expect((await step(cookie, itemId, action, body)).statusCode).toBe(200);
}

async function reportOf(unitId: string, month: string) {
  const [row] = await t.database.db
    .select()
    .from(monthlyReport)
    .where(and(eq(monthlyReport.unitId, unitId), eq(monthlyReport.month, month)));
  return row;
}

const getReport = async (cookie: string, reportId: string) => {
  const res = await t.as(cookie, { method: 'GET', url: `/api/monthly-reports/${reportId}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as {
    report: {
      status: string;
      dueDate: string;
      late: boolean;
      reminders: number;
      returnReason: string | null;
    };
    figures: {
      key: string;
      group: string;
      value: number;
      label: string;
      link: { operationId: string; query: object } | null;
    }[];
    frozen: boolean;
    coverage: { unitId: string };
  };
};
const valuesOf = (figures: { key: string; value: number }[]) =>
  Object.fromEntries(figures.map((x) => [x.key, x.value]));
/** The figures this file's July counts in plain SQL (问责情况 has its own test: accountability-figures.test.ts). */
const ACCOUNTABILITY_GROUPS = ['leadsReceived', 'leadsDisposed', 'accountabilityCases', 'heldAccountable'];
const nonAccountability = (figures: { key: string; group: string; value: number }[]) =>
  valuesOf(figures.filter((x) => !ACCOUNTABILITY_GROUPS.includes(x.group)));

/** A count straight from the database, written independently of the providers. */
async function countOf(query: ReturnType<typeof sql>): Promise<number> {
  const result = (await t.database.db.execute(query)) as unknown as { rows: { n: number | string }[] };
  return Number(result.rows[0]!.n);
}

/**
 * The July figures of an area (a unit's subtree), counted with plain SQL on the modules' tables
 * and the audit log: what the pre-fill must equal.
 */
async function expectedJuly(unitPath: string) {
  const inArea = (table: string) =>
    sql.raw(
      `${table}.campaign_id = '${campaignId}' and ${table}.unit_id in (select id from unit where path like '${unitPath}%')`,
    );
  const start = `'2026-07-01T00:00:00+08:00'`;
  const end = `'2026-08-01T00:00:00+08:00'`;
  const closed = (before: string) => sql.raw(`(s.closed_at is not null and s.closed_at < ${before})`);
  return {
    'supervision.opened': await countOf(
      sql`select count(*) as n from supervision_item s where ${inArea('s')} and s.created_at >= ${sql.raw(start)} and s.created_at < ${sql.raw(end)}`,
    ),
    'supervision.closed': await countOf(
      sql`select count(*) as n from supervision_item s where ${inArea('s')} and s.closed_at >= ${sql.raw(start)} and s.closed_at < ${sql.raw(end)}`,
    ),
    'supervision.overdue': await countOf(
      sql`select count(*) as n from supervision_item s where ${inArea('s')} and s.created_at < ${sql.raw(end)} and s.due_date <= '2026-07-31' and s.status not in ('registered', 'suspended') and not ${closed(end)}`,
    ),
    'supervision.criticised': await countOf(
      sql`select count(*) as n from supervision_escalation e join supervision_item s on s.id = e.item_id where ${inArea('s')} and e.step = 'criticism' and e.reached_on between '2026-07-01' and '2026-07-31'`,
    ),
    'supervision.transferred': await countOf(
      sql`select count(*) as n from supervision_escalation e join supervision_item s on s.id = e.item_id where ${inArea('s')} and e.step = 'transfer' and e.reached_on between '2026-07-01' and '2026-07-31'`,
    ),
    'keyTasks.due': await countOf(
      sql`select count(*) as n from key_task k where ${inArea('k')} and k.due_date between '2026-07-01' and '2026-07-31'`,
    ),
    'keyTasks.completed': await countOf(
      sql`select count(*) as n from key_task k where ${inArea('k')} and k.completed_at >= ${sql.raw(start)} and k.completed_at < ${sql.raw(end)}`,
    ),
    'suggestions.received': await countOf(
      sql`select count(*) as n from suggestion g where ${inArea('g')} and g.created_at >= ${sql.raw(start)} and g.created_at < ${sql.raw(end)}`,
    ),
    'suggestions.answered': await countOf(
      sql`select count(*) as n from suggestion g where ${inArea('g')} and g.answered_at >= ${sql.raw(start)} and g.answered_at < ${sql.raw(end)}`,
    ),
    'rectification.opened': await countOf(
      sql`select count(*) as n from rectification_item r where ${inArea('r')} and r.created_at >= ${sql.raw(start)} and r.created_at < ${sql.raw(end)}`,
    ),
    'rectification.closed': await countOf(
      sql`select count(*) as n from rectification_item r where ${inArea('r')} and r.closed_at >= ${sql.raw(start)} and r.closed_at < ${sql.raw(end)}`,
    ),
    'rectification.overdue': await countOf(
      sql`select count(*) as n from rectification_item r where ${inArea('r')} and r.created_at < ${sql.raw(end)} and r.due_date <= '2026-07-31' and (r.closed_at is null or r.closed_at >= ${sql.raw(end)})`,
    ),
    'spotChecks.checked': await countOf(
      sql`select count(*) as n from spot_check_target x join spot_check_plan p on p.id = x.plan_id where p.campaign_id = ${campaignId} and x.unit_id in (select id from unit where path like ${`${unitPath}%`}) and x.checked_on between '2026-07-01' and '2026-07-31'`,
    ),
    'spotChecks.findings': await countOf(
      sql`select count(*) as n from spot_check_finding x join spot_check_plan p on p.id = x.plan_id where p.campaign_id = ${campaignId} and x.unit_id in (select id from unit where path like ${`${unitPath}%`}) and x.created_at >= ${sql.raw(start)} and x.created_at < ${sql.raw(end)}`,
    ),
  };
}

/** A ledger item of a unit opened at the clock's time, due on a date, through the unit's own route. */
async function ledgerItem(code: string, dueDate: string): Promise<string> {
  const res = await t.as(await unitCookie(code, 'unit_staff'), {
    method: 'POST',
    url: '/api/rectification-items',
    payload: { unitId: units.get(code)!.id, problem: `整改问题 ${dueDate}`, dueDate },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

/** Rectified, claimed and signed off (销号) by the unit, at the clock's time. */
async function signOff(id: string) {
  const unitId = (
    await t.database.db.select().from(rectificationItem).where(eq(rectificationItem.id, id))
  )[0]!.unitId;
  const code = [...units].find(([, u]) => u.id === unitId)![0];
  const clerk = await unitCookie(code, 'unit_staff');
  const head = await unitCookie(code, 'unit_leader');
  for (const [cookie, action, payload] of [
    [clerk, 'start', {}],
    [clerk, 'claim', { summary: '已整改' }],
    [head, 'signOff', {}],
  ] as const) {
    const res = await t.as(cookie, {
      method: 'POST',
      url: `/api/rectification-items/${id}/${action}`,
      payload,
    });
    expect(res.statusCode, res.body).toBe(200);
  }
}

/** A fresh account of a unit with one role there, signed in. */
async function unitCookie(code: string, role: 'unit_staff' | 'unit_leader'): Promise<string> {
  const account = await f.account(code, [{ role, dataScope: 'self_unit', unit: code }]);
  return (await f.session(account.id)).cookie;
}

/** A key task of a unit due on a date, completed at the clock's time when asked. */
async function keyTaskDue(code: string, dueDate: string, completed = false) {
  const taskId = await f.keyTask(code);
  await t.database.db
    .update(keyTask)
    .set({ dueDate, ...(completed ? { progress: 100, completedAt: t.clock.now() } : {}) })
    .where(eq(keyTask.id, taskId));
}

describe('the July records of the campaign', () => {
  it('fills in the figures of each report from the records of its month and area', async () => {
    // June: records before the month (not counted in July, except what is still open at its end).
    await at('2026-06-20');
    const juneItem = await supervisionItem(id('jyj'), '2026-07-10');
    await f.suggestion(CODES.jyj, 'received');
    await keyTaskDue(CODES.jyj, '2026-07-15');

    // July: three items for the education bureau, one for the police, one for a county bureau.
    await at('2026-07-02');
    const closedInJuly = await supervisionItem(id('jyj'), '2026-07-10');
    const overdue = await supervisionItem(id('jyj'), '2026-07-20');
    const closedInAugust = await supervisionItem(id('jyj'), '2026-07-24');
    await supervisionItem(id('gaj'), '2026-09-30');
    await supervisionItem(id('cgJy'), '2026-09-30');
    await f.suggestion(CODES.jyj, 'answered');
    await f.suggestion(CODES.jyj, 'received');
    await f.suggestion(CODES.gaj, 'answered');
    await keyTaskDue(CODES.jyj, '2026-07-31', true);
    await keyTaskDue(CODES.jyj, '2026-08-03');
    await keyTaskDue(CODES.cgJy, '2026-07-20', true);
    // The ledger: two problems entered in July, one signed off in July, one overdue at its end;
    // and a spot check of the bureau with a finding.
    const signedOff = await ledgerItem(CODES.jyj, '2026-07-20');
    await ledgerItem(CODES.jyj, '2026-07-24');
    const finding = await f.spotCheckFinding(CODES.jyj);
    await t.database.db
      .update(spotCheckTarget)
      .set({ checkedOn: '2026-07-06' })
      .where(
        eq(
          spotCheckTarget.id,
          (await t.database.db.select().from(spotCheckFinding).where(eq(spotCheckFinding.id, finding)))[0]!
            .targetId,
        ),
      );
    await at('2026-07-08');
    await close(closedInJuly);
    await close(juneItem);
    await signOff(signedOff);
    // An item's close time is the close event's (the log and the item agree).
    const [closeEvent] = await auditRows(t.database, 'supervision_item.closed', closedInJuly);
    const [closedRow] = await t.database.db
      .select()
      .from(supervisionItemTable)
      .where(eq(supervisionItemTable.id, closedInJuly));
    expect(closedRow!.closedAt).toEqual(closeEvent!.occurredAt);
    // The ladder runs on 28 July: the item due on the 20th is red (a circulated criticism).
    await at('2026-07-28');
    await runJob(t.database, t.systemContext(), escalationJob);
    await at('2026-08-03');
    await close(closedInAugust);

    // The schedule makes July's reports on its first run in August, for every owing unit.
    const ran = await runSchedule();
    expect(ran?.created).toBe(14);
    const jyjReport = (await reportOf(id('jyj'), '2026-07'))!;
    expect(jyjReport).toMatchObject({ status: 'draft', role: 'domain_lead' });
    const [created] = await auditRows(t.database, 'monthly_report.created', jyjReport.id);
    expect(created!.after).toMatchObject({ month: '2026-07', unitId: id('jyj') });

    // A lead department's figures: its own unit and the units under it.
    const detail = await getReport(clerk, jyjReport.id);
    expect(detail.frozen).toBe(false);
    expect(detail.coverage.unitId).toBe(id('jyj'));
    const expected = await expectedJuly(units.get(CODES.jyj)!.path);
    expect(nonAccountability(detail.figures)).toEqual(expected);
    // What the fixtures say, for the counts the demo's own records do not touch.
    expect(expected).toMatchObject({
      'supervision.opened': 3,
      'supervision.closed': 2,
      'keyTasks.completed': 1,
      'suggestions.received': 2,
      'suggestions.answered': 1,
      'rectification.opened': 2,
      'rectification.closed': 1,
      'spotChecks.checked': 1,
      'spotChecks.findings': 1,
    });
    // Overdue at the end of July: due in July, not closed by its end (closing in August does not undo it).
    expect(expected['keyTasks.due']).toBeGreaterThanOrEqual(2);
    const overdueIds = [overdue, closedInAugust];
    expect(expected['supervision.overdue']).toBeGreaterThanOrEqual(overdueIds.length);
    expect(expected['supervision.criticised']).toBeGreaterThanOrEqual(1);
    // The demo's own ledger items due before August count too; the one due on 20 July among them.
    expect(expected['rectification.overdue']).toBeGreaterThanOrEqual(1);
    // Labels in the reader's language, and links to the lists that hold the records.
    expect(detail.figures.find((x) => x.key === 'supervision.opened')).toMatchObject({
      label: '本月立项',
      link: { operationId: 'listSupervisionItems', query: { unitId: id('jyj') } },
    });

    // A supervision department's figures: the whole campaign (the city government's tree).
    const dcsReport = (await reportOf(id('dcs'), '2026-07'))!;
    expect(dcsReport.role).toBe('supervision');
    const dcs = await getReport(office, dcsReport.id);
    expect(dcs.coverage.unitId).toBe(id('city'));
    const cityExpected = await expectedJuly(units.get(CODES.city)!.path);
    expect(nonAccountability(dcs.figures)).toEqual(cityExpected);
    // …and 问责情况 after them, in its four groups.
    expect([...new Set(dcs.figures.map((x) => x.group))].slice(-4)).toEqual(ACCOUNTABILITY_GROUPS);
    expect(cityExpected['supervision.opened']).toBe(5);
    expect(cityExpected['keyTasks.completed']).toBe(2);
  });

  it('a second run of the schedule makes nothing twice', async () => {
    const before = await t.database.db.select().from(monthlyReport).where(eq(monthlyReport.month, '2026-07'));
    const again = await runSchedule();
    expect(again?.created).toBe(0);
    const after = await t.database.db.select().from(monthlyReport).where(eq(monthlyReport.month, '2026-07'));
    expect(after.length).toBe(before.length);
  });
});

describe('the lifecycle (draft → awaiting approval → submitted, returned with a reason)', () => {
  it('saves the narrative, refuses to hand on an empty one, returns with a reason and submits a frozen snapshot', async () => {
    await at('2026-08-04');
    const report = (await reportOf(id('jyj'), '2026-07'))!;
    const url = `/api/monthly-reports/${report.id}`;

    const empty = await t.as(clerk, { method: 'POST', url: `${url}/submit`, payload: {} });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().errors[0]).toMatchObject({
      path: 'narrative',
      message: '请先填写本月工作情况再提交审核',
    });
    const english = await t.as(clerk, {
      method: 'POST',
      url: `${url}/submit`,
      payload: {},
      headers: { 'accept-language': 'en-US' },
    });
    expect(english.json().errors[0].message).toBe("Describe the month's work before handing the report on");

    const saved = await t.as(clerk, {
      method: 'PATCH',
      url,
      payload: { narrative: '  本月完成课后服务督导。 ' },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect((await reportOf(id('jyj'), '2026-07'))!).toMatchObject({ narrative: '本月完成课后服务督导。' });
    const [updated] = await auditRows(t.database, 'monthly_report.updated', report.id);
    expect(updated!.after).toEqual({ narrative: '本月完成课后服务督导。' });

    // The clerk may not approve; the leader may not approve a draft.
    expect((await t.as(clerk, { method: 'POST', url: `${url}/approve`, payload: {} })).statusCode).toBe(403);
    expect((await t.as(head, { method: 'POST', url: `${url}/approve`, payload: {} })).statusCode).toBe(409);

    const submitted = await t.as(clerk, { method: 'POST', url: `${url}/submit`, payload: {} });
    expect(submitted.json().report.status).toBe('awaiting_approval');
    expect((await auditRows(t.database, 'monthly_report.submitted', report.id)).length).toBe(1);
    // The leader hears of it.
    const inbox = await t.as(head, { method: 'GET', url: '/api/notifications?unread=true' });
    expect(inbox.json().items.find((n: { recordId: string }) => n.recordId === report.id)).toMatchObject({
      kind: 'monthlyReports.submit',
      text: '市教育局2026年7月月报已提交，请审核',
    });
    // Handed on, the narrative is no longer the clerk's to change.
    expect((await t.as(clerk, { method: 'PATCH', url, payload: { narrative: '改' } })).statusCode).toBe(409);

    const noReason = await t.as(head, { method: 'POST', url: `${url}/return`, payload: {} });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().errors[0].path).toBe('reason');
    const returned = await t.as(head, {
      method: 'POST',
      url: `${url}/return`,
      payload: { reason: '请补充问责数据' },
    });
    expect(returned.json().report).toMatchObject({ status: 'returned', returnReason: '请补充问责数据' });
    const [returnedRow] = await auditRows(t.database, 'monthly_report.returned', report.id);
    expect(returnedRow!.after).toMatchObject({ status: 'returned', reason: '请补充问责数据' });

    await t.as(clerk, { method: 'PATCH', url, payload: { narrative: '本月完成课后服务督导，问责2人。' } });
    expect((await t.as(clerk, { method: 'POST', url: `${url}/submit`, payload: {} })).statusCode).toBe(200);
    const approved = await t.as(head, {
      method: 'POST',
      url: `${url}/approve`,
      payload: { opinion: '同意报送' },
    });
    expect(approved.statusCode, approved.body).toBe(200);
    const body = approved.json();
    expect(body.report).toMatchObject({ status: 'submitted', dueDate: '2026-08-05', late: false });
    expect(body.frozen).toBe(true);
    const stored = (await reportOf(id('jyj'), '2026-07'))!;
    expect(stored.snapshot).toMatchObject({ dueDate: '2026-08-05', late: false });
    const [approvedRow] = await auditRows(t.database, 'monthly_report.approved', report.id);
    expect(approvedRow!.after).toMatchObject({
      status: 'submitted',
      opinion: '同意报送',
      dueDate: '2026-08-05',
    });
    expect((approvedRow!.after as { figures: object }).figures).toEqual(valuesOf(body.figures));

    // Every step is in the report's history.
    const history = await t.as(clerk, { method: 'GET', url: `/api/history/monthly_report/${report.id}` });
    const actions = (history.json().items as { action: string }[]).map((e) => e.action);
    for (const action of [
      'monthly_report.created',
      'monthly_report.updated',
      'monthly_report.submitted',
      'monthly_report.returned',
      'monthly_report.approved',
    ])
      expect(actions).toContain(action);

    // Nothing more can happen to a submitted report.
    for (const [cookie, action, payload] of [
      [clerk, 'submit', {}],
      [head, 'approve', {}],
      [head, 'return', { reason: '再改' }],
    ] as const)
      expect((await t.as(cookie, { method: 'POST', url: `${url}/${action}`, payload })).statusCode).toBe(409);
  });

  it('a submitted snapshot is unchanged by later records; a draft counts them', async () => {
    const jyjReport = (await reportOf(id('jyj'), '2026-07'))!;
    const dcsReport = (await reportOf(id('dcs'), '2026-07'))!;
    const frozenBefore = valuesOf((await getReport(clerk, jyjReport.id)).figures);
    const liveBefore = valuesOf((await getReport(office, dcsReport.id)).figures);
    // A record of July made afterwards (entered late).
    t.clock.set(new Date('2026-07-15T02:00:00Z'));
    await f.supervisionItem(CODES.jyj, 'in_progress');
    await f.suggestion(CODES.jyj, 'received');
    await at('2026-08-06');
    const frozen = await getReport(clerk, jyjReport.id);
    expect(frozen.frozen).toBe(true);
    expect(valuesOf(frozen.figures)).toEqual(frozenBefore);
    const live = valuesOf((await getReport(office, dcsReport.id)).figures);
    expect(live['supervision.opened']).toBe(liveBefore['supervision.opened']! + 1);
    expect(live['suggestions.received']).toBe(liveBefore['suggestions.received']! + 1);
  });
});

describe('reminders (催报)', () => {
  const remindersOf = (reportId: string) =>
    t.database.db.select().from(monthlyReportReminder).where(eq(monthlyReportReminder.reportId, reportId));
  const inboxKinds = async (cookie: string, reportId: string) =>
    (
      (await t.as(cookie, { method: 'GET', url: '/api/notifications?limit=200' })).json().items as {
        kind: string;
        recordId: string;
      }[]
    )
      .filter((n) => n.recordId === reportId)
      .map((n) => n.kind);

  it('go out two working days before the due date and one after it, each once, however often the job runs', async () => {
    // The police bureau's July report: due Wednesday 5 August; reminded on Monday the 3rd and Thursday the 6th.
    const report = (await reportOf(id('gaj'), '2026-07'))!;
    await t.database.db.delete(monthlyReportReminder).where(eq(monthlyReportReminder.reportId, report.id));
    const reminded = () => auditRows(t.database, 'monthly_report.reminded', report.id);
    const before = (await reminded()).length;

    await at('2026-07-31');
    await runSchedule();
    expect(await remindersOf(report.id)).toHaveLength(0);

    await at('2026-08-03');
    await runSchedule();
    await runSchedule();
    expect((await remindersOf(report.id)).map((r) => r.kind)).toEqual(['before']);
    await at('2026-08-05');
    await runSchedule();
    expect(await remindersOf(report.id)).toHaveLength(1);

    await at('2026-08-06');
    await runSchedule();
    await runSchedule();
    expect((await remindersOf(report.id)).map((r) => r.kind).sort()).toEqual(['after', 'before']);
    const events = (await reminded()).slice(before);
    expect(events.map((e) => (e.after as { kind: string }).kind)).toEqual(['before', 'after']);
    expect(events[0]!.after).toMatchObject({ dueDate: '2026-08-05' });
  });

  it("tells the unit's clerks and leaders; a report submitted in time hears nothing after its due date", async () => {
    // The education bureau's July report was reminded on 3 August and submitted on the 4th.
    const submitted = (await reportOf(id('jyj'), '2026-07'))!;
    expect((await remindersOf(submitted.id)).map((r) => r.kind)).toEqual(['before']);
    expect(await inboxKinds(clerk, submitted.id)).toContain('monthlyReports.remind_before');
    expect(await inboxKinds(head, submitted.id)).toContain('monthlyReports.remind_before');
    expect(await inboxKinds(clerk, submitted.id)).not.toContain('monthlyReports.remind_after');
  });

  it('a run that catches up on both reminders sends one message, the later one', async () => {
    // A report nobody reminded before (the schedule was down), of a unit with a clerk.
    const late = (await reportOf(id('dcs'), '2026-07'))!;
    const dcsClerk = await f.account(CODES.dcs, [
      { role: 'unit_staff', dataScope: 'self_unit', unit: CODES.dcs },
    ]);
    await t.database.db.delete(monthlyReportReminder).where(eq(monthlyReportReminder.reportId, late.id));
    await at('2026-08-10');
    await runSchedule();
    expect((await remindersOf(late.id)).map((r) => r.kind).sort()).toEqual(['after', 'before']);
    const rows = await t.database.db
      .select({ kind: notification.kind })
      .from(notification)
      .where(and(eq(notification.recordId, late.id), eq(notification.recipientId, dcsClerk.id)));
    expect(rows.map((r) => r.kind)).toEqual(['monthlyReports.remind_after']);
  });

  it("the office reminds a unit by hand (counted, audited, in the clerk's inbox); a submitted report cannot be", async () => {
    const open = (await reportOf(id('jyj'), '2026-05'))!;
    expect(open.status).toBe('draft');
    const res = await t.as(office, {
      method: 'POST',
      url: `/api/monthly-reports/${open.id}/remind`,
      payload: { message: '请今天下班前报送' },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().reminders).toBe((await remindersOf(open.id)).length);
    const [row] = (await auditRows(t.database, 'monthly_report.reminded', open.id)).slice(-1);
    expect(row!.after).toMatchObject({ kind: 'manual', message: '请今天下班前报送' });
    expect(await inboxKinds(clerk, open.id)).toContain('monthlyReports.reminded');
    // The clerk may not remind; a submitted report is not reminded.
    expect(
      (await t.as(clerk, { method: 'POST', url: `/api/monthly-reports/${open.id}/remind`, payload: {} }))
        .statusCode,
    ).toBe(403);
    const done = (await reportOf(id('jyj'), '2026-07'))!;
    expect(
      (await t.as(office, { method: 'POST', url: `/api/monthly-reports/${done.id}/remind`, payload: {} }))
        .statusCode,
    ).toBe(409);
  });
});

describe("the office's month", () => {
  it('lists every owing unit with its status and due date; the demo month has one missing', async () => {
    await at('2026-08-10');
    const res = await t.as(office, {
      method: 'GET',
      url: `/api/campaigns/${campaignId}/monthly-reports?month=2026-05`,
    });
    expect(res.statusCode, res.body).toBe(200);
    const overview = res.json() as {
      dueDate: string;
      rows: { unitName: string; progress: string; reportId: string | null; role: string }[];
      counts: Record<string, number>;
    };
    expect(overview.dueDate).toBe('2026-06-05');
    expect(overview.rows).toHaveLength(14);
    expect(overview.rows.find((r) => r.unitName === '市交通运输局')).toMatchObject({
      progress: 'not_started',
      reportId: null,
    });
    expect(overview.rows.find((r) => r.unitName === '示范市纪委监委')).toMatchObject({
      role: 'supervision',
      progress: 'submitted',
    });
    expect(overview.counts).toMatchObject({
      submitted: 8,
      not_started: 1,
      awaiting_approval: 2,
      returned: 1,
      draft: 2,
    });

    const july = (
      await t.as(office, { method: 'GET', url: `/api/campaigns/${campaignId}/monthly-reports?month=2026-07` })
    ).json() as { rows: { unitName: string; progress: string; reminders: number }[] };
    expect(july.rows.find((r) => r.unitName === '市教育局')!.progress).toBe('submitted');
    expect(july.rows.find((r) => r.unitName === '市公安局')).toMatchObject({
      progress: 'not_started',
      reminders: 2,
    });
  });

  it("shows an office only the units its own scope reaches, though it reads the city's campaign", async () => {
    // Reads the city's campaign as an inspector of the whole city; manages the reports of one bureau.
    const mixed = await f.account(CODES.jyj, [
      { role: 'inspector', dataScope: 'all', unit: CODES.dcs },
      { role: 'campaign_admin', dataScope: 'self_unit', unit: CODES.jyj },
    ]);
    const cookie = (await f.session(mixed.id)).cookie;
    const res = await t.as(cookie, {
      method: 'GET',
      url: `/api/campaigns/${campaignId}/monthly-reports?month=2026-05`,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect((res.json().rows as { unitName: string }[]).map((r) => r.unitName)).toEqual(['市教育局']);
  });

  it('lists the units owing reports to their clerks and leaders, and counts them on the workbench', async () => {
    const owed = await t.as(clerk, {
      method: 'GET',
      url: `/api/monthly-reports?owed=true&campaignId=${campaignId}`,
    });
    expect(owed.statusCode).toBe(200);
    const items = owed.json().items as { unitId: string; status: string; month: string }[];
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((r) => r.unitId === id('jyj') && ['draft', 'returned'].includes(r.status))).toBe(true);
    const bench = (await t.as(clerk, { method: 'GET', url: '/api/workbench' })).json().items as {
      key: string;
      count: number;
      query: object;
    }[];
    expect(bench.find((e) => e.key === 'monthlyReports.owed')).toMatchObject({
      count: owed.json().total,
      query: { owed: 'true', campaignId },
    });
    // Another unit's report does not exist for the clerk.
    const police = (await reportOf(id('gaj'), '2026-07'))!;
    expect((await t.as(clerk, { method: 'GET', url: `/api/monthly-reports/${police.id}` })).statusCode).toBe(
      404,
    );
  });
});

describe('exports', () => {
  it('one row per owing unit in Excel, with the figures under their groups (audited)', async () => {
    const res = await t.as(office, {
      method: 'GET',
      url: `/api/campaigns/${campaignId}/monthly-reports/export?month=2026-07`,
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain('monthly-reports-2026-07.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(String(sheet.getCell(1, 1).value)).toContain('2026年7月月报汇总表');
    const groups = sheet.getRow(2).values as string[];
    const labels = sheet.getRow(3).values as string[];
    expect(groups).toContain('督办事项');
    expect(labels).toContain('本月立项');
    const rows = sheet.getRows(4, sheet.rowCount - 3)!;
    expect(rows).toHaveLength(14);
    const jyj = rows.find((r) => r.getCell(1).value === '市教育局')!;
    expect(jyj.getCell(3).value).toBe('已报送');
    const snapshot = (await reportOf(id('jyj'), '2026-07'))!.snapshot!;
    const opened = snapshot.figures.find((x) => x.key === 'supervision.opened')!.value;
    expect(jyj.getCell(labels.indexOf('本月立项')).value).toBe(opened);
    const [audit] = (await auditRows(t.database, 'monthly_report.exported')).slice(-1);
    expect(audit!.after).toEqual({ month: '2026-07', format: 'xlsx', count: 14 });
  });

  it('a .docx digest in the official document layout (GB/T 9704-2012)', async () => {
    const res = await t.as(office, {
      method: 'GET',
      url: `/api/campaigns/${campaignId}/monthly-reports/digest?month=2026-07`,
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('wordprocessingml');
    const zip = await JSZip.loadAsync(res.rawPayload);
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('关于2026年7月懒政怠政为官不为问责年活动月报情况的通报');
    expect(xml).toContain('月报〔2026〕7号');
    expect(xml).toContain('市政府督查室');
    expect(xml).toContain('一、报送情况');
    expect(xml).toContain('（一）市教育局');
    expect(xml).toContain('本月完成课后服务督导，问责2人。');
    expect(xml).toContain('2026年8月10日');
    // A4, top margin 37 mm, left 28 mm.
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toMatch(/<w:pgMar[^>]*w:top="2098"/);
    expect(xml).toMatch(/<w:pgMar[^>]*w:left="1587"/);
    for (const font of ['仿宋_GB2312', '方正小标宋简体', '黑体', '楷体_GB2312'])
      expect(xml).toContain(`w:eastAsia="${font}"`);
    const [audit] = (await auditRows(t.database, 'monthly_report.exported')).slice(-1);
    expect(audit!.after).toEqual({ month: '2026-07', format: 'docx', count: 14 });
  });
});

describe('settings', () => {
  it('names the supervision departments and the reminder offsets; an unknown unit is refused by field', async () => {
    const url = `/api/campaigns/${campaignId}/monthly-report-settings`;
    // The campaign belongs to the city: a department's clerk does not see it (404), the office does.
    expect((await t.as(clerk, { method: 'GET', url })).statusCode).toBe(404);
    const got = await t.as(office, { method: 'GET', url });
    expect(got.json()).toMatchObject({ reportDay: 5, remindBeforeWorkingDays: 2, remindAfterWorkingDays: 1 });
    expect((got.json().supervisionUnits as { name: string }[]).map((u) => u.name).sort()).toEqual(
      ['市政府督查室', '示范市纪委监委'].sort(),
    );
    const bad = await t.as(office, {
      method: 'PATCH',
      url,
      payload: { supervisionUnitIds: ['01890000-0000-7000-8000-000000000000'] },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('supervisionUnitIds.0');
    const ok = await t.as(office, {
      method: 'PATCH',
      url,
      payload: { remindBeforeWorkingDays: 3, supervisionUnitIds: [id('jw')] },
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ remindBeforeWorkingDays: 3, supervisionUnits: [{ id: id('jw') }] });
    const [audit] = (await auditRows(t.database, 'monthly_report_settings.updated', campaignId)).slice(-1);
    expect(audit!.before).toMatchObject({ remindBeforeWorkingDays: 2 });
    expect(audit!.after).toMatchObject({ remindBeforeWorkingDays: 3, supervisionUnitIds: [id('jw')] });
  });
});
