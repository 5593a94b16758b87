import {
  CONDUCT_TYPES,
  DASHBOARD_CHART_GROUPS,
  type DashboardFigure,
  type DashboardGroup,
  type DashboardSummary,
  DISPOSALS,
  LEAD_SOURCES,
} from '@zeren/contracts';
import { eq } from 'drizzle-orm';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Factories } from '../../../test/factories';
import { auditRows, createTestApp, type TestApp } from '../../../test/harness';
import { t as message } from '../../platform/i18n';
import { lead } from '../accountability/accountability.table';
import { supervisionItem, supervisionReminder } from '../supervision/supervision.table';
import { comparisonSentence, figureName } from './dashboard.briefing';

let t: TestApp;
let f: Factories;
let campaignId: string;
let campaignName: string;

/** Leads of several sources, conducts, disposals and months; supervision items overdue and on time. */
async function seed() {
  let n = 0;
  for (const code of ['C007', 'K101', 'K102']) {
    for (let i = 0; i < 6; i++, n++) {
      const id = await f.lead(code, i % 3 === 0 ? 'shelved' : 'received');
      await t.database.db
        .update(lead)
        .set({
          source: LEAD_SOURCES[n % LEAD_SOURCES.length]!,
          conduct: CONDUCT_TYPES[n % CONDUCT_TYPES.length]!,
          disposal: i % 3 === 0 ? DISPOSALS[n % DISPOSALS.length]! : null,
          receivedOn: ['2026-03-15', '2026-04-02', '2026-05-20'][i % 3]!,
        })
        .where(eq(lead.id, id));
    }
    for (const due of ['2026-05-10', '2026-07-30']) {
      const id = await f.supervisionItem(code, 'in_progress');
      await t.database.db.update(supervisionItem).set({ dueDate: due }).where(eq(supervisionItem.id, id));
      // Reminders of the first: the ladder's in March, a person's in April and May (催办次数 by period).
      if (due === '2026-05-10')
        for (const [kind, day] of [
          ['ladder', '2026-03-10'],
          ['manual', '2026-04-15'],
          ['manual', '2026-05-05'],
        ] as const)
          await t.database.db.insert(supervisionReminder).values({
            itemId: id,
            campaignId: await f.demoCampaign(),
            unitId: await f.unitId(code),
            kind,
            dueDate: due,
            remindedOn: day,
            remindedAt: new Date(`${day}T02:00:00Z`),
          });
    }
    await f.rectificationItem(code, 'signed_off');
    await f.rectificationItem(code, 'rectifying');
  }
}

beforeAll(async () => {
  t = await createTestApp();
  f = new Factories(t);
  campaignId = await f.demoCampaign();
  const office = await t.login('office');
  campaignName = (await t.as(office, { method: 'GET', url: `/api/campaigns/${campaignId}` })).json().name;
  await seed();
});
afterAll(() => t.close());

