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

    // The leader's sessions the table shows (its first page, newest first: the one opened above
    // among them; other specs' older sessions of the leader may lie on later pages).
    type ActiveSession = { id: string; username: string };
    const listed = async (limit: number): Promise<ActiveSession[]> =>
      (await (await page.request.get(`/api/sessions?limit=${limit}`)).json()).items;
    const shown = (await listed(20)).filter((s) => s.username === 'leader').map((s) => s.id);
    expect(shown.length).toBeGreaterThan(0);

    // Sign out every session of the leader on that page.
    while ((await leaderRows.count()) > 0) {
      const before = await leaderRows.count();
      await leaderRows.first().getByTestId('session-revoke').click();
      await page
        .locator('.ant-popconfirm')
        .getByRole('button', { name: /确\s*定/ })
        .click();
      await expect(leaderRows).toHaveCount(before - 1);
    }
    const remaining = (await listed(100)).map((s) => s.id);
    expect(shown.filter((id) => remaining.includes(id))).toEqual([]);

    // The leader's next navigation (its first request answers 401) lands on the sign-in page.
    await leaderPage.getByTestId('nav-calendar').click();
    await expect(leaderPage).toHaveURL(/\/login/);
    await expect(leaderPage.getByTestId('login-submit')).toBeVisible();

    await leaderContext.close();
    await context.close();
  });
});
