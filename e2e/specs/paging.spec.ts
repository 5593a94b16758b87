import { expect, type Page, test } from '@playwright/test';
import { expectNoSidewaysScroll, getJson, NARROW, openAs, pick, snap, useLanguage } from './helpers';

/** Unique per run: the e2e server keeps its data between specs of one run. */
const RUN = Date.now().toString(36).toUpperCase();
/** 23 persons: a full page of 20 and a second page of 3. */
const PREFIX = `翻页${RUN}-`;
const COUNT = 23;
const names = Array.from({ length: COUNT }, (_, i) => `${PREFIX}${String(i + 1).padStart(2, '0')}`);
/** A unit no other spec lists persons of. */
const UNIT_NAME = '市扶贫办';

const rows = (page: Page) => page.getByTestId('person-table').locator('tbody tr.ant-table-row');
const pager = (page: Page) => page.getByTestId('person-table').getByTestId('list-pager');

/** The persons page searched for this run's persons: the first page of them. */
async function openSearched(page: Page) {
  await page.goto('/org/persons');
  await expect(page.getByTestId('person-table')).toBeVisible();
  const search = page.getByTestId('person-search').locator('input');
  await search.fill(PREFIX);
  await search.press('Enter');
  await expect(pager(page).getByTestId('list-total')).toHaveAttribute('data-total', String(COUNT));
}

test.describe
  .serial('lists page through the server: 20 rows, the total, Previous and Next', () => {
    test('the office adds 23 persons to one unit through the API', async ({ browser }) => {
      const { context, page } = await openAs(browser, 'office');
      const units = await getJson<{ items: { id: string; name: string }[] }>(page.request, '/api/units');
      const unit = units.items.find((u) => u.name === UNIT_NAME)!;
      for (const name of names) {
        const created = await page.request.post('/api/persons', {
          data: { unitId: unit.id, name, position: '科员' },
          headers: { 'X-Requested-With': 'zeren' },
        });
        expect(created.status(), name).toBe(201);
      }
      const first = await getJson<{ items: unknown[]; nextCursor: string | null; total: number }>(
        page.request,
        `/api/persons?q=${encodeURIComponent(PREFIX)}&limit=20`,
      );
      expect(first.items).toHaveLength(20);
      expect(first.total).toBe(COUNT);
      expect(first.nextCursor).not.toBeNull();
      await context.close();
    });

    test('the persons page shows 20, then the last 3, then the first 20 again', async ({ browser }) => {
      const { context, page } = await openAs(browser, 'office');
      await openSearched(page);
      const total = pager(page).getByTestId('list-total');
      await expect(total).toHaveText(`共 ${COUNT} 条`);
      await expect(total).toHaveAttribute('data-total-exact', 'true');
      await expect(pager(page).getByTestId('list-pager-page')).toHaveText('第 1 页');
      await expect(rows(page)).toHaveCount(20);
      await expect(rows(page).first()).toContainText(names[0]!);
      await expect(rows(page).last()).toContainText(names[19]!);
      await expect(pager(page).getByTestId('list-pager-prev')).toBeDisabled();
      await snap(page, 'paging-persons-page1-zh-desktop');

      await pager(page).getByTestId('list-pager-next').click();
      await expect(pager(page).getByTestId('list-pager-page')).toHaveText('第 2 页');
      await expect(rows(page)).toHaveCount(3);
      await expect(rows(page).nth(0)).toContainText(names[20]!);
      await expect(rows(page).nth(2)).toContainText(names[22]!);
      await expect(pager(page).getByTestId('list-pager-next')).toBeDisabled();
      await expect(total).toHaveText(`共 ${COUNT} 条`);
      await snap(page, 'paging-persons-page2-zh-desktop');

      await pager(page).getByTestId('list-pager-prev').click();
      await expect(pager(page).getByTestId('list-pager-page')).toHaveText('第 1 页');
      await expect(rows(page)).toHaveCount(20);
      await expect(rows(page).first()).toContainText(names[0]!);
      await expect(pager(page).getByTestId('list-pager-prev')).toBeDisabled();

      // Another filter starts over at its first page.
      await pager(page).getByTestId('list-pager-next').click();
      await expect(pager(page).getByTestId('list-pager-page')).toHaveText('第 2 页');
      const search = page.getByTestId('person-search').locator('input');
      await search.fill(`${PREFIX}2`);
      await search.press('Enter');
      await expect(total).toHaveAttribute('data-total', '4');
      await expect(pager(page).getByTestId('list-pager-page')).toHaveText('第 1 页');
      await expect(rows(page)).toHaveCount(4);
      await expect(pager(page).getByTestId('list-pager-next')).toBeDisabled();
      await context.close();
    });

    test('the pager fits a phone, in English too', async ({ browser }) => {
      const { context, page } = await openAs(browser, 'office', { viewport: NARROW });
      await openSearched(page);
      await pager(page).scrollIntoViewIfNeeded();
      await expect(pager(page).getByTestId('list-pager-next')).toBeVisible();
      await expectNoSidewaysScroll(page);
      await pager(page).getByTestId('list-pager-next').click();
      await expect(rows(page)).toHaveCount(3);
      await snap(page, 'paging-persons-page2-zh-phone');
      await context.close();

      const english = await openAs(browser, 'office', { lang: 'en-US' });
      try {
        await openSearched(english.page);
        await expect(pager(english.page).getByTestId('list-total')).toHaveText(`${COUNT} items`);
        await expect(pager(english.page).getByTestId('list-pager-page')).toHaveText('Page 1');
      } finally {
        // The other specs expect the account in Chinese.
        await useLanguage(english.page, 'zh-CN');
        await english.context.close();
      }
    });

    test('a picker finds a person beyond what it lists by searching on the server', async ({ browser }) => {
      const { context, page } = await openAs(browser, 'office');
      await page.goto('/duties/key-tasks');
      await page.getByTestId('key-task-add').click();
      const drawer = page.getByTestId('key-task-form-drawer');
      await pick(page, drawer.getByTestId('key-task-form-unit'), UNIT_NAME);
      const persons = drawer.getByTestId('key-task-form-persons');
      await persons.click();
      const dropdown = page.locator('.ant-select-dropdown:visible');
      await persons.locator('input').fill(`${PREFIX}23`);
      await expect(dropdown.getByTitle(`${names[22]}（科员）`, { exact: true })).toBeVisible();
      await expect(dropdown.locator('.ant-select-item-option')).toHaveCount(1);
      await dropdown.getByTitle(`${names[22]}（科员）`, { exact: true }).click();
      await expect(persons).toContainText(names[22]!);
      await context.close();
    });
  });
