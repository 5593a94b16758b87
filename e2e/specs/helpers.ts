import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { APIRequestContext, Browser, BrowserContext, Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

export const DEMO_PASSWORD = process.env.ZEREN_DEMO_PASSWORD ?? 'Zeren-demo-2026';
export const PHONE = { width: 375, height: 812 };
export const DESKTOP = { width: 1366, height: 860 };

/** Signs in through the login form, as a person would. */
export async function signIn(page: Page, username: string): Promise<void> {
  await page.goto('/login');
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(DEMO_PASSWORD);
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('current-user')).toBeVisible();
}

/**
 * Saves a screenshot under e2e/.screenshots for people to look at (not compared): the full page,
 * or what the screen shows (`fullPage: false`, for a drawer over the page).
 */
export async function snap(page: Page, name: string, { fullPage = true } = {}): Promise<void> {
  const dir = join(import.meta.dirname, '..', '.screenshots');
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage });
}

/** A day as the pages write it (web/src/lib/format.ts): 2026年12月2日, or Dec 2, 2026. */
export function day(iso: string, locale: 'zh-CN' | 'en-US' = 'zh-CN'): string {
  const [year, month, date] = iso.split('-').map(Number) as [number, number, number];
  if (locale === 'zh-CN') return `${year}年${month}月${date}日`;
  const name = new Intl.DateTimeFormat('en-US', { month: 'short', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, date)),
  );
  return `${name} ${date}, ${year}`;
}

/** Days from one to another as the pages write them in Chinese: 2026年4月1日至6月30日. */
export function dayRange(start: string, end: string): string {
  const sameYear = start.slice(0, 4) === end.slice(0, 4);
  return `${day(start)}至${sameYear ? day(end).slice(5) : day(end)}`;
}

// ---------------------------------------------------------------- shared by the flow specs

/** The widths pages are looked at in: a desktop and a phone. */
export const WIDE = { width: 1440, height: 900 };
export const NARROW = { width: 390, height: 844 };

type Storage = Awaited<ReturnType<BrowserContext['storageState']>>;
/**
 * One sign-in per account for the whole run (the login route is rate-limited per address, and
 * the specs share one worker): later contexts reuse the session cookie.
 */
const sessions = new Map<string, Storage>();

/** Forgets the sessions kept for the run: after the server's clock moved past their end. */
export function forgetSessions(): void {
  sessions.clear();
}

/** A signed-in page for `username` in `lang`, at `viewport` (a phone when NARROW). */
export async function openAs(
  browser: Browser,
  username: string,
  { viewport = WIDE, lang = 'zh-CN' }: { viewport?: { width: number; height: number }; lang?: Lang } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const device = viewport === NARROW ? { viewport, isMobile: true, hasTouch: true } : { viewport };
  const saved = sessions.get(username);
  const context = await browser.newContext(saved ? { ...device, storageState: saved } : device);
  const page = await context.newPage();
  if (saved) {
    await page.goto('/');
    await expect(page.getByTestId('current-user').first()).toBeVisible();
  } else {
    await signIn(page, username);
    sessions.set(username, await context.storageState());
  }
  await useLanguage(page, lang);
  return { context, page };
}

export type Lang = 'zh-CN' | 'en-US';

/** Switches the interface (and the account's saved language) to `lang`. */
export async function useLanguage(page: Page, lang: Lang): Promise<void> {
  const html = page.locator('html');
  if ((await html.getAttribute('lang')) !== lang) {
    await page.getByTestId('lang-switch').first().click();
    await expect(html).toHaveAttribute('lang', lang);
    await expect
      .poll(async () => (await getJson<{ user: { locale: string } }>(page.request, '/api/me')).user.locale)
      .toBe(lang);
  }
}

export async function getJson<T>(request: APIRequestContext, url: string): Promise<T> {
  const response = await request.get(url);
  expect(response.status(), `GET ${url}`).toBe(200);
  return (await response.json()) as T;
}

