import AxeBuilder from '@axe-core/playwright';
import { type Browser, type BrowserContext, expect, type Page, test } from '@playwright/test';
import { DEMO_PASSWORD, snap } from './helpers';

/**
 * What "tried as a new user and a 督查室 clerk would" found (issue 9): lists that ran off the
 * page, drawers breaking labels, a heavy sign-in page, the portal's footer and menu. Each page
 * is also photographed in both languages, desktop (1440) and phone (390), in e2e/.screenshots.
 */

const WIDE = { width: 1440, height: 900 };
const NARROW = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };
type Lang = 'zh-CN' | 'en-US';
const LANGS: Lang[] = ['zh-CN', 'en-US'];

type Storage = Awaited<ReturnType<BrowserContext['storageState']>>;
/** One sign-in per account (the login route is rate-limited), through the API. */
const sessions = new Map<string, Storage>();

async function open(browser: Browser, username: string, lang: Lang, viewport = WIDE) {
  let saved = sessions.get(username);
  if (!saved) {
    const login = await browser.newContext();
    const res = await login.request.post('/api/auth/login', {
      data: { username, password: DEMO_PASSWORD },
    });
    expect(res.ok(), `login ${username}`).toBeTruthy();
    saved = await login.storageState();
    sessions.set(username, saved);
    await login.close();
  }
  const phone = viewport.width < 500;
  const context = await browser.newContext({
    viewport,
    ...(phone ? { isMobile: true, hasTouch: true } : {}),
    storageState: saved,
  });
  // The language chosen on this browser; the account's saved preference stays as it is.
  await context.addInitScript((locale) => localStorage.setItem('zeren.locale', locale), lang);
  const page = await context.newPage();
  return { context, page };
}

/** Opens a page of the app and waits for its data. */
async function visit(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expect(page.getByTestId('current-user')).toBeVisible();
  await page.waitForLoadState('networkidle');
  await expect(page.locator('.page-spinner, .ant-spin-spinning')).toHaveCount(0);
}

/** Tables (and their cards) wider than the space they have: none, at 1280 px and up. */
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found = [
      ...document.querySelectorAll('main .ant-card-body, main .ant-table-content, main .ant-table-body'),
    ]
      .filter((el) => el.scrollWidth > el.clientWidth + 1)
      .map((el) => {
        const named = el.closest('[data-testid]')?.getAttribute('data-testid') ?? el.className;
        return `${named}: ${el.scrollWidth} > ${el.clientWidth}`;
      });
    if (document.documentElement.scrollWidth > window.innerWidth)
      found.push(`page: ${document.documentElement.scrollWidth} > ${window.innerWidth}`);
    return found;
  });
}

async function expectAccessible(page: Page): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) }))).toEqual([]);
}

/** The open drawer, once it has slid in to the right edge of the screen. */
async function drawerShown(page: Page): Promise<void> {
  const panel = page.locator('.ant-drawer-content-wrapper').last();
  const right = page.viewportSize()!.width;
  await expect
    .poll(async () => {
      const box = await panel.boundingBox();
      return box ? Math.round(box.x + box.width) : -1;
    })
    .toBe(right);
}

const short = (lang: Lang) => (lang === 'zh-CN' ? 'zh' : 'en');
const device = (viewport: { width: number }) => (viewport.width < 500 ? 'phone' : 'desktop');

/** The list pages, and who sees each. */
const LISTS: { name: string; path: string; user: string }[] = [
  { name: 'duty-items', path: '/duties/items', user: 'office' },
  { name: 'duty-items-duty', path: '/duties/items?kind=duty', user: 'office' },
  { name: 'approvals', path: '/duties/approvals', user: 'office' },
  { name: 'key-tasks', path: '/duties/key-tasks', user: 'office' },
  { name: 'suggestions', path: '/duties/suggestions', user: 'office' },
  { name: 'supervision', path: '/supervision', user: 'office' },
  { name: 'campaign', path: '/campaign', user: 'office' },
  { name: 'units', path: '/org/units', user: 'office' },
  { name: 'persons', path: '/org/persons', user: 'office' },
  { name: 'accounts', path: '/org/accounts', user: 'office' },
  { name: 'calendar', path: '/calendar', user: 'office' },
  { name: 'audit', path: '/audit', user: 'auditadmin' },
  { name: 'sessions', path: '/security/sessions', user: 'secadmin' },
];

