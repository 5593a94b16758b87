import { expect, test } from '@playwright/test';
import { expectAccessible, expectNoSidewaysScroll, getJson, NARROW, openAs, snap } from './helpers';

const OWN_PAGE = { 'X-Requested-With': 'zeren' };
/** Unique per run: the e2e server keeps its data between specs of one run. */
const RUN = Date.now().toString(36).toUpperCase();

test.use({ actionTimeout: 20_000 });

test.describe
  .serial('容错免责: the unit applies for fault tolerance for one of its people', () => {
    test('a case determines a person of 市教育局 (office registers, supervisor verifies)', async ({
      browser,
    }) => {
      const { context: officeContext, page: office } = await openAs(browser, 'office');
      const units = await getJson<{ items: { id: string; name: string }[] }>(office.request, '/api/units');
      const jyj = units.items.find((u) => u.name === '市教育局')!;
      const persons = await getJson<{ items: { id: string; name: string }[] }>(
        office.request,
        `/api/persons?q=${encodeURIComponent('马晓明')}`,
      );
      const person = persons.items.find((p) => p.name === '马晓明')!;
      const lead = await office.request.post('/api/leads', {
        headers: OWN_PAGE,
        data: {
          source: 'leader_instruction',
          sourceRef: `市领导批示〔2026〕${RUN}`,
          summary: `市教育局对学校食堂问题整改不力（${RUN}）`,
          details: '领导批示：学校食堂问题反复出现，要求查明责任。',
          concernedUnitIds: [jyj.id],
          conduct: 'slow_action',
        },
      });
      expect(lead.status(), await lead.text()).toBe(201);
      const leadId = (await lead.json()).id as string;
      await officeContext.close();

      const { context, page: supervisor } = await openAs(browser, 'supervisor');
      const triaged = await supervisor.request.post(`/api/leads/${leadId}/triage`, {
        headers: OWN_PAGE,
        data: { disposal: 'preliminary_verification', dueWorkingDays: 30 },
      });
      expect(triaged.status(), await triaged.text()).toBe(200);
      const determined = await supervisor.request.post(
        `/api/cases/${(await triaged.json()).caseId}/determinations`,
        {
          headers: OWN_PAGE,
          data: {
            personId: person.id,
            liability: 'direct',
            conducts: ['slow_action'],
            measures: ['admonition'],
          },
        },
      );
      expect(determined.status(), await determined.text()).toBe(201);
      await context.close();
    });

    test('the head of 市教育局 applies, with a ground and a statement; the request waits for a supervisor', async ({
      browser,
    }) => {
      const { context, page } = await openAs(browser, 'dept.head');
      await page.goto('/accountability/exemptions');
      const table = page.getByTestId('unit-exemption-table');
      const row = table.locator('tbody tr', { hasText: '马晓明' }).first();
      await expect(row).toBeVisible();
      await expect(row).toContainText('直接责任');
      await expectAccessible(page);
      await snap(page, 'unit-exemptions-zh-desktop');

      await row.getByTestId('unit-exemption-apply').click();
      const modal = page.getByTestId('exemption-request-modal');
      await modal.getByTestId('exemption-ground').click();
      await page.locator('.ant-select-dropdown:visible .ant-select-item-option').first().click();
      await modal
        .getByTestId('exemption-statement')
        .fill('该同志在推进食堂改革中先行先试，出现失误后及时纠正，本单位申请容错免责。');
      await page.getByTestId('exemption-request-submit').click();
      await expect(modal).toBeHidden();
      await expect(row.getByTestId('unit-exemption-requests')).toContainText('待认定');
      await expect(row.getByTestId('unit-exemption-apply')).toHaveCount(0);
      await context.close();
    });

    test('the page on a phone, in English', async ({ browser }) => {
      const { context, page } = await openAs(browser, 'dept.head', { viewport: NARROW, lang: 'en-US' });
      await page.goto('/accountability/exemptions?open=true');
      await expect(page.getByTestId('unit-exemption-table')).toContainText('Direct');
      await expectNoSidewaysScroll(page);
      await snap(page, 'unit-exemptions-en-phone');
      // Back to Chinese for the specs after this one (the account keeps its language).
      await page.getByTestId('lang-switch').first().click();
      await context.close();
    });
  });
