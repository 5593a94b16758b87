import { readFile } from 'node:fs/promises';
import { type Download, expect, type Page, test } from '@playwright/test';
import {
  expectAccessible,
  expectNoSidewaysScroll,
  getJson,
  historyChange,
  type Lang,
  NARROW,
  openAs,
  snap,
} from './helpers';

/** Unique per run: the e2e server keeps its data between specs of one run. */
const RUN = Date.now().toString(36).toUpperCase();
const NARRATIVE = [
  '本月开展中小学课后服务全覆盖督导，完成学位申请材料精简清单初稿；',
  '督办校外培训机构专项治理，约谈整改滞后学校负责人 3 名；',
  `下月将完成转学申请办理时限整改复核。${RUN}`,
].join('\n');
const OPINION = `同意报送。${RUN}`;
/** The demo's owing unit that has not even started last month's report. */
const MISSING = '市交通运输局';
/** The desktop width the pages are looked at in. */
const DESKTOP = { width: 1280, height: 900 };
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

interface Report {
  id: string;
  campaignId: string;
  month: string;
  unitName: string;
  role: string;
  status: string;
  narrative: string;
  submittedAt: string | null;
  late: boolean;
}
interface Figure {
  key: string;
  label: string;
  value: number;
}
interface Detail {
  report: Report;
  figures: Figure[];
  frozen: boolean;
  coverage: { unitName: string };
}
interface Overview {
  month: string;
  dueDate: string;
  rows: { unitName: string; reportId: string | null; progress: string }[];
  counts: Record<string, number>;
}

const state = { id: '', month: '', campaignId: '', title: '', figures: [] as Figure[] };

/** 2026-07 → 2026年7月. */
const monthZh = (month: string) => `${month.slice(0, 4)}年${Number(month.slice(5))}月`;

/** Runs one step of the report from its page, with its text when it takes one. */
async function act(page: Page, action: string, text?: string) {
  await page.getByTestId(`monthly-report-action-${action}`).click();
  const modal = page.getByTestId('monthly-report-action-modal').getByRole('dialog');
  await expect(modal).toBeVisible();
  // Settled: a click while the dialog still zooms in can miss its button.
  await expect(modal).not.toHaveClass(/ant-zoom/);
  if (text !== undefined) await modal.getByTestId('monthly-report-action-text').fill(text);
  await modal.getByTestId('monthly-report-action-submit').click();
  await expect(modal).toBeHidden();
}

/** Each pre-filled figure shows its value. */
async function expectFigures(page: Page, figures: Figure[]) {
  expect(figures.length).toBeGreaterThan(0);
  const shown = page.getByTestId('monthly-report-figures');
  for (const figure of figures) {
    const statistic = shown.locator(`[data-testid="monthly-report-figure"][data-key="${figure.key}"]`);
    await expect(statistic).toContainText(figure.label);
    await expect(statistic.locator('.ant-statistic-content-value')).toHaveText(String(figure.value));
  }
}

/** A file the browser saved is an Office Open XML document (a zip) named `.ext`. */
async function expectOfficeFile(download: Download, ext: string) {
  expect(download.suggestedFilename()).toMatch(new RegExp(`\\.${ext}$`));
  const bytes = await readFile(await download.path());
  expect(bytes.length).toBeGreaterThan(100);
  expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
}

const history = (page: Page) => page.getByTestId('record-history');

