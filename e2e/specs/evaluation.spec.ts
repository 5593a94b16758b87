import { createServer, type Server } from 'node:http';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { DEMO_PASSWORD, DESKTOP, NARROW, snap } from './helpers';

/** The SMS gateway the server is configured with (playwright.config.ts): it keeps what it is sent. */
const sent: { phone: string; text: string }[] = [];
let gateway: Server;
test.beforeAll(async () => {
  gateway = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', () => {
      sent.push(JSON.parse(body) as { phone: string; text: string });
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
    });
  });
  await new Promise<void>((resolve) =>
    gateway.listen(Number(process.env.E2E_PORT ?? 3100) + 1, '127.0.0.1', resolve),
  );
});
test.afterAll(() => new Promise<void>((resolve) => gateway.close(() => resolve())));

async function staff(browser: Browser, username: string): Promise<Page> {
  const context = await browser.newContext({ viewport: DESKTOP, locale: 'zh-CN' });
  const page = await context.newPage();
  const res = await page.request.post('/api/auth/login', { data: { username, password: DEMO_PASSWORD } });
  expect(res.ok(), `login ${username}`).toBeTruthy();
  return page;
}

const OWN = { 'x-requested-with': 'zeren' };

async function unitId(page: Page, name: string): Promise<string> {
  const res = await page.request.get(`/api/units?q=${encodeURIComponent(name)}`);
  const units = (await res.json()) as { items: { id: string; name: string }[] };
  return units.items.find((u) => u.name === name)!.id;
}

/** Runs one workflow step from the round page's buttons and its dialog. */
async function step(page: Page, action: string, text?: string) {
  await page.getByTestId(`round-action-${action}`).click();
  if (text) await page.getByTestId('round-action-text').fill(text);
  await page.getByTestId('round-action-submit').click();
  await expect(page.getByTestId('round-action-modal')).toHaveCount(0);
}

/** Scores one target on the portal: every indicator with the given level. */
async function score(page: Page, targetId: string, level: string) {
  // The next target to score opens by itself; another is opened with its button.
  const card = page.getByTestId(`eval-target-${targetId}`);
  await expect(card).toBeVisible();
  const open = page.getByTestId(`eval-open-${targetId}`);
  if (await open.isVisible()) await open.click();
  for (const key of ['conduct', 'service']) await card.getByTestId(`eval-answer-${key}-${level}`).check();
  await card.getByTestId('eval-submit').click();
  await expect(page.getByTestId(`eval-target-${targetId}`).getByTestId('eval-voted')).toBeVisible();
}

test.use({ actionTimeout: 20_000 });

