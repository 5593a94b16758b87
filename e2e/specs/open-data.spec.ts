import { expect, test } from '@playwright/test';
import { expectAccessible, expectNoSidewaysScroll, type Lang, snap } from './helpers';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };
const LANGS: Lang[] = ['zh-CN', 'en-US'];
const short = (lang: Lang) => (lang === 'zh-CN' ? 'zh' : 'en');

test.describe('数据公开 on the portal', () => {
  test('the progress figures and the downloads, in both languages, on a phone and a desktop', async ({
    browser,
  }) => {
    test.setTimeout(120_000);
    for (const lang of LANGS)
      for (const viewport of [PHONE, DESKTOP]) {
        const phone = viewport === PHONE;
        const context = await browser.newContext({
          viewport,
          ...(phone ? { isMobile: true, hasTouch: true } : {}),
        });
        await context.addInitScript((locale) => localStorage.setItem('zeren.portal.locale', locale), lang);
        const page = await context.newPage();
        const name = `${short(lang)}-${phone ? 'phone' : 'desktop'}`;

        await page.goto('/portal');
        await page.getByTestId('portal-nav-progress').click();
        await expect(page).toHaveURL(/\/portal\/progress$/);
        await expect(page.getByTestId('portal-progress')).toBeVisible();
        await expect(page.getByTestId('portal-progress-units').locator('li').first()).toBeVisible();
        // The menu keeps one row on a desktop, two at most on a phone, never scrolled sideways.
        const tops = await page
          .locator('.site-nav li')
          .evaluateAll((items) => items.map((item) => Math.round(item.getBoundingClientRect().top)));
        expect(tops).toHaveLength(10);
        expect(new Set(tops).size).toBeLessThanOrEqual(phone ? 2 : 1);
        await expectNoSidewaysScroll(page);
        await expectAccessible(page);
        await snap(page, `open-data-progress-${name}`);

        await page.getByTestId('portal-nav-open-data').click();
        await expect(page).toHaveURL(/\/portal\/open-data$/);
        const duties = page.getByTestId('open-dataset-duty-items');
        await expect(duties).toBeVisible();
        await duties.locator('summary').click();
        await expect(duties.locator('td.mono').first()).toHaveText('id');
        await expectNoSidewaysScroll(page);
        await expectAccessible(page);
        await snap(page, `open-data-downloads-${name}`);

        if (lang === 'zh-CN' && phone) {
          // The link downloads the CSV: UTF-8 with a BOM and a header row of the field names.
          const download = page.waitForEvent('download');
          await duties.getByRole('link', { name: '下载 CSV' }).click();
          const file = await (await download).createReadStream();
          const chunks: Buffer[] = [];
          for await (const chunk of file) chunks.push(chunk as Buffer);
          const bytes = Buffer.concat(chunks);
          expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
          expect(bytes.toString('utf8').slice(1).split('\r\n')[0]).toMatch(/^id,unitName,kind,code,/);
        }
        await context.close();
      }
  });
});