test.describe
  .serial('月报: 市教育局 finishes last month’s report, its head submits it, the office sees who has reported', () => {
    test('the clerk opens the report from the workbench, writes the narrative and hands it to the head', async ({
      browser,
    }) => {
      const { context, page } = await openAs(browser, 'dept.clerk', { viewport: DESKTOP });
      const owed = await getJson<{ items: Report[] }>(page.request, '/api/monthly-reports?owed=true');
      const report = owed.items.find((r) => r.unitName === '市教育局');
      expect(report, 'the demo leaves 市教育局 a draft of last month').toBeDefined();
      Object.assign(state, {
        id: report!.id,
        month: report!.month,
        campaignId: report!.campaignId,
        title: `市教育局 · ${monthZh(report!.month)}`,
      });

      await page.goto('/');
      const card = page.getByTestId('workbench-monthlyReports.owed');
      await expect(card).toHaveAttribute('data-count', String(owed.items.length));
      await card.getByTestId('workbench-link').click();
      await expect(page).toHaveURL(/\/monthly-reports\?owed=true$/);
      const row = page.getByTestId('monthly-reports-table').getByRole('row', { name: /市教育局/ });
      await expect(row.getByTestId('monthly-report-status')).toHaveText('填报中');
      await row.getByTestId('monthly-report-open').click();
      await expect(page).toHaveURL(new RegExp(`/monthly-reports/${state.id}$`));

      await expect(page.getByTestId('monthly-report-title')).toHaveText(state.title);
      await expect(page.getByTestId('monthly-report-status')).toHaveText('填报中');
      // The figures are the system's own, live until the report is submitted.
      await expect(page.getByTestId('monthly-report-frozen')).toHaveAttribute('data-frozen', 'false');
      await expect(page.getByTestId('monthly-report-frozen')).toHaveText(
        '实时统计：报送前随记录变化，审核报送后固定。',
      );
      const live = await getJson<Detail>(page.request, `/api/monthly-reports/${state.id}`);
      expect(live.frozen).toBe(false);
      expect(live.coverage.unitName).toBe('市教育局');
      state.figures = live.figures;
      await expectFigures(page, live.figures);
      await expect(page.getByTestId('monthly-report-details')).toContainText('市教育局及所属单位');
      // The demo's draft narrative, to be finished.
      await expect(page.getByTestId('monthly-report-narrative')).toHaveValue(live.report.narrative);

      await page.getByTestId('monthly-report-narrative').fill(NARRATIVE);
      await page.getByTestId('monthly-report-save').click();
      await expect(historyChange(history(page), 'monthly_report.updated', 'narrative')).toContainText(RUN);
      expect((await getJson<Detail>(page.request, `/api/monthly-reports/${state.id}`)).report.narrative).toBe(
        NARRATIVE,
      );
      await snap(page, 'monthly-report-draft-zh-desktop');

      // The clerk hands it over; approval is the head's.
      await expect(page.getByTestId('monthly-report-action-approve')).toHaveCount(0);
      await act(page, 'submit');
      await expect(page.getByTestId('monthly-report-status')).toHaveText('待审核');
      await expect(page.getByTestId('monthly-report-narrative')).toHaveCount(0);
      await expect(page.getByTestId('monthly-report-narrative-text')).toHaveText(NARRATIVE);
      await expect(page.getByTestId('monthly-report-action-submit')).toHaveCount(0);
      await expect(page.getByTestId('monthly-report-action-approve')).toHaveCount(0);
      await expect(historyChange(history(page), 'monthly_report.submitted', 'status')).toHaveText(
        '状态：填报中 → 待审核',
      );

      const detail = await getJson<Detail>(page.request, `/api/monthly-reports/${state.id}`);
      expect(detail.report).toMatchObject({
        status: 'awaiting_approval',
        narrative: NARRATIVE,
        submittedAt: null,
      });
      expect(detail.frozen).toBe(false);
      await context.close();
    });

    test('the head approves it: submitted, with the figures frozen', async ({ browser }) => {
      expect(state.id).not.toBe('');
      const { context, page } = await openAs(browser, 'dept.head', { viewport: DESKTOP });
      await page.goto('/');
      await page.getByTestId('workbench-monthlyReports.toApprove').getByTestId('workbench-link').click();
      await expect(page).toHaveURL(/\/monthly-reports\?toApprove=true$/);
      const row = page.getByTestId('monthly-reports-table').getByRole('row', { name: /市教育局/ });
      await expect(row.getByTestId('monthly-report-status')).toHaveText('待审核');
      await row.getByTestId('monthly-report-open').click();
      await expect(page.getByTestId('monthly-report-narrative-text')).toHaveText(NARRATIVE);

      await act(page, 'approve', OPINION);
      await expect(page.getByTestId('monthly-report-status')).toHaveText('已报送');
      await expect(page.getByTestId('monthly-report-frozen')).toHaveAttribute('data-frozen', 'true');
      await expect(page.getByTestId('monthly-report-frozen')).toHaveText(
        '报送时固定的数据，不随后续记录变化。',
      );
      await expect(page.getByTestId('monthly-report-actions').getByRole('button')).toHaveCount(0);
      await expect(historyChange(history(page), 'monthly_report.approved', 'status')).toHaveText(
        '状态：待审核 → 已报送',
      );
      await expect(historyChange(history(page), 'monthly_report.approved', 'opinion')).toHaveText(
        `意见：${OPINION}`,
      );
      await expect(historyChange(history(page), 'monthly_report.approved', 'figures')).toHaveText(
        `主要数据：${state.figures.length} 项数据`,
      );

      const detail = await getJson<Detail>(page.request, `/api/monthly-reports/${state.id}`);
      expect(detail.report).toMatchObject({ status: 'submitted', narrative: NARRATIVE });
      expect(detail.report.submittedAt).not.toBeNull();
      expect(detail.frozen).toBe(true);
      // The snapshot holds what the clerk saw.
      expect(detail.figures.map((f) => [f.key, f.value])).toEqual(state.figures.map((f) => [f.key, f.value]));
      await expectFigures(page, detail.figures);
      await expect(page.getByTestId('monthly-report-details')).toContainText(
        detail.report.late ? '逾期报送' : '按时报送',
      );
      await context.close();
    });

    test('the office’s month: every owing unit with where it stands, and the Excel and Word downloads', async ({
      browser,
    }) => {
      expect(state.id).not.toBe('');
      const { context, page } = await openAs(browser, 'office', { viewport: DESKTOP });
      const overview = await getJson<Overview>(
        page.request,
        `/api/campaigns/${state.campaignId}/monthly-reports?month=${state.month}`,
      );
      await page.getByTestId('nav-monthly-overview').click();
      await expect(page).toHaveURL(/\/monthly-reports\/overview/);
      await expect(page.getByTestId('monthly-overview-month')).toContainText(monthZh(state.month));

      const table = page.getByTestId('monthly-overview-table');
      const rows = table.locator('tbody tr.ant-table-row');
      await expect(rows).toHaveCount(overview.rows.length);
      for (const unit of overview.rows) {
        const line = rows.filter({ hasText: unit.unitName }).first();
        await expect(line.getByTestId('monthly-report-progress')).toHaveAttribute(
          'data-progress',
          unit.progress,
        );
      }
      // 市交通运输局 has not started (the schedule may have made it an empty report); 市教育局's is in.
      const missing = rows.filter({ hasText: MISSING });
      await expect(missing.getByTestId('monthly-report-progress')).toHaveText('未填报');
      expect(overview.rows.find((r) => r.unitName === MISSING)).toMatchObject({ progress: 'not_started' });
      const ours = overview.rows.find((r) => r.unitName === '市教育局')!;
      expect(['submitted', 'submitted_late']).toContain(ours.progress);
      const jyj = rows.filter({ hasText: '市教育局' });
      await expect(jyj.getByTestId('monthly-report-progress')).toHaveText(
        ours.progress === 'submitted' ? '已报送' : '逾期报送',
      );
      await expect(page.getByTestId('monthly-overview-counts')).toContainText(
        `未填报：${overview.counts.not_started}`,
      );
      expect(overview.counts.not_started).toBeGreaterThanOrEqual(1);

      for (const [button, path, type, ext] of [
        ['monthly-overview-export', 'monthly-reports/export', XLSX, 'xlsx'],
        ['monthly-overview-digest', 'monthly-reports/digest', DOCX, 'docx'],
      ] as const) {
        const response = page.waitForResponse(
          (r) => new URL(r.url()).pathname === `/api/campaigns/${state.campaignId}/${path}`,
        );
        const download = page.waitForEvent('download');
        await page.getByTestId(button).click();
        const answered = await response;
        expect(answered.status()).toBe(200);
        expect(new URL(answered.url()).searchParams.get('month')).toBe(state.month);
        expect(answered.headers()['content-type']).toContain(type);
        await expectOfficeFile(await download, ext);
      }

      // The row opens the report.
      await jyj.getByTestId('monthly-overview-open').click();
      await expect(page).toHaveURL(new RegExp(`/monthly-reports/${state.id}$`));
      await expect(page.getByTestId('monthly-report-narrative-text')).toHaveText(NARRATIVE);
      await context.close();
    });

    test('the list, a report and the month overview, in Chinese and English, at 1280 and 390 px', async ({
      browser,
    }) => {
      test.setTimeout(120_000);
      expect(state.id).not.toBe('');
      const sizes = [
        { name: 'desktop', viewport: DESKTOP },
        { name: 'phone', viewport: NARROW },
      ];
      for (const lang of ['zh-CN', 'en-US'] as Lang[]) {
        for (const { name, viewport } of sizes) {
          const { context, page } = await openAs(browser, 'office', { viewport, lang });
          const short = lang === 'zh-CN' ? 'zh' : 'en';
          await page.goto('/monthly-reports');
          await expect(page.getByTestId('monthly-report-open').first()).toBeVisible();
          await expectNoSidewaysScroll(page);
          await snap(page, `monthly-reports-list-${short}-${name}`);
          if (name === 'desktop') await expectAccessible(page);

          await page.goto(`/monthly-reports/${state.id}`);
          await expect(page.getByTestId('monthly-report-narrative-text')).toHaveText(NARRATIVE);
          await expect(page.getByTestId('monthly-report-figures')).toBeVisible();
          await expect(history(page)).toBeVisible();
          if (lang === 'en-US')
            await expect(page.getByTestId('monthly-report-status')).toHaveText('Submitted');
          await expectNoSidewaysScroll(page);
          await snap(page, `monthly-report-${short}-${name}`);
          if (name === 'desktop') await expectAccessible(page);

          await page.goto('/monthly-reports/overview');
          await expect(
            page.getByTestId('monthly-overview-table').locator('tbody tr.ant-table-row').first(),
          ).toBeVisible();
          await expectNoSidewaysScroll(page);
          await snap(page, `monthly-overview-${short}-${name}`);
          if (name === 'desktop') await expectAccessible(page);
          await context.close();
        }
      }
      // (Left in Chinese for the specs that follow.)
      const { context } = await openAs(browser, 'office', { viewport: DESKTOP, lang: 'zh-CN' });
      await context.close();
    });
  });