test.describe('the sign-in page', () => {
  test('loads only itself: no session probe, no console error, no CSP report, a 24 px show-password target', async ({
    browser,
  }) => {
    for (const lang of LANGS) {
      for (const viewport of [WIDE, PHONE]) {
        const context = await browser.newContext({ viewport });
        await context.addInitScript((locale) => {
          localStorage.setItem('zeren.locale', locale);
          (window as unknown as { cspReports: string[] }).cspReports = [];
          document.addEventListener('securitypolicyviolation', (event) =>
            (window as unknown as { cspReports: string[] }).cspReports.push(event.violatedDirective),
          );
        }, lang);
        const page = await context.newPage();
        const errors: string[] = [];
        const apiCalls: string[] = [];
        page.on('console', (message) => {
          if (message.type() === 'error') errors.push(message.text());
        });
        page.on('request', (request) => {
          if (new URL(request.url()).pathname.startsWith('/api/')) apiCalls.push(request.url());
        });
        await page.goto('/login');
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await page.waitForLoadState('networkidle');
        expect(apiCalls).toEqual([]);

        // The show/hide button of the password: at least 24 × 24 px, and it works.
        const reveal = page.getByTestId('login-reveal');
        const box = (await reveal.boundingBox())!;
        expect(box.width).toBeGreaterThanOrEqual(24);
        expect(box.height).toBeGreaterThanOrEqual(24);
        await page.getByTestId('login-password').fill('secret-text');
        await reveal.click();
        await expect(page.getByTestId('login-password')).toHaveAttribute('type', 'text');
        await reveal.click();
        await expect(page.getByTestId('login-password')).toHaveAttribute('type', 'password');

        // A field left empty is marked next to it.
        await page.getByTestId('login-password').fill('');
        await page.getByTestId('login-submit').click();
        await expect(page.getByTestId('login-username')).toHaveAttribute('aria-invalid', 'true');
        await expectAccessible(page);
        await snap(page, `polish-login-${short(lang)}-${device(viewport)}`);
        expect(errors).toEqual([]);

        // Signing in loads the contracts (zod among them): still no CSP report, no error. In
        // Chinese only: signing in saves the language chosen here on the account.
        if (lang !== 'zh-CN') {
          await context.close();
          continue;
        }
        await page.getByTestId('login-username').fill('office');
        await page.getByTestId('login-password').fill(DEMO_PASSWORD);
        await page.getByTestId('login-submit').click();
        await expect(page.getByTestId('current-user')).toBeVisible();
        await expect(page.locator('main')).toHaveCount(1);
        expect(await page.evaluate(() => (window as unknown as { cspReports: string[] }).cspReports)).toEqual(
          [],
        );
        expect(errors).toEqual([]);
        await context.close();
      }
    }
  });
});

test.describe('the staff app', () => {
  test('no list runs off its card at 1280 or 1440 px, in either language', async ({ browser }) => {
    test.setTimeout(420_000);
    for (const lang of LANGS) {
      for (const viewport of [NARROW, WIDE]) {
        for (const user of new Set(LISTS.map((list) => list.user))) {
          const { context, page } = await open(browser, user, lang, viewport);
          for (const list of LISTS.filter((entry) => entry.user === user)) {
            await visit(page, list.path);
            expect(await overflowing(page), `${list.path} at ${viewport.width} px, ${lang}`).toEqual([]);
            if (viewport === WIDE) await snap(page, `polish-${list.name}-${short(lang)}-desktop`);
          }
          await context.close();
        }
      }
    }
  });

  test('the list pages on a phone, in both languages', async ({ browser }) => {
    test.setTimeout(300_000);
    for (const lang of LANGS) {
      for (const user of new Set(LISTS.map((list) => list.user))) {
        const { context, page } = await open(browser, user, lang, PHONE);
        for (const list of LISTS.filter((entry) => entry.user === user)) {
          await visit(page, list.path);
          // A table may scroll inside its card on a phone; the page itself never scrolls sideways.
          expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBe(0);
          await snap(page, `polish-${list.name}-${short(lang)}-phone`);
        }
        await context.close();
      }
    }
  });

  test('drawers keep their labels on one line, blank values read —, times are Beijing time', async ({
    browser,
  }) => {
    test.setTimeout(180_000);
    for (const lang of LANGS) {
      for (const viewport of [WIDE, PHONE]) {
        const { context, page } = await open(browser, 'office', lang, viewport);
        const name = `${short(lang)}-${device(viewport)}`;
        /** Every label of the drawer's details is one line high. */
        const labelsOnOneLine = async () => {
          const labels = await page
            .locator('.ant-drawer .ant-descriptions-item-label')
            .evaluateAll((labels) =>
              labels.map((label) => {
                // The lines of the label's own text (the cell itself is as tall as its row).
                const range = document.createRange();
                range.selectNodeContents(label);
                const tops = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
                return { label: label.textContent ?? '', lines: tops.size };
              }),
            );
          expect(labels.length).toBeGreaterThan(0);
          // One line; on a phone an English label may wrap, between words only.
          for (const { label, lines } of labels) {
            const most = lang === 'en-US' && viewport === PHONE ? label.split(' ').length : 1;
            expect(lines, label).toBeLessThanOrEqual(most);
          }
        };

        await visit(page, '/duties/items');
        await page.getByTestId('duty-item-open').first().click();
        await expect(page.getByTestId('duty-item-summary')).toBeVisible();
        await drawerShown(page);
        await labelsOnOneLine();
        await snap(page, `polish-duty-drawer-${name}`, { fullPage: false });
        await page.keyboard.press('Escape');

        await visit(page, '/duties/suggestions');
        await page.getByTestId('suggestion-open').first().click();
        const details = page.getByTestId('suggestion-details');
        await expect(details).toBeVisible();
        await drawerShown(page);
        await labelsOnOneLine();
        // 2026年12月1日 13:30, or Dec 1, 2026, 1:30 PM: the one date-time format.
        await expect(details).toContainText(
          lang === 'zh-CN'
            ? /\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}/
            : /[A-Z][a-z]{2} \d{1,2}, \d{4}, \d{1,2}:\d{2} [AP]M/,
        );
        await snap(page, `polish-suggestion-drawer-${name}`, { fullPage: false });
        await page.keyboard.press('Escape');

        await visit(page, '/org/persons');
        await page.getByTestId('person-view').first().click();
        await expect(page.getByTestId('person-details')).toBeVisible();
        await drawerShown(page);
        await labelsOnOneLine();
        await snap(page, `polish-person-drawer-${name}`, { fullPage: false });
        await context.close();
      }
    }
  });

  test('the 403 page leads home; one main landmark; the menu stays in view; focus is not red', async ({
    browser,
  }) => {
    for (const lang of LANGS) {
      for (const viewport of [WIDE, PHONE]) {
        const { context, page } = await open(browser, 'dept.clerk', lang, viewport);
        await page.goto('/audit');
        await expect(page.getByTestId('forbidden')).toBeVisible();
        await expect(page.locator('main')).toHaveCount(1);
        await expectAccessible(page);
        await snap(page, `polish-forbidden-${short(lang)}-${device(viewport)}`);
        await page.getByTestId('back-home').click();
        await expect(page).toHaveURL(/\/$/);
        await expect(page.getByTestId('forbidden')).toHaveCount(0);
        await context.close();
      }
    }

    const { context, page } = await open(browser, 'office', 'zh-CN', NARROW);
    await visit(page, '/campaign');
    await page.evaluate(() => window.scrollTo(0, 1500));
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(200);
    expect(await page.getByTestId('sider').evaluate((sider) => sider.getBoundingClientRect().top)).toBe(0);
    await expect(page.getByTestId('nav-menu')).toBeInViewport();

    // A field being edited is outlined in slate blue, not the red of errors.
    await visit(page, '/duties/suggestions');
    const search = page.getByTestId('suggestion-search').locator('input');
    await search.focus();
    const field = page.getByTestId('suggestion-search').locator('.ant-input-affix-wrapper, input').first();
    await expect
      .poll(() => field.evaluate((el) => getComputedStyle(el).borderColor))
      .toBe('rgb(72, 101, 129)');
    await context.close();
  });
});

