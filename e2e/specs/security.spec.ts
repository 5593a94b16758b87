import { expect, test } from '@playwright/test';
import { DESKTOP, signIn, snap } from './helpers';

test.describe('security administrator', () => {
  test("sees the active sessions and signs out another user's session", async ({ browser }) => {
    // The leader signs in in a browser of their own.
    const leaderContext = await browser.newContext({ viewport: DESKTOP });
    const leaderPage = await leaderContext.newPage();
    await signIn(leaderPage, 'leader');

    const context = await browser.newContext({ viewport: DESKTOP });
    const page = await context.newPage();
    await signIn(page, 'secadmin');
    await page.getByTestId('nav-sessions').click();
    await expect(page).toHaveURL(/\/security\/sessions$/);
    const table = page.getByTestId('session-table');
    await expect(table).toBeVisible();
    await expect(page.getByTestId('locked-table')).toBeVisible();

    // The administrator's own session is marked and cannot be ended from here.
    const own = table.getByRole('row').filter({ hasText: 'secadmin' });
    await expect(own.first().getByTestId('session-current')).toBeVisible();
    await expect(own.first().getByTestId('session-revoke')).toHaveCount(0);

    const leaderRows = table.getByRole('row').filter({ hasText: 'leader' });
    await expect(leaderRows.first()).toBeVisible();
    await snap(page, 'sessions-zh-desktop');

    // Sign out every session of the leader (in this run, the one opened above).
    while ((await leaderRows.count()) > 0) {
      const before = await leaderRows.count();
      await leaderRows.first().getByTestId('session-revoke').click();
      await page
        .locator('.ant-popconfirm')
        .getByRole('button', { name: /确\s*定/ })
        .click();
      await expect(leaderRows).toHaveCount(before - 1);
    }
    const sessions = await (await page.request.get('/api/sessions')).json();
    expect(sessions.items.some((s: { username: string }) => s.username === 'leader')).toBe(false);

    // The leader's next navigation (its first request answers 401) lands on the sign-in page.
    await leaderPage.getByTestId('nav-calendar').click();
    await expect(leaderPage).toHaveURL(/\/login/);
    await expect(leaderPage.getByTestId('login-submit')).toBeVisible();

    await leaderContext.close();
    await context.close();
  });
});
