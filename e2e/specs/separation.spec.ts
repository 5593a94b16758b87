import { type Browser, type BrowserContext, expect, test } from '@playwright/test';
import { DEMO_PASSWORD, DESKTOP, signIn, snap } from './helpers';

/** A context signed in through the API. */
async function staff(browser: Browser, username: string): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: DESKTOP });
  const res = await context.request.post('/api/auth/login', { data: { username, password: DEMO_PASSWORD } });
  expect(res.ok(), `login ${username}`).toBeTruthy();
  return context;
}

test.describe('三员分立 and one-time passwords', () => {
  test('a role the system administrator grants waits for the security administrator; the new user chooses a password', async ({
    browser,
  }) => {
    test.setTimeout(120_000);
    const username = `e2e.${Date.now().toString(36)}`;
    const chosen = 'Sysadmin-Set-2026!';
    const sysadmin = await staff(browser, 'sysadmin');
    const units = (await (await sysadmin.request.get('/api/units')).json()).items as {
      id: string;
      name: string;
    }[];
    const unitId = units.find((u) => u.name === '市教育局')!.id;
    const person = await sysadmin.request.post('/api/persons', { data: { unitId, name: '新同事' } });
    expect(person.status()).toBe(201);
    const account = await sysadmin.request.post('/api/accounts', {
      data: {
        username,
        password: chosen,
        personId: (await person.json()).id,
        roles: [{ role: 'unit_staff', dataScope: 'self_unit', unitId }],
      },
    });
    expect(account.status()).toBe(201);
    expect((await account.json()).pendingRoles).toHaveLength(1);
    await sysadmin.close();

    // The security administrator approves it in 授权审批.
    const context = await browser.newContext({ viewport: DESKTOP });
    const page = await context.newPage();
    await signIn(page, 'secadmin');
    await page.getByTestId('nav-role-grants').click();
    await expect(page).toHaveURL(/\/security\/role-grants$/);
    const row = page.getByTestId('grant-table').getByRole('row').filter({ hasText: username });
    await expect(row).toBeVisible();
    await snap(page, 'role-grants-zh-desktop');
    await row.getByTestId('grant-approve').click();
    await page.getByTestId('grant-approve-confirm').click();
    await expect(row).toHaveCount(0);
    await context.close();

    // The new user signs in with the administrator's password and must choose their own.
    const userContext = await browser.newContext({ viewport: DESKTOP });
    const userPage = await userContext.newPage();
    await userPage.goto('/login');
    await userPage.getByTestId('login-username').fill(username);
    await userPage.getByTestId('login-password').fill(chosen);
    await userPage.getByTestId('login-submit').click();
    await expect(userPage.getByTestId('login-must-change')).toBeVisible();
    await snap(userPage, 'must-change-password-zh-desktop');
    await userPage.getByTestId('change-new-password').fill('My-Own-Choice-2026!');
    await userPage.getByTestId('change-confirm-password').fill('My-Own-Choice-2026!');
    await userPage.getByTestId('change-password-submit').click();
    await expect(userPage.getByTestId('current-user')).toBeVisible();
    await userContext.close();
  });

  test('the approver sees what a new version changes before approving it', async ({ browser }) => {
    test.setTimeout(120_000);
    const clerk = await staff(browser, 'dept.clerk');
    const units = (await (await clerk.request.get('/api/units')).json()).items as {
      id: string;
      name: string;
    }[];
    const unitId = units.find((u) => u.name === '市教育局')!.id;
    const name = `差异展示事项${Date.now().toString(36)}`;
    const created = await clerk.request.post('/api/duty-items', {
      data: { kind: 'power', unitId, code: `DIFF-${Date.now()}`, name, legalBasis: '原依据' },
    });
    const id = (await created.json()).id;
    expect((await clerk.request.post(`/api/duty-items/${id}/submit`, { data: {} })).ok()).toBeTruthy();
    const head = await staff(browser, 'dept.head');
    expect((await head.request.post(`/api/duty-items/${id}/approve`, { data: {} })).ok()).toBeTruthy();
    await head.close();
    expect(
      (
        await clerk.request.post(`/api/duty-items/${id}/versions`, {
          headers: { 'x-requested-with': 'zeren' },
        })
      ).ok(),
    ).toBeTruthy();
    expect(
      (
        await clerk.request.patch(`/api/duty-items/${id}/draft`, {
          data: { legalBasis: '新依据', remarks: '新增备注' },
        })
      ).ok(),
    ).toBeTruthy();
    expect((await clerk.request.post(`/api/duty-items/${id}/submit`, { data: {} })).ok()).toBeTruthy();
    await clerk.close();

    const context = await browser.newContext({ viewport: DESKTOP });
    const page = await context.newPage();
    await signIn(page, 'dept.head');
    await page.getByTestId('nav-approvals').click();
    const row = page.getByTestId('approval-table').getByRole('row').filter({ hasText: name });
    await row.getByTestId('queue-review').click();
    const drawer = page.getByTestId('duty-drawer');
    const review = drawer.getByTestId('duty-review');
    const field = (key: string) => review.locator(`[data-testid="diff-field"][data-field="${key}"]`);
    await expect(field('legalBasis').locator('del')).toHaveText('原依据');
    await expect(field('legalBasis').locator('ins')).toHaveText('新依据');
    await expect(field('remarks').locator('ins')).toHaveText('新增备注');
    await expect(field('name')).toHaveCount(0);
    await snap(page, 'approval-diff-zh-desktop');
    await review.getByTestId('duty-approve').click();
    await page.getByTestId('duty-approve-confirm').click();
    await expect(drawer.getByTestId('duty-item-summary').getByTestId('duty-status')).toHaveAttribute(
      'data-status',
      'published',
    );
    await context.close();
  });
});
