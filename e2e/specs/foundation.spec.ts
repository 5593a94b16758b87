import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { DESKTOP, PHONE, signIn, snap } from './helpers';

test.describe('login page', () => {
  test('has no serious or critical accessibility violations (axe), in both languages', async ({
    browser,
  }) => {
    const context = await browser.newContext({ viewport: DESKTOP });
    const page = await context.newPage();
    await page.goto('/login');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const zh = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
    expect(zh.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    await snap(page, 'login-zh-desktop');

    await page.getByTestId('lang-switch').click();
    await expect(page.getByTestId('login-submit')).toHaveText(/Sign in/);
    const en = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
    expect(en.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    await snap(page, 'login-en-desktop');
    await context.close();
  });

  test('a wrong password shows the generic error and stays on the login page', async ({ page }) => {
    await page.goto('/login');
    await page.getByTestId('login-username').fill('office');
    await page.getByTestId('login-password').fill('Not-the-password-1');
    await page.getByTestId('login-submit').click();
    await expect(page.getByTestId('login-error')).toContainText('用户名或密码错误');
    await expect(page).toHaveURL(/\/login/);
  });
});

test.describe('office manages the unit tree', () => {
  test('logs in, sees the tree, adds a unit under a county and sees it there', async ({ browser }) => {
    const context = await browser.newContext({ viewport: DESKTOP });
    const page = await context.newPage();
    await signIn(page, 'office');
    await page.getByTestId('nav-units').click();
    const tree = page.getByTestId('unit-tree');
    await expect(tree).toContainText('示范市人民政府');
    await expect(tree).toContainText('临河县人民政府');
    await snap(page, 'units-zh-desktop');

    await tree.getByText('临河县人民政府', { exact: true }).click();
    await expect(page.getByTestId('unit-detail')).toContainText('临河县人民政府');
    await page.getByTestId('add-unit').click();
    const modal = page.getByTestId('unit-form-modal');
    await modal.getByLabel('名称').fill('临河县行政审批服务局');
    await modal.getByLabel('编码').fill('K202');
    await page.getByTestId('unit-form-submit').click();
    await expect(modal).toBeHidden();

    const node = tree.getByText('临河县行政审批服务局', { exact: true });
    await expect(node).toBeVisible();
    // It sits under the county: the county's subtree in the API contains it.
    const units = await page.request.get('/api/units');
    const items: { id: string; name: string; parentId: string | null }[] = (await units.json()).items;
    const county = items.find((u) => u.name === '临河县人民政府')!;
    expect(items.find((u) => u.name === '临河县行政审批服务局')!.parentId).toBe(county.id);
    await context.close();
  });

  test('switches to English and sees the interface in English', async ({ browser }) => {
    const context = await browser.newContext({ viewport: DESKTOP });
    const page = await context.newPage();
    await signIn(page, 'office');
    await page.getByTestId('nav-units').click();
    await expect(page.getByTestId('nav-units')).toContainText('单位');
    await page.getByTestId('lang-switch').click();
    await expect(page.getByTestId('nav-units')).toContainText('Units');
    await expect(page.getByTestId('nav-persons')).toContainText('Officials');
    await expect(page.getByTestId('logout')).toBeVisible();
    await snap(page, 'units-en-desktop');
    // The choice is saved with the account: a reload keeps English.
    await page.reload();
    await expect(page.getByTestId('nav-units')).toContainText('Units');
    const me = await (await page.request.get('/api/me')).json();
    expect(me.user.locale).toBe('en-US');
    await context.close();
  });
});

test.describe('phone width', () => {
  test('the shell collapses into a menu button and the tree still works', async ({ browser }) => {
    const context = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await signIn(page, 'county.office');
    await snap(page, 'home-zh-phone');
    await page.getByTestId('nav-toggle').click();
    await page.getByTestId('nav-drawer').getByTestId('nav-units').click();
    const tree = page.getByTestId('unit-tree');
    await expect(tree).toContainText('城关区人民政府');
    // Data scope in the UI: the county sees only its own subtree.
    await expect(tree).not.toContainText('临河县人民政府');
    await snap(page, 'units-zh-phone');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.getByTestId('lang-switch').first().click();
    await expect(tree).toBeVisible();
    await snap(page, 'units-en-phone');
    await context.close();
  });
});

test.describe('audit administrator', () => {
  test('reads the audit log and verifies its integrity', async ({ browser }) => {
    const context = await browser.newContext({ viewport: DESKTOP });
    const page = await context.newPage();
    await signIn(page, 'auditadmin');
    await page.getByTestId('nav-audit').click();
    await expect(page.getByTestId('audit-table')).toBeVisible();
    await page.getByTestId('audit-verify').click();
    await expect(page.getByTestId('audit-verify-result')).toHaveAttribute('data-ok', 'true');
    await snap(page, 'audit-zh-desktop');
    await context.close();
  });
});
