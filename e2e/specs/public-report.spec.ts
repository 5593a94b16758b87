import { expect, test } from '@playwright/test';
import { expectAccessible, expectNoSidewaysScroll, NARROW, SAMPLE_PDF, snap } from './helpers';

/** The demo's anonymous report (server/src/modules/accountability/accountability.demo.ts), with a handler's message. */
const DEMO_RECEIPT_CODE = '20261203888866660001';

test.describe('public reports on the portal', () => {
  test('a citizen files an anonymous report on a phone, keeps the receipt code and follows the report with it', async ({
    browser,
  }) => {
    test.setTimeout(120_000);
    const context = await browser.newContext({ viewport: NARROW, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await page.goto('/portal');
    await page.getByTestId('portal-nav-report').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('我要举报');
    await expectNoSidewaysScroll(page);

    // Anonymous: what it means is said, and no name or contact is asked for.
    await page.getByTestId('report-anonymous').check();
    await expect(page.getByTestId('report-identity')).toContainText('IP 地址');
    await expect(page.getByTestId('report-name')).toHaveCount(0);
    await expect(page.getByTestId('report-contact')).toHaveCount(0);
    await page.getByTestId('report-unit').fill('市城市管理局');
    const summary = `小区门口道路积水无人处理 ${Date.now()}`;
    await page.getByTestId('report-summary').fill(summary);
    await page
      .getByTestId('report-details')
      .fill('东门路段一下雨就积水，多次拨打 12345，城管和街道互相推诿，三个月无人处理。');
    await page
      .getByTestId('report-files')
      .setInputFiles({ name: '现场照片说明.pdf', mimeType: 'application/pdf', buffer: SAMPLE_PDF });
    await expect(page.getByTestId('report-file-list')).toContainText('现场照片说明.pdf');
    await snap(page, 'public-report-form-zh-phone');
    await page.getByTestId('report-submit').click();

    // The receipt: the code once, in groups of four, with the warning; the evidence uploads with it.
    const shown = page.getByTestId('receipt-code');
    await expect(shown).toHaveText(/^\d{4}( \d{4}){4}$/, { timeout: 60_000 });
    const code = ((await shown.textContent()) ?? '').replace(/\s/g, '');
    await expect(page.getByTestId('receipt-warning')).toContainText('无法找回');
    await expect(page.getByTestId('upload-state')).toHaveText('已上传', { timeout: 20_000 });
    // It is nowhere but on the screen: not in the address, not in the browser's storage.
    expect(page.url()).not.toContain(code);
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }));
    expect(stored).not.toContain(code);
    await expect(page.getByTestId('receipt-check-now')).toBeDisabled();
    await expectAccessible(page);
    await expectNoSidewaysScroll(page);
    await snap(page, 'public-report-receipt-zh-phone');
    await page.getByTestId('receipt-confirm').check();
    await page.getByTestId('receipt-check-now').click();

    // The status page, opened with the code kept in memory.
    const status = page.getByTestId('report-status');
    await expect(status).toContainText(summary);
    await expect(page.getByTestId('report-stage')).toContainText('已收到');
    await expect(page.getByTestId('report-kind')).toHaveText('匿名举报');
    await expect(page.getByTestId('report-evidence-count')).toContainText('1');
    await page.getByTestId('report-reply').fill('补充：积水最深处在东门公交站旁。');
    await page.getByTestId('report-reply-send').click();
    await expect(page.getByTestId('message-from_reporter')).toContainText('东门公交站');
    await expect(page.getByTestId('report-revealed')).toHaveCount(0);
    expect(page.url()).toMatch(/\/portal\/report\/status$/);
    await expectAccessible(page);
    await expectNoSidewaysScroll(page);
    await snap(page, 'public-report-status-zh-phone');

    // A reload forgets the code: it is typed again, spaces and all.
    await page.reload();
    await expect(page.getByTestId('report-status')).toHaveCount(0);
    await page.getByTestId('report-code').fill(code.replace(/(\d{4})(?=\d)/g, '$1 '));
    await page.getByTestId('report-code-submit').click();
    await expect(page.getByTestId('message-from_reporter')).toContainText('东门公交站');

    // A wrong code is said so at the field.
    await page.getByTestId('report-forget').click();
    await page.getByTestId('report-code').fill(`${code.slice(0, 19)}${(Number(code[19]) + 1) % 10}`);
    await page.getByTestId('report-code-submit').click();
    await expect(page.getByTestId('report-code-error')).toContainText('没有找到');
    await context.close();
  });

  test("the demo's anonymous report shows the handler's message, in English too", async ({ browser }) => {
    const context = await browser.newContext({ viewport: NARROW, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await page.goto('/portal/report/status');
    await page.getByTestId('report-code').fill(DEMO_RECEIPT_CODE);
    await page.getByTestId('report-code-submit').click();
    await expect(page.getByTestId('message-from_handler')).toContainText('查询码');
    await page.getByTestId('portal-lang').click();
    await expect(page.getByTestId('report-stage')).toContainText('Received');
    await expect(page.getByTestId('message-from_handler')).toContainText('Handler');
    await expectAccessible(page);
    await snap(page, 'public-report-status-demo-en-phone');
    await context.close();
  });
});