test.describe('月报: the commission’s report carries 问责情况', () => {
  interface LinkedFigure extends Figure {
    group: string;
    link: { operationId: string; query: Record<string, string> } | null;
  }
  const LISTS: Record<string, { api: string; table: string; path: RegExp }> = {
    listLeads: { api: '/api/leads', table: 'lead-table', path: /\/accountability\/leads\?/ },
    listCases: { api: '/api/cases', table: 'case-table', path: /\/accountability\/cases\?/ },
    listDeterminations: {
      api: '/api/determinations',
      table: 'determination-table',
      path: /\/accountability\/determinations\?/,
    },
  };

  test('the supervisor reads its figures under their groups, and each opens its list filtered as it counts', async ({
    browser,
  }) => {
    const { context, page } = await openAs(browser, 'supervisor', { viewport: DESKTOP });
    const listed = await getJson<{ items: Report[] }>(page.request, '/api/monthly-reports?limit=200');
    const report = listed.items.find((r) => r.unitName === '示范市纪委监委');
    expect(report, 'the demo has the commission report last month').toBeDefined();
    await page.goto(`/monthly-reports/${report!.id}`);
    const detail = await getJson<{ figures: LinkedFigure[] }>(
      page.request,
      `/api/monthly-reports/${report!.id}`,
    );
    const ours = detail.figures.filter((f) =>
      ['leadsReceived', 'leadsDisposed', 'accountabilityCases', 'heldAccountable'].includes(f.group),
    );
    expect(ours.length).toBeGreaterThan(20);
    await expectFigures(page, ours);
    const figures = page.getByTestId('monthly-report-figures');
    for (const group of ['本月受理问题线索', '本月处置问题线索', '问责案件', '本月被问责人员'])
      await expect(figures).toContainText(group);
    await expect(page.getByTestId('monthly-report-details')).toContainText(
      '问责情况为本活动的全部问题线索、问责案件和被问责人员',
    );

    // Cases opened, leads disposed of, the first form: each link opens its page with the link's
    // filters, and the page's total is the list's under them.
    for (const key of ['accountabilityCases.opened', 'leadsDisposed.total', 'heldAccountable.form.1']) {
      const figure = ours.find((f) => f.key === key)!;
      const list = LISTS[figure.link!.operationId]!;
      const expected = await getJson<{ total: number }>(
        page.request,
        `${list.api}?${new URLSearchParams({ ...figure.link!.query, limit: '1' })}`,
      );
      await page.goto(`/monthly-reports/${report!.id}`);
      await page
        .getByTestId('monthly-report-figure-link')
        .filter({ has: page.locator(`[data-key="${key}"]`) })
        .click();
      await expect(page).toHaveURL(list.path);
      const url = new URL(page.url());
      for (const [name, value] of Object.entries(figure.link!.query))
        expect(url.searchParams.get(name), `${key}: ${name}`).toBe(value);
      await expect(page.getByTestId('linked-filters')).toBeVisible();
      await expect(
        page.getByTestId(list.table).getByTestId('list-pager').getByTestId('list-total'),
      ).toHaveAttribute('data-total', String(expected.total));
    }
    await context.close();
  });
});