/**
 * Picks an option of an antd Select or TreeSelect by its visible label, and waits until the field
 * shows it. Opens the list only when it is closed, and picks again while the field does not show
 * the label: on a slow machine a click on a list still sliding open can be lost (seen on CI, the
 * field left empty and the form refused as incomplete).
 */
export async function pick(page: Page, select: Locator, label: string): Promise<void> {
  await expect(async () => {
    if ((await select.getByRole('combobox').getAttribute('aria-expanded')) !== 'true') await select.click();
    await page
      .locator('.ant-select-dropdown:visible')
      .getByTitle(label, { exact: true })
      .click({ timeout: 5_000 });
    await expect(select).toContainText(label, { timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
}

/**
 * Applies a deadline picker's "+N working days" (`<testId>-add-days`, `<testId>-add-apply`) and
 * waits for the date the server counts. The click is repeated while the date is not there: once
 * on CI a click landed while a modal was still opening and was lost, and applying the same N
 * again gives the same date.
 */
export async function addWorkingDaysWith(
  scope: Locator,
  testId: string,
  days: number,
  expected: string,
): Promise<void> {
  await scope.getByTestId(`${testId}-add-days`).fill(String(days));
  await expect(async () => {
    await scope.getByTestId(`${testId}-add-apply`).click();
    await expect(scope.getByTestId(`${testId}-date`)).toHaveValue(expected, { timeout: 5_000 });
  }).toPass({ timeout: 30_000 });
}

/**
 * Moves the server's clock forward by whole days (the e2e server runs with ZEREN_TEST_CLOCK); its
 * scheduled jobs run at the new time before this returns. Every session ends: it is 12 hours old.
 */
export async function advanceServerClock(
  request: APIRequestContext,
  days: number,
): Promise<{ today: string; jobs: Record<string, Record<string, number> | null> }> {
  const response = await request.post('/api/test/clock', {
    data: { days },
    headers: { 'x-requested-with': 'zeren' },
  });
  expect(response.status(), await response.text()).toBe(200);
  forgetSessions();
  return response.json();
}

/** The server's date in Beijing (which the test clock may have moved ahead of the real one). */
export async function serverToday(request: APIRequestContext): Promise<string> {
  return (await getJson<{ today: string }>(request, '/api/test/clock')).today;
}

/** Today's date in Beijing, as the deadline picker and the server count it. */
export function todayInBeijing(): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());
}

/** axe (WCAG 2 A/AA) finds nothing serious or critical. */
export async function expectAccessible(page: Page): Promise<void> {
  // A settled page: a toast fading in (an antd message's opacity) would be measured at its
  // half-transparent colours and fail the contrast rule it meets once shown.
  // (Endless ones — a spinner — are left running.)
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every(
        (a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Number.POSITIVE_INFINITY,
      ),
  );
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) }))).toEqual([]);
}

/** The page does not scroll sideways (a phone's layout fits its width). */
export async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

/** One labelled line: `field` in the newest history entry of `action` that changed it. */
export function historyChange(scope: Locator, action: string, field: string): Locator {
  const change = `[data-testid="history-change"][data-field="${field}"]`;
  // The newest such entry that changed the field: a form sent twice (Enter in its date field, then
  // its button, on a slow machine) leaves a second entry with nothing changed on top.
  return scope
    .locator(`[data-testid="history-entry"][data-action="${action}"]`)
    .filter({ has: scope.page().locator(change) })
    .first()
    .locator(change);
}

/** A small but real PDF document (evidence files in the flows). */
export const SAMPLE_PDF = Buffer.from(
  [
    '%PDF-1.4',
    '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
    '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj',
    '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj',
    'xref',
    '0 4',
    '0000000000 65535 f ',
    'trailer << /Size 4 /Root 1 0 R >>',
    'startxref',
    '0',
    '%%EOF',
    '',
  ].join('\n'),
  'latin1',
);
