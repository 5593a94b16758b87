import AxeBuilder from '@axe-core/playwright';
import { type Browser, type BrowserContext, expect, type Page, test } from '@playwright/test';
import { DEMO_PASSWORD, DESKTOP, PHONE, snap } from './helpers';

/** axe (WCAG 2 A/AA) must find nothing serious or critical. */
async function expectAccessible(page: Page): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) }))).toEqual([]);
}

/** A context signed in through the API, for the unit's side of the story. */
async function staff(browser: Browser, username: string): Promise<BrowserContext> {
  const context = await browser.newContext();
  const res = await context.request.post('/api/auth/login', { data: { username, password: DEMO_PASSWORD } });
  expect(res.ok(), `login ${username}`).toBeTruthy();
  return context;
}

/**
 * A published power item of 市教育局 whose name has `keyword`: the demo's, or one the unit
 * drafts and its leader approves here when the demo has none.
 */
async function ensurePublishedItem(browser: Browser, keyword: string): Promise<void> {
  const probe = await browser.newContext();
  const found = await (
    await probe.request.get(`/api/portal/duty-items?q=${encodeURIComponent(keyword)}`)
  ).json();
  await probe.close();
  if (found.total > 0) return;
  const clerk = await staff(browser, 'dept.clerk');
  const units = (await (await clerk.request.get('/api/units')).json()).items as {
    id: string;
    name: string;
  }[];
  const unitId = units.find((u) => u.name === '市教育局')!.id;
  const created = await clerk.request.post('/api/duty-items', {
    data: {
      kind: 'power',
      unitId,
      code: `E2E-${Date.now()}`,
      name: `${keyword}设立审批`,
      category: 'licensing',
      legalBasis: '《中华人民共和国民办教育促进法》第十二条',
    },
  });
  expect(created.status()).toBe(201);
  const id = (await created.json()).id;
  expect((await clerk.request.post(`/api/duty-items/${id}/submit`, { data: {} })).ok()).toBeTruthy();
  await clerk.close();
  const head = await staff(browser, 'dept.head');
  expect((await head.request.post(`/api/duty-items/${id}/approve`, { data: {} })).ok()).toBeTruthy();
  await head.close();
}

