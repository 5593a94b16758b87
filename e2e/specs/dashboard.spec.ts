import { readFile } from 'node:fs/promises';
import { expect, type Page, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { expectAccessible, expectNoSidewaysScroll, getJson, NARROW, openAs, snap } from './helpers';

interface Figure {
  key: string;
  value: number;
  drill: { operationId: string; query: Record<string, string> };
}
interface Summary {
  campaignId: string;
  groups: { key: string; figures: Figure[]; rates: unknown[] }[];
}

const DESKTOP_1280 = { width: 1280, height: 860 };

/** How many data rows a downloaded export holds: its first sheet less the title and header rows. */
async function exportedRows(path: string): Promise<number> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  let rows = 0;
  book.worksheets[0]!.eachRow((_, n) => {
    if (n > 2) rows++;
  });
  return rows;
}

/** The dashboard as the page asked for it (the current campaign, the whole campaign). */
async function summaryOf(page: Page): Promise<Summary> {
  const campaignId = await page.getByTestId('dashboard').getAttribute('data-campaign');
  return getJson<Summary>(page.request, `/api/dashboard/summary?campaignId=${campaignId}`);
}

/**
 * Clicks the longest bar of a chart: bars are horizontal, one band each from the top; the
 * longest runs past a quarter of the plot whatever the axis's rounding, so a point a little
 * right of the labels lies on it.
 */
async function clickLongestBar(page: Page, group: Summary['groups'][number]) {
  const values = group.figures.map((f) => f.value);
  const index = values.indexOf(Math.max(...values));
  const chart = page.getByTestId(`dashboard-chart-${group.key}`);
  const box = (await chart.boundingBox())!;
  const band = (box.height - 16) / group.figures.length;
  await chart.click({ position: { x: 150 + (box.width - 190) * 0.2, y: 8 + band * (index + 0.5) } });
  return group.figures[index]!;
}

