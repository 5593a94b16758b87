import { fillPath, type LeadSource, ROUTES, type RouteContract } from '@zeren/contracts';
import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Factories } from '../../../test/factories';
import { createTestApp, type TestApp } from '../../../test/harness';
import { runJob } from '../../platform/jobs';
import { accountabilityCase, determination, lead } from '../accountability/accountability.table';
import { monthlyReportJob } from './monthly-reports.service';
import { monthlyReport } from './monthly-reports.table';

/**
 * 问责情况 on the monthly reports of July 2026: the commission (市纪委监委, outside the government's
 * tree) holds most records, a county bureau (城关区教育局, under 城关区) some; records of June, of
 * August and of another campaign lie beside them. Every figure must be the total of the staff list
 * its link opens, and the numbers the fixtures say.
 */

let t: TestApp;
let f: Factories;
let campaignId: string;
let supervisor: string;
let office: string;
const reports = new Map<string, string>();

interface Figure {
  key: string;
  group: string;
  label: string;
  value: number;
  link: { operationId: string; query: Record<string, string> } | null;
}

const ACCOUNTABILITY_GROUPS = ['leadsReceived', 'leadsDisposed', 'accountabilityCases', 'heldAccountable'];

/** A lead held by a unit, received (and disposed of) on given days. */
async function leadOf(
  code: string,
  values: {
    source: LeadSource;
    receivedOn: string;
    status?: 'received' | 'closed' | 'shelved' | 'forwarded';
    disposal?: 'closed_no_action' | 'shelved' | 'forwarded';
    disposedOn?: string;
    dueDate?: string;
  },
): Promise<string> {
  const { status = 'received', ...rest } = values;
  const id = await f.lead(code, status, values.source === 'public_report');
  await t.database.db
    .update(lead)
    .set({ dueDate: '2026-09-30', ...rest })
    .where(eq(lead.id, id));
  return id;
}

/** A case of a unit opened at an instant, decided on a day (or still verifying), with its determinations. */
async function caseOf(
  code: string,
  openedAt: string,
  decidedOn: string | null,
  determinations: {
    form: 1 | 2 | 3 | 4 | null;
    liability: 'overall_leadership' | 'main_leadership' | 'important_leadership' | 'direct';
  }[] = [],
): Promise<string> {
  const id = await f.accountabilityCase(code, decidedOn ? 'decided' : 'verifying');
  await t.database.db
    .update(accountabilityCase)
    .set({ createdAt: new Date(openedAt), decidedOn })
    .where(eq(accountabilityCase.id, id));
  for (const d of determinations)
    await t.database.db.insert(determination).values({
      caseId: id,
      personId: await f.person('C004'),
      liability: d.liability,
      measures: [],
      form: d.form,
      // 免予问责: no disposition, not held accountable.
      exemption: d.form === null ? 'exempt' : null,
    });
  return id;
}

