import { type Browser, expect, type Page, test } from '@playwright/test';
import { DEMO_PASSWORD, DESKTOP, NARROW, snap } from './helpers';

/** A signed-in page of a demo account, in Chinese, at desktop width. */
async function staff(browser: Browser, username: string): Promise<Page> {
  const context = await browser.newContext({ viewport: DESKTOP, locale: 'zh-CN' });
  const page = await context.newPage();
  const res = await page.request.post('/api/auth/login', { data: { username, password: DEMO_PASSWORD } });
  expect(res.ok(), `login ${username}`).toBeTruthy();
  return page;
}

/** Picks an option of an antd Select (single or multiple) by its text. */
async function choose(page: Page, testId: string, text: string) {
  await page.getByTestId(testId).click();
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .filter({ hasText: text })
    .first()
    .click();
  await page.keyboard.press('Escape');
}

test.use({ actionTimeout: 20_000 });

test.describe('问责: a public report from the portal to a decision and a notice', () => {
  test('a citizen reports on a phone; supervisors triage, answer the reporter, verify, determine and approve; a notice is issued; the citizen rates it', async ({
    browser,
  }) => {
    test.setTimeout(300_000);

    // ---- the citizen, on a phone: an anonymous report, and the receipt code kept
    const phone = await browser.newContext({ viewport: NARROW, isMobile: true, hasTouch: true });
    const citizen = await phone.newPage();
    await citizen.goto('/portal/report');
    await citizen.getByTestId('report-anonymous').check();
    await citizen.getByTestId('report-unit').fill('市城市管理局');
    const summary = `背街小巷垃圾清运长期无人管 ${Date.now()}`;
    await citizen.getByTestId('report-summary').fill(summary);
    await citizen
      .getByTestId('report-details')
      .fill('东门背街小巷的垃圾一周才清运一次，多次反映给城管和街道，都说不归自己管。');
    await citizen.getByTestId('report-submit').click();
    const shown = citizen.getByTestId('receipt-code');
    await expect(shown).toHaveText(/^\d{4}( \d{4}){4}$/, { timeout: 60_000 });
    const code = ((await shown.textContent()) ?? '').replace(/\s/g, '');
    await citizen.getByTestId('receipt-confirm').check();

    // ---- the supervisor: the lead, a message to the reporter, triage for preliminary verification
    const supervisor = await staff(browser, 'supervisor');
    await supervisor.goto(`/accountability/leads?q=${encodeURIComponent(summary)}`);
    await supervisor.getByTestId('lead-open').first().click();
    await expect(supervisor.getByTestId('lead-title')).toContainText(summary);
    await expect(supervisor.getByTestId('lead-reporter')).toContainText('匿名');
    await supervisor.getByTestId('lead-message-body').fill('您的举报已受理，我们将尽快核实。');
    await supervisor.getByTestId('lead-message-send').click();
    await expect(supervisor.getByTestId('lead-message').last()).toContainText('已受理');
    await snap(supervisor, 'accountability-lead-triage-zh-desktop');
    await supervisor.getByTestId('triage-disposal').getByText('初步核实').click();
    await supervisor.getByTestId('triage-submit').click();
    await expect(supervisor.getByTestId('lead-status').first()).toHaveAttribute('data-status', 'accepted');
    await expect(supervisor.getByTestId('lead-awaiting-reply')).toHaveCount(0);
    const leadUrl = supervisor.url();

    // ---- the citizen answers with the code; the supervisor finds the reporter waiting and answers
    await citizen.goto('/portal/report/status');
    await citizen.getByTestId('report-code').fill(code);
    await citizen.getByTestId('report-code-submit').click();
    await citizen.getByTestId('report-reply').fill('补充：每周一才清运一次，周末堆满。');
    await citizen.getByTestId('report-reply-send').click();
    await expect(citizen.getByTestId('message-from_reporter')).toContainText('每周一');
    await supervisor.goto('/');
    const waiting = supervisor.getByTestId('workbench-accountability.awaitingReply');
    await expect(waiting).toContainText('举报人留言待回复');
    await expect(waiting).not.toHaveAttribute('data-count', '0');
    await waiting.getByTestId('workbench-link').click();
    await expect(supervisor).toHaveURL(/\/accountability\/leads\?.*awaitingReply=true/);
    await expect(supervisor.getByRole('checkbox', { name: '只看举报人留言待回复' })).toBeChecked();
    const row = supervisor.getByTestId('lead-table').locator('tr', { hasText: summary });
    await expect(row.getByTestId('lead-awaiting-reply')).toHaveText('举报人有新留言');
    await snap(supervisor, 'accountability-leads-awaiting-reply-zh-desktop');
    // The handler was told too: the lead's number, not who wrote or what.
    const leadCode = (await row.locator('.lead-code').textContent()) ?? '';
    await supervisor.goto('/notifications');
    const told = supervisor.getByTestId('notification-open').filter({ hasText: leadCode });
    await expect(told).toHaveText(`举报人在线索${leadCode}中回复了留言，请及时答复`);
    await told.click();
    await expect(supervisor).toHaveURL(leadUrl);
    await expect(supervisor.getByTestId('lead-awaiting-reply')).toHaveText('举报人有新留言');
    await expect(supervisor.getByTestId('lead-message').last()).toContainText('每周一');
    await supervisor.getByTestId('lead-message-body').fill('已收到补充情况，核查时一并核实。');
    await supervisor.getByTestId('lead-message-send').click();
    await expect(supervisor.getByTestId('lead-message').last()).toContainText('一并核实');
    await expect(supervisor.getByTestId('lead-awaiting-reply')).toHaveCount(0);
    expect(supervisor.url()).toBe(leadUrl);
    await supervisor.getByTestId('lead-open-case').click();

    // ---- the case: verification, the six requirements, one determination, the proposal
    await expect(supervisor.getByTestId('case-page')).toBeVisible();
    await expect(supervisor.getByTestId('case-action-propose')).toBeDisabled();
    await supervisor
      .getByTestId('case-findings')
      .fill('经实地查看和调阅记录，该区域垃圾清运频次低于规定，市城市管理局接到反映后未督促整改。');
    await supervisor.getByTestId('case-conclusion-input').getByText('属实', { exact: true }).click();
    await supervisor.getByTestId('case-verification-save').click();
    await expect(
      supervisor.getByTestId('case-conclusion-input').locator('.ant-radio-button-wrapper-checked'),
    ).toHaveText('属实');
    for (const [requirement, label] of [
      ['factsClear', '事实清楚'],
      ['evidenceConclusive', '证据确凿'],
      ['characterisationAccurate', '定性准确'],
      ['dispositionAppropriate', '处置恰当'],
      ['procedureLawful', '程序合法'],
      ['formalitiesComplete', '手续完备'],
    ]) {
      await supervisor.locator(`[data-requirement="${requirement}"]`).getByText(label!).click();
      await supervisor.getByTestId('requirement-note').fill('已核实，符合要求');
      await supervisor.getByTestId('requirement-confirm-submit').click();
      await expect(supervisor.locator(`[data-requirement="${requirement}"]`)).toHaveAttribute(
        'data-confirmed',
        'true',
      );
    }
    await expect(supervisor.getByTestId('requirements-count')).toContainText('6');
    await supervisor.getByTestId('determination-add').click();
    await supervisor.getByTestId('determination-person').click();
    await supervisor.keyboard.type('马晓明');
    await supervisor
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .filter({ hasText: '马晓明' })
      .first()
      .click();
    await choose(supervisor, 'determination-liability', '直接责任');
    await choose(supervisor, 'determination-sanctions', '警告');
    await expect(supervisor.getByTestId('determination-form-live')).toContainText('第二种形态');
    await supervisor.getByTestId('determination-submit').click();
    await expect(supervisor.getByTestId('determinations')).toContainText('马晓明');
    await supervisor.getByTestId('case-action-propose').click();
    await supervisor.getByTestId('case-action-text').fill('拟对马晓明给予政务警告处分。');
    await supervisor.getByTestId('case-action-submit').click();
    await expect(supervisor.getByTestId('case-status').first()).toHaveAttribute('data-status', 'proposed');
    await snap(supervisor, 'accountability-case-proposed-zh-desktop');
    const caseUrl = supervisor.url();

    // ---- a second supervisor approves (the proposer cannot)
    await expect(supervisor.getByTestId('case-action-approve')).toHaveCount(0);
    const second = await staff(browser, 'supervisor2');
    await second.goto(caseUrl);
    await second.getByTestId('case-action-approve').click();
    await second.getByTestId('case-action-submit').click();
    await expect(second.getByTestId('case-status').first()).toHaveAttribute('data-status', 'decided');
    await expect(second.getByTestId('sanction').first()).toHaveAttribute('data-status', 'active');
    await snap(second, 'accountability-case-decided-zh-desktop');
    const caseId = new URL(caseUrl).pathname.split('/').pop()!;

    // ---- a notice of the typical case, drafted by the office, approved and issued by the supervisor
    const office = await staff(browser, 'office');
    const dcs = (await (await office.request.get('/api/units?q=C001')).json()).items[0].id as string;
    const composed = await office.request.post('/api/notices/compose', {
      headers: { 'x-requested-with': 'zeren' },
      data: { unitId: dcs, kind: 'typical_cases', sourceIds: [caseId], visibility: 'public' },
    });
    expect(composed.ok(), await composed.text()).toBeTruthy();
    const notice = (await composed.json()) as { id: string; title: string };
    for (const [page, action] of [
      [office, 'submit'],
      [second, 'approve'],
      [office, 'issue'],
    ] as const) {
      const res = await page.request.post(`/api/notices/${notice.id}/${action}`, {
        headers: { 'x-requested-with': 'zeren' },
        data: {},
      });
      expect(res.ok(), `${action}: ${await res.text()}`).toBeTruthy();
    }
    await citizen.goto('/portal/notices');
    await expect(citizen.getByText(notice.title).first()).toBeVisible();

    // ---- the citizen: the status with the code, the handler's message, satisfaction
    await citizen.goto('/portal/report/status');
    await citizen.getByTestId('report-code').fill(code);
    await citizen.getByTestId('report-code-submit').click();
    await expect(citizen.getByTestId('report-status')).toContainText(summary);
    await expect(citizen.getByTestId('message-from_handler').first()).toContainText('已受理');
    await expect(citizen.getByTestId('report-conclusion')).toContainText('属实');
    await citizen.getByTestId('report-rate-satisfied').check();
    await citizen.getByTestId('report-rate-send').click();
    await expect(citizen.getByTestId('report-rated')).toContainText('满意');
    await snap(citizen, 'accountability-report-rated-zh-phone');
    for (const page of [supervisor, second, office]) await page.context().close();
    await phone.close();
  });

  test('the office corrects a lead before triage: what it reports and the unit concerned', async ({
    browser,
  }) => {
    const office = await staff(browser, 'office');
    const units = (await (
      await office.request.get(`/api/units?q=${encodeURIComponent('市自然资源局')}`)
    ).json()) as {
      items: { id: string; name: string }[];
    };
    const zrzy = units.items.find((u) => u.name === '市自然资源局')!;
    const created = await office.request.post('/api/leads', {
      headers: { 'x-requested-with': 'zeren' },
      data: {
        source: 'media_exposure',
        summary: '媒体报道某局审批拖延（待核对）',
        details: '某报报道：企业反映审批材料多次退回，办理拖延两个月。',
        concernedUnitIds: [zrzy.id],
      },
    });
    expect(created.status(), await created.text()).toBe(201);
    const { id } = (await created.json()) as { id: string };
    await office.goto(`/accountability/leads/${id}`);
    await office.getByTestId('lead-edit').click();
    await office.getByTestId('lead-form-summary').fill('媒体报道市自然资源局用地审批拖延两个月');
    await office.getByTestId('lead-form-submit').click();
    await expect(office.getByTestId('lead-title')).toContainText('媒体报道市自然资源局用地审批拖延两个月');
    const saved = (await (await office.request.get(`/api/leads/${id}`)).json()) as {
      lead: { summary: string };
    };
    expect(saved.lead.summary).toBe('媒体报道市自然资源局用地审批拖延两个月');
    await office.context().close();
  });
});
