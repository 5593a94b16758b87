import { type APIRequestContext, expect, type Page, test } from '@playwright/test';
import {
  expectAccessible,
  expectNoSidewaysScroll,
  getJson,
  NARROW,
  openAs,
  snap,
  useLanguage,
} from './helpers';

/** Unique per run: the e2e server keeps its data between specs of one run. */
const RUN = Date.now().toString(36).toUpperCase();

interface Entry {
  key: string;
  count: number;
  operationId: string;
  query: Record<string, string | number | boolean>;
}

/** The API path of each list a workbench entry names. */
const LIST_URLS: Record<string, string> = {
  listKeyTasks: '/api/key-tasks',
  listDutyItems: '/api/duty-items',
  listDutyItemApprovals: '/api/duty-items/approval-queue',
  listSuggestions: '/api/suggestions',
  listSupervisionItems: '/api/supervision-items',
  listNotifications: '/api/notifications',
  listRectificationItems: '/api/rectification-items',
  listMonthlyReports: '/api/monthly-reports',
  listDutyStatements: '/api/duty-statements',
  listCommitments: '/api/commitments',
  listEvaluationRounds: '/api/evaluation-rounds',
  listExemplars: '/api/exemplars',
  listMyBallots: '/api/my-ballots',
};

/** How many rows the list an entry links to holds, as the same person reads it through the API (its total). */
async function listTotal(request: APIRequestContext, entry: Entry): Promise<number> {
  const query = new URLSearchParams(Object.entries(entry.query).map(([k, v]) => [k, String(v)])).toString();
  const url = `${LIST_URLS[entry.operationId]}${query ? `?${query}` : ''}`;
  const body = await getJson<{ total?: number; items: unknown[] }>(request, url);
  // A list that is not paged (my ballots) counts its items.
  return body.total ?? body.items.length;
}

/** The rows a list page shows (its first page: lists page 20 rows at a time). */
const shownRows = (page: Page, table: string) => page.getByTestId(table).locator('tbody tr.ant-table-row');

/** The list page opened on its first page, its pager saying how many rows the filters match. */
async function expectFirstPage(page: Page, table: string, count: number) {
  const pager = page.getByTestId(table).getByTestId('list-pager');
  await expect(pager.getByTestId('list-total')).toHaveAttribute('data-total', String(count));
  await expect(pager).toHaveAttribute('data-page', '1');
  await expect(shownRows(page, table)).toHaveCount(Math.min(count, 20));
}

