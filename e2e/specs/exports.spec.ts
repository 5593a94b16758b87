import { expect, type Page, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { getJson, openAs, snap } from './helpers';

/** Unique per run: the e2e server keeps its data between specs of one run. */
const RUN = Date.now().toString(36).toUpperCase();
/** More persons than a page of the table (20), so the export is more than the page on screen. */
const PREFIX = `导出${RUN}-`;
const COUNT = 27;
const UNIT_NAME = '市扶贫办';

/** The data rows of a downloaded export: its first sheet less the title and header rows. */
async function dataRowsOf(path: string): Promise<string[][]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  const sheet = book.worksheets[0]!;
  const rows: string[][] = [];
  sheet.eachRow((row, n) => {
    if (n > 2) rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? '')));
  });
  return rows;
}

const totalOf = (page: Page, table: string) =>
  page.getByTestId(table).getByTestId('list-pager').getByTestId('list-total');

test.describe
  .serial('a filtered list exports as Excel with as many rows as its total', () => {
    test('the office adds persons to one unit through the API', async ({ browser }) => {
      const { context, page } = await openAs(browser, 'office');
      const units = await getJson<{ items: { id: string; name: string }[] }>(page.request, '/api/units');
      const unit = units.items.find((u) => u.name === UNIT_NAME)!;
      for (let i = 1; i <= COUNT; i++) {
        const created = await page.request.post('/api/persons', {
          data: { unitId: unit.id, name: `${PREFIX}${String(i).padStart(2, '0')}`, position: '科员' },
          headers: { 'X-Requested-With': 'zeren' },
        });
        expect(created.status()).toBe(201);
      }
      await context.close();
    });

    test('the office searches the persons, exports them, and the file has every row found', async ({
      browser,
    }) => {
      const { context, page } = await openAs(browser, 'office');
      await page.goto('/org/persons');
      const search = page.getByTestId('person-search').locator('input');
      await search.fill(PREFIX);
      await search.press('Enter');
      const total = totalOf(page, 'person-table');
      await expect(total).toHaveAttribute('data-total', String(COUNT));
      await expect(page.getByTestId('person-table').locator('tbody tr.ant-table-row')).toHaveCount(20);

      const button = page.getByTestId('list-export');
      await expect(button).toHaveText('导出 Excel');
      const exported = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/persons/export.xlsx');
      const download = page.waitForEvent('download');
      await button.click();
      const response = await exported;
      expect(response.status()).toBe(200);
      expect(new URL(response.url()).searchParams.get('q')).toBe(PREFIX);
      const file = await download;
      expect(file.suggestedFilename()).toMatch(/^人员名册-\d{4}-\d{2}-\d{2}\.xlsx$/);
      const rows = await dataRowsOf(await file.path());
      expect(rows).toHaveLength(Number(await total.getAttribute('data-total')));
      expect(rows.map((r) => r[0])).toEqual(
        Array.from({ length: COUNT }, (_, i) => `${PREFIX}${String(i + 1).padStart(2, '0')}`),
      );
      await expect(page.getByText(`已导出 ${file.suggestedFilename()}`)).toBeVisible();
      await snap(page, 'exports-persons-zh-desktop');
      await context.close();
    });

    test('the clerk exports the ledger filtered by a search, in English', async ({ browser }) => {
      const { context, page } = await openAs(browser, 'dept.clerk', { lang: 'en-US' });
      const me = await getJson<{ unit: { id: string } }>(page.request, '/api/me');
      for (let i = 1; i <= 3; i++) {
        const created = await page.request.post('/api/rectification-items', {
          data: { unitId: me.unit.id, problem: `导出台账问题 ${RUN}-${i}`, dueDate: '2027-06-30' },
          headers: { 'X-Requested-With': 'zeren' },
        });
        expect(created.status()).toBe(201);
      }
      await page.goto(`/rectification?q=${encodeURIComponent(RUN)}`);
      const total = totalOf(page, 'rectification-table');
      await expect(total).toHaveAttribute('data-total', '3');

      const button = page.getByTestId('list-export');
      await expect(button).toHaveText('Export to Excel');
      const download = page.waitForEvent('download');
      await button.click();
      const file = await download;
      expect(file.suggestedFilename()).toMatch(/^rectification-ledger-\d{4}-\d{2}-\d{2}\.xlsx$/);
      const rows = await dataRowsOf(await file.path());
      expect(rows).toHaveLength(Number(await total.getAttribute('data-total')));
      // The ledger's headings stay Chinese (the import reads them); its statuses are in the caller's language.
      expect(rows.map((r) => r[7])).toEqual(['To rectify', 'To rectify', 'To rectify']);
      await context.close();
    });

    test('the county office exports its suggestions under a search', async ({ browser }) => {
      const { context, page } = await openAs(browser, 'county.office');
      const units = await getJson<{ items: { id: string; name: string }[] }>(page.request, '/api/units');
      const unit = units.items.find((u) => u.name === '城关区教育局')!;
      for (let i = 1; i <= 2; i++) {
        const created = await page.request.post('/api/suggestions', {
          data: { unitId: unit.id, title: `导出建议 ${RUN}-${i}`, content: '建议延长图书馆开放时间。' },
          headers: { 'X-Requested-With': 'zeren' },
        });
        expect(created.status()).toBe(201);
      }
      await page.goto(`/duties/suggestions?q=${encodeURIComponent(RUN)}`);
      const total = totalOf(page, 'suggestion-table');
      await expect(total).toHaveAttribute('data-total', '2');
      const exported = page.waitForResponse(
        (r) => new URL(r.url()).pathname === '/api/suggestions/export.xlsx',
      );
      const download = page.waitForEvent('download');
      await page.getByTestId('list-export').click();
      expect(new URL((await exported).url()).searchParams.get('q')).toBe(RUN);
      const file = await download;
      expect(file.suggestedFilename()).toMatch(/^意见建议台账-\d{4}-\d{2}-\d{2}\.xlsx$/);
      const rows = await dataRowsOf(await file.path());
      expect(rows.map((r) => r[1]).sort()).toEqual([`导出建议 ${RUN}-1`, `导出建议 ${RUN}-2`]);
      await context.close();
    });

    test('the clerk exports the exemplars found by a search, in English', async ({ browser }) => {
      const { context, page } = await openAs(browser, 'dept.clerk', { lang: 'en-US' });
      const me = await getJson<{ unit: { id: string } }>(page.request, '/api/me');
      for (let i = 1; i <= 2; i++) {
        const created = await page.request.post('/api/exemplars', {
          data: {
            unitId: me.unit.id,
            kind: 'unit',
            nomineeUnitId: me.unit.id,
            title: `导出典型 ${RUN}-${i}`,
            citation: '坚持问题导向，整改成效明显。',
          },
          headers: { 'X-Requested-With': 'zeren' },
        });
        expect(created.status()).toBe(201);
      }
      await page.goto(`/exemplars?q=${encodeURIComponent(RUN)}`);
      const total = totalOf(page, 'exemplars-table');
      await expect(total).toHaveAttribute('data-total', '2');
      const exported = page.waitForResponse(
        (r) => new URL(r.url()).pathname === '/api/exemplars/export.xlsx',
      );
      const download = page.waitForEvent('download');
      await page.getByTestId('list-export').click();
      expect(new URL((await exported).url()).searchParams.get('q')).toBe(RUN);
      const file = await download;
      expect(file.suggestedFilename()).toMatch(/^exemplars-\d{4}-\d{2}-\d{2}\.xlsx$/);
      const rows = await dataRowsOf(await file.path());
      expect(rows).toHaveLength(2);
      expect(rows.map((r) => r[2]).sort()).toEqual([`导出典型 ${RUN}-1`, `导出典型 ${RUN}-2`]);
      expect(rows.map((r) => r[5])).toEqual(['To review', 'To review']);
      await context.close();
    });
  });