test.describe
  .serial('领导驾驶舱: every figure opens the list of the records it counts', () => {
    test('the leader clicks a bar and lands on the list behind it, with the same count', async ({
      browser,
    }) => {
      const { context, page } = await openAs(browser, 'leader', { viewport: DESKTOP_1280 });
      await page.getByTestId('nav-dashboard').click();
      await expect(page).toHaveURL(/\/dashboard$/);
      await expect(page.getByTestId('dashboard')).toBeVisible();
      const summary = await summaryOf(page);
      const colours = summary.groups.find((g) => g.key === 'supervision.byColour')!;
      expect(Math.max(...colours.figures.map((f) => f.value))).toBeGreaterThan(0);
      await expect(page.getByTestId('dashboard-chart-supervision.byColour').locator('canvas')).toBeVisible();
      const figure = await clickLongestBar(page, colours);

      // The board, filtered as the figure counts (its colour, its campaign), says the same total.
      await expect(page).toHaveURL(/\/supervision\?/);
      const url = new URL(page.url());
      expect(url.searchParams.get('colour')).toBe(figure.drill.query.colour);
      expect(url.searchParams.get('campaignId')).toBe(summary.campaignId);
      const pager = page.getByTestId('supervision-table').getByTestId('list-pager');
      await expect(pager.getByTestId('list-total')).toHaveAttribute('data-total', String(figure.value));
      await expect(page.getByTestId('linked-filters')).toBeVisible();

      // The leader exports that list: the workbook holds exactly the records the bar counted.
      const exported = page.waitForResponse(
        (r) => new URL(r.url()).pathname === '/api/supervision-items/export.xlsx',
      );
      const download = page.waitForEvent('download');
      await page.getByTestId('list-export').click();
      const response = await exported;
      expect(response.status()).toBe(200);
      expect(new URL(response.url()).searchParams.get('colour')).toBe(figure.drill.query.colour);
      expect(await exportedRows(await (await download).path())).toBe(figure.value);

      // A number opens its list too: the ledger's signed-off items, the numerator of 办结销号率.
      await page.goBack();
      await expect(page.getByTestId('dashboard')).toBeVisible();
      const ledger = summary.groups.find((g) => g.key === 'rectification.total')!;
      expect(ledger.rates.length).toBe(1);
      await page.getByTestId('dashboard-figure-rectification.signOffRate-numerator').click();
      await expect(page).toHaveURL(/\/rectification\?.*signedOff=true/);
      const signedOff = (ledger.rates[0] as { numerator: Figure }).numerator.value;
      await expect(
        page.getByTestId('rectification-table').getByTestId('list-pager').getByTestId('list-total'),
      ).toHaveAttribute('data-total', String(signedOff));

      // The other modules' numbers open their lists too: overdue key tasks, the last due month's reports.
      for (const [key, path] of [
        ['keyTasks.status.overdue', /\/duties\/key-tasks\?.*status=overdue/],
        ['monthlyReports.total', /\/monthly-reports\?.*month=/],
      ] as const) {
        const figure = summary.groups.flatMap((g) => g.figures).find((f) => f.key === key);
        if (!figure) continue;
        await page.goBack();
        await expect(page.getByTestId('dashboard')).toBeVisible();
        await page.getByTestId(`dashboard-figure-${key}`).click();
        await expect(page).toHaveURL(path);
        await expect(page.getByTestId('list-pager').getByTestId('list-total')).toHaveAttribute(
          'data-total',
          String(figure.value),
        );
      }

      // A month compares with the month before: each number shows the previous month's beside it.
      const month = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' })
        .format(new Date())
        .slice(0, 7);
      const [y, m] = month.split('-').map(Number) as [number, number];
      const lastDay = (year: number, mon: number) =>
        new Date(Date.UTC(year, mon, 0)).toISOString().slice(0, 10);
      const [py, pm] = m === 1 ? [y - 1, 12] : [y, m - 1];
      await page.goto(`/dashboard?campaignId=${summary.campaignId}&from=${month}-01&to=${lastDay(y, m)}`);
      await expect(page.getByTestId('dashboard')).toBeVisible();
      const before = await getJson<Summary>(
        page.request,
        `/api/dashboard/summary?campaignId=${summary.campaignId}&from=${py}-${String(pm).padStart(2, '0')}-01&to=${lastDay(py, pm)}`,
      );
      const items = before.groups.find((g) => g.key === 'supervision.total')!.figures[0]!;
      await expect(page.getByTestId('dashboard-before-supervision.total')).toContainText(String(items.value));
      // …and how it moved, as the briefing words it (supervision items are today's state: 持平).
      const now = await getJson<Summary>(
        page.request,
        `/api/dashboard/summary?campaignId=${summary.campaignId}&from=${month}-01&to=${lastDay(y, m)}`,
      );
      const change = now.groups.find((g) => g.key === 'supervision.total')!.figures[0]!.value - items.value;
      await expect(page.getByTestId('dashboard-before-supervision.total')).toContainText(
        change === 0 ? '（持平）' : `（${change > 0 ? '+' : '−'}${Math.abs(change)}）`,
      );
      await context.close();
    });

    test('催办次数 opens the reminders it counts; the key tasks and commitments keep a link’s campaign', async ({
      browser,
    }) => {
      const { context, page } = await openAs(browser, 'office', { viewport: DESKTOP_1280 });
      await page.goto('/dashboard');
      await expect(page.getByTestId('dashboard')).toBeVisible();
      const summary = await summaryOf(page);
      const reminders = summary.groups.find((g) => g.key === 'supervision.reminders')!.figures[0]!;
      expect(reminders.key).toBe('supervision.reminders');
      await page.getByTestId('dashboard-figure-supervision.reminders').click();
      // 催办记录, filtered as the figure counts (its campaign), says the same total.
      await expect(page).toHaveURL(/\/supervision\/reminders\?.*campaignId=/);
      expect(new URL(page.url()).searchParams.get('campaignId')).toBe(summary.campaignId);
      await expect(
        page.getByTestId('reminders-table').getByTestId('list-pager').getByTestId('list-total'),
      ).toHaveAttribute('data-total', String(reminders.value));
      await expect(page.getByTestId('linked-filters')).toBeVisible();
      await expect(page.locator('.ant-spin-spinning')).toHaveCount(0);
      await expectAccessible(page);
      await snap(page, 'supervision-reminders');

      // A figure of another campaign (an earlier one) opens that campaign's list, not the current one's.
      const other = '01900000-0000-7000-8000-000000000000';
      for (const [path, api] of [
        ['/duties/key-tasks', '/api/key-tasks'],
        ['/commitments', '/api/commitments'],
      ] as const) {
        const listed = page.waitForRequest(
          (r) =>
            new URL(r.url()).pathname === api && new URL(r.url()).searchParams.get('campaignId') === other,
        );
        await page.goto(`${path}?campaignId=${other}`);
        await listed;
        await expect(page.getByTestId('linked-filters')).toBeVisible();
        // One click clears it: the page lists its usual campaigns again.
        await page.getByTestId('linked-filters-clear').click();
        await expect(page.getByTestId('linked-filters')).toHaveCount(0);
        expect(new URL(page.url()).searchParams.get('campaignId')).toBeNull();
      }
      await context.close();
    });

    test('the office takes the figures away as a Word briefing with its charts', async ({ browser }) => {
      const { context, page } = await openAs(browser, 'office', { viewport: DESKTOP_1280 });
      await page.goto('/dashboard');
      await expect(page.getByTestId('dashboard')).toBeVisible();
      const exported = page.waitForResponse(
        (r) => new URL(r.url()).pathname === '/api/dashboard/briefing.docx',
      );
      const download = page.waitForEvent('download');
      await page.getByTestId('dashboard-export-briefing').click();
      const response = await exported;
      expect(response.status()).toBe(200);
      // The briefing of what the page shows: its campaign.
      expect(new URL(response.url()).searchParams.get('campaignId')).toBe(
        await page.getByTestId('dashboard').getAttribute('data-campaign'),
      );
      const file = await download;
      expect(file.suggestedFilename()).toMatch(/^领导驾驶舱简报-\d{4}-\d{2}-\d{2}\.docx$/);
      const bytes = await readFile(await file.path());
      // A zip (the .docx), heavy with its charts' pictures (the server's tests read what is inside).
      expect(bytes.subarray(0, 2).toString()).toBe('PK');
      expect(bytes.length).toBeGreaterThan(50_000);
      await context.close();
    });

    test('the office sees the leads too, in both languages, on a desktop and a phone', async ({
      browser,
    }) => {
      for (const lang of ['zh-CN', 'en-US'] as const)
        for (const viewport of [DESKTOP_1280, NARROW]) {
          const { context, page } = await openAs(browser, 'office', { viewport, lang });
          await page.goto('/dashboard');
          await expect(page.getByTestId('dashboard')).toBeVisible();
          await expect(page.getByTestId('dashboard-group-leads.bySource')).toBeVisible();
          await expect(page.getByTestId('dashboard-figure-leads.total')).toBeVisible();
          await expect(page.locator('.ant-spin-spinning')).toHaveCount(0);
          if (viewport === NARROW) await expectNoSidewaysScroll(page);
          else await expectAccessible(page);
          const name = `dashboard-${lang === 'zh-CN' ? 'zh' : 'en'}-${viewport === NARROW ? 'phone' : 'desktop'}`;
          await snap(page, name);
          if (lang === 'en-US' && viewport === NARROW) {
            // Back to Chinese for the specs after this one (the account keeps its language).
            await page.getByTestId('lang-switch').first().click();
          }
          await context.close();
        }
    });

    test('the office opens a unit from the heat table: its figures, its lists, its units by domain', async ({
      browser,
    }) => {
      // Four pages in two languages and sizes, each with its unit view, then a cell's list.
      test.setTimeout(180_000);
      for (const lang of ['zh-CN', 'en-US'] as const)
        for (const viewport of [DESKTOP_1280, NARROW]) {
          const { context, page } = await openAs(browser, 'office', { viewport, lang });
          await page.goto('/dashboard');
          const heat = page.getByTestId('heat-table');
          await expect(heat).toBeVisible();
          // A county's row opens its unit view.
          const row = heat.locator('tbody tr').filter({ hasText: '城关区' }).first();
          await row.locator('th a').click();
          await expect(page).toHaveURL(/\/units\/[^/]+\/overview/);
          await expect(page.getByTestId('dashboard')).toBeVisible();
          await expect(page.getByTestId('unit-view-place')).toContainText('城关区');
          await expect(page.getByTestId('unit-view-list-listSupervisionItems')).toBeVisible();
          await expect(page.getByTestId('heat-table')).toBeVisible();
          await expect(page.locator('.ant-spin-spinning')).toHaveCount(0);
          if (viewport === NARROW) await expectNoSidewaysScroll(page);
          else await expectAccessible(page);
          await snap(
            page,
            `unit-view-${lang === 'zh-CN' ? 'zh' : 'en'}-${viewport === NARROW ? 'phone' : 'desktop'}`,
          );
          if (lang === 'en-US' && viewport === NARROW) await page.getByTestId('lang-switch').first().click();
          await context.close();
        }

      // A cell opens its list, filtered by the unit and the domain, with the cell's count.
      const { context, page } = await openAs(browser, 'office', { viewport: DESKTOP_1280 });
      await page.goto('/dashboard');
      await page.getByTestId('heat-measure').click();
      await page
        .locator('.ant-select-dropdown:visible .ant-select-item-option')
        .filter({ hasText: '未销号整改事项' })
        .click();
      const cell = page
        .locator('[data-testid="heat-table"][data-measure="rectification.open"] td.heat-cell a')
        .first();
      await expect(cell).toBeVisible();
      const value = await cell.textContent();
      await cell.click();
      await expect(page).toHaveURL(
        /\/rectification\?.*unitId=.*signedOff=false|\/rectification\?.*signedOff=false.*unitId=/,
      );
      await expect(
        page.getByTestId('rectification-table').getByTestId('list-pager').getByTestId('list-total'),
      ).toHaveAttribute('data-total', value!.replace(/\D/g, ''));

      // The unit page (组织机构) opens the unit view from its 单位视图 tab.
      await page.goto('/dashboard');
      const county = page
        .getByTestId('heat-table')
        .locator('tbody th a')
        .filter({ hasText: '城关区' })
        .first();
      const href = (await county.getAttribute('href'))!;
      const unitId = href.split('/')[2]!;
      await page.goto(`/org/units?open=${unitId}`);
      await page.getByRole('tab', { name: '单位视图' }).click();
      await page.getByTestId('unit-view-open').click();
      await expect(page).toHaveURL(new RegExp(`/units/${unitId}/overview`));
      await expect(page.getByTestId('dashboard')).toHaveAttribute('data-unit', unitId);
      await context.close();
    });
  });