async function summary(cookie: string, query: Record<string, string>): Promise<DashboardSummary> {
  const res = await t.as(cookie, {
    method: 'GET',
    url: `/api/dashboard/summary?${new URLSearchParams(query)}`,
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

/** The briefing, unpacked: its text (word/document.xml) and its pictures. */
async function briefing(cookie: string, query: Record<string, string>, language = 'zh-CN') {
  const res = await t.as(cookie, {
    method: 'GET',
    url: `/api/dashboard/briefing.docx?${new URLSearchParams(query)}`,
    headers: { 'accept-language': language },
  });
  expect(res.statusCode, res.body).toBe(200);
  expect(res.headers['content-type']).toContain('wordprocessingml.document');
  expect(res.headers['content-disposition']).toMatch(/^attachment; filename=".+\.docx"; filename\*=UTF-8''/);
  const zip = await JSZip.loadAsync(res.rawPayload);
  const media = Object.keys(zip.files).filter((name) => /^word\/media\/.+\.png$/.test(name));
  const pngs = await Promise.all(media.map((name) => zip.file(name)!.async('nodebuffer')));
  return { xml: await zip.file('word/document.xml')!.async('string'), pngs, headers: res.headers };
}

const figure = (s: DashboardSummary, key: string): DashboardFigure => {
  for (const g of s.groups) {
    const found = [...g.figures, ...g.rates.flatMap((r) => [r.numerator, r.denominator])].find(
      (x) => x.key === key,
    );
    if (found) return found;
  }
  throw new Error(`no figure ${key}`);
};
const value = (s: DashboardSummary, key: string) => figure(s, key).value;

/** The groups the page draws as bars, that have bars. */
const charted = (s: DashboardSummary) =>
  s.groups.filter((g) => DASHBOARD_CHART_GROUPS.has(g.key) && g.figures.length > 0);

describe('the dashboard briefing (.docx)', () => {
  it.each([
    ['office', {}],
    ['county.office', { from: '2026-04-01', to: '2026-05-31' }],
  ] as const)(
    '%s %j: the title, the campaign and period, each group with the summary’s figures and its chart',
    async (username, period) => {
      const cookie = await t.login(username);
      const s = await summary(cookie, { campaignId, ...period });
      const { xml, pngs } = await briefing(cookie, { campaignId, ...period });
      expect(xml).toContain(`关于${campaignName}工作情况的简报`);
      expect(xml).toMatch(/w:eastAsia="方正小标宋简体"[\s\S]*?工作情况的简报/);
      expect(xml).toContain('w:eastAsia="仿宋_GB2312"');
      if ('from' in period) expect(xml).toContain('统计期间：2026年4月1日至2026年5月31日。');
      else expect(xml).toContain('统计期间：活动开始至2026年6月1日。');
      // Sections numbered 一、二、… in the summary's order, one per group, each under its own heading.
      expect(s.groups.length).toBeGreaterThanOrEqual(10);
      expect(xml).toContain('一、问题线索受理情况');
      expect(xml).toContain('二、线索来源分布');
      for (const g of s.groups)
        expect(xml, g.key).toContain(
          g.kind === 'ranking'
            ? message('zh-CN', 'dashboard.briefing.group.ranking', { category: g.label ?? '' })
            : message('zh-CN', `dashboard.briefing.group.${g.key}`),
        );
      // The other modules' groups in their own sentences, with the summary's numbers.
      expect(xml).toContain(`重点任务共${value(s, 'keyTasks.total')}项，其中已完成`);
      expect(xml).toContain(`公开承诺事项共${value(s, 'commitments.total')}项`);
      expect(xml).toContain(`共问责${value(s, 'determinations.total')}人。`);
      expect(xml).toContain(`收到群众举报${value(s, 'publicReports.received')}件`);
      // The sentences carry the summary's numbers, in the official style.
      const total = value(s, 'leads.total');
      expect(total).toBeGreaterThan(0);
      expect(xml).toContain(`共受理问题线索${total}件。`);
      // The caller's scope and period, checked apart from the summary: the leads list they page through.
      const listed = await t.as(cookie, {
        method: 'GET',
        url: `/api/leads?${new URLSearchParams({
          campaignId,
          ...('from' in period ? { receivedFrom: period.from, receivedTo: period.to } : {}),
          limit: '1',
        })}`,
      });
      expect(listed.json().total).toBe(total);
      expect(xml).toContain(`共受理问题线索${total}件，其中`);
      for (const group of charted(s))
        for (const fig of group.figures.filter((x) => x.value > 0)) {
          const sum = group.figures.reduce((a, x) => a + x.value, 0);
          const share = `${Number(((100 * fig.value) / sum).toFixed(1))}%`;
          // Persons held accountable are counted in 人, records in 件.
          const unit = group.key.startsWith('determinations.') ? '人' : '件';
          expect(xml, fig.key).toContain(`${figureName('zh-CN', fig)}${fig.value}${unit}（占${share}）`);
        }
      expect(xml).toContain(
        `督办事项共${value(s, 'supervision.total')}件，其中超期${value(s, 'supervision.overdue')}件，经催办${value(s, 'supervision.reminded')}件。`,
      );
      expect(xml).toContain(
        `已办结督办事项${value(s, 'supervision.closed')}件，其中按期办结${value(s, 'supervision.closedOnTime')}件，按期办结率`,
      );
      expect(xml).toContain(
        `共催办${value(s, 'supervision.reminders')}次，其中系统自动催办${value(s, 'supervision.reminders.ladder')}次，人工催办${value(s, 'supervision.reminders.manual')}次。`,
      );
      expect(xml).toContain(
        `整改台账共有整改事项${value(s, 'rectification.total')}件，其中超期未整改${value(s, 'rectification.overdue')}件，已销号${value(s, 'rectification.signedOff')}件，办结销号率`,
      );
      // One picture per chart, each a PNG.
      expect(pngs.length).toBe(charted(s).length);
      expect(pngs.length).toBeGreaterThanOrEqual(5);
      for (const png of pngs) expect(png.subarray(1, 4).toString()).toBe('PNG');
    },
  );

  it('compares each group with the period before, as the page does, in official sentences', async () => {
    const county = await t.login('county.office');
    const { xml } = await briefing(county, { campaignId, from: '2026-04-01', to: '2026-05-31' });
    // April–May against February–March. The county's reminders (K101, K102): before, the ladder's
    // two in March; now, the persons' four in April and May.
    const before = '与上期（2026年2月1日至2026年3月31日）相比，';
    expect(xml).toContain(`${before}催办次数增加2次，系统自动催办减少2次，人工催办增加4次。`);
    // The leads received, counted apart through the leads list for each period.
    const leads = async (from: string, to: string) =>
      (
        await t.as(county, {
          method: 'GET',
          url: `/api/leads?${new URLSearchParams({ campaignId, receivedFrom: from, receivedTo: to, limit: '1' })}`,
        })
      ).json().total as number;
    const now = await leads('2026-04-01', '2026-05-31');
    const then = await leads('2026-02-01', '2026-03-31');
    expect(then).toBeGreaterThan(0);
    expect(now).not.toBe(then);
    expect(xml).toContain(`${before}受理问题线索${now > then ? '增加' : '减少'}${Math.abs(now - then)}件。`);
    // Supervision items are today's state: the same in both periods.
    expect(xml).toContain(`${before}各项数据均持平。`);
    // The export's audit names what it was compared with.
    expect((await auditRows(t.database, 'dashboard.exported', campaignId)).at(-1)!.after).toMatchObject({
      from: '2026-04-01',
      to: '2026-05-31',
      comparedWith: { campaignId, from: '2026-02-01', to: '2026-03-31' },
    });
    // The whole campaign has no campaign of the year before in the demo city: nothing compared.
    const whole = await briefing(await t.login('office'), { campaignId });
    expect(whole.xml).not.toContain('与上年活动');
    expect(whole.xml).not.toContain('与上期');
  });

  it('writes a rate’s change in percentage points between the rates as shown, and the rest as unchanged', () => {
    const fig = (key: string, value: number) => ({
      key,
      label: null,
      value,
      drill: { operationId: 'listSupervisionItems', query: {} },
    });
    const group: DashboardGroup = {
      key: 'supervision.total',
      figures: [fig('supervision.total', 12), fig('supervision.overdue', 3), fig('supervision.reminded', 4)],
      rates: [{ key: 'supervision.onTimeRate', numerator: fig('a', 2), denominator: fig('b', 3) }],
    };
    const compared = {
      comparison: { kind: 'previousCampaign' as const, campaignId: 'c2025' },
      campaignName: '2025年作风建设年活动',
      before: new Map([
        ['supervision.total', 10],
        ['supervision.overdue', 5],
        ['supervision.reminded', 4],
        ['supervision.onTimeRate.numerator', 1],
        ['supervision.onTimeRate.denominator', 4],
      ]),
    };
    // 12 − 10, 3 − 5, and 66.7% against 25%: 41.7 points.
    expect(comparisonSentence('zh-CN', group, compared)).toBe(
      '与上年活动（2025年作风建设年活动）相比，督办事项增加2件，超期督办事项减少2件，按期办结率上升41.7个百分点，其余持平。',
    );
    expect(comparisonSentence('en-US', group, compared)).toBe(
      "Compared with last year's campaign (2025年作风建设年活动): supervision items up by 2, overdue items down by 2, the on-time closure rate up by 41.7 percentage points, the rest unchanged.",
    );
  });

  it('is audited as an export in the transaction of the count, never as a second view', async () => {
    const office = await t.login('office');
    const exported = (await auditRows(t.database, 'dashboard.exported', campaignId)).length;
    const viewed = (await auditRows(t.database, 'dashboard.viewed', campaignId)).length;
    const s = await summary(office, { campaignId, from: '2026-04-01' });
    await briefing(office, { campaignId, from: '2026-04-01' });
    const rows = await auditRows(t.database, 'dashboard.exported', campaignId);
    expect(rows.length).toBe(exported + 1);
    expect(rows.at(-1)).toMatchObject({
      recordType: 'dashboard',
      after: {
        campaignId,
        from: '2026-04-01',
        to: null,
        groups: s.groups.map((g) => g.key),
        // A period open at one end is compared with nothing.
        comparedWith: null,
        format: 'docx',
      },
    });
    expect(rows.at(-1)!.actorName).toBeTruthy();
    // The summary above is the one view.
    expect((await auditRows(t.database, 'dashboard.viewed', campaignId)).length).toBe(viewed + 1);
  });

  it('shows only the groups the caller may read: the leader’s has no leads', async () => {
    const leader = await t.login('leader');
    const s = await summary(leader, { campaignId });
    const { xml, pngs } = await briefing(leader, { campaignId });
    expect(xml).not.toContain('问题线索受理情况');
    expect(xml).not.toContain('共受理问题线索');
    expect(xml).toContain('一、督办事项总体情况');
    expect(xml).toContain(`督办事项共${value(s, 'supervision.total')}件`);
    expect(pngs.length).toBe(charted(s).length);
    expect(charted(s).map((g) => g.key)).not.toContain('leads.bySource');
  });

  it('is written in English for an English reader', async () => {
    const office = await t.login('office');
    const s = await summary(office, { campaignId });
    const { xml, pngs, headers } = await briefing(office, { campaignId }, 'en-US');
    expect(xml).toContain(`Briefing on ${campaignName}`);
    expect(xml).toContain('Period: the start of the campaign to 2026-06-01.');
    expect(xml).toContain('1. Leads received');
    expect(xml).toContain(`${value(s, 'leads.total')} leads were received.`);
    expect(xml).toContain(`${value(s, 'supervision.total')} supervision items, of which`);
    expect(xml).toContain('1 June 2026');
    expect(xml).not.toContain('共受理');
    expect(pngs.length).toBe(charted(s).length);
    expect(headers['content-disposition']).toContain('dashboard-briefing-2026-06-01.docx');
  });

  it('refuses callers without the permission, bad input with the field named, and writes nothing then', async () => {
    const before = (await auditRows(t.database, 'dashboard.exported')).length;
    const clerk = await t.login('dept.clerk');
    const refused = await t.as(clerk, {
      method: 'GET',
      url: `/api/dashboard/briefing.docx?campaignId=${campaignId}`,
    });
    expect(refused.statusCode).toBe(403);
    const office = await t.login('office');
    const reversed = await t.as(office, {
      method: 'GET',
      url: `/api/dashboard/briefing.docx?campaignId=${campaignId}&from=2026-05-01&to=2026-04-01`,
      headers: { 'accept-language': 'en-US' },
    });
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json().errors[0]).toMatchObject({ path: 'to' });
    expect(reversed.json().errors[0].message).toContain('end of the period');
    const bad = await t.as(office, { method: 'GET', url: '/api/dashboard/briefing.docx?campaignId=nope' });
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json().errors)).toContain('campaignId');
    const missing = await t.as(office, {
      method: 'GET',
      url: '/api/dashboard/briefing.docx?campaignId=01900000-0000-7000-8000-000000000000',
    });
    expect(missing.statusCode).toBe(404);
    expect((await auditRows(t.database, 'dashboard.exported')).length).toBe(before);
  });
});
