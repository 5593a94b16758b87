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
const OWN_PAGE = { 'X-Requested-With': 'zeren' };

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
  listCases: '/api/cases',
  listRoleGrants: '/api/role-grants',
  listSpotCheckTargets: '/api/spot-checks/targets',
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

/**
 * Each card's count is its list's length; its link opens that list, filtered, with those rows.
 * `only`: the entries checked (the others of the person are left to their own specs).
 */
async function checkWorkbench(page: Page, username: string, only?: string[]) {
  const all = (await getJson<{ items: Entry[] }>(page.request, '/api/workbench')).items;
  const items = only ? all.filter((entry) => only.includes(entry.key)) : all;
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
      case 'listCases': {
        // Every filter of the link but the campaign (the cases page lists every campaign in scope).
        const { campaignId: _campaignId, ...filter } = entry.query;
        await expect(page).toHaveURL(/\/accountability\/cases\?/);
        const url = new URL(page.url());
        expect(url.pathname).toBe('/accountability/cases');
        expect(Object.fromEntries(url.searchParams)).toEqual(
          Object.fromEntries(Object.entries(filter).map(([k, v]) => [k, String(v)])),
        );
        if ('exemptionToDecide' in filter)
          await expect(page.getByTestId('case-filter-exemption-to-decide')).toBeChecked();
        await expectFirstPage(page, 'case-table', entry.count);
        break;
      }
      case 'listRoleGrants':
        // 授权审批 lists the pending grants, always.
        await expect(page).toHaveURL(/\/security\/role-grants$/);
        await expectFirstPage(page, 'grant-table', entry.count);
        break;
      case 'listSpotCheckTargets':
        // The page calls the API's `open` (待登记) `toRecord`.
        await expect(page).toHaveURL(/\/spot-checks\/targets\?assignedToMe=true&toRecord=true$/);
        await expect(page.getByTestId('spot-check-filter-mine')).toBeChecked();
        await expect(page.getByTestId('spot-check-filter-open')).toBeChecked();
        await expectFirstPage(page, 'spot-check-targets', entry.count);
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

    test('a fault-tolerance request the handler filed, and a role the system administrator granted', async ({
      browser,
    }) => {
      // The office registers a lead; the supervisor takes it, determines a person and asks for fault tolerance.
      const office = await openAs(browser, 'office');
      const units = await getJson<{ items: { id: string; name: string }[] }>(
        office.page.request,
        '/api/units',
      );
      const jyj = units.items.find((u) => u.name === '市教育局')!;
      const persons = await getJson<{ items: { id: string; name: string }[] }>(
        office.page.request,
        `/api/persons?q=${encodeURIComponent('马晓明')}`,
      );
      const lead = await office.page.request.post('/api/leads', {
        headers: OWN_PAGE,
        data: {
          source: 'leader_instruction',
          sourceRef: `市领导批示〔2026〕工作台${RUN}`,
          summary: `工作台容错申请案件（${RUN}）`,
          details: '领导批示：查明责任。',
          concernedUnitIds: [jyj.id],
          conduct: 'slow_action',
        },
      });
      expect(lead.status(), await lead.text()).toBe(201);
      const leadId = ((await lead.json()) as { id: string }).id;
      await office.context.close();
      const supervisor = await openAs(browser, 'supervisor');
      const triaged = await supervisor.page.request.post(`/api/leads/${leadId}/triage`, {
        headers: OWN_PAGE,
        data: { disposal: 'preliminary_verification', dueWorkingDays: 30 },
      });
      expect(triaged.status(), await triaged.text()).toBe(200);
      const determined = await supervisor.page.request.post(
        `/api/cases/${(await triaged.json()).caseId}/determinations`,
        {
          headers: OWN_PAGE,
          data: {
            personId: persons.items.find((p) => p.name === '马晓明')!.id,
            liability: 'direct',
            conducts: ['slow_action'],
            measures: ['admonition'],
          },
        },
      );
      expect(determined.status(), await determined.text()).toBe(201);
      const requested = await supervisor.page.request.post(
        `/api/determinations/${(await determined.json()).id}/exemption-requests`,
        {
          headers: OWN_PAGE,
          data: { ground: 'reform_pilot', statement: '属于先行先试中的失误，已及时纠正。' },
        },
      );
      expect(requested.status(), await requested.text()).toBe(201);
      // The handler who asked does not decide it: its card does not list the case.
      await checkWorkbench(supervisor.page, 'supervisor', ['accountability.exemptionsToDecide']);
      await expect(supervisor.page.getByTestId('case-table')).not.toContainText(RUN);
      await supervisor.context.close();

      // The system administrator gives a new account a role: it waits for the security administrator.
      const sysadmin = await openAs(browser, 'sysadmin');
      const person = await sysadmin.page.request.post('/api/persons', {
        headers: OWN_PAGE,
        data: { unitId: jyj.id, name: '工作台新同事' },
      });
      expect(person.status(), await person.text()).toBe(201);
      const account = await sysadmin.page.request.post('/api/accounts', {
        headers: OWN_PAGE,
        data: {
          username: `wb.${RUN.toLowerCase()}`,
          password: 'Workbench-Set-2026!',
          personId: (await person.json()).id,
          roles: [{ role: 'unit_staff', dataScope: 'self_unit', unitId: jyj.id }],
        },
      });
      expect(account.status(), await account.text()).toBe(201);
      await sysadmin.context.close();
    });

    test('the second supervisor, the security administrator and the inspector each find theirs', async ({
      browser,
    }) => {
      const cases: [string, string, (count: number) => void][] = [
        ['supervisor2', 'accountability.exemptionsToDecide', (n) => expect(n).toBeGreaterThan(0)],
        ['secadmin', 'roleGrants.toApprove', (n) => expect(n).toBeGreaterThan(0)],
        // The demo has no spot check in progress (its key check waits for its draw): the card is there.
        ['inspector', 'spotChecks.resultsOwed', (n) => expect(n).toBeGreaterThanOrEqual(0)],
      ];
      for (const [username, key, expected] of cases) {
        const { context, page } = await openAs(browser, username);
        const { items } = await getJson<{ items: Entry[] }>(page.request, '/api/workbench');
        expected(items.find((entry) => entry.key === key)!.count);
        await checkWorkbench(page, username, [key]);
        if (username === 'supervisor2') await expect(page.getByTestId('case-table')).toContainText(RUN);
        if (username === 'secadmin')
          await expect(page.getByTestId('grant-table')).toContainText(`wb.${RUN.toLowerCase()}`);
        await context.close();
      }
    });

    test('their cards read in both languages', async ({ browser }) => {
      const labels: [string, string, string, string][] = [
        [
          'supervisor2',
          'accountability.exemptionsToDecide',
          '待认定的容错申请',
          'Fault-tolerance requests to decide',
        ],
        ['secadmin', 'roleGrants.toApprove', '待审批的角色授权', 'Role grants to approve'],
        ['inspector', 'spotChecks.resultsOwed', '待登记的抽查结果', 'Spot-check results to record'],
      ];
      for (const [username, key, zh, en] of labels) {
        const { context, page } = await openAs(browser, username);
        try {
          await page.goto('/');
          await expect(page.getByTestId(`workbench-${key}`)).toContainText(zh);
          await useLanguage(page, 'en-US');
          await expect(page.getByTestId(`workbench-${key}`)).toContainText(en);
          await snap(page, `workbench-${username}-en-desktop`);
        } finally {
          await useLanguage(page, 'zh-CN');
          await context.close();
        }
      }
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
