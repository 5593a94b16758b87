import { type APIRequestContext, expect, test } from '@playwright/test';
import { expectAccessible, getJson, historyChange, NARROW, openAs, snap } from './helpers';

/** Unique per run: the e2e server keeps its data between specs of one run. */
const RUN = Date.now().toString(36).toUpperCase();
const CHANGED = { code: `SP-${RUN}`, name: `校外培训机构年度检查${RUN}` };
const FIRST = { code: `SP1-${RUN}`, name: `民办学校办学许可${RUN}` };
const OPINION = `修改内容符合新修订的条例，同意发布。${RUN}`;
const RETURN_REASON = `请补充设定依据的具体条款。${RUN}`;
const OLD_BASIS = '《中华人民共和国民办教育促进法》第四十一条';
const NEW_BASIS = '《中华人民共和国民办教育促进法实施条例》第五十六条';
const REMARKS = '每年第三季度开展';

async function ok(request: APIRequestContext, method: 'post' | 'patch', url: string, data: object = {}) {
  const response = await request[method](url, { data });
  expect(response.ok(), `${method} ${url}: ${await response.text()}`).toBe(true);
  return (await response.json()) as { id: string };
}

const state = { changedId: '', firstId: '' };

test.describe
  .serial('审核: the approver sees who submitted what, compares it with the public version, and decides', () => {
    test('the clerk submits a second version of a published item, and a first version of another', async ({
      browser,
    }) => {
      const clerk = await openAs(browser, 'dept.clerk');
      const me = await getJson<{ unit: { id: string } }>(clerk.page.request, '/api/me');
      const request = clerk.page.request;
      const item = await ok(request, 'post', '/api/duty-items', {
        kind: 'power',
        unitId: me.unit.id,
        code: CHANGED.code,
        name: CHANGED.name,
        category: 'inspection',
        legalBasis: OLD_BASIS,
        implementingBody: '示范市教育局',
        handlingOffice: '民办教育科',
      });
      state.changedId = item.id;
      await ok(request, 'post', `/api/duty-items/${item.id}/submit`);
      const head = await openAs(browser, 'dept.head');
      await ok(head.page.request, 'post', `/api/duty-items/${item.id}/approve`, { opinion: null });
      await head.context.close();
      // V2: a new legal basis, remarks added, the implementing body removed.
      await ok(request, 'post', `/api/duty-items/${item.id}/versions`);
      await ok(request, 'patch', `/api/duty-items/${item.id}/draft`, {
        legalBasis: NEW_BASIS,
        remarks: REMARKS,
        implementingBody: null,
      });
      await ok(request, 'post', `/api/duty-items/${item.id}/submit`);

      const first = await ok(request, 'post', '/api/duty-items', {
        kind: 'power',
        unitId: me.unit.id,
        code: FIRST.code,
        name: FIRST.name,
        category: 'licensing',
        legalBasis: OLD_BASIS,
      });
      state.firstId = first.id;
      await ok(request, 'post', `/api/duty-items/${first.id}/submit`);
      await clerk.context.close();
    });

    test('the head reviews V2 against the public V1 and approves it with an opinion', async ({ browser }) => {
      expect(state.changedId).not.toBe('');
      const { context, page } = await openAs(browser, 'dept.head');
      await page.goto('/duties/approvals');
      const row = page.getByTestId('approval-table').getByRole('row', { name: new RegExp(CHANGED.name) });
      await expect(row).toContainText('刘填报');
      await expect(row).toContainText('V1 → V2');
      await snap(page, 'approval-queue-zh-desktop');
      await row.getByTestId('queue-review').click();

      const drawer = page.getByTestId('duty-drawer');
      const review = drawer.getByTestId('duty-review');
      await expect(review.getByTestId('duty-review-submitted')).toContainText('刘填报');
      await expect(review.getByTestId('duty-review-submitted')).toContainText('V2');
      // The approver's actions only: not the submitter's 撤回, nor drafting.
      await expect(drawer.getByTestId('duty-withdraw')).toHaveCount(0);
      await expect(drawer.getByTestId('duty-edit-draft')).toHaveCount(0);
      await expect(drawer.getByTestId('duty-submit')).toHaveCount(0);
      await expect(review.getByTestId('duty-approve')).toBeVisible();
      await expect(review.getByTestId('duty-return')).toBeVisible();

      // Field by field against V1: three changes, the rest collapsed.
      await expect(review.getByTestId('duty-diff-summary')).toHaveText('与已公开的 V1 对比：修改了 3 项');
      const field = (name: string) => review.locator(`[data-testid="diff-field"][data-field="${name}"]`);
      await expect(field('legalBasis')).toHaveAttribute('data-change', 'changed');
      await expect(field('legalBasis').locator('del')).toHaveText(OLD_BASIS);
      await expect(field('legalBasis').locator('ins')).toHaveText(NEW_BASIS);
      await expect(field('remarks')).toHaveAttribute('data-change', 'added');
      await expect(field('remarks').locator('ins')).toHaveText(REMARKS);
      await expect(field('implementingBody')).toHaveAttribute('data-change', 'removed');
      await expect(field('implementingBody').locator('del')).toHaveText('示范市教育局');
      await expect(review.getByTestId('diff-field')).toHaveCount(3);
      await expect(review.getByTestId('duty-diff-collapsed')).toContainText('未修改的 3 项');
      await expect(review.getByTestId('duty-diff-collapsed')).toContainText('未填写的 3 项');
      await expectAccessible(page);
      await snap(page, 'approval-review-diff-zh-desktop');

      await review.getByTestId('duty-approve-opinion').fill(OPINION);
      await review.getByTestId('duty-approve').click();
      await page.getByTestId('duty-approve-confirm').click();
      await expect(drawer.getByTestId('duty-item-summary').getByTestId('duty-status')).toHaveAttribute(
        'data-status',
        'published',
      );
      await expect(drawer.getByTestId('duty-review')).toHaveCount(0);
      await expect(drawer.getByTestId('duty-review-opinion')).toContainText(OPINION);
      await expect(drawer.getByTestId('duty-item-summary')).toContainText('黄局长');

      await drawer.getByTestId('history-tab').click();
      await expect(historyChange(drawer, 'duty_item.published', 'opinion')).toHaveText(
        `审核意见：${OPINION}`,
      );
      await snap(page, 'approval-approved-history-zh-desktop');
      await page.keyboard.press('Escape');
      await expect(row).toHaveCount(0);

      const detail = await getJson<{
        item: { publishedVersion: number; latest: { reviewOpinion: string; reviewedByName: string } };
      }>(page.request, `/api/duty-items/${state.changedId}`);
      expect(detail.item.publishedVersion).toBe(2);
      expect(detail.item.latest).toMatchObject({ reviewOpinion: OPINION, reviewedByName: '黄局长' });
      await context.close();
    });

    test('a first version shows every field as new; returning it needs the opinion as its reason', async ({
      browser,
    }) => {
      expect(state.firstId).not.toBe('');
      const { context, page } = await openAs(browser, 'dept.head');
      await page.goto('/duties/approvals');
      const row = page.getByTestId('approval-table').getByRole('row', { name: new RegExp(FIRST.name) });
      await row.getByTestId('queue-review').click();
      const review = page.getByTestId('duty-drawer').getByTestId('duty-review');
      await expect(review.getByTestId('duty-diff-summary')).toHaveText(
        '首次提交：尚无已公开的版本，以下内容均为新增',
      );
      await expect(review.getByTestId('diff-field')).toHaveCount(3);
      for (const name of ['name', 'category', 'legalBasis'])
        await expect(review.locator(`[data-testid="diff-field"][data-field="${name}"]`)).toHaveAttribute(
          'data-change',
          'added',
        );
      await expect(review.locator('[data-field="category"] ins')).toHaveText('行政许可');

      // Without an opinion, nothing is returned.
      await review.getByTestId('duty-return').click();
      await expect(review.locator('.ant-form-item-explain-error')).toHaveText(
        '退回时请填写审核意见（退回理由）',
      );
      await snap(page, 'approval-return-needs-opinion-zh-desktop');
      await review.getByTestId('duty-approve-opinion').fill(RETURN_REASON);
      await review.getByTestId('duty-return').click();
      const drawer = page.getByTestId('duty-drawer');
      await expect(drawer.getByTestId('duty-item-summary').getByTestId('duty-status')).toHaveAttribute(
        'data-status',
        'returned',
      );
      await expect(drawer.getByTestId('duty-return-reason-shown')).toContainText(RETURN_REASON);
      await context.close();

      const phone = await openAs(browser, 'dept.head', { viewport: NARROW });
      await phone.page.goto('/duties/approvals');
      await expect(phone.page.getByTestId('approval-table')).toBeVisible();
      await snap(phone.page, 'approval-queue-zh-phone');
      await phone.context.close();
    });
  });
