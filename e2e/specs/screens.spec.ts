import { type Browser, type BrowserContext, expect, type Page, test } from '@playwright/test';
import {
  expectNoSidewaysScroll,
  getJson,
  type Lang,
  NARROW,
  openAs,
  snap,
  todayInBeijing,
  useLanguage,
  WIDE,
} from './helpers';

/**
 * Screenshots of the pages of the workbench, calendar, key-task and approval flows, in both
 * languages, on a desktop and a phone (e2e/.screenshots/<page>-<lang>-<desktop|phone>.png), for
 * people to look at; each checks the page is there and, on a phone, does not scroll sideways.
 */

const RUN = Date.now().toString(36).toUpperCase();
const SET_TASK = `城乡学校结对帮扶${RUN}`;
const DEMO_TASK = '规范校外培训机构办学行为专项整治';

interface Shot {
  name: string;
  user: string;
  path: string | (() => string);
  /** The test id that says the page is shown. */
  ready: string;
  /** What to open on the page before the screenshot (a drawer, a modal). */
  open?: (page: Page) => Promise<void>;
}

const state = { setTaskId: '' };

async function openTask(page: Page, title: string) {
  await page
    .getByTestId('key-task-table')
    .getByRole('row', { name: new RegExp(title) })
    .getByTestId('key-task-open')
    .click();
  await expect(page.getByTestId('key-task-details')).toBeVisible();
}

const SHOTS: Shot[] = [
  {
    name: 'home',
    user: 'office',
    path: '/',
    ready: 'workbench',
    open: async (page) => {
      await expect(page.getByTestId('workbench-link').first()).toBeVisible();
      await expect(page.getByTestId('home-campaign-name')).toBeVisible();
    },
  },
  { name: 'calendar', user: 'office', path: '/calendar', ready: 'calendar-month' },
  {
    name: 'calendar-schedule',
    user: 'office',
    path: '/calendar',
    ready: 'calendar-month',
    open: async (page) => {
      await page.getByTestId('calendar-enter-schedule').click();
      await expect(page.getByTestId('calendar-schedule-form')).toBeVisible();
    },
  },
  { name: 'key-tasks', user: 'office', path: '/duties/key-tasks', ready: 'key-task-table' },
  {
    name: 'key-task-decide-extension',
    user: 'office',
    path: '/duties/key-tasks?pendingExtension=true',
    ready: 'key-task-table',
    open: async (page) => {
      await openTask(page, DEMO_TASK);
      await expect(page.getByTestId('extension-approve')).toBeVisible();
    },
  },
  {
    name: 'key-task-set-by-superior',
    user: 'dept.clerk',
    path: () => `/duties/key-tasks?open=${state.setTaskId}`,
    ready: 'key-task-drawer',
    open: async (page) => {
      await expect(page.getByTestId('key-task-set-by-note')).toBeVisible();
    },
  },
  {
    name: 'key-task-form-restricted',
    user: 'dept.clerk',
    path: () => `/duties/key-tasks?open=${state.setTaskId}`,
    ready: 'key-task-drawer',
    open: async (page) => {
      await page.getByTestId('key-task-edit').click();
      await expect(page.getByTestId('key-task-form-restricted')).toBeVisible();
    },
  },
  {
    name: 'key-task-extension-request',
    user: 'dept.clerk',
    path: () => `/duties/key-tasks?open=${state.setTaskId}`,
    ready: 'key-task-drawer',
    open: async (page) => {
      await page.getByTestId('key-task-request-extension').click();
      await expect(page.getByTestId('extension-due-date')).toBeVisible();
    },
  },
  {
    name: 'duty-items-returned',
    user: 'dept.clerk',
    path: '/duties/items?status=returned',
    ready: 'duty-table',
  },
  { name: 'duty-items-duty-list', user: 'dept.clerk', path: '/duties/items?kind=duty', ready: 'duty-table' },
  { name: 'approvals', user: 'dept.head', path: '/duties/approvals', ready: 'approval-table' },
  {
    name: 'approval-review',
    user: 'dept.head',
    path: '/duties/approvals',
    ready: 'approval-table',
    open: async (page) => {
      await page.getByTestId('queue-review').first().click();
      await expect(page.getByTestId('duty-diff')).toBeVisible();
    },
  },
  {
    name: 'suggestions-received',
    user: 'office',
    path: '/duties/suggestions?status=received',
    ready: 'suggestion-table',
  },
  { name: 'units', user: 'office', path: '/org/units', ready: 'unit-tree' },
  { name: 'supervision-reminders', user: 'office', path: '/supervision/reminders', ready: 'reminders-table' },
  { name: 'dashboard-heat', user: 'office', path: '/dashboard', ready: 'heat-table' },
];

