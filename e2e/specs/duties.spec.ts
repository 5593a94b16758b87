import AxeBuilder from '@axe-core/playwright';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { DESKTOP, PHONE, pick, signIn, snap } from './helpers';

/** Unique per run: the e2e server keeps its data between specs of one run. */
const RUN = Date.now().toString(36).toUpperCase();
const ITEM_NAME = `端到端测试事项${RUN}`;
const ITEM_CODE = `E2E-${RUN}`;
const SUGGESTION_TITLE = `端到端测试建议${RUN}`;

async function open(browser: Browser, username: string, viewport = DESKTOP) {
  const context = await browser.newContext(
    viewport === PHONE ? { viewport, isMobile: true, hasTouch: true } : { viewport },
  );
  const page = await context.newPage();
  await signIn(page, username);
  return { context, page };
}

async function seriousViolations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')) }));
}

test.describe
  .serial('power list: draft, submit, approve, publish', () => {
    test('the clerk of 市教育局 drafts a power item and submits it', async ({ browser }) => {
      const { context, page } = await open(browser, 'dept.clerk');
      await page.getByTestId('nav-duty-items').click();
      await expect(page.getByTestId('duty-table')).toBeVisible();
      await page.getByTestId('duty-add').click();

      const drawer = page.getByTestId('duty-drawer');
      await expect(drawer.getByTestId('duty-form')).toBeVisible();
      // The unit defaults to the clerk's own.
      await expect(drawer.getByTestId('duty-form-unit')).toContainText('市教育局');
      await drawer.getByTestId('duty-form-code').fill(ITEM_CODE);
      await drawer.getByTestId('duty-form-name').fill(ITEM_NAME);
      await pick(page, page.getByTestId('duty-form-category'), '行政检查');
      await drawer.getByTestId('duty-form-legal-basis').fill('《中华人民共和国教育法》第七十五条');
      await drawer.getByTestId('duty-form-implementing-body').fill('示范市教育局');
      await drawer
        .getByTestId('duty-form-responsibilities')
        .fill('1. 检查责任：依法开展检查。\n2. 处置责任：依法处置。');
      await drawer.getByTestId('duty-form-conditions').fill('不依法履行检查职责的；滥用职权、玩忽职守的。');
      await snap(page, 'duty-item-form-zh-desktop');
      await page.getByTestId('duty-form-submit').click();

      // The drawer stays open on the new draft, with the actions a drafter may take.
      await expect(drawer.getByTestId('duty-item-summary')).toContainText(ITEM_CODE);
      await expect(drawer.getByTestId('duty-item-summary').getByTestId('duty-status')).toHaveAttribute(
        'data-status',
        'draft',
      );
      await expect(drawer.getByTestId('duty-approve')).toHaveCount(0);
      await drawer.getByTestId('duty-submit').click();
      await expect(drawer.getByTestId('duty-item-summary').getByTestId('duty-status')).toHaveAttribute(
        'data-status',
        'submitted',
      );
      await expect(drawer.getByTestId('duty-withdraw')).toBeVisible();
      await snap(page, 'duty-item-submitted-zh-desktop');
      await context.close();
    });

    test('the head approves it from the approval queue and it is published', async ({ browser }) => {
      const { context, page } = await open(browser, 'dept.head');
      await page.getByTestId('nav-approvals').click();
      const row = page.getByTestId('approval-table').getByRole('row', { name: new RegExp(ITEM_NAME) });
      await expect(row).toBeVisible();
      await snap(page, 'approval-queue-zh-desktop');
      // Reviewed in its drawer: the approver's actions only, on what was submitted.
      await row.getByTestId('queue-review').click();
      const review = page.getByTestId('duty-drawer').getByTestId('duty-review');
      await expect(review.getByTestId('duty-diff-summary')).toHaveText(
        '首次提交：尚无已公开的版本，以下内容均为新增',
      );
      await review.getByTestId('duty-approve').click();
      await page.getByTestId('duty-approve-confirm').click();
      await expect(page.getByTestId('duty-drawer').getByTestId('duty-review')).toHaveCount(0);
      await page.keyboard.press('Escape');
      await expect(row).toHaveCount(0);

      await page.getByTestId('nav-duty-items').click();
      await page.getByTestId('duty-search').locator('input').fill(ITEM_NAME);
      await page.getByTestId('duty-search').locator('input').press('Enter');
      const listed = page.getByTestId('duty-table').getByRole('row', { name: new RegExp(ITEM_NAME) });
      // The search's own page, not the page before it (kept on screen while the search loads):
      // a click during the load lands on the loading mask.
      await expect(page.getByTestId('duty-table').getByRole('table')).toHaveAttribute('aria-busy', 'false');
      await expect(listed.getByTestId('duty-status')).toHaveAttribute('data-status', 'published');
      await expect(listed).toContainText('V1');

      // The detail shows the version history and no workflow actions on a published version for approval.
      await listed.getByTestId('duty-item-open').click();
      const drawer = page.getByTestId('duty-drawer');
      await expect(drawer.getByTestId('duty-version-1')).toBeVisible();
      await expect(drawer.getByTestId('duty-new-version')).toBeVisible();
      await expect(drawer.getByTestId('duty-approve')).toHaveCount(0);
      await page.keyboard.press('Escape');
      await expect(drawer).toBeHidden();

      // Published to the public portal's API.
      const response = await page.request.get(`/api/portal/duty-items?q=${encodeURIComponent(ITEM_NAME)}`);
      expect(response.ok()).toBe(true);
      const body = (await response.json()) as { items: { name: string; code: string; version: number }[] };
      expect(body.items).toEqual([expect.objectContaining({ name: ITEM_NAME, code: ITEM_CODE, version: 1 })]);
      await context.close();
    });

    test('a citizen finds the newly published item on the portal by keyword on a phone', async ({
      browser,
    }) => {
      const context = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true });
      const page = await context.newPage();
      await page.goto('/portal/lists');
      await page.getByTestId('list-search').fill(ITEM_NAME);
      await page.getByTestId('list-search-submit').click();
      const results = page.getByTestId('duty-results');
      await expect(results.getByRole('link')).toHaveCount(1);
      await expect(results.getByRole('link').first()).toContainText(ITEM_NAME);
      await results.getByRole('link').first().click();
      await expect(page.getByRole('heading', { level: 1 })).toContainText(ITEM_NAME);
      await expect(page.getByText('《中华人民共和国教育法》第七十五条')).toBeVisible();
      await context.close();
    });

    test('the lists page has no serious accessibility violations, in both languages and widths', async ({
      browser,
    }) => {
      const { context, page } = await open(browser, 'dept.head');
      await page.getByTestId('nav-duty-items').click();
      await expect(page.getByTestId('duty-table')).toContainText(ITEM_NAME);
      expect(await seriousViolations(page)).toEqual([]);
      await snap(page, 'duty-items-zh-desktop');
      await page.getByTestId('lang-switch').click();
      await expect(page.getByTestId('duty-tab-power')).toHaveText('Power list');
      expect(await seriousViolations(page)).toEqual([]);
      await snap(page, 'duty-items-en-desktop');
      await context.close();

      const phone = await open(browser, 'dept.head', PHONE);
      await phone.page.goto('/duties/items');
      await expect(phone.page.getByTestId('duty-table')).toContainText(ITEM_NAME);
      await snap(phone.page, 'duty-items-en-phone');
      const overflow = await phone.page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await phone.page.getByTestId('duty-table').getByTestId('duty-item-open').first().click();
      await expect(phone.page.getByTestId('duty-drawer').getByTestId('duty-versions')).toBeVisible();
      await snap(phone.page, 'duty-item-drawer-en-phone');
      await phone.page.keyboard.press('Escape');
      // Back to Chinese (the language is saved with the account).
      await phone.page.getByTestId('lang-switch').first().click();
      await expect(phone.page.getByTestId('duty-tab-power')).toHaveText('权力清单');
      await snap(phone.page, 'duty-items-zh-phone');
      await phone.context.close();
    });
  });