async function seed() {
  // The commission's leads: received in June, July and August, disposed of in July and August.
  await leadOf('C002', { source: 'superior_assignment', receivedOn: '2026-07-05' });
  await leadOf('C002', {
    source: 'public_report',
    receivedOn: '2026-07-06',
    status: 'closed',
    disposal: 'closed_no_action',
    disposedOn: '2026-07-20',
    dueDate: '2026-07-25',
  });
  // Received in June, disposed of on 3 July (on time).
  await leadOf('C002', {
    source: 'superior_assignment',
    receivedOn: '2026-06-28',
    status: 'closed',
    disposal: 'closed_no_action',
    disposedOn: '2026-07-03',
    dueDate: '2026-07-10',
  });
  // Received in July, shelved in August.
  await leadOf('C002', {
    source: 'superior_assignment',
    receivedOn: '2026-07-10',
    status: 'shelved',
    disposal: 'shelved',
    disposedOn: '2026-08-02',
  });
  // Forwarded on the month's last day, after its deadline (late).
  await leadOf('C002', {
    source: 'media_exposure',
    receivedOn: '2026-07-11',
    status: 'forwarded',
    disposal: 'forwarded',
    disposedOn: '2026-07-31',
    dueDate: '2026-07-15',
  });
  await leadOf('C002', { source: 'other', receivedOn: '2026-08-01' });
  // A lead of another campaign, in July: never one of this campaign's figures.
  const elsewhere = await leadOf('C002', { source: 'other', receivedOn: '2026-07-15' });
  await t.database.db
    .update(lead)
    .set({ campaignId: await f.campaign('C000', 'closed', 2025) })
    .where(eq(lead.id, elsewhere));

  // The county bureau's leads, both in July.
  await leadOf('K101', { source: 'leader_instruction', receivedOn: '2026-07-12' });
  await leadOf('K101', {
    source: 'inspection',
    receivedOn: '2026-07-31',
    status: 'closed',
    disposal: 'closed_no_action',
    disposedOn: '2026-07-31',
    dueDate: '2026-08-10',
  });

  // Cases (their leads were received in May). Instants are UTC: Shanghai is eight hours ahead.
  await caseOf('C002', '2026-07-08T02:00:00Z', '2026-07-25', [
    { form: 1, liability: 'direct' },
    { form: 2, liability: 'main_leadership' },
    { form: null, liability: 'important_leadership' },
  ]);
  // Opened at 23:30 on 30 June, decided on 1 August.
  await caseOf('C002', '2026-06-30T15:30:00Z', '2026-08-01', [{ form: 3, liability: 'direct' }]);
  // Opened at 23:59 on 31 July (July) and at midnight on 1 August (August), both verifying.
  await caseOf('C002', '2026-07-31T15:59:00Z', null);
  await caseOf('C002', '2026-07-31T16:00:00Z', null, [{ form: 1, liability: 'direct' }]);
  await caseOf('K101', '2026-07-02T02:00:00Z', '2026-07-30', [{ form: 4, liability: 'overall_leadership' }]);
}

beforeAll(async () => {
  t = await createTestApp();
  f = new Factories(t);
  campaignId = await f.demoCampaign();
  t.clock.set(new Date('2026-06-20T02:00:00Z'));
  await seed();
  // The schedule makes July's reports in August; the county government reports as a lead department.
  t.clock.set(new Date('2026-08-03T02:00:00Z'));
  await runJob(t.database, t.systemContext(), monthlyReportJob);
  await t.database.db.insert(monthlyReport).values({
    campaignId,
    unitId: await f.unitId('K100'),
    month: '2026-07',
    role: 'domain_lead',
    createdAt: t.clock.now(),
    updatedAt: t.clock.now(),
  });
  for (const code of ['C002', 'C001', 'C007', 'K100']) {
    const [row] = await t.database.db
      .select({ id: monthlyReport.id })
      .from(monthlyReport)
      .where(and(eq(monthlyReport.unitId, await f.unitId(code)), eq(monthlyReport.month, '2026-07')));
    reports.set(code, row!.id);
  }
  supervisor = await t.login('supervisor');
  office = await t.login('office');
});
afterAll(() => t.close());

async function accountabilityFigures(code: string): Promise<Figure[]> {
  const res = await t.as(supervisor, { method: 'GET', url: `/api/monthly-reports/${reports.get(code)}` });
  expect(res.statusCode, res.body).toBe(200);
  return (res.json().figures as Figure[]).filter((x) => ACCOUNTABILITY_GROUPS.includes(x.group));
}

/** The total of the list a figure links to, read by the commission's supervisor (who reaches every unit). */
async function listed(figure: Figure): Promise<number> {
  const route = ROUTES[figure.link!.operationId as keyof typeof ROUTES] as RouteContract;
  const query = new URLSearchParams({ ...figure.link!.query, limit: '1' });
  const res = await t.as(supervisor, { method: 'GET', url: `${fillPath(route.path)}?${query}` });
  expect(res.statusCode, `${figure.key}: ${res.body}`).toBe(200);
  expect(res.json().totalExact, figure.key).toBe(true);
  return res.json().total;
}

const valuesOf = (figures: Figure[]) => Object.fromEntries(figures.map((x) => [x.key, x.value]));

