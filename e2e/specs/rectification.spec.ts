import { readFile } from 'node:fs/promises';
import { type Download, expect, type Page, test } from '@playwright/test';
import {
  addWorkingDaysWith,
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
  snap,
  todayInBeijing,
} from './helpers';

/** Unique per run: the e2e server keeps its data between specs of one run. */
const RUN = Date.now().toString(36).toUpperCase();
const PROBLEM = `部分学校课后服务收费未按规定公示，家长反映收费标准不清。${RUN}`;
const MEASURES = '全面排查课后服务收费公示情况，督促学校在校门口和家长群公示收费标准，建立投诉台账。';
const PERSON = '马晓明（基础教育科科长）';
const SUMMARY = `已完成全市 86 所学校收费公示排查，整改未公示学校 7 所，公示材料已归档。${RUN}`;
const OPINION = `整改到位，同意销号。${RUN}`;
/** The deadline, as N working days from today. */
const DUE_DAYS = 15;
/** The desktop width the pages are looked at in. */
const DESKTOP = { width: 1280, height: 900 };
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const PDF_NAME = `收费公示整改佐证-${RUN}.pdf`;
const PDF_BYTES = SAMPLE_PDF;

interface ItemView {
  id: string;
  unitName: string;
  source: string;
  problem: string;
  domainTitle: string | null;
  conduct: string | null;
  measures: string | null;
  responsiblePerson: string | null;
  dueDate: string;
  dueWorkingDays: number | null;
  status: string;
  completion: string | null;
  closed: boolean;
}
interface ItemDetail {
  item: ItemView;
  evidence: { id: string; filename: string }[];
}

const state = { id: '', due: '' };

/** Runs one step of the ledger from the item page, with its text when it takes one. */
async function act(page: Page, action: string, text?: string) {
  await page.getByTestId(`rectification-action-${action}`).click();
  const modal = page.getByTestId('rectification-action-modal').getByRole('dialog');
  await expect(modal).toBeVisible();
  // Settled: a click while the dialog still zooms in can miss its button.
  await expect(modal).not.toHaveClass(/ant-zoom/);
  if (text !== undefined) await modal.getByTestId('rectification-action-text').fill(text);
  await modal.getByTestId('rectification-action-submit').click();
  await expect(modal).toBeHidden();
}

/** The item's row in the ledger. */
const row = (page: Page) =>
  page.getByTestId('rectification-table').getByRole('row', { name: new RegExp(RUN) });

/** A file the browser saved is an Excel workbook: named .xlsx, a zip (OOXML) inside. */
async function expectWorkbook(download: Download) {
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  const bytes = await readFile(await download.path());
  expect(bytes.length).toBeGreaterThan(100);
  expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
}

const history = (page: Page) => page.getByTestId('record-history');