test.describe('suggestions inbox', () => {
  test('the clerk sees a suggestion, answers it and makes it public', async ({ browser }) => {
    const { context, page } = await open(browser, 'dept.clerk');
    const me = (await (await page.request.get('/api/me')).json()) as { unit: { id: string } };
    const created = await page.request.post('/api/suggestions', {
      data: {
        unitId: me.unit.id,
        title: SUGGESTION_TITLE,
        content: '建议在局网站公布课后服务的收费和时间安排。',
      },
    });
    expect(created.status()).toBe(201);

    await page.getByTestId('nav-suggestions').click();
    const row = page.getByTestId('suggestion-table').getByRole('row', { name: new RegExp(SUGGESTION_TITLE) });
    await expect(row.getByTestId('suggestion-status')).toHaveAttribute('data-status', 'received');
    await snap(page, 'suggestions-zh-desktop');
    expect(await seriousViolations(page)).toEqual([]);

    await row.getByTestId('suggestion-open').click();
    const drawer = page.getByTestId('suggestion-drawer');
    await expect(drawer.getByTestId('suggestion-details')).toContainText(SUGGESTION_TITLE);
    await drawer
      .getByTestId('suggestion-answer-input')
      .fill('感谢建议，我局将于下月起在官网公布课后服务安排。');
    await drawer.getByTestId('suggestion-answer-submit').click();
    await expect(drawer.getByTestId('suggestion-status')).toHaveAttribute('data-status', 'answered');
    // Making it public asks first, and says what the public will see.
    await drawer.getByTestId('suggestion-publish').click();
    await expect(page.getByRole('tooltip')).toContainText('门户网站');
    await expect(drawer.getByTestId('suggestion-status')).toHaveAttribute('data-status', 'answered');
    await page.getByTestId('suggestion-publish-confirm').click();
    await expect(drawer.getByTestId('suggestion-status')).toHaveAttribute('data-status', 'published');
    await expect(drawer.getByTestId('suggestion-status')).toHaveText('答复已公开');
    await expect(drawer.getByTestId('suggestion-public-state')).toHaveAttribute('data-public', 'true');
    await expect(drawer.getByTestId('suggestion-unpublish')).toBeVisible();
    await snap(page, 'suggestion-drawer-zh-desktop');
    // Closed by its close button: after the confirmation the focus is outside the drawer, so
    // Escape would not reach it and the drawer's mask would keep the page from being clicked.
    await page.locator('.ant-drawer-open .ant-drawer-close').click();
    await expect(page.locator('.ant-drawer-open')).toHaveCount(0);
    await expect(row.getByTestId('suggestion-status')).toHaveAttribute('data-status', 'published');

    // Public now, without the submitter.
    const portal = (await (await page.request.get('/api/portal/suggestions?limit=50')).json()) as {
      items: { title: string; answer: string | null }[];
    };
    expect(portal.items.find((item) => item.title === SUGGESTION_TITLE)?.answer).toContain('课后服务');

    await page.getByTestId('lang-switch').click();
    await expect(page.getByTestId('nav-suggestions')).toHaveText('Suggestions');
    await snap(page, 'suggestions-en-desktop');
    await page.getByTestId('lang-switch').click();
    await expect(page.getByTestId('nav-suggestions')).toHaveText('意见建议');
    await context.close();

    const phone = await open(browser, 'dept.clerk', PHONE);
    await phone.page.goto('/duties/suggestions');
    await expect(phone.page.getByTestId('suggestion-table')).toContainText(SUGGESTION_TITLE);
    const overflow = await phone.page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await snap(phone.page, 'suggestions-zh-phone');
    await phone.context.close();
  });
});

test.describe('campaign, key tasks and calendar pages', () => {
  test('the office sees the campaign settings, key tasks and the working-day calendar', async ({
    browser,
  }) => {
    const { context, page } = await open(browser, 'office');
    await page.getByTestId('nav-campaign').click();
    await expect(page.getByTestId('campaign-card')).toBeVisible();
    await expect(page.getByTestId('domain-table')).toBeVisible();
    await snap(page, 'campaign-zh-desktop');

    await page.getByTestId('nav-key-tasks').click();
    await expect(page.getByTestId('key-task-table')).toBeVisible();
    await snap(page, 'key-tasks-zh-desktop');

    await page.getByTestId('nav-calendar').click();
    await expect(page.getByTestId('calendar-table')).toBeVisible();
    await snap(page, 'calendar-zh-desktop');
    const year = page.getByRole('spinbutton', { name: '年度' });
    await year.fill('2099');
    await year.press('Tab');
    await expect(page.getByTestId('calendar-no-data')).toContainText('2099');
    await context.close();
  });
});
