import { expect, test } from '@playwright/test';
import { expectAccessible, expectNoSidewaysScroll, getJson, NARROW, openAs, snap } from './helpers';

interface Result {
  recordType: string;
  id: string;
  unitId: string;
}

/**
 * Staff search: the header's box opens the results page with the query in its address; matched
 * words are marked; a result opens its record; filters go into the address; the page fits a phone.
 */
test.describe('staff search', () => {
  test('the box, highlighted results opening their record, filters in the address', async ({ browser }) => {
    const { context, page } = await openAs(browser, 'office');
    // The demo holds supervision items about 整改 (rectification) tasks.
    const { items } = await getJson<{ items: Result[] }>(page.request, '/api/search?q=%E6%95%B4%E6%94%B9');
    expect(items.length).toBeGreaterThan(0);
    await page.goto('/');
    await page.getByTestId('search-box').locator('input').fill('整改');
    await page.getByTestId('search-box').locator('input').press('Enter');
    await expect(page).toHaveURL(/\/search\?q=%E6%95%B4%E6%94%B9$/);
    const results = page.getByTestId('search-results');
    await expect(results.getByTestId('search-result').first()).toBeVisible();
    await expect(results.locator('mark.search-match').first()).toHaveText('整改');
    await snap(page, 'search-zh-desktop');
    await expectAccessible(page);

    const type = items[0]!.recordType;
    await page.getByTestId('search-filter-type').click();
    await page.locator('.ant-select-item-option').first().click();
    await expect(page).toHaveURL(/type=/);

    await page.goto(`/search?q=${encodeURIComponent('整改')}&type=${type}`);
    const first = results.getByTestId('search-result-link').first();
    const href = await first.getAttribute('href');
    expect(href).toBeTruthy();
    await first.click();
    await expect(page).toHaveURL(new RegExp(href!.replace(/[?]/g, '\\?')));
    await context.close();
  });

  test('a query without a two-character word is explained, not sent', async ({ browser }) => {
    const { context, page } = await openAs(browser, 'office', { lang: 'en-US' });
    await page.goto('/search?q=a');
    await expect(page.getByTestId('search-too-short')).toHaveText(
      'Type at least one word of two characters or more',
    );
    await context.close();
  });

  test('on a phone: a button opens the page, which fits the width', async ({ browser }) => {
    const { context, page } = await openAs(browser, 'county.office', { viewport: NARROW });
    await page.goto('/');
    await page.getByTestId('search-open').click();
    await expect(page).toHaveURL(/\/search$/);
    await page.getByTestId('search-page-box').locator('input').fill('整改');
    await page.getByTestId('search-page-box').locator('input').press('Enter');
    await expect(page.getByTestId('search-results').getByTestId('search-result').first()).toBeVisible();
    await expectNoSidewaysScroll(page);
    await snap(page, 'search-zh-phone');
    await context.close();
  });
});