/** Each card's count is its list's length; its link opens that list, filtered, with those rows. */
async function checkWorkbench(page: Page, username: string) {
  const { items } = await getJson<{ items: Entry[] }>(page.request, '/api/workbench');
  expect(items.length, username).toBeGreaterThan(0);
  await page.goto('/');
  for (const entry of items) {
    expect(entry.count, `${username} ${entry.key}`).toBe(await listTotal(page.request, entry));
    const card = page.getByTestId(`workbench-${entry.key}`);
    await expect(card, `${username} ${entry.key}`).toHaveAttribute('data-count', String(entry.count));
    await expect(card.getByTestId('workbench-count')).toHaveText(String(entry.count));
  }
  await expect(page.locator('.ant-skeleton')).toHaveCount(0);
  await snap(page, `workbench-${username}-zh-desktop`);

  for (const entry of items) {
    await page.goto('/');
    await page.getByTestId(`workbench-${entry.key}`).getByTestId('workbench-link').click();
    switch (entry.operationId) {
      case 'listKeyTasks': {
        // The link names the filter and the campaign it was counted in (the page lists that campaign).
        await expect(page).toHaveURL(/\/duties\/key-tasks\?/);
        const url = new URL(page.url());
        expect(url.pathname).toBe('/duties/key-tasks');
        expect(Object.fromEntries(url.searchParams)).toEqual(
          Object.fromEntries(Object.entries(entry.query).map(([k, v]) => [k, String(v)])),
        );
        await expectFirstPage(page, 'key-task-table', entry.count);
        if ('status' in entry.query)
          for (const status of await page.getByTestId('key-task-table').getByTestId('key-task-status').all())
            await expect(status).toHaveAttribute('data-status', String(entry.query.status));
        break;
      }
      case 'listDutyItems': {
        await expect(page).toHaveURL(/\/duties\/items\?status=returned$/);
        // Both lists' tabs say how many of their items match; together, the card's count.
        const counted = async (kind: string) =>
          Number(await page.getByTestId(`duty-tab-${kind}`).getAttribute('data-count'));
        await expect(page.getByTestId('duty-tab-power-count')).toBeVisible();
        await expect(page.getByTestId('duty-tab-duty-count')).toBeVisible();
        await expect.poll(async () => (await counted('power')) + (await counted('duty'))).toBe(entry.count);
        break;
      }
      case 'listDutyItemApprovals':
        await expect(page).toHaveURL(/\/duties\/approvals$/);
        await expectFirstPage(page, 'approval-table', entry.count);
        break;
      case 'listSuggestions':
        await expect(page).toHaveURL(/\/duties\/suggestions\?status=received$/);
        await expectFirstPage(page, 'suggestion-table', entry.count);
        break;
      case 'listSupervisionItems': {
        // The board of the current campaign (the link names it), sub-items shown too (the card counts them).
        const filter = entry.query;
        await expect(page).toHaveURL(/\/supervision\?/);
        const url = new URL(page.url());
        expect(url.pathname).toBe('/supervision');
        expect(Object.fromEntries(url.searchParams)).toEqual({
          ...Object.fromEntries(Object.entries(filter).map(([k, v]) => [k, String(v)])),
          subItems: 'true',
        });
        await expectFirstPage(page, 'supervision-table', entry.count);
        if ('colour' in filter)
          for (const colour of await page
            .getByTestId('supervision-table')
            .getByTestId('supervision-colour')
            .all())
            await expect(colour).toHaveAttribute('data-colour', String(filter.colour));
        break;
      }
      case 'listRectificationItems': {
        const [name, value] = Object.entries(entry.query)[0]!;
        await expect(page).toHaveURL(new RegExp(`/rectification\\?${name}=${value}$`));
        await expectFirstPage(page, 'rectification-table', entry.count);
        break;
      }
      case 'listMonthlyReports': {
        // The campaign is the current one: the page asks within it, the address names the filter.
        const { campaignId: _campaignId, ...filter } = entry.query;
        await expect(page).toHaveURL(/\/monthly-reports\?/);
        const url = new URL(page.url());
        expect(url.pathname).toBe('/monthly-reports');
        expect(Object.fromEntries(url.searchParams)).toEqual(
          Object.fromEntries(Object.entries(filter).map(([k, v]) => [k, String(v)])),
        );
        await expectFirstPage(page, 'monthly-reports-table', entry.count);
        break;
      }
      case 'listDutyStatements':
      case 'listCommitments': {
        const [path, table] =
          entry.operationId === 'listDutyStatements'
            ? ['statements', 'statements-table']
            : ['commitments', 'commitments-table'];
        // Every filter of the link (a commitment's names the campaign it was counted in).
        await expect(page).toHaveURL(new RegExp(`/${path}\\?`));
        const url = new URL(page.url());
        expect(url.pathname).toBe(`/${path}`);
        expect(Object.fromEntries(url.searchParams)).toEqual(
          Object.fromEntries(Object.entries(entry.query).map(([k, v]) => [k, String(v)])),
        );
        await expectFirstPage(page, table, entry.count);
        break;
      }
      case 'listEvaluationRounds':
      case 'listExemplars': {
        const [name, value] = Object.entries(entry.query)[0]!;
        const [path, table] =
          entry.operationId === 'listEvaluationRounds'
            ? ['evaluation-rounds', 'rounds-table']
            : ['exemplars', 'exemplars-table'];
        await expect(page).toHaveURL(new RegExp(`/${path}\\?${name}=${value}$`));
        await expectFirstPage(page, table, entry.count);
        break;
      }
      case 'listMyBallots':
        await expect(page).toHaveURL(/\/my-ballots$/);
        await expect(page.getByTestId('my-ballot-round')).toHaveCount(entry.count);
        break;
      case 'listNotifications':
        await expect(page).toHaveURL(/\/notifications\?unread=true$/);
        await expectFirstPage(page, 'notification-table', entry.count);
        break;
      default:
        throw new Error(`no page check for ${entry.operationId}`);
    }
  }
}