/** What the fixtures put in July over the whole campaign: the commission's records and the county's. */
const WHOLE_CAMPAIGN = {
  'leadsReceived.total': 6,
  'leadsReceived.source.superior_assignment': 2,
  'leadsReceived.source.leader_instruction': 1,
  'leadsReceived.source.media_exposure': 1,
  'leadsReceived.source.public_report': 1,
  'leadsReceived.source.inspection': 1,
  'leadsReceived.source.other': 0,
  'leadsDisposed.total': 4,
  'leadsDisposed.disposal.talk_or_inquiry_letter': 0,
  'leadsDisposed.disposal.preliminary_verification': 0,
  'leadsDisposed.disposal.shelved': 0,
  'leadsDisposed.disposal.closed_no_action': 3,
  'leadsDisposed.disposal.forwarded': 1,
  'leadsDisposed.disposal.merged': 0,
  'leadsDisposed.onTime': 3,
  'accountabilityCases.opened': 3,
  'accountabilityCases.decided': 2,
  'heldAccountable.total': 3,
  'heldAccountable.form.1': 1,
  'heldAccountable.form.2': 1,
  'heldAccountable.form.3': 0,
  'heldAccountable.form.4': 1,
  'heldAccountable.liability.overall_leadership': 1,
  'heldAccountable.liability.main_leadership': 1,
  'heldAccountable.liability.important_leadership': 0,
  'heldAccountable.liability.direct': 1,
};

/** What the fixtures put in July under 城关区: its bureau's two leads and its decided case. */
const COUNTY = Object.fromEntries(Object.keys(WHOLE_CAMPAIGN).map((key) => [key, 0]));
Object.assign(COUNTY, {
  'leadsReceived.total': 2,
  'leadsReceived.source.leader_instruction': 1,
  'leadsReceived.source.inspection': 1,
  'leadsDisposed.total': 1,
  'leadsDisposed.disposal.closed_no_action': 1,
  'leadsDisposed.onTime': 1,
  'accountabilityCases.opened': 1,
  'accountabilityCases.decided': 1,
  'heldAccountable.total': 1,
  'heldAccountable.form.4': 1,
  'heldAccountable.liability.overall_leadership': 1,
});

