import {
  type APIRequestContext,
  type Browser,
  type BrowserContext,
  expect,
  type Locator,
  type Page,
  test,
} from '@playwright/test';
import { addWorkingDaysWith, DESKTOP, day, dayRange, PHONE, pick, SAMPLE_PDF, signIn, snap } from './helpers';

/** Unique per run: the e2e server keeps its data between specs of one run. */
const RUN = Date.now().toString(36).toUpperCase();
const TASK_TITLE = `端到端重点任务${RUN}`;
const TASK_TARGET = '年底前完成全市中小学课后服务收费公示，公示率达到100%。';
const NOTE = `已完成城区学校公示，正在推进县区学校${RUN}`;
const SECOND_NOTE = `县区学校公示推进中${RUN}`;
const DOMAIN_TITLE = `端到端自选领域${RUN}`;
/** More than five working days, so the new task is 正常 (on track) rather than 即将到期. */
const ADD_DAYS = 7;

const PDF_NAME = `佐证材料-${RUN}.pdf`;
const PDF_BYTES = SAMPLE_PDF;
/** A Windows executable header, pretending to be a PDF by its name. */
const EVIL_BYTES = Buffer.concat([
  Buffer.from('MZ', 'latin1'),
  Buffer.from([0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xff, 0xff, 0x00, 0x00]),
  Buffer.from('This program cannot be run in DOS mode.', 'latin1'),
]);

interface KeyTaskView {
  id: string;
  title: string;
  target: string;
  dueDate: string;
  unitName: string;
  domainTitle: string | null;
  progress: number;
  status: string;
  workingDaysLeft: number | null;
  responsiblePersons: { id: string; name: string }[];
}
interface KeyTaskDetail {
  task: KeyTaskView;
  updates: {
    id: string;
    percent: number;
    note: string;
    reporterName: string;
    files: { id: string; filename: string; size: number; mimeType: string }[];
  }[];
}
interface CampaignView {
  id: string;
  status: string;
  currentPhase: string | null;
  phases: { phase: string; startDate: string; endDate: string }[];
  domains: { id: string; title: string; isLocal: boolean; leadUnits: { id: string; name: string }[] }[];
  name: string;
  reportDay: number;
  updatedAt: string;
}
interface AuditEventView {
  action: string;
  recordType: string;
  recordId: string | null;
  actorName: string | null;
  after: Record<string, unknown> | null;
}

/** Shared between the serial tests of the key-task flow. */
const state = { taskId: '', fileId: '' };

/**
 * Sessions by username: each account signs in through the login form once per run (the login
 * route allows 20 attempts a minute per address, shared with the other specs); later contexts
 * reuse its session cookie.
 */
const sessions = new Map<string, Awaited<ReturnType<BrowserContext['storageState']>>>();

/** A signed-in page for `username`, with the interface in Chinese (the language is kept per account). */
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
  }
  // The interface starts in this browser's last language (or the account's, at sign-in).
  const html = page.locator('html');
  if ((await html.getAttribute('lang')) !== 'zh-CN') {
    await page.getByTestId('lang-switch').first().click();
    await expect(html).toHaveAttribute('lang', 'zh-CN');
    await expect
      .poll(async () => (await getJson<{ user: { locale: string } }>(page.request, '/api/me')).user.locale)
      .toBe('zh-CN');
  }
  sessions.set(username, await context.storageState());
  return { context, page };
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

/** Picks options of an antd Select by their visible labels (titles). */
async function pickOptions(page: Page, select: Locator, labels: string[]) {
  await select.click();
  const dropdown = page.locator('.ant-select-dropdown:visible');
  for (const label of labels) await dropdown.getByTitle(label, { exact: true }).click();
}

/** Types a date into an antd DatePicker's input and confirms it. */
async function typeDate(input: Locator, date: string) {
  await input.click();
  await input.fill(date);
  await input.press('Enter');
  await expect(input).toHaveValue(date);
}

