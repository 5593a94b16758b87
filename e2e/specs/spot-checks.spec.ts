import { createHash } from 'node:crypto';
import { type Browser, expect, type Locator, type Page, test } from '@playwright/test';
import {
  day,
  expectAccessible,
  expectNoSidewaysScroll,
  getJson,
  historyChange,
  type Lang,
  NARROW,
  openAs,
  pick,
  serverToday,
  snap,
} from './helpers';

/** Unique per run: the e2e server keeps its data between specs of one run. */
const RUN = Date.now().toString(36).toUpperCase();
/** The demo's key check, committed the day before the server started (抽-YYYY-0002). */
const KEY_PLAN = '群众反映集中单位重点抽查';
/** The demo's published general check (抽-YYYY-0001). */
const PUBLISHED_PLAN = '市直部门和县区政府履职情况“双随机”抽查（第一批）';
const SUMMARY = `调阅群众来信转办件 40 件，发现 1 项问题，已当场反馈。${RUN}`;
const FINDING = `群众来信转办件 2 件超过办理时限 10 个工作日，未向来信人说明延期理由。${RUN}`;
/**
 * The demo inspectors who may record results: those with an account holding the inspector role
 * in the target's scope. (陈督查 and 周监察 organise checks; 马晓明 has no account; 韩双岗
 * inspects 城关区's subtree only, and must avoid 城关区 itself.)
 */
const INSPECTOR = { name: '吴督查', username: 'inspector' };
/** The desktop width the pages are looked at in. */
const DESKTOP = { width: 1280, height: 900 };

// ---------------------------------------------------------------- the published draw algorithm

interface DrawInput {
  plan: { targetCount: number; inspectorsPerTarget: number };
  targets: { id: string; unitId: string }[];
  inspectors: { id: string; personId: string; unitId: string; conflictUnitIds: string[] }[];
}

/** SHA-256(commitment bytes ‖ UTF-8 public value), hex. */
function seedOf(commitment: string, publicValue: string): string {
  return createHash('sha256')
    .update(Buffer.from(commitment, 'hex'))
    .update(Buffer.from(publicValue, 'utf8'))
    .digest('hex');
}

/**
 * The draw as docs/design/spot-checks.md publishes it, written again here from the description:
 * numbers are SHA-256(seed ‖ counter), reduced without bias by rejection; a partial Fisher–Yates
 * shuffle picks the targets, then each target's inspectors among those free of conflicts.
 */
function redraw(input: DrawInput, seedHex: string) {
  const seed = Buffer.from(seedHex, 'hex');
  let counter = 0;
  const uniform = (bound: number) => {
    const limit = 2 ** 32 - (2 ** 32 % bound);
    for (;;) {
      const block = Buffer.alloc(4);
      block.writeUInt32BE(counter);
      counter += 1;
      const value = createHash('sha256').update(seed).update(block).digest().readUInt32BE(0);
      if (value < limit) return value % bound;
    }
  };
  const choose = <T>(pool: T[], count: number) => {
    const a = [...pool];
    for (let i = 0; i < count; i += 1) {
      const j = i + uniform(a.length - i);
      [a[i], a[j]] = [a[j]!, a[i]!];
    }
    return a.slice(0, count);
  };
  return choose(input.targets, input.plan.targetCount).map((target) => ({
    rosterId: target.id,
    unitId: target.unitId,
    inspectors: choose(
      input.inspectors.filter(
        (i) => i.unitId !== target.unitId && !i.conflictUnitIds.includes(target.unitId),
      ),
      input.plan.inspectorsPerTarget,
    ).map((i) => ({ rosterId: i.id, personId: i.personId })),
  }));
}

// ---------------------------------------------------------------- API shapes

interface PlanView {
  id: string;
  code: string;
  title: string;
  status: string;
  commitment: string | null;
  publicValue: string | null;
  publicValueSource: string | null;
  publicValueDate: string | null;
  seed: string | null;
}
interface TargetView {
  id: string;
  unitId: string;
  unitName: string;
  rosterId: string;
  ordinal: number;
  inspectors: { personId: string; rosterId: string; name: string; unitName: string }[];
  outcome: string | null;
  resultSummary: string | null;
  checkedOn: string | null;
  findingCount: number;
  assignedToCaller: boolean;
}
interface PlanDetail {
  plan: PlanView;
  targets: TargetView[];
  drawInput: string | null;
  steps: { counter: number; rosterId: string | null }[];
}
interface PublicDetail {
  plan: { id: string; code: string; commitment: string; publicValue: string; seed: string };
  targets: { rosterId: string; unitName: string; inspectors: { rosterId: string; name: string }[] }[];
  drawInput: string;
  steps: unknown[];
}

