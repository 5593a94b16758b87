import { expect, test } from '@playwright/test';
import {
  addWorkingDaysWith,
  day,
  expectAccessible,
  getJson,
  historyChange,
  NARROW,
  openAs,
  snap,
  todayInBeijing,
} from './helpers';

/** Unique per run: the e2e server keeps its data between specs of one run. */
const RUN = Date.now().toString(36).toUpperCase();
const TASK_TITLE = `学校食堂食品安全专项检查${RUN}`;
const REASON = `涉及学校 86 所，需增加县区交叉检查环节。${RUN}`;
const OPINION = `同意延期，请按期报送检查结果。${RUN}`;
const EXTRA_DAYS = 5;

interface KeyTaskView {
  id: string;
  title: string;
  dueDate: string;
  setByUnitName: string;
  deadlineOwned: boolean;
}
interface ExtensionView {
  id: string;
  status: string;
  currentDueDate: string;
  requestedDueDate: string;
  reason: string;
  requestedByName: string | null;
  decidedByName: string | null;
  opinion: string | null;
}

const state = { taskId: '', dueDate: '', requested: '' };

test.describe
  .serial('延期申请: a deadline set by the office is moved only by the office, on the bureau’s request', () => {
    test('the office sets a task for 市教育局 (下达单位: 市政府督查室)', async ({ browser }) => {
      const { context, page } = await openAs(browser, 'office');
      const campaign = await getJson<{ id: string }>(page.request, '/api/campaigns/current');
      const units = await getJson<{ items: { id: string; name: string }[] }>(page.request, '/api/units');
      const bureau = units.items.find((unit) => unit.name === '市教育局')!;
      const persons = await getJson<{ items: { id: string; name: string; unitId: string }[] }>(
        page.request,
        `/api/persons?unitId=${bureau.id}`,
      );
      const today = todayInBeijing();
      state.dueDate = (
        await getJson<{ date: string }>(page.request, `/api/calendar/working-days/add?from=${today}&days=20`)
      ).date;
      const created = await page.request.post('/api/key-tasks', {
        data: {
          campaignId: campaign.id,
          unitId: bureau.id,
          title: TASK_TITLE,
          target: '全市中小学食堂食品安全检查全覆盖，发现问题整改率 100%。',
          dueDate: state.dueDate,
          responsiblePersonIds: [persons.items.find((person) => person.name === '刘填报')!.id],
        },
      });
      expect(created.status(), await created.text()).toBe(201);
      const task = (await created.json()) as KeyTaskView;
      expect(task).toMatchObject({ setByUnitName: '市政府督查室', deadlineOwned: true });
      state.taskId = task.id;
      state.requested = (
        await getJson<{ date: string }>(
          page.request,
          `/api/calendar/working-days/add?from=${state.dueDate}&days=${EXTRA_DAYS}`,
        )
      ).date;
      await context.close();
    });

    test('the bureau clerk may not change the deadline and asks for an extension instead', async ({
      browser,
    }) => {
      expect(state.taskId).not.toBe('');
      const { context, page } = await openAs(browser, 'dept.clerk');
      await page.goto(`/duties/key-tasks?open=${state.taskId}`);
      const drawer = page.getByTestId('key-task-drawer');
      await expect(drawer.getByTestId('key-task-set-by')).toHaveText('市政府督查室');
      await expect(drawer.getByTestId('key-task-set-by-note')).toHaveText(
        '由市政府督查室下达，如需延期请提出延期申请',
      );
      await expect(drawer.getByTestId('key-task-delete')).toHaveCount(0);

      // Editing offers the responsible persons only: title, target, deadline and domain are read-only.
      await drawer.getByTestId('key-task-edit').click();
      const form = page.getByTestId('key-task-form-drawer');
      await expect(form.getByTestId('key-task-form-restricted')).toContainText('本任务由市政府督查室下达');
      await expect(form.getByTestId('key-task-form-readonly')).toContainText(day(state.dueDate));
      await expect(form.getByTestId('key-task-form-title')).toHaveCount(0);
      await expect(form.getByTestId('key-task-form-due-date')).toHaveCount(0);
      await expect(form.getByTestId('key-task-form-persons')).toBeVisible();
      await snap(page, 'extension-form-restricted-zh-desktop');
      await form.getByRole('button', { name: /取\s*消/ }).click();
      await expect(form).toBeHidden();
      // The server agrees: the deadline is the office's.
      const refused = await page.request.patch(`/api/key-tasks/${state.taskId}`, {
        data: { dueDate: state.requested },
      });
      expect(refused.status()).toBe(403);

      await drawer.getByTestId('key-task-request-extension').click();
      const modal = page.getByTestId('extension-request-modal').getByRole('dialog');
      await expect(modal).toContainText('市政府督查室');
      await addWorkingDaysWith(modal, 'extension-due', EXTRA_DAYS, state.requested);
      await expect(modal.getByTestId('extension-due-working-days')).toHaveText(
        `较原时限延后 ${EXTRA_DAYS} 个工作日`,
      );
      await modal.getByTestId('extension-reason').fill(REASON);
      await snap(page, 'extension-request-zh-desktop');
      await modal.getByTestId('extension-submit').click();
      await expect(modal).toBeHidden();

      const item = drawer.getByTestId('extension-item').first();
      await expect(item).toHaveAttribute('data-status', 'requested');
      await expect(item.getByTestId('extension-status')).toHaveText('待审批');
      await expect(item.getByTestId('extension-dates')).toHaveText(
        `${day(state.dueDate)} → ${day(state.requested)}`,
      );
      await expect(item).toContainText(REASON);
      await expect(item).toContainText('刘填报');
      // One open request at a time; the clerk does not decide it.
      await expect(drawer.getByTestId('key-task-request-extension')).toHaveCount(0);
      await expect(drawer.getByTestId('key-task-extension-open')).toBeVisible();
      await expect(item.getByTestId('extension-approve')).toHaveCount(0);
      await expectAccessible(page);
      await snap(page, 'extension-requested-zh-desktop');
      await context.close();
    });

    test('the office finds it on the workbench, approves it with an opinion; the history shows the move', async ({
      browser,
    }) => {
      expect(state.taskId).not.toBe('');
      const { context, page } = await openAs(browser, 'office');
      const pending = await getJson<{ items: KeyTaskView[]; total: number }>(
        page.request,
        '/api/key-tasks?pendingExtension=true&limit=200',
      );
      expect(pending.items.map((task) => task.id)).toContain(state.taskId);

      await page.goto('/');
      const card = page.getByTestId('workbench-keyTasks.extensions');
      await expect(card).toHaveAttribute('data-count', String(pending.total));
      await expect(card.getByTestId('workbench-count')).toHaveText(String(pending.total));
      await card.getByTestId('workbench-link').click();
      // The workbench's link names the filter and the campaign it counted in.
      await expect(page).toHaveURL(/\/duties\/key-tasks\?pendingExtension=true&campaignId=[0-9a-f-]+$/);
      await expect(page.getByRole('checkbox', { name: '待我审批的延期申请' })).toBeChecked();
      const rows = page.getByTestId('key-task-table').locator('tbody tr.ant-table-row');
      await expect(rows).toHaveCount(Math.min(pending.total, 20));
      await expect(page.getByTestId('key-task-table').getByTestId('list-total')).toHaveAttribute(
        'data-total',
        String(pending.total),
      );
      const row = rows.filter({ hasText: TASK_TITLE });
      await snap(page, 'extension-pending-list-zh-desktop');

      await row.getByTestId('key-task-open').click();
      const drawer = page.getByTestId('key-task-drawer');
      const item = drawer.getByTestId('extension-item').first();
      await expect(item).toContainText(REASON);
      await item.getByTestId('extension-approve').click();
      const modal = page.getByTestId('extension-approve-modal').getByRole('dialog');
      await expect(modal).toContainText(`完成时限将由 ${day(state.dueDate)} 调整为 ${day(state.requested)}`);
      await modal.getByTestId('extension-approve-text').fill(OPINION);
      await snap(page, 'extension-approve-zh-desktop');
      await modal.getByTestId('extension-approve-submit').click();
      await expect(modal).toBeHidden();

      await expect(item).toHaveAttribute('data-status', 'approved');
      await expect(item.getByTestId('extension-decision')).toContainText(OPINION);
      await expect(item.getByTestId('extension-decision')).toContainText('陈督查');
      await expect(drawer.getByTestId('key-task-due')).toHaveAttribute('data-date', state.requested);

      await drawer.getByTestId('history-tab').click();
      await expect(historyChange(drawer, 'key_task.extension_approved', 'dueDate')).toHaveText(
        `完成时限：${day(state.dueDate)} → ${day(state.requested)}`,
      );
      await expect(historyChange(drawer, 'key_task.extension_approved', 'opinion')).toHaveText(
        `审批意见：${OPINION}`,
      );
      await expect(historyChange(drawer, 'key_task.extension_requested', 'reason')).toHaveText(
        `理由：${REASON}`,
      );
      await snap(page, 'extension-history-zh-desktop');

      const detail = await getJson<{ task: KeyTaskView; extensions: ExtensionView[] }>(
        page.request,
        `/api/key-tasks/${state.taskId}`,
      );
      expect(detail.task.dueDate).toBe(state.requested);
      expect(detail.extensions[0]).toMatchObject({
        status: 'approved',
        currentDueDate: state.dueDate,
        requestedDueDate: state.requested,
        reason: REASON,
        requestedByName: '刘填报',
        decidedByName: '陈督查',
        opinion: OPINION,
      });
      // Decided: no longer waiting for the office.
      const after = await getJson<{ items: KeyTaskView[] }>(
        page.request,
        '/api/key-tasks?pendingExtension=true',
      );
      expect(after.items.map((task) => task.id)).not.toContain(state.taskId);
      await context.close();
    });

    test('the clerk sees the decision, on a phone', async ({ browser }) => {
      expect(state.taskId).not.toBe('');
      const { context, page } = await openAs(browser, 'dept.clerk', { viewport: NARROW });
      await page.goto(`/duties/key-tasks?open=${state.taskId}`);
      const drawer = page.getByTestId('key-task-drawer');
      const item = drawer.getByTestId('extension-item').first();
      await expect(item.getByTestId('extension-status')).toHaveText('已同意');
      await expect(item).toContainText(OPINION);
      await snap(page, 'extension-decided-zh-phone');
      await context.close();
    });
  });