/** The audit events matching `query` (newest first), as the audit administrator reads them. */
async function auditEvents(auditor: Page, query: Record<string, string>): Promise<AuditEventView[]> {
  const params = new URLSearchParams({ limit: '500', ...query });
  const body = await getJson<{ items: AuditEventView[] }>(auditor.request, `/api/audit-events?${params}`);
  return body.items;
}

function taskRow(page: Page): Locator {
  return page.getByTestId('key-task-table').getByRole('row', { name: new RegExp(TASK_TITLE) });
}

test.describe
  .serial('三个清单: a unit creates a key task, reports progress with evidence', () => {
    test('the clerk of 市教育局 creates a key task with a working-day deadline and two responsible persons', async ({
      browser,
    }) => {
      const { context, page } = await open(browser, 'dept.clerk');
      await page.getByTestId('nav-key-tasks').click();
      await expect(page.getByTestId('key-task-table')).toBeVisible();
      await page.getByTestId('key-task-add').click();

      const drawer = page.getByTestId('key-task-form-drawer');
      await expect(drawer).toBeVisible();
      await expect(drawer.getByTestId('key-task-form')).toBeVisible();
      await pickOptions(page, drawer.getByTestId('key-task-form-domain'), ['教育领域']);
      await pickOptions(page, drawer.getByTestId('key-task-form-unit'), ['市教育局']);
      await expect(drawer.getByTestId('key-task-form-unit')).toContainText('市教育局');
      await drawer.getByTestId('key-task-form-title').fill(TASK_TITLE);
      await drawer.getByTestId('key-task-form-target').fill(TASK_TARGET);

      // The deadline: "+N 个工作日" from today, computed by the server's working-day calendar.
      const today = todayInBeijing();
      const expected = await getJson<{ date: string }>(
        page.request,
        `/api/calendar/working-days/add?from=${today}&days=${ADD_DAYS}`,
      );
      await addWorkingDaysWith(drawer, 'key-task-form-due', ADD_DAYS, expected.date);
      const count = drawer.getByTestId('key-task-form-due-working-days');
      await expect(count).toHaveAttribute('data-days', String(ADD_DAYS));
      await expect(count).toHaveText(`距今 ${ADD_DAYS} 个工作日`);

      // Two responsible persons of the unit.
      const persons = drawer.getByTestId('key-task-form-persons');
      await pickOptions(page, persons, ['刘填报（办公室科员）', '马晓明（基础教育科科长）']);
      await drawer.getByTestId('key-task-form-title').click();
      await expect(page.locator('.ant-select-dropdown:visible')).toHaveCount(0);
      await expect(persons).toContainText('刘填报');
      await expect(persons).toContainText('马晓明');
      await snap(page, 'key-task-form-zh-desktop');
      await drawer.getByTestId('key-task-form-submit').click();
      await expect(drawer).toBeHidden();

      // In the table: 正常, 0 %, the deadline with its working days left, both persons.
      const row = taskRow(page);
      await expect(row.getByTestId('key-task-status')).toHaveAttribute('data-status', 'on_track');
      await expect(row.getByTestId('key-task-status')).toHaveText('正常');
      await expect(row.getByRole('progressbar')).toHaveText('0%');
      await expect(row).toContainText(`${day(expected.date)}（剩余 ${ADD_DAYS} 个工作日）`);
      await expect(row).toContainText('刘填报、马晓明');
      await expect(row).toContainText('教育领域');

      // Stored as entered.
      const list = await getJson<{ items: KeyTaskView[] }>(page.request, '/api/key-tasks');
      const stored = list.items.find((task) => task.title === TASK_TITLE);
      expect(stored).toMatchObject({
        target: TASK_TARGET,
        dueDate: expected.date,
        unitName: '市教育局',
        domainTitle: '教育领域',
        progress: 0,
        status: 'on_track',
        workingDaysLeft: ADD_DAYS,
      });
      expect(stored!.responsiblePersons.map((person) => person.name).sort()).toEqual(
        ['刘填报', '马晓明'].sort(),
      );
      state.taskId = stored!.id;
      await context.close();
    });

    test('the clerk reports 60 % with a note and a PDF; the evidence downloads intact and is audited', async ({
      browser,
    }) => {
      expect(state.taskId).not.toBe('');
      const { context, page } = await open(browser, 'dept.clerk');
      await page.getByTestId('nav-key-tasks').click();
      const row = taskRow(page);
      await row.getByTestId('key-task-open').click();
      const drawer = page.getByTestId('key-task-drawer');
      await expect(drawer).toBeVisible();
      await expect(drawer.getByTestId('key-task-details')).toContainText(TASK_TITLE);
      await drawer.getByTestId('key-task-report').click();

      const modal = page.getByTestId('progress-modal').getByRole('dialog');
      await expect(modal).toBeVisible();
      await modal.getByTestId('progress-percent').fill('60');
      await modal.getByTestId('progress-note').fill(NOTE);
      await modal.locator('input[type="file"]').setInputFiles({
        name: PDF_NAME,
        mimeType: 'application/pdf',
        buffer: PDF_BYTES,
      });
      // Uploaded (POST /api/files) before the report is sent.
      await expect(modal.locator('.ant-upload-list-item-done')).toContainText(PDF_NAME);
      await expect(modal.getByTestId('progress-submit')).toBeEnabled();
      await modal.getByTestId('progress-submit').click();
      await expect(modal).toBeHidden();

      // The drawer lists the update with its file; the table shows 60 %.
      const updates = drawer.getByTestId('key-task-updates');
      await expect(updates).toContainText('60%');
      await expect(updates).toContainText(NOTE);
      await expect(updates).toContainText('刘填报');
      const link = updates.getByTestId('key-task-file');
      await expect(link).toHaveCount(1);
      await expect(link).toContainText(PDF_NAME);
      await expect(drawer.getByTestId('key-task-details').getByRole('progressbar')).toHaveText('60%');
      await snap(page, 'key-task-drawer-progress-zh-desktop');

      // Downloading the evidence returns the same bytes.
      const href = await link.getAttribute('href');
      expect(href).toMatch(/^\/api\/files\//);
      const download = await page.request.get(href!);
      expect(download.status()).toBe(200);
      expect(download.headers()['content-type']).toBe('application/pdf');
      expect(download.headers()['content-disposition']).toContain('attachment');
      expect(Buffer.compare(await download.body(), PDF_BYTES)).toBe(0);

      await page.keyboard.press('Escape');
      await expect(drawer).toBeHidden();
      await expect(row.getByRole('progressbar')).toHaveText('60%');
      await expect(row.getByTestId('key-task-status')).toHaveAttribute('data-status', 'on_track');

      // Stored: the task at 60 %, one update with the file.
      const detail = await getJson<KeyTaskDetail>(page.request, `/api/key-tasks/${state.taskId}`);
      expect(detail.task.progress).toBe(60);
      expect(detail.updates).toHaveLength(1);
      expect(detail.updates[0]).toMatchObject({ percent: 60, note: NOTE, reporterName: '刘填报' });
      expect(detail.updates[0]!.files).toEqual([
        { id: expect.any(String), filename: PDF_NAME, size: PDF_BYTES.length, mimeType: 'application/pdf' },
      ]);
      const fileId = detail.updates[0]!.files[0]!.id;
      expect(href).toBe(`/api/files/${fileId}`);
      state.fileId = fileId;
      await context.close();

      // The audit trail, read by the audit administrator.
      const auditor = await open(browser, 'auditadmin');
      const created = await auditEvents(auditor.page, { action: 'key_task.created', recordId: state.taskId });
      expect(created).toHaveLength(1);
      expect(created[0]).toMatchObject({ recordType: 'key_task', actorName: '刘填报' });
      const reported = await auditEvents(auditor.page, {
        action: 'key_task.progress_reported',
        recordId: state.taskId,
      });
      expect(reported).toHaveLength(1);
      expect(reported[0]!.after).toMatchObject({ progress: 60, note: NOTE, fileIds: [fileId] });
      const uploaded = await auditEvents(auditor.page, { action: 'file.uploaded', recordId: fileId });
      expect(uploaded).toHaveLength(1);
      expect(uploaded[0]).toMatchObject({ recordType: 'stored_file', actorName: '刘填报' });
      expect(uploaded[0]!.after).toMatchObject({ filename: PDF_NAME, size: PDF_BYTES.length });
      const downloaded = await auditEvents(auditor.page, { action: 'file.downloaded', recordId: fileId });
      expect(downloaded.length).toBeGreaterThanOrEqual(1);
      await auditor.context.close();
    });

    test('an executable disguised as a PDF is refused with a message and nothing is attached', async ({
      browser,
    }) => {
      expect(state.taskId).not.toBe('');
      const { context, page } = await open(browser, 'dept.clerk');
      await page.getByTestId('nav-key-tasks').click();
      await taskRow(page).getByTestId('key-task-open').click();
      const drawer = page.getByTestId('key-task-drawer');
      await expect(drawer.getByTestId('key-task-updates')).toContainText(NOTE);
      await drawer.getByTestId('key-task-report').click();

      const modal = page.getByTestId('progress-modal').getByRole('dialog');
      await modal.getByTestId('progress-percent').fill('70');
      await modal.getByTestId('progress-note').fill(SECOND_NOTE);
      await modal.locator('input[type="file"]').setInputFiles({
        name: 'evil.pdf',
        mimeType: 'application/pdf',
        buffer: EVIL_BYTES,
      });
      // The server's message, and the file marked as failed in the list.
      await expect(page.locator('.ant-message')).toContainText('不支持该文件类型');
      await expect(modal.locator('.ant-upload-list-item-error')).toContainText('evil.pdf');
      await expect(modal.locator('.ant-upload-list-item-done')).toHaveCount(0);
      await snap(page, 'key-task-upload-refused-zh-desktop');
      await expect(modal.getByTestId('progress-submit')).toBeEnabled();
      await modal.getByTestId('progress-submit').click();
      await expect(modal).toBeHidden();

      // The new update has no file; the first one keeps its PDF.
      const updates = drawer.getByTestId('key-task-updates');
      await expect(updates).toContainText(SECOND_NOTE);
      await expect(updates.getByTestId('key-task-file')).toHaveCount(1);
      await expect(updates.getByTestId('key-task-file')).toContainText(PDF_NAME);
      await expect(updates).not.toContainText('evil.pdf');

      const detail = await getJson<KeyTaskDetail>(page.request, `/api/key-tasks/${state.taskId}`);
      expect(detail.task.progress).toBe(70);
      expect(detail.updates).toHaveLength(2);
      const second = detail.updates.find((update) => update.note === SECOND_NOTE);
      expect(second).toMatchObject({ percent: 70, files: [] });
      expect(detail.updates.flatMap((update) => update.files.map((file) => file.id))).toEqual([state.fileId]);
      await context.close();

      // Nothing was stored: no upload of evil.pdf in the audit trail.
      const auditor = await open(browser, 'auditadmin');
      const uploads = await auditEvents(auditor.page, { action: 'file.uploaded' });
      expect(uploads.length).toBeGreaterThanOrEqual(1);
      expect(uploads.filter((event) => event.after?.filename === 'evil.pdf')).toEqual([]);
      await auditor.context.close();
    });

    test('screenshots of the key tasks: zh-CN desktop and phone, en-US desktop', async ({ browser }) => {
      const { context, page } = await open(browser, 'dept.clerk');
      await page.getByTestId('nav-key-tasks').click();
      const row = taskRow(page);
      await expect(row.getByRole('progressbar')).toHaveText('70%');
      await snap(page, 'key-tasks-list-zh-desktop');
      await row.getByTestId('key-task-open').click();
      const drawer = page.getByTestId('key-task-drawer');
      await expect(drawer.getByTestId('key-task-file')).toBeVisible();
      await snap(page, 'key-task-drawer-zh-desktop');
      await page.keyboard.press('Escape');
      await expect(drawer).toBeHidden();

      // English: switching is saved with the account.
      await page.getByTestId('lang-switch').click();
      await expect(page.getByTestId('nav-key-tasks')).toHaveText('Key tasks');
      await expect(row.getByTestId('key-task-status')).toHaveText('On track');
      await expect(row).toContainText('working days left');
      await snap(page, 'key-tasks-list-en-desktop');
      await row.getByTestId('key-task-open').click();
      await expect(drawer.getByTestId('key-task-details')).toContainText('On track');
      await expect(drawer.getByTestId('key-task-report')).toHaveText(/Report/);
      await snap(page, 'key-task-drawer-en-desktop');
      await page.keyboard.press('Escape');
      await expect(drawer).toBeHidden();
      // Back to Chinese so that the other tests see the account as it was.
      await page.getByTestId('lang-switch').click();
      await expect(page.getByTestId('nav-key-tasks')).toHaveText('三个清单');
      const me = await getJson<{ user: { locale: string } }>(page.request, '/api/me');
      expect(me.user.locale).toBe('zh-CN');
      await context.close();

      const phone = await open(browser, 'dept.clerk', PHONE);
      await phone.page.goto('/duties/key-tasks');
      const phoneRow = taskRow(phone.page);
      await expect(phoneRow.getByTestId('key-task-status')).toHaveText('正常');
      const overflow = await phone.page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await snap(phone.page, 'key-tasks-list-zh-phone');
      await phoneRow.getByTestId('key-task-open').click();
      const phoneDrawer = phone.page.getByTestId('key-task-drawer');
      await expect(phoneDrawer.getByTestId('key-task-file')).toBeVisible();
      await expect(phoneDrawer.getByTestId('key-task-updates')).toContainText(SECOND_NOTE);
      await snap(phone.page, 'key-task-drawer-zh-phone');
      await phone.context.close();
    });
  });

test.describe('活动设置: the office manages the campaign', () => {
  test('sees the active campaign, adds a local domain, and gets the server error for overlapping phases', async ({
    browser,
  }) => {
    const { context, page } = await open(browser, 'office');
    const before = await getJson<CampaignView>(page.request, '/api/campaigns/current');
    expect(before.status).toBe('active');
    expect(before.domains.filter((domain) => !domain.isLocal)).toHaveLength(10);
    const today = todayInBeijing();
    const phaseNow = before.phases.find((phase) => phase.startDate <= today && today <= phase.endDate);
    expect(before.currentPhase).toBe(phaseNow?.phase ?? null);
    const phaseLabels: Record<string, string> = {
      mobilization: '动员部署',
      self_inspection: '自查自纠',
      inspection: '监督检查',
      summary: '总结提高',
    };

    await page.getByTestId('nav-campaign').click();
    const card = page.getByTestId('campaign-card');
    await expect(card).toContainText('当前活动');
    await expect(card.getByTestId('campaign-status')).toHaveAttribute('data-status', 'active');
    await expect(card).toContainText(before.name);
    await expect(card).toContainText(
      before.currentPhase ? phaseLabels[before.currentPhase]! : '不在任何阶段内',
    );
    const domainTable = page.getByTestId('domain-table');
    const standardRows = domainTable.locator('tbody tr.ant-table-row').filter({ hasText: '规定动作' });
    await expect(standardRows).toHaveCount(10);
    await expect(domainTable).toContainText('教育领域');

    // A local domain (自选动作) led by 市教育局.
    await page.getByTestId('domain-add').click();
    const domainModal = page.getByTestId('domain-form-modal').getByRole('dialog');
    await expect(domainModal).toBeVisible();
    await domainModal.getByTestId('domain-form-title').fill(DOMAIN_TITLE);
    await pick(page, domainModal.getByTestId('domain-form-lead-units'), '市教育局');
    await domainModal.getByTestId('domain-form-title').click();
    await expect(page.locator('.ant-select-dropdown:visible')).toHaveCount(0);
    await expect(domainModal.getByTestId('domain-form-lead-units')).toContainText('市教育局');
    await page.getByTestId('domain-form-submit').click();
    await expect(domainModal).toBeHidden();
    const localRow = domainTable.getByRole('row', { name: new RegExp(DOMAIN_TITLE) });
    await expect(localRow).toContainText('自选动作');
    await expect(localRow).toContainText('市教育局');
    await snap(page, 'campaign-local-domain-zh-desktop');
    const withDomain = await getJson<CampaignView>(page.request, '/api/campaigns/current');
    const added = withDomain.domains.find((domain) => domain.title === DOMAIN_TITLE);
    expect(added).toMatchObject({ isLocal: true, leadUnits: [{ id: expect.any(String), name: '市教育局' }] });
    expect(withDomain.domains).toHaveLength(before.domains.length + 1);

    // Phase 2 starting before phase 1 ends: the server names the field at fault.
    await page.getByTestId('campaign-edit').click();
    const modal = page.getByTestId('campaign-form-modal').getByRole('dialog');
    await expect(modal).toBeVisible();
    const firstEnd = before.phases[0]!.endDate;
    const expectedStart = before.phases[1]!.startDate;
    const overlapping = `${firstEnd.slice(0, 8)}15`;
    expect(overlapping < firstEnd).toBe(true);
    await typeDate(modal.getByTestId('campaign-phase-1-start'), overlapping);
    await page.getByTestId('campaign-form-submit').click();
    const phaseField = modal.getByTestId('campaign-phase-1');
    await expect(phaseField.locator('.ant-form-item-explain-error')).toHaveText(
      `与上一阶段重叠，应从 ${expectedStart} 开始`,
    );
    await expect(modal.getByTestId('campaign-phase-0').locator('.ant-form-item-explain-error')).toHaveCount(
      0,
    );
    await snap(page, 'campaign-phase-overlap-zh-desktop');
    await modal
      .getByRole('button', { name: '取 消' })
      .or(modal.getByRole('button', { name: '取消' }))
      .click();
    await expect(modal).toBeHidden();

    // Unchanged, after a reload too.
    await page.reload();
    const phases = page.getByTestId('campaign-phases');
    await expect(phases).toContainText(dayRange(before.phases[1]!.startDate, before.phases[1]!.endDate));
    await expect(phases).not.toContainText(day(overlapping));
    const after = await getJson<CampaignView>(page.request, '/api/campaigns/current');
    expect(after.phases).toEqual(before.phases);
    expect(after.name).toBe(before.name);
    expect(after.reportDay).toBe(before.reportDay);
    await context.close();
  });

  test('starts a new campaign from scratch: a draft of 2030 with the ten standard domains, the current one unchanged', async ({
    browser,
  }) => {
    const { context, page } = await open(browser, 'office');
    const current = await getJson<CampaignView>(page.request, '/api/campaigns/current');
    await page.getByTestId('nav-campaign').click();
    await expect(page.getByTestId('campaign-card')).toContainText('当前活动');
    await page.getByTestId('campaign-create').click();
    const modal = page.getByTestId('campaign-form-modal').getByRole('dialog');
    await expect(modal).toBeVisible();
    await expect(modal).toContainText('新建专项行动');
    await modal.getByTestId('campaign-form-name').fill('2030年作风建设专项行动');
    await modal.getByTestId('campaign-form-year').fill('2030');
    await pick(page, modal.getByTestId('campaign-form-unit'), '示范市人民政府');
    const dates = [
      ['2030-01-01', '2030-02-28'],
      ['2030-03-01', '2030-06-30'],
      ['2030-07-01', '2030-10-31'],
      ['2030-11-01', '2030-12-31'],
    ];
    for (const [index, [start, end]] of dates.entries()) {
      await typeDate(modal.getByTestId(`campaign-phase-${index}-start`), start!);
      await typeDate(modal.getByTestId(`campaign-phase-${index}-end`), end!);
    }
    await snap(page, 'campaign-create-zh-desktop');
    await page.getByTestId('campaign-form-submit').click();
    await expect(modal).toBeHidden();

    // The page shows the new draft; the active campaign is still the current one.
    const card = page.getByTestId('campaign-card');
    await expect(card).toContainText('2030年作风建设专项行动');
    await expect(card.getByTestId('campaign-status')).toHaveAttribute('data-status', 'draft');
    await expect(
      page.getByTestId('domain-table').locator('tbody tr.ant-table-row').filter({ hasText: '规定动作' }),
    ).toHaveCount(10);
    const campaigns = await getJson<{ items: (CampaignView & { year: number; unitName: string })[] }>(
      page.request,
      '/api/campaigns',
    );
    const created = campaigns.items.find((c) => c.name === '2030年作风建设专项行动');
    expect(created).toMatchObject({ year: 2030, status: 'draft', unitName: '示范市人民政府' });
    expect(created!.phases.map((p) => [p.startDate, p.endDate])).toEqual(dates);
    expect((await getJson<CampaignView>(page.request, '/api/campaigns/current')).name).toBe(current.name);
    await context.close();
  });
});

test.describe('工作日历: the office sets a holiday', () => {
  const DAY = '2026-12-01';

  test('sets 2026-12-01 as 测试假日, the working-day arithmetic follows, and sets it back', async ({
    browser,
  }) => {
    const { context, page } = await open(browser, 'office');
    const addOne = async () =>
      (await getJson<{ date: string }>(page.request, '/api/calendar/working-days/add?from=2026-11-30&days=1'))
        .date;
    const storedDay = async () =>
      (
        await getJson<{ days: { day: string; isWorkingDay: boolean; kind: string; name: string | null }[] }>(
          page.request,
          '/api/calendar/days?year=2026',
        )
      ).days.find((day) => day.day === DAY);
    // A normal Tuesday, a working day.
    expect(await addOne()).toBe(DAY);
    expect((await storedDay())?.isWorkingDay ?? true).toBe(true);

    try {
      await page.getByTestId('nav-calendar').click();
      const year = page.getByTestId('calendar-year');
      await year.fill('2026');
      await year.press('Tab');
      const table = page.getByTestId('calendar-table');
      await expect(table).toContainText('2026-10-01');

      await page.getByTestId('calendar-set-day').click();
      const modal = page.getByTestId('calendar-day-modal').getByRole('dialog');
      await expect(modal).toBeVisible();
      await typeDate(modal.getByTestId('calendar-day-date'), DAY);
      await expect(modal.getByTestId('calendar-day-working')).toHaveAttribute('aria-checked', 'false');
      await modal.getByTestId('calendar-day-name').fill('测试假日');
      await page.getByTestId('calendar-day-submit').click();
      await expect(modal).toBeHidden();

      const row = table.getByRole('row', { name: new RegExp(DAY) });
      await expect(row).toContainText('测试假日');
      await expect(row).toContainText('休息日');
      await expect(row).toContainText('人工调整');
      await expect(row).toContainText('周二');
      await snap(page, 'calendar-test-holiday-zh-desktop');
      expect(await storedDay()).toEqual({
        day: DAY,
        isWorkingDay: false,
        kind: 'override',
        name: '测试假日',
      });
      expect(await addOne()).toBe('2026-12-02');

      // Back to a working day.
      await row.getByTestId('calendar-day-edit').click();
      await expect(modal.getByTestId('calendar-day-date')).toHaveValue(DAY);
      // The form is filled from the row once open: toggle only after it shows the day's name.
      await expect(modal.getByTestId('calendar-day-name')).toHaveValue('测试假日');
      await expect(modal.getByTestId('calendar-day-working')).toHaveAttribute('aria-checked', 'false');
      await modal.getByTestId('calendar-day-working').click();
      await expect(modal.getByTestId('calendar-day-working')).toHaveAttribute('aria-checked', 'true');
      await modal.getByTestId('calendar-day-name').fill('');
      await page.getByTestId('calendar-day-submit').click();
      await expect(modal).toBeHidden();
      await expect(row).toContainText('工作日');
      await expect(row).not.toContainText('测试假日');
      expect((await storedDay())?.isWorkingDay).toBe(true);
      expect(await addOne()).toBe(DAY);
    } finally {
      // Whatever happened above, leave the day a working day for the other specs.
      const reset = await page.request.put(`/api/calendar/days/${DAY}`, { data: { isWorkingDay: true } });
      expect(reset.ok()).toBe(true);
      await context.close();
    }
  });
});
