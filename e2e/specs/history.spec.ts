import AxeBuilder from '@axe-core/playwright';
import {
  type APIRequestContext,
  type Browser,
  type BrowserContext,
  expect,
  type Locator,
  type Page,
  test,
} from '@playwright/test';
import { addWorkingDaysWith, day, signIn, snap } from './helpers';

/** The widths the history is looked at in: a desktop and a phone. */
const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };

/** Unique per run: the e2e server keeps its data between specs of one run. */
const RUN = Date.now().toString(36).toUpperCase();
const TASK_TITLE = `变更记录演示任务${RUN}`;
const ITEM_NAME = `变更记录演示事项${RUN}`;
const OPINION = `材料齐全，同意发布。${RUN}`;

type Storage = Awaited<ReturnType<BrowserContext['storageState']>>;
/** One sign-in per account (the login route is rate-limited); later contexts reuse the session. */
const sessions = new Map<string, Storage>();

async function open(browser: Browser, username: string, viewport = DESKTOP) {
  const device = viewport === PHONE ? { viewport, isMobile: true, hasTouch: true } : { viewport };
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
  return { context, page };
}

/** Switches the interface (and the account's saved language) to `lang`. */
async function useLanguage(page: Page, lang: 'zh-CN' | 'en-US') {
  const html = page.locator('html');
  if ((await html.getAttribute('lang')) !== lang) {
    await page.getByTestId('lang-switch').first().click();
    await expect(html).toHaveAttribute('lang', lang);
  }
}

async function getJson<T>(request: APIRequestContext, url: string): Promise<T> {
  const response = await request.get(url);
  expect(response.status(), `GET ${url}`).toBe(200);
  return (await response.json()) as T;
}

/** Today's date in Beijing, as the deadline picker and the server count it. */
function todayInBeijing(): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());
}

/** axe (WCAG 2 A/AA) finds nothing serious or critical. */
async function expectAccessible(page: Page): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) }))).toEqual([]);
}

/** One labelled line of the newest history entry with `action`. */
function change(drawer: Locator, action: string, field: string): Locator {
  return drawer
    .locator(`[data-testid="history-entry"][data-action="${action}"]`)
    .first()
    .locator(`[data-testid="history-change"][data-field="${field}"]`);
}

const state = { taskId: '', dueBefore: '', dueAfter: '', itemId: '' };