describe('问责情况 on the monthly reports of July', () => {
  it.each([
    ['C002', '市纪委监委 (a supervision department: the whole campaign)'],
    ['C001', '市政府督查室 (a supervision department: the whole campaign)'],
    ['K100', '城关区 (its subtree)'],
    ['C007', '市教育局 (its subtree, which holds no accountability record)'],
  ])('%s %s: every figure is the total of the list it links to', async (code) => {
    const figures = await accountabilityFigures(code);
    expect(figures).toHaveLength(Object.keys(WHOLE_CAMPAIGN).length);
    for (const figure of figures) {
      expect(figure.link, figure.key).not.toBeNull();
      expect(figure.link!.query.campaignId, figure.key).toBe(campaignId);
      expect(figure.value, figure.key).toBe(await listed(figure));
    }
  });

  it("counts the commission's July, and nothing of June, August or another campaign", async () => {
    const figures = await accountabilityFigures('C002');
    expect(valuesOf(figures)).toEqual(WHOLE_CAMPAIGN);
    // The whole campaign: no unit in the links, the month in each list's own terms.
    const link = (key: string) => figures.find((x) => x.key === key)!.link;
    expect(link('leadsReceived.source.media_exposure')).toEqual({
      operationId: 'listLeads',
      query: { campaignId, receivedFrom: '2026-07-01', receivedTo: '2026-07-31', source: 'media_exposure' },
    });
    expect(link('leadsDisposed.onTime')).toEqual({
      operationId: 'listLeads',
      query: { campaignId, disposedFrom: '2026-07-01', disposedTo: '2026-07-31', handledOnTime: 'true' },
    });
    expect(link('accountabilityCases.opened')).toEqual({
      operationId: 'listCases',
      query: { campaignId, openedFrom: '2026-07-01', openedTo: '2026-07-31' },
    });
    expect(link('heldAccountable.form.4')).toEqual({
      operationId: 'listDeterminations',
      query: {
        campaignId,
        heldAccountable: 'true',
        decidedFrom: '2026-07-01',
        decidedTo: '2026-07-31',
        form: '4',
      },
    });
    // Labels in the official vocabulary, in the reader's language.
    const label = (key: string) => figures.find((x) => x.key === key)!.label;
    expect([
      label('leadsReceived.source.public_report'),
      label('leadsDisposed.disposal.talk_or_inquiry_letter'),
      label('heldAccountable.form.2'),
      label('heldAccountable.liability.important_leadership'),
    ]).toEqual(['群众举报', '谈话函询', '第二种形态', '重要领导责任']);
    expect(figures.find((x) => x.key === 'heldAccountable.total')!.group).toBe('heldAccountable');
  });

  it("counts only the county's subtree on the county's report, and nothing on a bureau that holds none", async () => {
    const county = await accountabilityFigures('K100');
    expect(valuesOf(county)).toEqual(COUNTY);
    const countyId = await f.unitId('K100');
    for (const figure of county) expect(figure.link!.query.unitId, figure.key).toBe(countyId);
    const bureau = await accountabilityFigures('C007');
    expect(bureau.every((x) => x.value === 0)).toBe(true);
  });

  it('in English', async () => {
    const res = await t.as(supervisor, {
      method: 'GET',
      url: `/api/monthly-reports/${reports.get('C002')}`,
      headers: { 'accept-language': 'en-US' },
    });
    const figures = (res.json().figures as Figure[]).filter((x) => ACCOUNTABILITY_GROUPS.includes(x.group));
    const heldAccountable = figures.find((x) => x.key === 'heldAccountable.form.1') as Figure & {
      groupLabel: string;
    };
    expect(heldAccountable).toMatchObject({
      label: 'First form',
      groupLabel: 'Persons held accountable this month',
    });
  });

  it("puts them in the month's Excel and in the digest, counted as on the reports", async () => {
    // The lead departments' reports were submitted before 问责情况 existed: their frozen figures
    // lack it, and the sheet's first rows are theirs.
    await t.database.db
      .update(monthlyReport)
      .set({
        status: 'submitted',
        submittedAt: t.clock.now(),
        snapshot: {
          figures: [{ group: 'supervision', key: 'supervision.opened', value: 0 }],
          dueDate: '2026-08-05',
          late: false,
        },
      })
      .where(and(eq(monthlyReport.month, '2026-07'), eq(monthlyReport.role, 'domain_lead')));
    const sheetRes = await t.as(office, {
      method: 'GET',
      url: `/api/campaigns/${campaignId}/monthly-reports/export?month=2026-07`,
    });
    expect(sheetRes.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(sheetRes.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    const groups = sheet.getRow(2).values as string[];
    const labels = sheet.getRow(3).values as string[];
    for (const group of ['本月受理问题线索', '本月处置问题线索', '问责案件', '本月被问责人员'])
      expect(groups).toContain(group);
    const jw = sheet.getRows(4, sheet.rowCount - 3)!.find((r) => r.getCell(1).value === '示范市纪委监委')!;
    expect(jw.getCell(labels.indexOf('本月立案核查')).value).toBe(3);
    expect(jw.getCell(labels.indexOf('第四种形态')).value).toBe(1);
    expect(jw.getCell(labels.indexOf('媒体曝光')).value).toBe(1);
    // A report frozen without them leaves their cells empty (not 0: nothing was reported).
    const jyj = sheet.getRows(4, sheet.rowCount - 3)!.find((r) => r.getCell(1).value === '市教育局')!;
    expect(jyj.getCell(labels.indexOf('本月立案核查')).value).toBeNull();
    expect(jyj.getCell(labels.indexOf('本月立项')).value).toBe(0);

    const docRes = await t.as(office, {
      method: 'GET',
      url: `/api/campaigns/${campaignId}/monthly-reports/digest?month=2026-07`,
    });
    expect(docRes.statusCode).toBe(200);
    const xml = await (await JSZip.loadAsync(docRes.rawPayload)).file('word/document.xml')!.async('string');
    expect(xml).toContain('本月被问责人员：合计3，第一种形态1，第二种形态1，第三种形态0，第四种形态1');
    expect(xml).toContain('问责案件：本月立案核查3，本月作出处理决定2。');
  });
});