test.describe
  .serial('整改台账: 市教育局 enters a self-inspection problem, rectifies it with evidence, and its head signs it off', () => {
    test('the clerk enters the problem with the form and starts rectifying', async ({ browser }) => {
      const { context, page } = await openAs(browser, 'dept.clerk', { viewport: DESKTOP });
      state.due = (
        await getJson<{ date: string }>(
          page.request,
          `/api/calendar/working-days/add?from=${todayInBeijing()}&days=${DUE_DAYS}`,
        )
      ).date;

      await page.getByTestId('nav-rectification').click();
      await expect(page).toHaveURL(/\/rectification$/);
      await page.getByTestId('rectification-add').click();
      const drawer = page.getByTestId('rectification-form-drawer');
      await expect(drawer.getByTestId('rectification-form')).toBeVisible();
      await pick(page, drawer.getByTestId('rectification-form-unit'), '市教育局');
      await drawer.getByTestId('rectification-form-problem').fill(PROBLEM);
      await pick(page, drawer.getByTestId('rectification-form-domain'), '教育领域');
      await pick(page, drawer.getByTestId('rectification-form-conduct'), '慢作为');
      await drawer.getByTestId('rectification-form-measures').fill(MEASURES);
      await drawer.getByTestId('rectification-form-person').fill(PERSON);
      await addWorkingDaysWith(drawer, 'rectification-form-due', DUE_DAYS, state.due);
      await snap(page, 'rectification-form-zh-desktop', { fullPage: false });
      await drawer.getByTestId('rectification-form-submit').click();
      await expect(drawer).toBeHidden();

      // The new item's page: pending (待整改), from self-inspection.
      await expect(page).toHaveURL(/\/rectification\/[0-9a-f-]{36}$/);
      state.id = page.url().split('/').pop()!;
      const header = page.getByTestId('rectification-item');
      await expect(header.getByTestId('rectification-title')).toHaveText(PROBLEM);
      await expect(header.getByTestId('rectification-status')).toHaveText('待整改');
      const details = page.getByTestId('rectification-details');
      await expect(details).toContainText('自查发现');
      await expect(details).toContainText('市教育局');
      await expect(details).toContainText('教育领域');
      await expect(details).toContainText('慢作为');
      await expect(details).toContainText(MEASURES);
      await expect(details).toContainText(PERSON);
      await expect(details.getByTestId('rectification-due')).toHaveAttribute('data-date', state.due);
      await expect(details.getByTestId('rectification-due')).toContainText(
        `${day(state.due)}（剩余 ${DUE_DAYS} 个工作日）`,
      );
      await expect(
        historyChange(history(page), 'rectification_item.created', 'responsiblePerson'),
      ).toHaveText(`责任人：${PERSON}`);

      await act(page, 'start');
      await expect(header.getByTestId('rectification-status')).toHaveText('整改中');
      await expect(history(page).getByTestId('history-entry').first()).toHaveAttribute(
        'data-action',
        'rectification_item.started',
      );

      const detail = await getJson<ItemDetail>(page.request, `/api/rectification-items/${state.id}`);
      expect(detail.item).toMatchObject({
        unitName: '市教育局',
        source: 'self_inspection',
        problem: PROBLEM,
        domainTitle: '教育领域',
        conduct: 'slow_action',
        measures: MEASURES,
        responsiblePerson: PERSON,
        dueDate: state.due,
        dueWorkingDays: DUE_DAYS,
        status: 'rectifying',
        closed: false,
      });
      expect(detail.evidence).toEqual([]);
      await context.close();
    });

    test('the clerk uploads a PDF as evidence and claims completion, and cannot sign it off', async ({
      browser,
    }) => {
      expect(state.id).not.toBe('');
      const { context, page } = await openAs(browser, 'dept.clerk', { viewport: DESKTOP });
      await page.goto('/rectification');
      await expect(row(page).getByTestId('rectification-status')).toHaveText('整改中');
      await row(page).getByTestId('rectification-open').click();
      await expect(page).toHaveURL(new RegExp(`/rectification/${state.id}$`));

      // The evidence, chosen as a person would: the button opens the file chooser.
      const chooser = page.waitForEvent('filechooser');
      await page.getByTestId('rectification-add-evidence').click();
      await (await chooser).setFiles({ name: PDF_NAME, mimeType: 'application/pdf', buffer: PDF_BYTES });
      await expect(page.getByTestId('rectification-evidence')).toContainText(PDF_NAME);
      await expect(historyChange(history(page), 'rectification_item.evidence_added', 'fileIds')).toHaveText(
        '佐证材料：（空） → 1 个文件',
      );
      const href = await page.getByTestId('rectification-evidence').getByRole('link').getAttribute('href');
      const download = await page.request.get(href!);
      expect(download.status()).toBe(200);
      expect(download.headers()['content-type']).toBe('application/pdf');
      expect(Buffer.compare(await download.body(), PDF_BYTES)).toBe(0);

      await act(page, 'claim', SUMMARY);
      const header = page.getByTestId('rectification-item');
      await expect(header.getByTestId('rectification-status')).toHaveText('已报完成');
      await expect(page.getByTestId('rectification-details')).toContainText(SUMMARY);
      // Sign-off (销号) is the unit leader's: the clerk has no button for it, nor edits any more.
      await expect(page.getByTestId('rectification-action-signOff')).toHaveCount(0);
      await expect(page.getByTestId('rectification-action-return')).toHaveCount(0);
      await expect(page.getByTestId('rectification-edit')).toHaveCount(0);
      await expect(page.getByTestId('rectification-add-evidence')).toHaveCount(0);
      await expect(
        historyChange(history(page), 'rectification_item.completion_claimed', 'status'),
      ).toHaveText('整改状态：整改中 → 已报完成');

      const detail = await getJson<ItemDetail>(page.request, `/api/rectification-items/${state.id}`);
      expect(detail.item).toMatchObject({ status: 'completion_claimed', completion: SUMMARY, closed: false });
      expect(detail.evidence).toEqual([expect.objectContaining({ filename: PDF_NAME })]);
      // Nor may the clerk sign it off through the API.
      const refused = await page.request.post(`/api/rectification-items/${state.id}/signOff`, {
        data: { opinion: null },
        headers: { 'x-requested-with': 'zeren' },
      });
      expect(refused.status()).toBe(403);
      await expectAccessible(page);
      await context.close();
    });

    test('the head of 市教育局 signs it off: 已销号, with its history', async ({ browser }) => {
      expect(state.id).not.toBe('');
      const { context, page } = await openAs(browser, 'dept.head', { viewport: DESKTOP });
      await page.goto('/rectification');
      await expect(row(page).getByTestId('rectification-status')).toHaveText('已报完成');
      await row(page).getByTestId('rectification-open').click();
      await expect(page.getByTestId('rectification-evidence')).toContainText(PDF_NAME);
      await act(page, 'signOff', OPINION);

      const header = page.getByTestId('rectification-item');
      await expect(header.getByTestId('rectification-status')).toHaveText('已销号');
      await expect(header.getByTestId('rectification-status')).toHaveAttribute('data-status', 'signed_off');
      // A self-inspection problem waits for no inspection team.
      await expect(page.getByTestId('rectification-awaiting-confirmation')).toHaveCount(0);
      await expect(page.getByTestId('rectification-action-signOff')).toHaveCount(0);
      await expect(historyChange(history(page), 'rectification_item.signed_off', 'status')).toHaveText(
        '整改状态：已报完成 → 已销号',
      );
      await expect(historyChange(history(page), 'rectification_item.signed_off', 'opinion')).toHaveText(
        `意见：${OPINION}`,
      );
      // Every step, newest first.
      await expect(history(page).getByTestId('history-entry')).toHaveCount(5);
      const actions = await history(page)
        .getByTestId('history-entry')
        .evaluateAll((entries) => entries.map((e) => e.getAttribute('data-action')));
      expect(actions).toEqual([
        'rectification_item.signed_off',
        'rectification_item.completion_claimed',
        'rectification_item.evidence_added',
        'rectification_item.started',
        'rectification_item.created',
      ]);
      await expect(history(page).getByTestId('history-entry').first()).toContainText('黄局长');

      const detail = await getJson<ItemDetail>(page.request, `/api/rectification-items/${state.id}`);
      expect(detail.item).toMatchObject({ status: 'signed_off', closed: true, completion: SUMMARY });

      await page.getByTestId('rectification-back').click();
      await expect(row(page).getByTestId('rectification-status')).toHaveText('已销号');
      await context.close();
    });

    test('the ledger downloads as Excel, and so does the import template', async ({ browser }) => {
      const { context, page } = await openAs(browser, 'dept.clerk', { viewport: DESKTOP });
      await page.goto('/rectification');
      await expect(row(page)).toBeVisible();

      const exported = page.waitForResponse(
        (r) => new URL(r.url()).pathname === '/api/rectification-items/export.xlsx',
      );
      const exportFile = page.waitForEvent('download');
      await page.getByTestId('list-export').click();
      const response = await exported;
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toContain(XLSX);
      await expectWorkbook(await exportFile);

      const template = page.waitForResponse(
        (r) => new URL(r.url()).pathname === '/api/rectification-items/import-template',
      );
      const templateFile = page.waitForEvent('download');
      await page.getByTestId('ledger-template').click();
      const templateResponse = await template;
      expect(templateResponse.status()).toBe(200);
      expect(templateResponse.headers()['content-type']).toContain(XLSX);
      await expectWorkbook(await templateFile);
      await context.close();
    });

    test('the ledger and the item page, in Chinese and English, at 1280 and 390 px', async ({ browser }) => {
      test.setTimeout(120_000);
      expect(state.id).not.toBe('');
      const sizes = [
        { name: 'desktop', viewport: DESKTOP },
        { name: 'phone', viewport: NARROW },
      ];
      for (const lang of ['zh-CN', 'en-US'] as Lang[]) {
        for (const { name, viewport } of sizes) {
          const { context, page } = await openAs(browser, 'dept.head', { viewport, lang });
          const short = lang === 'zh-CN' ? 'zh' : 'en';
          await page.goto('/rectification');
          await expect(row(page)).toBeVisible();
          await expectNoSidewaysScroll(page);
          await snap(page, `rectification-ledger-${short}-${name}`);
          if (name === 'desktop') await expectAccessible(page);

          await page.goto(`/rectification/${state.id}`);
          await expect(page.getByTestId('rectification-title')).toHaveText(PROBLEM);
          await expect(history(page)).toBeVisible();
          await expect(page.getByTestId('rectification-status')).toHaveText(
            lang === 'zh-CN' ? '已销号' : 'Signed off',
          );
          await expectNoSidewaysScroll(page);
          await snap(page, `rectification-item-${short}-${name}`);
          if (name === 'desktop') await expectAccessible(page);
          await context.close();
        }
      }
      // The form, on a phone.
      const { context, page } = await openAs(browser, 'dept.clerk', { viewport: NARROW, lang: 'zh-CN' });
      await page.goto('/rectification');
      await page.getByTestId('rectification-add').click();
      await expect(page.getByTestId('rectification-form')).toBeVisible();
      await snap(page, 'rectification-form-zh-phone', { fullPage: false });
      await context.close();
      // (The head's account is left in Chinese for the specs that follow.)
      const head = await openAs(browser, 'dept.head', { viewport: DESKTOP, lang: 'zh-CN' });
      await head.context.close();
    });
  });
