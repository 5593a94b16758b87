import { expect, type Locator, type Page, test } from '@playwright/test';
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
const TASK_TITLE = `寒假安全教育${RUN}`;
/** A deadline counted through New Year's Day 2027, a Friday: a working day until 2027's schedule is entered. */
const COUNTED_TO = '2027-01-13';
const MOVED_TO = '2027-01-14';

/** The State Council's notice as it is published (weekdays and lunar dates in brackets). */
const NOTICE_2027 = `国务院办公厅关于2027年部分节假日安排的通知
国办发明电〔2026〕7号

经国务院批准，现将2027年元旦、春节、清明节、劳动节、端午节、中秋节和国庆节放假调休日期的具体安排通知如下。
一、元旦：1月1日（周五）至3日（周日）放假，共3天。
二、春节：2月5日（农历除夕、周五）至13日（农历正月初八、周六）放假调休，共9天。2月14日（周日）、2月20日（周六）上班。
三、清明节：4月3日（周六）至5日（周一）放假，共3天。
四、劳动节：5月1日（周六）至5日（周三）放假调休，共5天。4月25日（周日）、5月8日（周六）上班。
五、端午节：6月9日（周三）放假，共1天。
六、中秋节：9月15日（周三）放假，共1天。
七、国庆节：10月1日（周五）至7日（周四）放假调休，共7天。9月26日（周日）、10月9日（周六）上班。

节假日期间，各地区、各部门要妥善安排好值班和安全、保卫、疫情防控等工作。`;

interface KeyTaskView {
  id: string;
  title: string;
  dueDate: string;
  dueDateProvisional: boolean;
}

/** Picks options of an antd Select by their visible labels (titles). */
async function pickOptions(page: Page, select: Locator, labels: string[]) {
  await select.click();
  const dropdown = page.locator('.ant-select-dropdown:visible');
  for (const label of labels) await dropdown.getByTitle(label, { exact: true }).click();
}

const state = { taskId: '' };

