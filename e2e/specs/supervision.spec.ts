import { expect, type Page, test } from '@playwright/test';
import {
  addWorkingDaysWith,
  advanceServerClock,
  day,
  expectAccessible,
  expectNoSidewaysScroll,
  getJson,
  historyChange,
  type Lang,
  NARROW,
  openAs,
  pick,
  SAMPLE_PDF,
  serverToday,
  snap,
  todayInBeijing,
} from './helpers';

/** Unique per run: the e2e server keeps its data between specs of one run. */
const RUN = Date.now().toString(36).toUpperCase();
const TITLE = `校外培训机构专项治理督办${RUN}`;
const TASK = '对全市校外培训机构开展拉网式排查，无证办学的一律依法取缔，排查结果报市政府督查室。';
const INSTRUCTION = '请市教育局牵头，两周内拿出整治方案并抓好落实。';
const LEADER = '李副市长';
const OPINION = `请按时限办结。${RUN}`;
const NOTE = `已完成城区排查，共排查机构 126 家。${RUN}`;
const REASON = `县区排查点多面广，需增加交叉复查。${RUN}`;
const APPROVAL = `同意延期，请按新时限办结。${RUN}`;
/** Two working days from today: within the blue threshold (3 by default) once assigned. */
const DUE_DAYS = 2;
/** The campaign's default ladder: red (通报批评) once five working days overdue. */
const RED_AFTER = 5;
/** The extension asked for, from the due date: five working days left once it is approved. */
const EXTRA_DAYS = 10;
/** The desktop width the pages are looked at in. */
const DESKTOP = { width: 1280, height: 900 };

const PDF_NAME = `排查台账-${RUN}.pdf`;
const PDF_BYTES = SAMPLE_PDF;

interface ItemView {
  id: string;
  code: string;
  title: string;
  unitName: string;
  responsiblePersonName: string | null;
  assignedByUnitName: string;
  source: string;
  instruction: string | null;
  instructingLeader: string | null;
  status: string;
  colour: string;
  progress: number;
  dueDate: string;
  workingDaysLeft: number | null;
}
interface ItemDetail {
  item: ItemView;
  updates: { percent: number; note: string; reporterName: string | null; files: { filename: string }[] }[];
  extensions: {
    status: string;
    currentDueDate: string;
    requestedDueDate: string;
    reason: string;
    opinion: string | null;
  }[];
}

const state = { id: '', due: '', requested: '', redDay: '' };

/** The item's row on the board. */
const row = (page: Page) =>
  page.getByTestId('supervision-table').getByRole('row', { name: new RegExp(TITLE) });

/** Runs one workflow action from the item page, with its text when it takes one. */
async function act(page: Page, action: string, text?: string) {
  await page.getByTestId(`supervision-action-${action}`).click();
  const modal = page.getByTestId('supervision-action-modal').getByRole('dialog');
  await expect(modal).toBeVisible();
  if (text !== undefined) await modal.getByTestId('supervision-action-text').fill(text);
  await modal.getByTestId('supervision-action-submit').click();
  await expect(modal).toBeHidden();
}