test.describe
  .serial('变更记录: a record page shows who changed what, labelled', () => {
    test('the clerk moves a key task’s deadline and reads the change in its history', async ({ browser }) => {
      const { context, page } = await open(browser, 'dept.clerk');
      await useLanguage(page, 'zh-CN');
      // A task of the clerk's unit, due ten working days from today.
      const me = await getJson<{ unit: { id: string } }>(page.request, '/api/me');
      const campaign = await getJson<{ id: string }>(page.request, '/api/campaigns/current');
      const persons = await getJson<{ items: { id: string; unitId: string }[] }>(
        page.request,
        `/api/persons?unitId=${me.unit.id}`,
      );
      const today = todayInBeijing();
      state.dueBefore = (
        await getJson<{ date: string }>(page.request, `/api/calendar/working-days/add?from=${today}&days=10`)
      ).date;
      state.dueAfter = (
        await getJson<{ date: string }>(page.request, `/api/calendar/working-days/add?from=${today}&days=15`)
      ).date;
      const created = await page.request.post('/api/key-tasks', {
        data: {
          campaignId: campaign.id,
          unitId: me.unit.id,
          title: TASK_TITLE,
          target: '全市中小学课后服务收费标准在校门口和学校网站同步公示。',
          dueDate: state.dueBefore,
          responsiblePersonIds: [persons.items.find((person) => person.unitId === me.unit.id)!.id],
        },
      });
      expect(created.status()).toBe(201);
      state.taskId = ((await created.json()) as { id: string }).id;

      // Opened from its address (as the audit log links to it), edited in the form: +15 working days.
      await page.goto(`/duties/key-tasks?open=${state.taskId}`);
      const drawer = page.getByTestId('key-task-drawer');
      await expect(drawer.getByTestId('key-task-details')).toContainText(TASK_TITLE);
      // A new task's history is its creation.
      await drawer.getByTestId('history-tab').click();
      await expect(change(drawer, 'key_task.created', 'dueDate')).toHaveText(
        `完成时限：${day(state.dueBefore, 'zh-CN')}`,
      );
      await drawer.getByRole('tab', { name: '详情' }).click();
      await drawer.getByTestId('key-task-edit').click();
      const form = page.getByTestId('key-task-form-drawer');
      await addWorkingDaysWith(form, 'key-task-form-due', 15, state.dueAfter);
      await form.getByTestId('key-task-form-submit').click();
      await expect(form).toBeHidden();

      // The history, fetched afresh, shows the edit first: who, and the deadline before → after.
      await drawer.getByTestId('history-tab').click();
      const newest = drawer.getByTestId('history-entry').first();
      await expect(newest).toHaveAttribute('data-action', 'key_task.updated');
      await expect(newest).toContainText('修改重点任务');
      await expect(newest).toContainText('刘填报');
      await expect(change(drawer, 'key_task.updated', 'dueDate')).toHaveText(
        `完成时限：${day(state.dueBefore, 'zh-CN')} → ${day(state.dueAfter, 'zh-CN')}`,
      );
      // Only the deadline changed (entered as +15 working days, it may also say so); ids are not
      // shown where names stand for them.
      await expect(
        newest.locator(
          '[data-testid="history-change"]:not([data-field="dueDate"]):not([data-field="dueWorkingDays"])',
        ),
      ).toHaveCount(0);
      await expect(drawer.getByTestId('record-history')).not.toContainText('responsiblePersonIds');
      await expectAccessible(page);
      await snap(page, 'history-key-task-zh-desktop');
      await context.close();
    });

    test('the same history in English, and on a phone in both languages', async ({ browser }) => {
      expect(state.taskId).not.toBe('');
      const { context, page } = await open(browser, 'dept.clerk');
      try {
        await useLanguage(page, 'en-US');
        await page.goto(`/duties/key-tasks?open=${state.taskId}`);
        const drawer = page.getByTestId('key-task-drawer');
        await drawer.getByTestId('history-tab').click();
        await expect(drawer.getByTestId('history-tab')).toHaveText('History');
        await expect(drawer.getByTestId('history-entry').first()).toContainText('Key task edited');
        await expect(change(drawer, 'key_task.updated', 'dueDate')).toHaveText(
          `Deadline: ${day(state.dueBefore, 'en-US')} → ${day(state.dueAfter, 'en-US')}`,
        );
        await expect(change(drawer, 'key_task.created', 'title')).toHaveText(`Task: ${TASK_TITLE}`);
        await snap(page, 'history-key-task-en-desktop');

        const phone = await open(browser, 'dept.clerk', PHONE);
        await useLanguage(phone.page, 'en-US');
        await phone.page.goto(`/duties/key-tasks?open=${state.taskId}`);
        const phoneDrawer = phone.page.getByTestId('key-task-drawer');
        await phoneDrawer.getByTestId('history-tab').click();
        await expect(change(phoneDrawer, 'key_task.updated', 'dueDate')).toHaveText(
          `Deadline: ${day(state.dueBefore, 'en-US')} → ${day(state.dueAfter, 'en-US')}`,
        );
        const overflow = await phone.page.evaluate(
          () => document.documentElement.scrollWidth - window.innerWidth,
        );
        expect(overflow).toBeLessThanOrEqual(0);
        await expectAccessible(phone.page);
        await snap(phone.page, 'history-key-task-en-phone');
        await phone.page.keyboard.press('Escape');
        await expect(phoneDrawer).toBeHidden();
        await useLanguage(phone.page, 'zh-CN');
        await phone.page.goto(`/duties/key-tasks?open=${state.taskId}`);
        await phoneDrawer.getByTestId('history-tab').click();
        await expect(change(phoneDrawer, 'key_task.updated', 'dueDate')).toHaveText(
          `完成时限：${day(state.dueBefore, 'zh-CN')} → ${day(state.dueAfter, 'zh-CN')}`,
        );
        await snap(phone.page, 'history-key-task-zh-phone');
        await phone.context.close();
      } finally {
        // The other specs expect the account in Chinese.
        await page.request.put('/api/me/preferences', { data: { locale: 'zh-CN' } });
        await context.close();
      }
    });

    test('the unit head approves a list item with an opinion; its history reads the step by labels', async ({
      browser,
    }) => {
      // The clerk drafts and submits an item (the drafting UI has its own spec).
      const clerk = await open(browser, 'dept.clerk');
      const me = await getJson<{ unit: { id: string } }>(clerk.page.request, '/api/me');
      const created = await clerk.page.request.post('/api/duty-items', {
        data: {
          kind: 'power',
          unitId: me.unit.id,
          code: `H-${RUN}`,
          name: ITEM_NAME,
          category: 'inspection',
          legalBasis: '《中华人民共和国教育法》第二十四条',
        },
      });
      expect(created.status()).toBe(201);
      state.itemId = ((await created.json()) as { id: string }).id;
      expect(
        (await clerk.page.request.post(`/api/duty-items/${state.itemId}/submit`, { data: {} })).ok(),
      ).toBe(true);
      await clerk.context.close();

      const { context, page } = await open(browser, 'dept.head');
      await useLanguage(page, 'zh-CN');
      await page.goto(`/duties/items?open=${state.itemId}`);
      const drawer = page.getByTestId('duty-drawer');
      await expect(drawer.getByTestId('duty-item-summary')).toContainText(`H-${RUN}`);
      await page.getByTestId('duty-approve-opinion').fill(OPINION);
      await drawer.getByTestId('duty-approve').click();
      await page.getByTestId('duty-approve-confirm').click();
      await expect(drawer.getByTestId('duty-item-summary').getByTestId('duty-status')).toHaveAttribute(
        'data-status',
        'published',
      );
      await expect(drawer.getByTestId('duty-review-opinion')).toContainText(OPINION);

      await drawer.getByTestId('history-tab').click();
      const newest = drawer.getByTestId('history-entry').first();
      await expect(newest).toHaveAttribute('data-action', 'duty_item.published');
      await expect(newest).toContainText('发布清单事项');
      await expect(newest).toContainText('黄局长');
      await expect(change(drawer, 'duty_item.published', 'status')).toHaveText('状态：待审核 → 已发布');
      await expect(change(drawer, 'duty_item.published', 'opinion')).toHaveText(`审核意见：${OPINION}`);
      await expect(change(drawer, 'duty_item.submitted', 'status')).toHaveText('状态：草稿 → 待审核');
      await expect(change(drawer, 'duty_item.drafted', 'category')).toHaveText('职权类别：行政检查');
      await snap(page, 'history-duty-item-zh-desktop');
      await context.close();
    });

    test('the audit administrator reads the same events by their labels, filtered by record type', async ({
      browser,
    }) => {
      expect(state.itemId).not.toBe('');
      const { context, page } = await open(browser, 'auditadmin');
      await useLanguage(page, 'zh-CN');
      await page.getByTestId('nav-audit').click();
      // Many record types: the list scrolls (and renders only what is in view), so search it.
      await page.getByTestId('audit-filter-record-type').click();
      await page.keyboard.type('清单事项');
      await page.locator('.ant-select-dropdown:visible').getByTitle('清单事项', { exact: true }).click();
      await page.getByTestId('audit-filter-submit').click();
      const table = page.getByTestId('audit-table');
      await expect(table.getByTestId('audit-record-type').first()).toHaveText('清单事项');
      for (const type of await table.getByTestId('audit-record-type').all())
        await expect(type).toHaveAttribute('data-record-type', 'duty_item');
      // The approval, by its label, with the item's id in full; narrowed to that record.
      const approval = table
        .getByRole('row')
        .filter({ hasText: state.itemId })
        .filter({ hasText: '发布清单事项' });
      await expect(approval).toHaveCount(1);
      await approval.getByTestId('audit-only-record').click();
      await expect(page.locator('#audit-filters_recordId')).toHaveValue(state.itemId);
      await expect(table.getByTestId('audit-record-id')).toHaveText([
        state.itemId,
        state.itemId,
        state.itemId,
      ]);
      await approval.locator('.ant-table-row-expand-icon').click();
      const diff = table.getByTestId('audit-diff');
      await expect(diff.getByRole('row').filter({ hasText: '审核意见' })).toContainText(OPINION);
      await expect(diff.getByRole('row').filter({ hasText: '状态' }).first()).toContainText('已发布');
      await snap(page, 'audit-labelled-zh-desktop');
      await context.close();
    });
  });