test.describe('public portal', () => {
  test('a citizen sends a suggestion on a phone, the unit answers and publishes it, the citizen reads the answer', async ({
    browser,
  }) => {
    test.setTimeout(120_000);
    const context = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await page.goto('/portal');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByTestId('phase-timeline')).toBeVisible();

    await page.getByTestId('portal-nav-suggest').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('提出意见建议');
    await page.getByTestId('suggest-unit').selectOption({ label: '市教育局' });
    const title = `校车接送时间建议 ${Date.now()}`;
    await page.getByTestId('suggest-title').fill(title);
    await page
      .getByTestId('suggest-content')
      .fill('建议学校根据冬季作息调整校车接送时间，避免学生在路边长时间等候。');
    await page.getByTestId('suggest-name').fill('陈女士');
    await page.getByTestId('suggest-contact').fill('13600002222');
    await page.getByTestId('suggest-submit').click();
    // The browser solves the proof of work (progress shown), then the code appears.
    const code = page.getByTestId('tracking-code');
    await expect(code).toHaveText(/^SG[A-HJKMNP-Z2-9]{10}$/, { timeout: 60_000 });
    const trackingCode = (await code.textContent())!.trim();
    await expect(page.getByTestId('copy-code')).toBeVisible();
    await snap(page, 'portal-suggest-done-zh-phone');

    // The unit (市教育局's clerk) answers and publishes, through the API.
    const clerk = await staff(browser, 'dept.clerk');
    const list = await (await clerk.request.get(`/api/suggestions?q=${trackingCode}`)).json();
    expect(list.items).toHaveLength(1);
    const { id, submitterContact } = list.items[0];
    expect(submitterContact).not.toBe('13600002222');
    const answer = '已会同各校调整冬季校车时刻表，自下周一起执行。';
    expect(
      (await clerk.request.post(`/api/suggestions/${id}/answer`, { data: { answer } })).ok(),
    ).toBeTruthy();
    expect((await clerk.request.post(`/api/suggestions/${id}/publish`, { data: {} })).ok()).toBeTruthy();
    await clerk.close();

    // The citizen looks it up by the code, typed into the tracking page.
    await page.getByTestId('portal-nav-track').click();
    await page.getByTestId('track-code').fill(trackingCode.toLowerCase());
    await page.getByTestId('track-submit').click();
    // The same words as the staff app, explained.
    await expect(page.getByTestId('track-status')).toHaveText('答复已公开');
    await expect(page.getByTestId('track-status-hint')).toContainText('建议答复');
    await expect(page.getByTestId('track-answer')).toHaveText(answer);
    await expect(page.getByTestId('track-result')).not.toContainText('13600002222');
    await expectAccessible(page);
    await snap(page, 'portal-track-zh-phone');

    // It shows in the public list of answers, without the submitter.
    await page.getByTestId('portal-nav-answers').click();
    const answers = page.getByTestId('answers-list');
    await expect(answers).toContainText(title);
    await expect(answers).toContainText(answer);
    await expect(answers).not.toContainText('陈女士');
    await expect(answers).not.toContainText('13600002222');
    await expectAccessible(page);
    await snap(page, 'portal-answers-zh-phone');
    await context.close();
  });

  test('a missing field is marked next to it, and nothing is lost', async ({ browser }) => {
    const context = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await page.goto('/portal/suggest');
    await page.getByTestId('suggest-content').fill('只有内容，没有标题。');
    await page.getByTestId('suggest-submit').click();
    await expect(page.getByTestId('suggest-error')).toBeVisible();
    await expect(page.getByTestId('suggest-title')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByTestId('suggest-content')).toHaveValue('只有内容，没有标题。');
    await expectAccessible(page);
    await context.close();
  });

  test('finds a published power item by keyword on a phone and shows its version history', async ({
    browser,
  }) => {
    await ensurePublishedItem(browser, '民办学校');
    const context = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await page.goto('/portal/lists');
    await page.getByTestId('list-search').fill('民办学校');
    await page.getByTestId('list-search-submit').click();
    await expect(page).toHaveURL(/q=%E6%B0%91/);
    const results = page.getByTestId('duty-results');
    await expect(results.getByRole('link').first()).toContainText('民办学校');
    await snap(page, 'portal-lists-search-zh-phone');
    await results.getByRole('link').first().click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('民办学校');
    await expect(page.getByRole('heading', { name: '版本历史' })).toBeVisible();
    await expectAccessible(page);
    await snap(page, 'portal-item-zh-phone');
    await context.close();
  });

  for (const [size, viewport] of [
    ['phone', PHONE],
    ['desktop', DESKTOP],
  ] as const) {
    test(`every page passes axe in both languages (${size})`, async ({ browser }) => {
      test.setTimeout(120_000);
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      const pages = [
        { name: 'overview', path: '/portal', ready: page.getByTestId('phase-timeline') },
        { name: 'lists', path: '/portal/lists', ready: page.getByTestId('list-total') },
        { name: 'suggest', path: '/portal/suggest', ready: page.getByTestId('suggest-submit') },
        { name: 'track', path: '/portal/track/SGDEMQANSWER', ready: page.getByTestId('track-result') },
        { name: 'answers', path: '/portal/answers', ready: page.getByTestId('answers-list') },
      ];
      for (const lang of ['zh', 'en'] as const) {
        for (const p of pages) {
          await page.goto(p.path);
          if (lang === 'en' && (await page.locator('html').getAttribute('lang')) !== 'en-US') {
            await page.getByTestId('portal-lang').click();
          }
          await expect(page.locator('html')).toHaveAttribute('lang', lang === 'en' ? 'en-US' : 'zh-CN');
          // The demo has no SGDEMQANSWER without its campaign: the not-found message is the page then.
          await expect(p.ready.or(page.getByRole('alert')).first()).toBeVisible();
          await expectAccessible(page);
          await snap(page, `portal-${p.name}-${lang}-${size}`);
        }
      }
      await expect(page.getByTestId('portal-nav-overview')).toHaveText('Campaign');
      await context.close();
    });
  }
});