test.describe
  .serial('督办事项: the office assigns an item to 市教育局, which signs for it, reports and asks for more time', () => {
    test('the office registers the item from a leader’s instruction and assigns it', async ({ browser }) => {
      const { context, page } = await openAs(browser, 'office', { viewport: DESKTOP });
      const today = todayInBeijing();
      state.due = (
        await getJson<{ date: string }>(
          page.request,
          `/api/calendar/working-days/add?from=${today}&days=${DUE_DAYS}`,
        )
      ).date;

      await page.getByTestId('nav-supervision').click();
      await expect(page).toHaveURL(/\/supervision$/);
      await page.getByTestId('supervision-add').click();
      const drawer = page.getByTestId('supervision-form-drawer');
      await expect(drawer.getByTestId('supervision-form')).toBeVisible();
      await drawer.getByTestId('supervision-form-source').getByText('领导批示', { exact: true }).click();
      await drawer.getByTestId('supervision-form-instruction').fill(INSTRUCTION);
      await drawer.getByTestId('supervision-form-leader').fill(LEADER);
      await drawer.getByTestId('supervision-form-title').fill(TITLE);
      await drawer.getByTestId('supervision-form-task').fill(TASK);
      await pick(page, drawer.getByTestId('supervision-form-domain'), '教育领域');
      await expect(drawer.getByTestId('supervision-form-domain')).toContainText('教育领域');
      await pick(page, drawer.getByTestId('supervision-form-unit'), '市教育局');
      await pick(page, drawer.getByTestId('supervision-form-person'), '刘填报（办公室科员）');
      await addWorkingDaysWith(drawer, 'supervision-form-due', DUE_DAYS, state.due);
      await snap(page, 'supervision-form-zh-desktop', { fullPage: false });
      await drawer.getByTestId('supervision-form-submit').click();
      await expect(drawer).toBeHidden();

      // The new item's page: registered (立项), not yet coloured.
      await expect(page).toHaveURL(/\/supervision\/[0-9a-f-]{36}$/);
      state.id = page.url().split('/').pop()!;
      const header = page.getByTestId('supervision-item');
      await expect(header.getByTestId('supervision-title')).toHaveText(TITLE);
      await expect(header.getByTestId('supervision-code')).toHaveText(/^督-\d{4}-\d{4}$/);
      await expect(header.getByTestId('supervision-status')).toHaveText('已立项');
      await expect(page.getByTestId('supervision-instruction')).toHaveText(`${INSTRUCTION}（${LEADER}）`);
      await expect(page.getByTestId('supervision-unit')).toHaveText('市教育局');
      await expect(page.getByTestId('supervision-details')).toContainText('教育领域');

      await act(page, 'assign', OPINION);
      await expect(header.getByTestId('supervision-status')).toHaveText('已交办');
      // Due in two working days: blue (蓝色提醒) as soon as it runs.
      await expect(header.getByTestId('supervision-colour')).toHaveAttribute('data-colour', 'blue');
      await expect(header.getByTestId('supervision-colour')).toHaveText('蓝色提醒');
      await expect(
        historyChange(page.getByTestId('record-history'), 'supervision_item.assigned', 'opinion'),
      ).toHaveText(`意见：${OPINION}`);

      const detail = await getJson<ItemDetail>(page.request, `/api/supervision-items/${state.id}`);
      expect(detail.item).toMatchObject({
        title: TITLE,
        unitName: '市教育局',
        responsiblePersonName: '刘填报',
        assignedByUnitName: '市政府督查室',
        source: 'leader_instruction',
        instruction: INSTRUCTION,
        instructingLeader: LEADER,
        status: 'assigned',
        colour: 'blue',
        dueDate: state.due,
        workingDaysLeft: DUE_DAYS,
      });
      await context.close();
    });

    test('the bureau clerk finds it blue on the board, signs for it and reports progress with a PDF', async ({
      browser,
    }) => {
      expect(state.id).not.toBe('');
      const { context, page } = await openAs(browser, 'dept.clerk', { viewport: DESKTOP });
      await page.getByTestId('nav-supervision').click();
      const line = row(page);
      await expect(line.getByTestId('supervision-colour')).toHaveAttribute('data-colour', 'blue');
      await expect(line.getByTestId('supervision-colour')).toHaveText('蓝色提醒');
      await expect(line.getByTestId('supervision-status')).toHaveText('已交办');
      await expect(line).toContainText(`${day(state.due)}（剩余 ${DUE_DAYS} 个工作日）`);
      await expect(line).toContainText('刘填报');

      // The blue chip filters the board to blue items: this one among them.
      await page.getByTestId('supervision-chip-blue').click();
      await expect(page).toHaveURL(/colour=blue/);
      await expect(page.getByTestId('supervision-chip-blue')).toHaveAttribute('aria-pressed', 'true');
      // Colours are counted on the campaign's thresholds: the board asks within the current campaign.
      const campaign = await getJson<{ id: string }>(page.request, '/api/campaigns/current');
      const blue = await getJson<{ total: number }>(
        page.request,
        `/api/supervision-items?campaignId=${campaign.id}&colour=blue&topLevel=true&limit=1`,
      );
      await expect(page.getByTestId('supervision-table').getByTestId('list-total')).toHaveAttribute(
        'data-total',
        String(blue.total),
      );
      await expect(line).toBeVisible();

      await line.getByTestId('supervision-open').click();
      await expect(page).toHaveURL(new RegExp(`/supervision/${state.id}$`));
      const header = page.getByTestId('supervision-item');
      // Not the office's steps: no 交办, 中止 or 催办 here.
      await expect(page.getByTestId('supervision-action-suspend')).toHaveCount(0);
      await expect(page.getByTestId('supervision-remind')).toHaveCount(0);
      await act(page, 'accept');
      await expect(header.getByTestId('supervision-status')).toHaveText('已签收');

      await page.getByTestId('supervision-report').click();
      const modal = page.getByTestId('progress-modal').getByRole('dialog');
      await modal.getByTestId('progress-percent').fill('40');
      await modal.getByTestId('progress-note').fill(NOTE);
      await modal.locator('input[type="file"]').setInputFiles({
        name: PDF_NAME,
        mimeType: 'application/pdf',
        buffer: PDF_BYTES,
      });
      await expect(modal.locator('.ant-upload-list-item-done')).toContainText(PDF_NAME);
      await modal.getByTestId('progress-submit').click();
      await expect(modal).toBeHidden();

      // The first report starts the work (办理中).
      await expect(header.getByTestId('supervision-status')).toHaveText('办理中');
      const updates = page.getByTestId('supervision-updates');
      await expect(updates).toContainText('40%');
      await expect(updates).toContainText(NOTE);
      await expect(updates.getByTestId('supervision-file')).toContainText(PDF_NAME);
      await expect(page.getByTestId('supervision-details').getByRole('progressbar')).toHaveText('40%');
      await expect(
        historyChange(page.getByTestId('record-history'), 'supervision_item.progress_reported', 'progress'),
      ).toHaveText('进度：0% → 40%');

      const detail = await getJson<ItemDetail>(page.request, `/api/supervision-items/${state.id}`);
      expect(detail.item).toMatchObject({ status: 'in_progress', progress: 40, colour: 'blue' });
      expect(detail.updates).toEqual([
        expect.objectContaining({
          percent: 40,
          note: NOTE,
          reporterName: '刘填报',
          files: [expect.objectContaining({ filename: PDF_NAME })],
        }),
      ]);
      await expectAccessible(page);
      await context.close();
    });

    test('five working days past the deadline the item is red on the board, in the inbox and on the workbench', async ({
      browser,
    }) => {
      expect(state.id).not.toBe('');
      const office = await openAs(browser, 'office', { viewport: DESKTOP });
      state.redDay = (
        await getJson<{ date: string }>(
          office.page.request,
          `/api/calendar/working-days/add?from=${state.due}&days=${RED_AFTER}`,
        )
      ).date;
      const today = await serverToday(office.page.request);
      const days = (Date.parse(state.redDay) - Date.parse(today)) / 86_400_000;
      const moved = await advanceServerClock(office.page.request, days);
      expect(moved.today).toBe(state.redDay);
      // The ladder ran at the new time: yellow (预警) and red with its 通报批评 for this item.
      expect(moved.jobs['supervision.escalation']?.steps).toBeGreaterThanOrEqual(2);
      await office.context.close();

      const { context, page } = await openAs(browser, 'dept.clerk', { viewport: DESKTOP });
      await page.getByTestId('nav-supervision').click();
      const line = row(page);
      await expect(line.getByTestId('supervision-colour')).toHaveAttribute('data-colour', 'red');
      await expect(line.getByTestId('supervision-colour')).toHaveText('红色督办');
      await expect(line).toContainText(day(state.due));
      await snap(page, 'supervision-board-red-zh-desktop');

      // The item's history names each step of the ladder the job took.
      await line.getByTestId('supervision-open').click();
      await expect(page.getByTestId('supervision-item').getByTestId('supervision-colour')).toHaveText(
        '红色督办',
      );
      await expect(
        historyChange(page.getByTestId('record-history'), 'supervision_item.escalated', 'step'),
      ).toHaveText('督办升级：通报批评');
      const detail = await getJson<ItemDetail>(page.request, `/api/supervision-items/${state.id}`);
      expect(detail.item).toMatchObject({ colour: 'red', dueDate: state.due });

      // The inbox: one message for the highest step the run reached (a run that catches up
      // several steps at once does not send the ones already behind), linking to the item.
      await page.goto('/notifications');
      const inbox = page.getByTestId('notification-table');
      const red = inbox.getByRole('row', {
        name: new RegExp(`红色督办：督办事项.*${TITLE}.*已逾期${RED_AFTER}个工作日`),
      });
      await expect(red).toBeVisible();
      await expect(red.getByTestId('notification-open')).toHaveAttribute('href', `/supervision/${state.id}`);
      await snap(page, 'supervision-inbox-red-zh-desktop');

      // The workbench counts red items and links to the red board, this item on it.
      await page.goto('/');
      const card = page.getByTestId('workbench-supervision.red');
      await expect(card).toBeVisible();
      const { items } = await getJson<{ items: { key: string; count: number }[] }>(
        page.request,
        '/api/workbench',
      );
      const entry = items.find((i) => i.key === 'supervision.red');
      expect(entry?.count).toBeGreaterThan(0);
      await expect(card).toHaveAttribute('data-count', String(entry?.count));
      await card.click();
      await expect(page).toHaveURL(/colour=red/);
      await expect(row(page)).toBeVisible();

      await context.close();
    });

    test('the clerk asks for ten more working days', async ({ browser }) => {
      expect(state.id).not.toBe('');
      const { context, page } = await openAs(browser, 'dept.clerk', { viewport: DESKTOP });
      state.requested = (
        await getJson<{ date: string }>(
          page.request,
          `/api/calendar/working-days/add?from=${state.due}&days=${EXTRA_DAYS}`,
        )
      ).date;
      await page.goto(`/supervision/${state.id}`);
      await page.getByTestId('supervision-request-extension').click();
      const modal = page.getByTestId('extension-request-modal').getByRole('dialog');
      await expect(modal).toContainText('市政府督查室');
      await addWorkingDaysWith(modal, 'extension-due', EXTRA_DAYS, state.requested);
      await modal.getByTestId('extension-reason').fill(REASON);
      await modal.getByTestId('extension-submit').click();
      await expect(modal).toBeHidden();

      const request = page.getByTestId('extension-item').first();
      await expect(request).toHaveAttribute('data-status', 'requested');
      await expect(request.getByTestId('extension-dates')).toHaveText(
        `${day(state.due)} → ${day(state.requested)}`,
      );
      await expect(request).toContainText(REASON);
      await expect(request.getByTestId('extension-approve')).toHaveCount(0);
      await expect(page.getByTestId('supervision-request-extension')).toHaveCount(0);
      await expect(page.getByTestId('supervision-extension-open')).toBeVisible();
      await context.close();
    });

    test('the office approves the extension: the deadline moves and the colour is counted again', async ({
      browser,
    }) => {
      expect(state.requested).not.toBe('');
      const { context, page } = await openAs(browser, 'office', { viewport: DESKTOP });
      await page.goto(`/supervision/${state.id}`);
      const request = page.getByTestId('extension-item').first();
      await expect(request).toContainText(REASON);
      await request.getByTestId('extension-approve').click();
      const modal = page.getByTestId('extension-approve-modal').getByRole('dialog');
      await expect(modal).toContainText(`完成时限将由 ${day(state.due)} 调整为 ${day(state.requested)}`);
      await modal.getByTestId('extension-approve-text').fill(APPROVAL);
      await modal.getByTestId('extension-approve-submit').click();
      await expect(modal).toBeHidden();

      await expect(request).toHaveAttribute('data-status', 'approved');
      await expect(request.getByTestId('extension-decision')).toContainText(APPROVAL);
      const details = page.getByTestId('supervision-details');
      await expect(details.getByTestId('supervision-due')).toHaveAttribute('data-date', state.requested);
      await expect(details.getByTestId('supervision-due')).toHaveAttribute(
        'data-left',
        String(EXTRA_DAYS - RED_AFTER),
      );
      // Five working days left from the moved date: neither red nor blue.
      const header = page.getByTestId('supervision-item');
      await expect(header.getByTestId('supervision-colour')).toHaveAttribute('data-colour', 'none');
      await expect(
        historyChange(page.getByTestId('record-history'), 'supervision_item.extension_approved', 'dueDate'),
      ).toHaveText(`完成时限：${day(state.due)} → ${day(state.requested)}`);

      // The office reminds the bureau (催办).
      await page.getByTestId('supervision-remind').click();
      const remind = page.getByTestId('supervision-remind-modal').getByRole('dialog');
      await remind.getByTestId('supervision-remind-message').fill(`请加快进度。${RUN}`);
      await remind.getByTestId('supervision-remind-submit').click();
      await expect(remind).toBeHidden();
      await expect(
        historyChange(page.getByTestId('record-history'), 'supervision_item.reminded', 'message'),
      ).toHaveText(`催办内容：请加快进度。${RUN}`);

      const detail = await getJson<ItemDetail>(page.request, `/api/supervision-items/${state.id}`);
      expect(detail.item).toMatchObject({
        dueDate: state.requested,
        colour: 'none',
        workingDaysLeft: EXTRA_DAYS - RED_AFTER,
      });
      expect(detail.extensions[0]).toMatchObject({
        status: 'approved',
        currentDueDate: state.due,
        requestedDueDate: state.requested,
        reason: REASON,
        opinion: APPROVAL,
      });
      await context.close();

      // The clerk hears of the approval and of the reminder; the item left the red board.
      const clerk = await openAs(browser, 'dept.clerk', { viewport: DESKTOP });
      await clerk.page.goto('/notifications');
      const inbox = clerk.page.getByTestId('notification-table');
      await expect(inbox.getByRole('row', { name: new RegExp(`${TITLE}.*延期申请已同意`) })).toBeVisible();
      await expect(inbox.getByRole('row', { name: new RegExp(`催办：督办事项.*${TITLE}`) })).toBeVisible();
      await clerk.page.goto('/supervision?colour=red');
      await expect(clerk.page.getByTestId('supervision-table').getByTestId('list-total')).toBeVisible();
      await expect(row(clerk.page)).toHaveCount(0);
      await clerk.context.close();
    });

    test('the board and the item page, in Chinese and English, at 1280 and 390 px', async ({ browser }) => {
      test.setTimeout(120_000);
      expect(state.id).not.toBe('');
      const sizes = [
        { name: 'desktop', viewport: DESKTOP },
        { name: 'phone', viewport: NARROW },
      ];
      for (const lang of ['zh-CN', 'en-US'] as Lang[]) {
        for (const { name, viewport } of sizes) {
          const { context, page } = await openAs(browser, 'office', { viewport, lang });
          const short = lang === 'zh-CN' ? 'zh' : 'en';
          await page.goto('/supervision');
          const board = page.getByTestId('supervision-table');
          await expect(board.getByTestId('supervision-open').first()).toBeVisible();
          await expect(page.getByTestId('supervision-chip-all')).not.toHaveAttribute('data-count', '…');
          await expectNoSidewaysScroll(page);
          await snap(page, `supervision-board-${short}-${name}`);

          await page.goto(`/supervision/${state.id}`);
          await expect(page.getByTestId('supervision-title')).toHaveText(TITLE);
          await expect(page.getByTestId('record-history')).toBeVisible();
          await expect(page.getByTestId('supervision-updates')).toContainText(NOTE);
          if (lang === 'en-US') {
            await expect(page.getByTestId('supervision-back')).toHaveText('Supervision items');
            await expect(page.getByTestId('supervision-item').getByTestId('supervision-status')).toHaveText(
              'In progress',
            );
          }
          await expectNoSidewaysScroll(page);
          await snap(page, `supervision-item-${short}-${name}`);
          if (name === 'desktop') await expectAccessible(page);
          await context.close();
        }
      }
      // A red item of the demo city: the steps of the ladder it reached; and the escalation rules.
      const { context, page } = await openAs(browser, 'office', { viewport: DESKTOP, lang: 'zh-CN' });
      const campaign = await getJson<{ id: string }>(page.request, '/api/campaigns/current');
      const red = await getJson<{ items: ItemView[] }>(
        page.request,
        `/api/supervision-items?campaignId=${campaign.id}&colour=red&limit=1`,
      );
      if (red.items[0]) {
        await page.goto(`/supervision/${red.items[0].id}`);
        await expect(page.getByTestId('supervision-item').getByTestId('supervision-colour')).toHaveText(
          '红色督办',
        );
        await expect(page.getByTestId('record-history')).toBeVisible();
        await snap(page, 'supervision-item-red-zh-desktop');
      }
      await page.goto('/supervision');
      await page.getByTestId('supervision-settings').click();
      const settings = page.getByTestId('supervision-settings-modal').getByRole('dialog');
      await expect(settings.getByTestId('supervision-settings-summary')).toContainText('蓝色提醒');
      await expect(settings.getByTestId('supervision-settings-reminderWorkingDays')).toHaveValue('3');
      await snap(page, 'supervision-settings-zh-desktop', { fullPage: false });
      await context.close();
      // (Left in Chinese for the specs that follow.)
    });
  });