test('评责: the office opens a round, a deputy votes with a token, a citizen on a phone, the office closes, approves and publishes, and the ranking is on the portal', async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const office = await staff(browser, 'office');
  const title = `2026年第四季度作风评议 ${Date.now()}`;
  const created = await office.request.post('/api/evaluation-rounds', {
    headers: OWN,
    data: {
      unitId: await unitId(office, '示范市人民政府'),
      title,
      opensAt: new Date(Date.now() - 3_600_000).toISOString(),
      closesAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
      categories: [{ key: 'city_department', name: '市直部门' }],
      groups: [
        { group: 'npc_deputy', name: '人大代表', weight: 60, channel: 'token' },
        { group: 'urban_resident', name: '城镇居民', weight: 40, channel: 'public' },
      ],
      indicators: [
        { key: 'conduct', name: '工作作风' },
        { key: 'service', name: '服务质量' },
      ],
      targets: [
        { unitId: await unitId(office, '市教育局'), category: 'city_department' },
        { unitId: await unitId(office, '市卫生健康委'), category: 'city_department' },
      ],
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const round = (await created.json()) as { id: string; targets: { id: string; unitName: string }[] };
  const target = (name: string) => round.targets.find((t) => t.unitName === name)!.id;

  // ---- the office opens it and issues a token for the printed list
  await office.goto(`/evaluation-rounds/${round.id}`);
  await step(office, 'open');
  await expect(office.getByTestId('round').getByTestId('round-status')).toContainText('评议中');
  const issued = await office.request.post(`/api/evaluation-rounds/${round.id}/tokens`, {
    headers: OWN,
    data: { group: 'npc_deputy', count: 1 },
  });
  const [token] = ((await issued.json()) as { items: { token: string }[] }).items;

  // ---- a deputy scans the QR code: the token is in the fragment
  const deputy = await (await browser.newContext({ viewport: DESKTOP, locale: 'zh-CN' })).newPage();
  await deputy.goto(`/portal/evaluate#token=${token!.token}`);
  await expect(deputy.getByTestId('eval-token-group')).toContainText('人大代表');
  await score(deputy, target('市教育局'), 'satisfied');
  await score(deputy, target('市卫生健康委'), 'basically_satisfied');

  // ---- a citizen on a phone: the number, the SMS code, a ballot
  const phone = await browser.newContext({
    viewport: NARROW,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
  });
  const citizen = await phone.newPage();
  await citizen.goto(`/portal/evaluate/${round.id}`);
  await citizen.getByTestId('eval-phone').fill('13812348000');
  await citizen.getByTestId('eval-request-code').click();
  await expect(citizen.getByTestId('eval-code-sent')).toBeVisible({ timeout: 30_000 });
  const code = sent
    .filter((m) => m.phone === '13812348000')
    .at(-1)!
    .text.match(/验证码为(\d{6})/)![1]!;
  await citizen.getByTestId('eval-code').fill(code);
  await score(citizen, target('市卫生健康委'), 'satisfied');
  await snap(citizen, 'evaluation-portal-ballot-phone');
  const overflow = await citizen.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
  expect(overflow, 'the ballot page scrolls sideways on a phone').toBe(false);

  // ---- the office closes, looks at the results, approves and publishes
  await office.reload();
  await step(office, 'close');
  await office.getByTestId('round-tab-flagged').click();
  await expect(office.getByTestId('flagged-table')).toBeVisible();
  await office.getByTestId('round-tab-results').click();
  await expect(office.getByTestId('results-table').first()).toContainText('市卫生健康委');
  await step(office, 'approve', '结果无异议');
  await step(office, 'publish');
  await expect(office.getByTestId('round').getByTestId('round-status')).toContainText('已公布');
  await snap(office, 'evaluation-round-results');

  // ---- the ranking on the portal: 市卫生健康委 (60 × 70 + 40 × 100) = 82 before 市教育局 (100, token only)
  await citizen.goto(`/portal/evaluate/${round.id}`);
  const rows = citizen.getByTestId('eval-result-row');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText('市教育局');
  await expect(rows.nth(0)).toContainText('100.00');
  await expect(rows.nth(1)).toContainText('市卫生健康委');
  await expect(rows.nth(1)).toContainText('82.00');
  await snap(citizen, 'evaluation-portal-results-phone');
  await phone.close();

  // ---- the same pages in English, on a phone and a desktop
  for (const viewport of [NARROW, DESKTOP]) {
    const context = await browser.newContext({ viewport, locale: 'en-US' });
    await context.addInitScript(() => localStorage.setItem('zeren.portal.locale', 'en-US'));
    const page = await context.newPage();
    await page.goto(`/portal/evaluate/${round.id}`);
    await expect(page.getByTestId('eval-result-row')).toHaveCount(2);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-US');
    await snap(page, `evaluation-portal-results-en-${viewport === NARROW ? 'phone' : 'desktop'}`);
    await page.goto('/portal/evaluate');
    await expect(page.getByTestId(`eval-round-${round.id}`)).toBeVisible();
    await snap(page, `evaluation-portal-list-en-${viewport === NARROW ? 'phone' : 'desktop'}`);
    await context.close();
  }
});