test.describe
  .serial('工作台: each card counts what waits for the person and opens exactly that list', () => {
    test('a returned item for the clerk, one to approve for the head', async ({ browser }) => {
      const clerk = await openAs(browser, 'dept.clerk');
      const me = await getJson<{ unit: { id: string } }>(clerk.page.request, '/api/me');
      const ids: string[] = [];
      for (const n of [1, 2]) {
        const created = await clerk.page.request.post('/api/duty-items', {
          data: {
            kind: n === 1 ? 'duty' : 'power',
            unitId: me.unit.id,
            code: `WB${n}-${RUN}`,
            name: `工作台事项${n}${RUN}`,
          },
        });
        expect(created.status()).toBe(201);
        const id = ((await created.json()) as { id: string }).id;
        expect((await clerk.page.request.post(`/api/duty-items/${id}/submit`, { data: {} })).ok()).toBe(true);
        ids.push(id);
      }
      await clerk.context.close();
      const head = await openAs(browser, 'dept.head');
      const returned = await head.page.request.post(`/api/duty-items/${ids[0]}/return`, {
        data: { reason: '请补充承办机构。' },
      });
      expect(returned.ok()).toBe(true);
      await head.context.close();
    });

    for (const username of ['dept.clerk', 'dept.head', 'office'])
      test(`the workbench of ${username}`, async ({ browser }) => {
        const { context, page } = await openAs(browser, username);
        await checkWorkbench(page, username);
        await context.close();
      });

    test('the home page in both languages, on a desktop and a phone', async ({ browser }) => {
      const { context, page } = await openAs(browser, 'office');
      await page.goto('/');
      await expect(page.getByTestId('workbench-keyTasks.overdue')).toContainText('逾期任务');
      await expect(page.getByTestId('home-campaign-name')).toBeVisible();
      await expectAccessible(page);
      await snap(page, 'home-zh-desktop');
      try {
        await useLanguage(page, 'en-US');
        await expect(page.getByTestId('workbench-keyTasks.overdue')).toContainText('Overdue tasks');
        await expect(page.getByTestId('home-campaign')).toContainText('Current campaign');
        await expect(page.getByTestId('home-campaign-name')).toBeVisible();
        await snap(page, 'home-en-desktop');
        const phone = await openAs(browser, 'office', { viewport: NARROW, lang: 'en-US' });
        await phone.page.goto('/');
        await expect(phone.page.getByTestId('workbench-keyTasks.overdue')).toContainText('Overdue tasks');
        await expect(phone.page.getByTestId('home-campaign-name')).toBeVisible();
        await expectNoSidewaysScroll(phone.page);
        await snap(phone.page, 'home-en-phone');
        await useLanguage(phone.page, 'zh-CN');
        await expect(phone.page.getByTestId('workbench-keyTasks.overdue')).toContainText('逾期任务');
        await expect(phone.page.getByTestId('home-campaign-name')).toBeVisible();
        await expectNoSidewaysScroll(phone.page);
        await expectAccessible(phone.page);
        await snap(phone.page, 'home-zh-phone');
        await phone.context.close();
      } finally {
        await useLanguage(page, 'zh-CN');
        await context.close();
      }
    });
  });