test.describe
  .serial('screens of the flows, in both languages, on a desktop and a phone', () => {
    test.beforeAll(async ({ browser }) => {
      // A task the office set for 市教育局 (no request yet), and an item waiting for the head.
      const office = await openAs(browser, 'office');
      const campaign = await getJson<{ id: string }>(office.page.request, '/api/campaigns/current');
      const units = await getJson<{ items: { id: string; name: string }[] }>(
        office.page.request,
        '/api/units',
      );
      const bureau = units.items.find((unit) => unit.name === '市教育局')!;
      const persons = await getJson<{ items: { id: string }[] }>(
        office.page.request,
        `/api/persons?unitId=${bureau.id}`,
      );
      const due = await getJson<{ date: string }>(
        office.page.request,
        `/api/calendar/working-days/add?from=${todayInBeijing()}&days=15`,
      );
      const task = await office.page.request.post('/api/key-tasks', {
        data: {
          campaignId: campaign.id,
          unitId: bureau.id,
          title: SET_TASK,
          target: '每所城区学校结对帮扶一所乡村学校，开展教师交流和课程共享。',
          dueDate: due.date,
          responsiblePersonIds: [persons.items[0]!.id],
        },
      });
      expect(task.status()).toBe(201);
      state.setTaskId = ((await task.json()) as { id: string }).id;
      await office.context.close();

      const clerk = await openAs(browser, 'dept.clerk');
      const me = await getJson<{ unit: { id: string } }>(clerk.page.request, '/api/me');
      const item = await clerk.page.request.post('/api/duty-items', {
        data: {
          kind: 'power',
          unitId: me.unit.id,
          code: `SCR-${RUN}`,
          name: `教育收费检查${RUN}`,
          category: 'inspection',
          legalBasis: '《教育收费管理办法》第十二条',
        },
      });
      expect(item.status()).toBe(201);
      const id = ((await item.json()) as { id: string }).id;
      expect((await clerk.page.request.post(`/api/duty-items/${id}/submit`, { data: {} })).ok()).toBe(true);
      await clerk.context.close();
    });

    for (const lang of ['zh-CN', 'en-US'] as const)
      for (const [device, viewport] of [
        ['desktop', WIDE],
        ['phone', NARROW],
      ] as const)
        test(`${lang} ${device}`, async ({ browser }) => {
          test.setTimeout(180_000);
          await shootAll(browser, lang, device, viewport);
        });
  });

async function shootAll(
  browser: Browser,
  lang: Lang,
  device: 'desktop' | 'phone',
  viewport: { width: number; height: number },
) {
  const contexts = new Map<string, { context: BrowserContext; page: Page }>();
  try {
    for (const shot of SHOTS) {
      let opened = contexts.get(shot.user);
      if (!opened) {
        opened = await openAs(browser, shot.user, { viewport, lang });
        contexts.set(shot.user, opened);
      }
      const { page } = opened;
      await page.goto(typeof shot.path === 'string' ? shot.path : shot.path());
      await expect(page.getByTestId(shot.ready).first(), shot.name).toBeVisible();
      await shot.open?.(page);
      // Let drawers and modals finish opening, and lists finish loading.
      await expect(page.locator('.ant-spin-spinning')).toHaveCount(0);
      await page.waitForTimeout(400);
      if (device === 'phone') await expectNoSidewaysScroll(page);
      await snap(page, `${shot.name}-${lang === 'zh-CN' ? 'zh' : 'en'}-${device}`);
    }
  } finally {
    // The other specs expect the accounts in Chinese.
    for (const { context, page } of contexts.values()) {
      // Away from any drawer or modal left open, whose mask would take the click.
      await page.goto('/');
      await useLanguage(page, 'zh-CN');
      await context.close();
    }
  }
}