test.describe('the portal', () => {
  test('the footer names the campaign government, the menu is in sight (two rows at most on a phone), nothing shifts', async ({
    browser,
  }) => {
    test.setTimeout(120_000);
    const probe = await browser.newContext();
    const campaign = (await (await probe.request.get('/api/portal/campaign')).json()) as { unitName: string };
    await probe.close();
    const pages = [
      '/portal',
      '/portal/lists',
      '/portal/suggest',
      '/portal/track/SGDEMQANSWER',
      '/portal/answers',
    ];
    for (const lang of LANGS) {
      for (const viewport of [WIDE, PHONE]) {
        const context = await browser.newContext({
          viewport,
          ...(viewport === PHONE ? { isMobile: true, hasTouch: true } : {}),
        });
        await context.addInitScript((locale) => {
          localStorage.setItem('zeren.portal.locale', locale);
          const shifts: number[] = [];
          (window as unknown as { shifts: number[] }).shifts = shifts;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[])
              shifts.push(entry.value);
          }).observe({ type: 'layout-shift', buffered: true });
        }, lang);
        const page = await context.newPage();
        for (const path of pages) {
          await page.goto(path);
          await page.waitForLoadState('networkidle');
          await expect(page.getByTestId('portal-owner')).toContainText(campaign.unitName);
          const cls = await page.evaluate(() =>
            (window as unknown as { shifts: number[] }).shifts.reduce((sum, value) => sum + value, 0),
          );
          expect(cls, `layout shift on ${path}`).toBeLessThan(0.01);
          // The whole menu in sight: one row on a desktop; on a phone at most two rows (ten sections
          // do not fit one row of 390 px with one-line labels), never scrolled sideways.
          const tops = await page
            .locator('.site-nav li')
            .evaluateAll((items) => items.map((item) => Math.round(item.getBoundingClientRect().top)));
          expect(new Set(tops).size, `menu rows on ${path}`).toBeLessThanOrEqual(viewport === PHONE ? 2 : 1);
          expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBe(0);
          await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{40,}/);
          await expect(page.locator('html')).toHaveAttribute('lang', lang);
          const name = path.split('/')[2] ?? 'overview';
          await snap(page, `polish-portal-${name}-${short(lang)}-${device(viewport)}`);
        }
        await context.close();
      }
    }
  });
});