test.describe
  .serial('工作日历: the office enters 2027 from the State Council notice; deadlines counted in working days move', () => {
    test.beforeAll(async ({ browser }) => {
      const { context, page } = await openAs(browser, 'office');
      const years = await getJson<{ provisionalYear: number | null }>(page.request, '/api/calendar/years');
      await context.close();
      // The notice is 2027's: the flow needs 2027 still provisional and today before it.
      test.skip(
        years.provisionalYear !== 2027 || todayInBeijing() >= '2027-01-01',
        '2027 is not provisional',
      );
    });

    test('a clerk sets a deadline as N working days into 2027: it is computed on weekends alone, 暂定', async ({
      browser,
    }) => {
      const { context, page } = await openAs(browser, 'dept.clerk');
      const today = todayInBeijing();
      const { days } = await getJson<{ days: number; provisional: boolean }>(
        page.request,
        `/api/calendar/working-days/between?from=${today}&to=${COUNTED_TO}`,
      );

      await page.goto('/duties/key-tasks');
      await page.getByTestId('key-task-add').click();
      const drawer = page.getByTestId('key-task-form-drawer');
      await pickOptions(page, drawer.getByTestId('key-task-form-unit'), ['市教育局']);
      await drawer.getByTestId('key-task-form-title').fill(TASK_TITLE);
      await drawer.getByTestId('key-task-form-target').fill('全市中小学寒假安全教育全覆盖。');
      await addWorkingDaysWith(drawer, 'key-task-form-due', days, COUNTED_TO);
      // Counted on weekends alone through 2027: provisional, and kept as N working days.
      await expect(drawer.getByTestId('key-task-form-due-provisional')).toHaveText('暂定');
      await expect(drawer.getByTestId('key-task-form-due-counted')).toHaveAttribute(
        'data-working-days',
        String(days),
      );
      await pickOptions(page, drawer.getByTestId('key-task-form-persons'), ['刘填报（办公室科员）']);
      await drawer.getByTestId('key-task-form-title').click();
      await expect(page.locator('.ant-select-dropdown:visible')).toHaveCount(0);
      await snap(page, 'calendar-deadline-provisional-form-zh-desktop');
      await drawer.getByTestId('key-task-form-submit').click();
      await expect(drawer).toBeHidden();

      const row = page.getByTestId('key-task-table').getByRole('row', { name: new RegExp(TASK_TITLE) });
      await expect(row.getByTestId('key-task-due')).toHaveAttribute('data-date', COUNTED_TO);
      await expect(row.getByTestId('key-task-due-provisional')).toHaveText('暂定');

      const list = await getJson<{ items: KeyTaskView[] }>(page.request, '/api/key-tasks');
      const stored = list.items.find((task) => task.title === TASK_TITLE)!;
      expect(stored).toMatchObject({ dueDate: COUNTED_TO, dueDateProvisional: true });
      state.taskId = stored.id;
      await context.close();
    });

    test('the office pastes the notice, checks what was read, saves it: the deadline moves a working day', async ({
      browser,
    }) => {
      expect(state.taskId).not.toBe('');
      const { context, page } = await openAs(browser, 'office');
      await page.goto('/calendar');
      await page.getByTestId('calendar-next-year').click();
      const provisional = page.getByTestId('calendar-provisional');
      await expect(provisional).toContainText('2027 年为暂定年度');
      await expect(page.getByTestId('calendar-month')).toHaveAttribute('data-provisional', 'true');
      await expectAccessible(page);
      await snap(page, 'calendar-provisional-zh-desktop');

      await provisional.getByTestId('calendar-provisional-enter').click();
      const drawer = page.getByTestId('calendar-schedule-drawer');
      await expect(drawer.getByTestId('calendar-schedule-year')).toHaveValue('2027');
      await drawer.getByTestId('calendar-notice-text').fill(NOTICE_2027);
      await drawer.getByTestId('calendar-notice-parse').click();
      await expect(drawer.getByTestId('calendar-notice-parsed')).toContainText(
        '已从通知中识别出 2027 年的 7 个节假日和 6 个调休上班日',
      );
      // What was read, for the office to check and correct.
      const holidays = drawer.getByTestId('calendar-holiday-row');
      await expect(holidays).toHaveCount(7);
      await expect(holidays.nth(0).getByTestId('calendar-holiday-name')).toHaveValue('元旦');
      await expect(holidays.nth(0).getByTestId('calendar-holiday-start')).toHaveValue('2027-01-01');
      await expect(holidays.nth(0).getByTestId('calendar-holiday-end')).toHaveValue('2027-01-03');
      await expect(holidays.nth(1).getByTestId('calendar-holiday-name')).toHaveValue('春节');
      await expect(holidays.nth(1).getByTestId('calendar-holiday-end')).toHaveValue('2027-02-13');
      const workdays = drawer.getByTestId('calendar-workday-row');
      await expect(workdays).toHaveCount(6);
      await expect(workdays.nth(0).getByTestId('calendar-workday-date')).toHaveValue('2027-02-14');
      await expectAccessible(page);
      await snap(page, 'calendar-schedule-parsed-zh-desktop');

      await drawer.getByTestId('calendar-schedule-submit').click();
      await expect(drawer).toBeHidden();
      const result = page.getByTestId('calendar-schedule-result');
      await expect(result).toContainText('已录入 2027 年节假日安排');
      await expect(result).toContainText('重新计算了');
      expect(Number(await result.getAttribute('data-recomputed'))).toBeGreaterThanOrEqual(1);
      await expect(page.getByTestId('calendar-provisional')).toHaveCount(0);
      await expect(page.getByTestId('calendar-source')).toContainText('管理员按国务院办公厅通知录入');
      // January 2027 at a glance: New Year's Day a holiday now.
      await page
        .getByTestId('calendar-table')
        .getByRole('row', { name: /2027-01-01/ })
        .click();
      await expect(page.getByTestId('calendar-month-title')).toHaveText('2027年1月');
      const newYear = page.getByTestId('calendar-month').locator('[data-day="2027-01-01"]');
      await expect(newYear).toHaveAttribute('data-kind', 'holiday');
      await expect(newYear).toContainText('元旦');
      await snap(page, 'calendar-schedule-saved-zh-desktop');
      const years = await getJson<{ provisionalYear: number }>(page.request, '/api/calendar/years');
      expect(years.provisionalYear).toBe(2028);
      await context.close();
    });

    test("the clerk's deadline moved, is no longer 暂定, and its history says why", async ({ browser }) => {
      expect(state.taskId).not.toBe('');
      const { context, page } = await openAs(browser, 'dept.clerk');
      const detail = await getJson<{ task: KeyTaskView }>(page.request, `/api/key-tasks/${state.taskId}`);
      expect(detail.task).toMatchObject({ dueDate: MOVED_TO, dueDateProvisional: false });

      await page.goto(`/duties/key-tasks?open=${state.taskId}`);
      const drawer = page.getByTestId('key-task-drawer');
      await expect(drawer.getByTestId('key-task-due')).toHaveAttribute('data-date', MOVED_TO);
      await expect(drawer.getByTestId('key-task-due-provisional')).toHaveCount(0);
      await drawer.getByTestId('history-tab').click();
      const moved = historyChange(drawer, 'key_task.deadline_recomputed', 'dueDate');
      await expect(moved).toHaveText(`完成时限：${day(COUNTED_TO)} → ${day(MOVED_TO)}`);
      await expect(drawer.getByTestId('history-entry').first()).toContainText('按新的节假日安排重算完成时限');
      await snap(page, 'calendar-deadline-recomputed-history-zh-desktop');
      await context.close();

      const phone = await openAs(browser, 'office', { viewport: NARROW });
      await phone.page.goto('/calendar');
      await expect(phone.page.getByTestId('calendar-month')).toBeVisible();
      await snap(phone.page, 'calendar-zh-phone');
      await phone.context.close();
    });
  });