const state = { id: '', code: '', targetId: '', targetUnit: '', publicValue: '', source: '', today: '' };

/** Types a date into an antd DatePicker's input and confirms it. */
async function typeDate(input: Locator, date: string) {
  await input.click();
  await input.fill(date);
  await input.press('Enter');
  await expect(input).toHaveValue(date);
}

/** Confirms a Popconfirm step of the wizard. */
async function confirmStep(page: Page, action: string) {
  await page.getByTestId(`spot-check-action-${action}`).click();
  const popconfirm = page.locator('.ant-popover.ant-popconfirm:visible');
  // Settled: a click while it still zooms in can miss its button.
  await expect(popconfirm).not.toHaveClass(/ant-zoom/);
  await popconfirm.locator('.ant-popconfirm-buttons .ant-btn-primary').click();
  await expect(popconfirm).toBeHidden();
}

/** A signed-out visitor of the portal. */
async function visitor(browser: Browser, viewport = DESKTOP) {
  const device = viewport === NARROW ? { viewport, isMobile: true, hasTouch: true } : { viewport };
  const context = await browser.newContext(device);
  return { context, page: await context.newPage() };
}

test.describe
  .serial('双随机一公开: the office draws its committed key check, an inspector drawn records a finding, the portal re-draws the published one', () => {
    test('the office draws the committed plan with a value published today, sees the seed and the steps, and starts it', async ({
      browser,
    }) => {
      const { context, page } = await openAs(browser, 'office', { viewport: DESKTOP });
      state.today = await serverToday(page.request);
      await page.getByTestId('nav-spot-checks').click();
      await expect(page).toHaveURL(/\/spot-checks$/);
      const line = page.getByTestId('spot-check-plans').getByRole('row', { name: new RegExp(KEY_PLAN) });
      await expect(line).toContainText('已锁定');
      await line.getByTestId('spot-check-plan-open').click();
      await expect(page).toHaveURL(/\/spot-checks\/plans\/[0-9a-f-]{36}$/);
      state.id = page.url().split('/').pop()!;
      await expect(page.getByTestId('spot-check-plan-title')).toHaveText(KEY_PLAN);
      await expect(page.getByTestId('spot-check-plan')).toContainText(/抽-\d{4}-0002/);
      await expect(page.getByTestId('spot-check-steps').locator('.ant-steps-item-process')).toContainText(
        '公开随机数',
      );

      // The commitment was published the day before; the draw waits for a value published later.
      const before = await getJson<PlanDetail>(page.request, `/api/spot-checks/plans/${state.id}`);
      expect(before.plan).toMatchObject({ status: 'committed', seed: null, publicValue: null });
      expect(before.plan.code).toMatch(/^抽-\d{4}-0002$/);
      state.code = before.plan.code;
      const input = JSON.parse(before.drawInput!) as DrawInput;
      expect(createHash('sha256').update(before.drawInput!, 'utf8').digest('hex')).toBe(
        before.plan.commitment,
      );

      // Today's lottery numbers decide the draw. Of those a test may pick, the first whose draw
      // sends 吴督查 somewhere: he is the demo inspector who can sign in and record a result.
      const roster = await getJson<{ items: { id: string; personName: string }[] }>(
        page.request,
        '/api/spot-checks/roster/inspectors?limit=100',
      );
      const wu = roster.items.find((i) => i.personName === INSPECTOR.name)!;
      expect(wu).toBeDefined();
      for (let n = 1; ; n += 1) {
        const value = `0${(n % 9) + 1} 08 13 ${String(14 + (n % 16)).padStart(2, '0')} 27 33 + ${String((n % 16) + 1).padStart(2, '0')}`;
        const drawn = redraw(input, seedOf(before.plan.commitment!, value));
        if (drawn.some((t) => t.inspectors.some((i) => i.rosterId === wu.id))) {
          state.publicValue = value;
          break;
        }
        expect(n).toBeLessThan(200);
      }
      state.source = `中国福利彩票双色球开奖号码（${state.today}开奖，红球 + 蓝球）${RUN}`;
      const seed = seedOf(before.plan.commitment!, state.publicValue);
      const expected = redraw(input, seed);

      await page.getByTestId('spot-check-action-draw').click();
      const modal = page.getByTestId('spot-check-draw-modal').getByRole('dialog');
      await expect(modal).toBeVisible();
      await expect(modal).not.toHaveClass(/ant-zoom/);
      await modal.getByTestId('spot-check-public-value').fill(state.publicValue);
      await modal.getByTestId('spot-check-public-source').fill(state.source);
      await typeDate(modal.getByTestId('spot-check-public-date'), state.today);
      await snap(page, 'spot-check-draw-zh-desktop', { fullPage: false });
      await modal.getByTestId('spot-check-draw-submit').click();
      await expect(modal).toBeHidden();

      const header = page.getByTestId('spot-check-plan');
      await expect(header.getByTestId('spot-check-status')).toHaveText('已抽取');
      const inputs = page.getByTestId('spot-check-draw-inputs');
      await expect(inputs).toContainText(before.plan.commitment!);
      await expect(inputs).toContainText(state.publicValue);
      await expect(inputs).toContainText(state.source);
      await expect(inputs).toContainText(day(state.today));
      await expect(inputs).toContainText(seed);

      // The draw, step by step: one number at a time, then the whole log.
      const log = page.getByTestId('spot-check-draw-log');
      const after = await getJson<PlanDetail>(page.request, `/api/spot-checks/plans/${state.id}`);
      const total = after.steps.length;
      await expect(log.getByTestId('spot-check-draw-shown')).toHaveText(`已显示 0 / ${total} 步`);
      await log.getByTestId('spot-check-draw-next').click();
      await log.getByTestId('spot-check-draw-next').click();
      await expect(log.getByTestId('spot-check-draw-step')).toHaveCount(2);
      await expect(log.getByTestId('spot-check-draw-step').first()).toContainText('#0 第 1 个检查对象');
      await log.getByTestId('spot-check-draw-all').click();
      await expect(log.getByTestId('spot-check-draw-step')).toHaveCount(total);
      await expect(log.getByTestId('spot-check-draw-shown')).toHaveText(`已显示 ${total} / ${total} 步`);

      // The server drew what the published algorithm gives: the same targets and inspectors.
      expect(after.plan).toMatchObject({
        status: 'drawn',
        publicValue: state.publicValue,
        publicValueSource: state.source,
        publicValueDate: state.today,
        seed,
      });
      expect(
        [...after.targets]
          .sort((a, b) => a.ordinal - b.ordinal)
          .map((t) => ({
            rosterId: t.rosterId,
            unitId: t.unitId,
            inspectors: t.inspectors.map((i) => ({ rosterId: i.rosterId, personId: i.personId })),
          })),
      ).toEqual(expected);
      const targets = page.getByTestId('spot-check-targets');
      for (const target of after.targets) {
        const drawnRow = targets.locator(`tr[data-row-key="${target.id}"]`);
        await expect(drawnRow.getByTestId('spot-check-target-open')).toHaveText(target.unitName);
        for (const inspector of target.inspectors) await expect(drawnRow).toContainText(inspector.name);
      }
      const mine = after.targets.find((t) => t.inspectors.some((i) => i.name === INSPECTOR.name))!;
      state.targetId = mine.id;
      state.targetUnit = mine.unitName;
      await expect(
        historyChange(page.getByTestId('record-history'), 'spot_check_plan.drawn', 'publicValue'),
      ).toHaveText(`公开数值：${state.publicValue}`);

      await confirmStep(page, 'start');
      await expect(header.getByTestId('spot-check-status')).toHaveText('检查中');
      expect(
        (await getJson<PlanDetail>(page.request, `/api/spot-checks/plans/${state.id}`)).plan.status,
      ).toBe('in_progress');
      await context.close();
    });

    test('吴督查, drawn for a target, records its result and a finding', async ({ browser }) => {
      expect(state.targetId).not.toBe('');
      const { context, page } = await openAs(browser, INSPECTOR.username, { viewport: DESKTOP });
      await page.getByTestId('nav-spot-check-targets').click();
      await page.getByTestId('spot-check-filter-mine').click();
      await page.getByTestId('spot-check-filter-open').click();
      await expect(page).toHaveURL(/assignedToMe=true/);
      const line = page.getByTestId('spot-check-targets').locator(`tr[data-row-key="${state.targetId}"]`);
      await expect(line).toContainText(`${state.code} ${KEY_PLAN}`);
      await expect(line.getByTestId('spot-check-target-open')).toHaveText(state.targetUnit);
      await line.getByTestId('spot-check-target-open').click();

      const drawer = page.getByTestId('spot-check-target-drawer');
      await expect(drawer.getByRole('dialog')).toBeVisible();
      await expect(drawer).toContainText(`${state.code} ${KEY_PLAN}`);
      await drawer.getByTestId('spot-check-result-outcome').getByText('发现问题', { exact: true }).click();
      await drawer.getByTestId('spot-check-result-summary').fill(SUMMARY);
      await typeDate(drawer.getByTestId('spot-check-result-date'), state.today);
      await drawer.getByTestId('spot-check-result-submit').click();
      await expect(
        historyChange(drawer.getByTestId('record-history'), 'spot_check_target.result_recorded', 'outcome'),
      ).toHaveText('检查结果：（空） → 发现问题');

      await drawer.getByTestId('spot-check-finding-problem').fill(FINDING);
      await pick(page, drawer.getByTestId('spot-check-finding-conduct'), '不作为');
      await drawer.getByTestId('spot-check-finding-submit').click();
      await expect(drawer).toContainText(FINDING);
      await snap(page, 'spot-check-target-zh-desktop', { fullPage: false });

      const detail = await getJson<{
        target: TargetView;
        findings: { problem: string; conduct: string; severity: string; disposition: string | null }[];
      }>(page.request, `/api/spot-checks/targets/${state.targetId}`);
      expect(detail.target).toMatchObject({
        outcome: 'problems_found',
        resultSummary: SUMMARY,
        checkedOn: state.today,
        findingCount: 1,
        assignedToCaller: true,
      });
      expect(detail.findings).toEqual([
        expect.objectContaining({
          problem: FINDING,
          conduct: 'inaction',
          severity: 'minor',
          disposition: null,
        }),
      ]);

      // A target the draw did not send him to is not his to record.
      const plan = await getJson<PlanDetail>(page.request, `/api/spot-checks/plans/${state.id}`);
      const other = plan.targets.find((t) => !t.inspectors.some((i) => i.name === INSPECTOR.name));
      if (other) {
        const refused = await page.request.put(`/api/spot-checks/targets/${other.id}/result`, {
          data: { outcome: 'no_problem', resultSummary: '未发现问题。', checkedOn: state.today },
          headers: { 'x-requested-with': 'zeren' },
        });
        expect(refused.status()).toBe(403);
      }
      await context.close();

      // The office sees the result on the plan.
      const office = await openAs(browser, 'office', { viewport: DESKTOP });
      await office.page.goto(`/spot-checks/plans/${state.id}`);
      const row = office.page
        .getByTestId('spot-check-targets')
        .locator(`tr[data-row-key="${state.targetId}"]`);
      await expect(row.getByTestId('spot-check-outcome')).toHaveText('发现问题');
      await expect(row).toContainText(day(state.today));
      await expect(office.page.getByTestId('spot-check-findings')).toContainText(FINDING);
      await office.context.close();
    });

    test('the published check on the portal: its seed, and a re-draw that matches', async ({ browser }) => {
      const { context, page } = await visitor(browser);
      await page.goto('/portal');
      await page.getByTestId('portal-nav-spot-checks').click();
      const list = page.getByTestId('portal-spot-checks');
      await expect(list).toContainText(PUBLISHED_PLAN);
      // The check in progress is not public yet.
      await expect(list).not.toContainText(KEY_PLAN);
      await list.getByRole('link', { name: PUBLISHED_PLAN }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(PUBLISHED_PLAN);
      const id = page.url().split('/').pop()!;

      const detail = await getJson<PublicDetail>(page.request, `/api/portal/spot-checks/${id}`);
      const draw = page.getByTestId('portal-spot-check-draw');
      await expect(draw).toContainText(detail.plan.commitment);
      await expect(draw).toContainText(detail.plan.publicValue);
      await expect(draw).toContainText(detail.plan.seed);
      const targets = page.getByTestId('portal-spot-check-targets');
      for (const target of detail.targets) {
        await expect(targets).toContainText(target.unitName);
        for (const inspector of target.inspectors) await expect(targets).toContainText(inspector.name);
      }

      await page.getByTestId('portal-spot-check-verify').click();
      const verified = page.getByTestId('portal-spot-check-verified');
      await expect(verified.getByRole('listitem')).toHaveCount(3);
      for (const item of await verified.getByRole('listitem').all())
        await expect(item).toContainText('：一致');
      await expect(verified).not.toContainText('不一致');

      // The server's re-draw agrees, and so does the algorithm as published, run here.
      const verification = await getJson<Record<string, unknown>>(
        page.request,
        `/api/portal/spot-checks/${id}/verify`,
      );
      expect(verification).toMatchObject({ commitmentMatches: true, seedMatches: true, drawMatches: true });
      expect(seedOf(detail.plan.commitment, detail.plan.publicValue)).toBe(detail.plan.seed);
      const again = redraw(JSON.parse(detail.drawInput) as DrawInput, detail.plan.seed);
      expect(again.map((t) => t.rosterId)).toEqual(detail.targets.map((t) => t.rosterId));
      expect(again.map((t) => t.inspectors.map((i) => i.rosterId))).toEqual(
        detail.targets.map((t) => t.inspectors.map((i) => i.rosterId)),
      );
      await context.close();
    });

    test('the plans, a plan, the inspection tasks and the portal, in Chinese and English, at 1280 and 390 px', async ({
      browser,
    }) => {
      test.setTimeout(150_000);
      expect(state.id).not.toBe('');
      const sizes = [
        { name: 'desktop', viewport: DESKTOP },
        { name: 'phone', viewport: NARROW },
      ];
      for (const lang of ['zh-CN', 'en-US'] as Lang[]) {
        const short = lang === 'zh-CN' ? 'zh' : 'en';
        for (const { name, viewport } of sizes) {
          const { context, page } = await openAs(browser, 'office', { viewport, lang });
          await page.goto('/spot-checks');
          await expect(page.getByTestId('spot-check-plan-open').first()).toBeVisible();
          await expectNoSidewaysScroll(page);
          await snap(page, `spot-check-plans-${short}-${name}`);
          if (name === 'desktop') await expectAccessible(page);

          await page.goto(`/spot-checks/plans/${state.id}`);
          await expect(page.getByTestId('spot-check-plan-title')).toHaveText(KEY_PLAN);
          await expect(page.getByTestId('spot-check-draw-log')).toBeVisible();
          await page.getByTestId('spot-check-draw-all').click();
          await expect(page.getByTestId('record-history')).toBeVisible();
          await expectNoSidewaysScroll(page);
          await snap(page, `spot-check-plan-${short}-${name}`);
          if (name === 'desktop') await expectAccessible(page);

          await page.goto('/spot-checks/targets');
          await expect(page.getByTestId('spot-check-target-open').first()).toBeVisible();
          await expectNoSidewaysScroll(page);
          await snap(page, `spot-check-targets-${short}-${name}`);
          if (name === 'desktop') await expectAccessible(page);
          await context.close();

          const portal = await visitor(browser, viewport);
          await portal.page.goto('/portal/spot-checks');
          if (lang === 'en-US') {
            await portal.page.getByTestId('portal-lang').click();
            await expect(portal.page.locator('html')).toHaveAttribute('lang', 'en-US');
          }
          await portal.page.getByTestId('portal-spot-checks').getByRole('link').first().click();
          await expect(portal.page.getByTestId('portal-spot-check-draw')).toBeVisible();
          await portal.page.getByTestId('portal-spot-check-verify').click();
          await expect(portal.page.getByTestId('portal-spot-check-verified')).toBeVisible();
          await expectNoSidewaysScroll(portal.page);
          await snap(portal.page, `spot-check-portal-${short}-${name}`);
          if (name === 'desktop') await expectAccessible(portal.page);
          await portal.context.close();
        }
      }
      // (Left in Chinese for the specs that follow.)
      const { context } = await openAs(browser, 'office', { viewport: DESKTOP, lang: 'zh-CN' });
      await context.close();
    });
  });
