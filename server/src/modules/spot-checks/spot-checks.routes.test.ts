import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Factories } from '../../../test/factories';
import { auditRows, createTestApp, type TestApp } from '../../../test/harness';
import { unit, userAccount } from '../../platform/org/org.table';
import { campaign } from '../campaign/campaign.table';
import { rectificationItem } from '../rectification/rectification.table';
import {
  spotCheckAssignment,
  spotCheckFinding,
  spotCheckPlan,
  spotCheckTarget,
  spotCheckTransfer,
} from './spot-checks.table';

let t: TestApp;
let f: Factories;
let campaignId: string;
/** The organising unit of this file's plans: the city government (no demo roster of its own). */
let organiser: string;
let itemId: string;
/** Inspectors on the organiser's roster: account, person and the unit they belong to. */
const inspectors: { userId: string; personId: string; unit: string }[] = [];

const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');

/** A fresh session of an account (sessions expire when idle while the clock moves). */
const cookieOf = async (userId: string) => (await f.session(userId)).cookie;
async function demoCookie(username: string) {
  const [account] = await t.database.db
    .select({ id: userAccount.id })
    .from(userAccount)
    .where(eq(userAccount.username, username));
  return cookieOf(account!.id);
}

/** The clock at 10:00 in Shanghai on a date. */
const at = (date: string) => t.clock.set(new Date(`${date}T02:00:00Z`));

const call = async (
  cookie: string,
  method: 'GET' | 'POST' | 'PATCH' | 'PUT',
  url: string,
  payload?: object,
  headers: Record<string, string> = {},
) => t.as(cookie, { method, url, ...(payload ? { payload } : {}), headers });

const storedPlan = async (id: string) =>
  (await t.database.db.select().from(spotCheckPlan).where(eq(spotCheckPlan.id, id)))[0]!;

beforeAll(async () => {
  t = await createTestApp();
  f = new Factories(t);
  at('2026-06-01');
  [{ id: campaignId }] = (await t.database.db
    .select({ id: campaign.id })
    .from(campaign)
    .where(eq(campaign.status, 'active'))) as [{ id: string }];
  organiser = await f.unitId('C000');
  const office = await demoCookie('office');
  // The target roster: six units of the city.
  for (const code of ['K101', 'K102', 'K103', 'K201', 'C007', 'C008']) {
    const res = await call(office, 'POST', '/api/spot-checks/roster/targets', {
      unitId: organiser,
      targetUnitId: await f.unitId(code),
      category: '测试',
    });
    expect(res.statusCode, res.body).toBe(201);
  }
  // Four inspectors with accounts: two of the office, one of 城关区教育局, one of 市教育局 who
  // must also avoid 城关区市场监管局.
  for (const unit of ['C001', 'C001', 'K101', 'C007']) {
    const account = await f.account(unit, [{ role: 'inspector', dataScope: 'all', unit: 'C001' }]);
    inspectors.push({ userId: account.id, personId: account.personId, unit });
    const res = await call(office, 'POST', '/api/spot-checks/roster/inspectors', {
      unitId: organiser,
      personId: account.personId,
      certificateNo: `测-${inspectors.length}`,
      conflicts: unit === 'C007' ? [{ unitId: await f.unitId('K102'), reason: '亲属在该单位任职' }] : [],
    });
    expect(res.statusCode, res.body).toBe(201);
  }
  const item = await call(office, 'POST', '/api/spot-checks/items', {
    unitId: organiser,
    code: 'T-01',
    title: '测试抽查事项',
  });
  expect(item.statusCode, item.body).toBe(201);
  itemId = item.json().id;
});
afterAll(() => t.close());

async function createPlan(overrides: Record<string, unknown> = {}) {
  const res = await call(await demoCookie('office'), 'POST', '/api/spot-checks/plans', {
    campaignId,
    unitId: organiser,
    title: '测试抽查',
    kind: 'general',
    targetCount: 3,
    ratioCapPercent: 50,
    checkItemIds: [itemId],
    ...overrides,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; code: string; status: string };
}

const step = async (id: string, action: string, payload: object = {}) =>
  call(await demoCookie('office'), 'POST', `/api/spot-checks/plans/${id}/${action}`, payload);

/** A plan taken to `in_progress`: committed on one day, drawn with the next day's value. */
async function planInProgress(day: string, next: string) {
  at(day);
  const plan = await createPlan();
  expect((await step(plan.id, 'commit')).statusCode).toBe(200);
  at(next);
  const drawn = await step(plan.id, 'draw', {
    publicValue: '01 02 03 04 05 06 + 07',
    publicValueSource: '测试公开数值',
    publicValueDate: next,
  });
  expect(drawn.statusCode, drawn.body).toBe(200);
  expect((await step(plan.id, 'start')).statusCode).toBe(200);
  const targets = await t.database.db
    .select()
    .from(spotCheckTarget)
    .where(eq(spotCheckTarget.planId, plan.id));
  const assignments = await t.database.db.select().from(spotCheckAssignment);
  const inspectorOf = (targetId: string) =>
    inspectors.find((i) => assignments.some((a) => a.targetId === targetId && a.personId === i.personId))!;
  const outsider = (targetId: string) =>
    inspectors.find((i) => !assignments.some((a) => a.targetId === targetId && a.personId === i.personId))!;
  return { plan, targets, inspectorOf, outsider };
}

describe('rosters', () => {
  it('adds targets, inspectors and items, each audited; a unit or person twice is refused by field', async () => {
    const office = await demoCookie('office');
    const [created] = await auditRows(t.database, 'spot_check_inspector.created');
    expect(created!.after).toMatchObject({
      unitId: organiser,
      personId: inspectors[0]!.personId,
      active: true,
    });
    const twice = await call(office, 'POST', '/api/spot-checks/roster/targets', {
      unitId: organiser,
      targetUnitId: await f.unitId('K101'),
    });
    expect(twice.statusCode).toBe(400);
    expect(twice.json().errors).toEqual([
      { path: 'targetUnitId', message: '该单位已在本单位的检查对象名录库中' },
    ]);
    const listed = await call(office, 'GET', `/api/spot-checks/roster/inspectors?unitId=${organiser}`);
    expect(listed.json().total).toBe(4);
    const withConflict = listed
      .json()
      .items.find((i: { personId: string }) => i.personId === inspectors[3]!.personId);
    expect(withConflict.conflicts).toEqual([
      { unitId: await f.unitId('K102'), unitName: '城关区市场监管局', reason: '亲属在该单位任职' },
    ]);
  });

  it('edits an entry with its changed fields audited, and a county office cannot touch the city roster', async () => {
    const office = await demoCookie('office');
    const extra = await call(office, 'POST', '/api/spot-checks/roster/targets', {
      unitId: organiser,
      targetUnitId: await f.unitId('K110'),
    });
    const id = extra.json().id as string;
    const res = await call(office, 'PATCH', `/api/spot-checks/roster/targets/${id}`, { active: false });
    expect(res.json()).toMatchObject({ active: false, targetUnitName: '东门街道办事处' });
    const [updated] = await auditRows(t.database, 'spot_check_roster_target.updated', id);
    expect(updated).toMatchObject({ before: { active: true }, after: { active: false } });
    const county = await demoCookie('county.office');
    expect(
      (await call(county, 'PATCH', `/api/spot-checks/roster/targets/${id}`, { note: 'x' })).statusCode,
    ).toBe(404);
    const outside = await call(county, 'POST', '/api/spot-checks/roster/targets', {
      unitId: organiser,
      targetUnitId: await f.unitId('K101'),
    });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().errors[0].path).toBe('unitId');
  });
});

describe('the plan lifecycle', () => {
  it('draft → committed → drawn → in progress → completed → published, each step audited and in the history', async () => {
    at('2026-06-01');
    const plan = await createPlan();
    expect(plan.status).toBe('draft');
    expect(plan.code).toMatch(/^抽-2026-\d{4}$/);
    expect((await auditRows(t.database, 'spot_check_plan.created', plan.id))[0]!.after).toMatchObject({
      kind: 'general',
      targetCount: 3,
      ratioCapPercent: 50,
      checkItemIds: [itemId],
    });

    // 锁定: the commitment is SHA-256 of the stored canonical input, which holds the active rosters.
    const committed = await step(plan.id, 'commit');
    expect(committed.json()).toMatchObject({
      status: 'committed',
      eligibleTargets: 6,
      eligibleInspectors: 4,
    });
    const afterCommit = await storedPlan(plan.id);
    expect(afterCommit.commitment).toBe(sha256(afterCommit.drawInput!));
    const input = JSON.parse(afterCommit.drawInput!);
    expect(input.targets).toHaveLength(6);
    expect(input.plan).toEqual({
      id: plan.id,
      kind: 'general',
      targetCount: 3,
      ratioCapPercent: 50,
      inspectorsPerTarget: 2,
    });
    expect((await auditRows(t.database, 'spot_check_plan.committed', plan.id))[0]!.after).toMatchObject({
      status: 'committed',
      commitment: afterCommit.commitment,
    });
    // A committed plan is frozen.
    expect(
      (
        await call(await demoCookie('office'), 'PATCH', `/api/spot-checks/plans/${plan.id}`, {
          targetCount: 2,
        })
      ).statusCode,
    ).toBe(409);

    // The public value must come after the day of the commitment, and not from the future.
    const body = {
      publicValue: '05 11 17 22 28 30 + 12',
      publicValueSource: '双色球第2026062期',
      publicValueDate: '2026-06-01',
    };
    const early = await step(plan.id, 'draw', body);
    expect(early.statusCode).toBe(400);
    expect(early.json().errors[0]).toMatchObject({ path: 'publicValueDate' });
    expect(early.json().errors[0].message).toContain('2026-06-01');
    const future = await step(plan.id, 'draw', { ...body, publicValueDate: '2026-06-03' });
    expect(future.statusCode).toBe(400);
    expect((await storedPlan(plan.id)).status).toBe('committed');

    at('2026-06-02');
    const drawn = await step(plan.id, 'draw', { ...body, publicValueDate: '2026-06-02' });
    expect(drawn.statusCode, drawn.body).toBe(200);
    const seed = sha256(
      Buffer.concat([Buffer.from(afterCommit.commitment!, 'hex'), Buffer.from(body.publicValue)]),
    );
    expect(drawn.json()).toMatchObject({
      status: 'drawn',
      seed,
      algorithm: 'zeren-spot-check-draw/1',
      targetsTotal: 3,
    });
    const [drawnEvent] = await auditRows(t.database, 'spot_check_plan.drawn', plan.id);
    expect(drawnEvent!.after).toMatchObject({ status: 'drawn', seed, publicValue: body.publicValue });
    expect((drawnEvent!.after as { targetUnitIds: string[] }).targetUnitIds).toHaveLength(3);

    // Every target has two distinct inspectors, none of its own unit or a listed conflict.
    const detail = (
      await call(await demoCookie('office'), 'GET', `/api/spot-checks/plans/${plan.id}`)
    ).json();
    expect(detail.targets).toHaveLength(3);
    expect(detail.steps.filter((s: { accepted: boolean }) => s.accepted)).toHaveLength(3 + 3 * 2);
    for (const target of detail.targets) {
      expect(target.inspectors).toHaveLength(2);
      for (const assigned of target.inspectors) {
        const inspector = inspectors.find((i) => i.personId === assigned.personId)!;
        expect(await f.unitId(inspector.unit)).not.toBe(target.unitId);
        if (inspector.unit === 'C007') expect(target.unitId).not.toBe(await f.unitId('K102'));
      }
    }

    // 开始检查: the inspectors drawn hear of it.
    expect((await step(plan.id, 'start')).json().status).toBe('in_progress');
    const someone = inspectors.find((i) =>
      detail.targets[0].inspectors.some((a: { personId: string }) => a.personId === i.personId),
    )!;
    const inbox = await call(await cookieOf(someone.userId), 'GET', '/api/notifications?unread=true');
    expect(inbox.json().items.find((n: { recordId: string }) => n.recordId === plan.id)).toMatchObject({
      kind: 'spotChecks.started',
    });

    // Completing with results missing is refused, naming how many.
    const early409 = await step(plan.id, 'complete');
    expect(early409.statusCode).toBe(409);
    expect(early409.json().errors[0].message).toBe('还有3个检查对象未登记检查结果，不能完成检查');

    for (const target of detail.targets) {
      const by = inspectors.find((i) =>
        target.inspectors.some((a: { personId: string }) => a.personId === i.personId),
      )!;
      const res = await call(
        await cookieOf(by.userId),
        'PUT',
        `/api/spot-checks/targets/${target.id}/result`,
        {
          outcome: 'no_problem',
          resultSummary: '未发现问题',
          checkedOn: '2026-06-02',
        },
      );
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({ outcome: 'no_problem', assignedToCaller: true });
    }
    expect((await step(plan.id, 'complete')).json()).toMatchObject({
      status: 'completed',
      targetsChecked: 3,
    });
    const published = await step(plan.id, 'publish');
    expect(published.json().status).toBe('published');
    expect((await storedPlan(plan.id)).publishedAt).not.toBeNull();

    for (const action of ['committed', 'drawn', 'started', 'completed', 'published'])
      expect((await auditRows(t.database, `spot_check_plan.${action}`, plan.id)).length, action).toBe(1);
    const history = await call(await demoCookie('office'), 'GET', `/api/history/spot_check_plan/${plan.id}`);
    expect(history.statusCode).toBe(200);
    const actions = JSON.stringify(history.json());
    for (const action of [
      'spot_check_plan.committed',
      'spot_check_plan.published',
      'spot_check_target.result_recorded',
    ])
      expect(actions).toContain(action);

    // The portal shows it with the draw's inputs, and its re-draw agrees.
    const portal = await t.app.inject({ method: 'GET', url: `/api/portal/spot-checks/${plan.id}` });
    expect(portal.statusCode).toBe(200);
    expect(portal.json().plan).toMatchObject({ commitment: afterCommit.commitment, seed, noProblem: 3 });
    expect(sha256(portal.json().drawInput)).toBe(afterCommit.commitment);
    expect(JSON.stringify(portal.json())).not.toContain(inspectors[0]!.userId);
    const verified = await t.app.inject({ method: 'GET', url: `/api/portal/spot-checks/${plan.id}/verify` });
    expect(verified.json()).toEqual({
      algorithm: 'zeren-spot-check-draw/1',
      commitmentMatches: true,
      seedMatches: true,
      drawMatches: true,
    });
  });

  it('refuses steps the table does not allow (409) and changes nothing', async () => {
    at('2026-06-01');
    const plan = await createPlan();
    for (const action of ['start', 'complete', 'publish']) {
      const res = await step(plan.id, action);
      expect(res.statusCode, action).toBe(409);
      expect(res.json().code).toBe('INVALID_TRANSITION');
    }
    const draw = await step(plan.id, 'draw', {
      publicValue: '1',
      publicValueSource: '测试',
      publicValueDate: '2026-06-01',
    });
    expect(draw.statusCode).toBe(409);
    expect((await step(plan.id, 'commit')).statusCode).toBe(200);
    expect((await step(plan.id, 'commit')).statusCode).toBe(409);
    expect((await storedPlan(plan.id)).status).toBe('committed');
    expect(
      await t.database.db.select().from(spotCheckTarget).where(eq(spotCheckTarget.planId, plan.id)),
    ).toEqual([]);
  });

  it('refuses to commit a plan no draw can keep the rules for, saying why in the caller language', async () => {
    at('2026-06-01');
    // Four of six is more than a 50% cap.
    const capped = await createPlan({ targetCount: 4 });
    const res = await step(capped.id, 'commit');
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'SPOT_CHECK_INFEASIBLE' });
    expect(res.json().errors).toEqual([
      {
        path: 'targetCount',
        message: '一般检查的抽查比例不得超过50%：名录库中有6个检查对象，最多抽取3个，现为4个',
      },
    ]);
    expect((await storedPlan(capped.id)).status).toBe('draft');
    expect(await auditRows(t.database, 'spot_check_plan.committed', capped.id)).toEqual([]);

    // Four inspectors per target: the three targets each of whose units one inspector must avoid fall short.
    const crowded = await createPlan({
      kind: 'key',
      ratioCapPercent: null,
      targetCount: 1,
      inspectorsPerTarget: 4,
    });
    const en = await call(
      await demoCookie('office'),
      'POST',
      `/api/spot-checks/plans/${crowded.id}/commit`,
      {},
      {
        'accept-language': 'en-US',
      },
    );
    expect(en.statusCode).toBe(422);
    expect(en.json().errors).toHaveLength(1);
    expect(en.json().errors[0].path).toBe('rosters');
    expect(en.json().errors[0].message).toMatch(
      /^3 targets \(.*城关区教育局.*\) have fewer than 4 inspectors/,
    );

    // A general check without a cap is bad input, naming the field.
    const noCap = await call(await demoCookie('office'), 'POST', '/api/spot-checks/plans', {
      campaignId,
      unitId: organiser,
      title: '无上限',
      kind: 'general',
      targetCount: 1,
      ratioCapPercent: null,
      checkItemIds: [itemId],
    });
    expect(noCap.statusCode).toBe(400);
    expect(noCap.json().errors).toEqual([
      { path: 'ratioCapPercent', message: '一般检查须设定抽查比例上限；重点检查不设上限' },
    ]);
  });
});

describe('results and findings', () => {
  it('only an inspector drawn for a target records its result and findings', async () => {
    const { targets, inspectorOf, outsider } = await planInProgress('2026-06-10', '2026-06-11');
    const target = targets[0]!;
    const stranger = outsider(target.id);
    const refused = await call(
      await cookieOf(stranger.userId),
      'PUT',
      `/api/spot-checks/targets/${target.id}/result`,
      {
        outcome: 'no_problem',
        resultSummary: '未发现问题',
        checkedOn: '2026-06-11',
      },
    );
    expect(refused.statusCode).toBe(403);
    expect(refused.json().errors[0]).toMatchObject({ path: 'id' });
    expect(
      (await t.database.db.select().from(spotCheckTarget).where(eq(spotCheckTarget.id, target.id)))[0]!
        .outcome,
    ).toBeNull();
    // The office manages but does not inspect.
    expect(
      (
        await call(await demoCookie('office'), 'POST', `/api/spot-checks/targets/${target.id}/findings`, {
          problem: '问题',
          conduct: 'inaction',
          severity: 'minor',
        })
      ).statusCode,
    ).toBe(403);

    const mine = await cookieOf(inspectorOf(target.id).userId);
    const finding = await call(mine, 'POST', `/api/spot-checks/targets/${target.id}/findings`, {
      problem: '办事指南未及时更新',
      conduct: 'slow_action',
      severity: 'minor',
    });
    expect(finding.statusCode, finding.body).toBe(201);
    expect(finding.json()).toMatchObject({ disposition: null, rectificationItemId: null, transferId: null });
    const [created] = await auditRows(t.database, 'spot_check_finding.created', finding.json().id);
    expect(created!.after).toMatchObject({
      targetId: target.id,
      conduct: 'slow_action',
      planId: target.planId,
    });
    const recorded = await call(mine, 'PUT', `/api/spot-checks/targets/${target.id}/result`, {
      outcome: 'problems_found',
      resultSummary: '发现 1 项问题',
      checkedOn: '2026-06-11',
    });
    expect(recorded.json()).toMatchObject({ outcome: 'problems_found', findingCount: 1 });
    const [event] = await auditRows(t.database, 'spot_check_target.result_recorded', target.id);
    expect(event).toMatchObject({
      before: { outcome: null },
      after: { outcome: 'problems_found', planId: target.planId },
    });
    // The target's history shows the finding too.
    const history = await call(mine, 'GET', `/api/history/spot_check_target/${target.id}`);
    expect(JSON.stringify(history.json())).toContain('spot_check_finding.created');
  });

  it('a finding becomes a rectification item or a transfer to the supervision department, once', async () => {
    const { targets, inspectorOf } = await planInProgress('2026-06-15', '2026-06-16');
    const target = targets[1]!;
    const mine = await cookieOf(inspectorOf(target.id).userId);
    const add = async (problem: string) =>
      (
        await call(mine, 'POST', `/api/spot-checks/targets/${target.id}/findings`, {
          problem,
          conduct: 'inaction',
          severity: 'serious',
        })
      ).json().id as string;
    const first = await add('来信转办件超期未办结');
    const second = await add('权责清单未动态调整');
    const office = await demoCookie('office');

    const noText = await call(office, 'POST', `/api/spot-checks/findings/${first}/dispose`, {
      disposition: 'transfer',
    });
    expect(noText.statusCode).toBe(400);
    expect(noText.json().errors[0].path).toBe('note');

    const transferred = await call(office, 'POST', `/api/spot-checks/findings/${first}/dispose`, {
      disposition: 'transfer',
      note: '涉嫌不作为，移交核查',
    });
    expect(transferred.statusCode, transferred.body).toBe(200);
    const [transfer] = await t.database.db
      .select()
      .from(spotCheckTransfer)
      .where(eq(spotCheckTransfer.findingId, first));
    expect(transfer).toMatchObject({ status: 'pending', unitId: target.unitId });
    expect(transfer!.history).toMatchObject({
      problem: '来信转办件超期未办结',
      text: '涉嫌不作为，移交核查',
    });
    expect(transferred.json()).toMatchObject({ disposition: 'transfer', transferId: transfer!.id });

    const rectified = await call(office, 'POST', `/api/spot-checks/findings/${second}/dispose`, {
      disposition: 'rectification',
      note: '30 日内整改',
    });
    expect(rectified.statusCode, rectified.body).toBe(200);
    const ledgerId = rectified.json().rectificationItemId as string;
    expect(ledgerId).toMatch(/^[0-9a-f-]{36}$/);
    expect(rectified.json()).toMatchObject({ disposition: 'rectification' });
    const [stored] = await t.database.db
      .select()
      .from(spotCheckFinding)
      .where(eq(spotCheckFinding.id, second));
    expect(stored).toMatchObject({
      disposition: 'rectification',
      dispositionNote: '30 日内整改',
      rectificationItemId: ledgerId,
    });
    const [event] = await auditRows(t.database, 'spot_check_finding.disposed', second);
    expect(event!.after).toMatchObject({
      disposition: 'rectification',
      targetId: target.id,
      transferId: null,
      rectificationItemId: ledgerId,
    });
    // The inspected unit's ledger holds it, from this finding, with the finding's problem and conduct.
    const [ledger] = await t.database.db
      .select()
      .from(rectificationItem)
      .where(eq(rectificationItem.id, ledgerId));
    expect(ledger).toMatchObject({
      source: 'inspection_finding',
      sourceId: second,
      unitId: target.unitId,
      problem: '权责清单未动态调整',
      conduct: 'inaction',
      measures: '30 日内整改',
      status: 'pending',
    });
    expect(await auditRows(t.database, 'rectification_item.created', ledgerId)).toHaveLength(1);

    const again = await call(office, 'POST', `/api/spot-checks/findings/${second}/dispose`, {
      disposition: 'transfer',
      note: '再次处置',
    });
    expect(again.statusCode).toBe(409);
    expect(await auditRows(t.database, 'spot_check_finding.disposed', second)).toHaveLength(1);
  });
});

describe('the ledger item a finding became', () => {
  it('is signed off by the unit leader, then confirmed only by an inspector the draw sent to that target', async () => {
    const { targets, inspectorOf, outsider } = await planInProgress('2026-06-22', '2026-06-23');
    const target = targets[0]!;
    const inspector = await cookieOf(inspectorOf(target.id).userId);
    const finding = (
      await call(inspector, 'POST', `/api/spot-checks/targets/${target.id}/findings`, {
        problem: '行政许可超时限办结',
        conduct: 'slow_action',
        severity: 'serious',
      })
    ).json().id as string;
    const office = await demoCookie('office');
    const disposed = await call(office, 'POST', `/api/spot-checks/findings/${finding}/dispose`, {
      disposition: 'rectification',
      note: '限期整改',
    });
    const ledgerId = disposed.json().rectificationItemId as string;
    const [{ code }] = (await t.database.db
      .select({ code: unit.code })
      .from(unit)
      .where(eq(unit.id, target.unitId))) as [{ code: string }];
    const staff = await f.account(code, [{ role: 'unit_staff', dataScope: 'self_unit', unit: code }]);
    const leader = await f.account(code, [{ role: 'unit_leader', dataScope: 'self_unit', unit: code }]);
    const clerk = await cookieOf(staff.id);
    const head = await cookieOf(leader.id);
    const act = (cookie: string, action: string, payload: object = {}) =>
      call(cookie, 'POST', `/api/rectification-items/${ledgerId}/${action}`, payload);
    expect((await act(clerk, 'start')).statusCode).toBe(200);
    expect((await act(clerk, 'claim', { summary: '已压缩办理时限并公开承诺' })).statusCode).toBe(200);
    expect((await act(head, 'signOff', { opinion: '同意销号' })).json()).toMatchObject({
      status: 'signed_off',
    });

    // Another inspector, not sent to this target, may not confirm; the target's own inspector does.
    const other = await act(await cookieOf(outsider(target.id).userId), 'confirm', { opinion: '确认' });
    expect(other.statusCode).toBe(403);
    const [still] = await t.database.db
      .select()
      .from(rectificationItem)
      .where(eq(rectificationItem.id, ledgerId));
    expect(still!.status).toBe('signed_off');
    expect(await auditRows(t.database, 'rectification_item.confirmed', ledgerId)).toHaveLength(0);

    const confirmed = await act(inspector, 'confirm', { opinion: '经复查，整改到位' });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(confirmed.json()).toMatchObject({ status: 'confirmed' });
    expect(await auditRows(t.database, 'rectification_item.confirmed', ledgerId)).toHaveLength(1);
  });
});

describe('data scope', () => {
  it('a unit reads the checks of itself once drawn, never the plan of the office; a county office sees its own plans', async () => {
    const clerk = await demoCookie('dept.clerk');
    // The demo's published plan drew three of the office's roster; the bureau sees only its own targets.
    const targets = (await call(clerk, 'GET', '/api/spot-checks/targets')).json();
    const jyj = await f.unitId('C007');
    for (const target of targets.items) expect(target.unitId).toBe(jyj);
    const [demoPlan] = await t.database.db
      .select()
      .from(spotCheckPlan)
      .where(eq(spotCheckPlan.code, '抽-2026-0001'));
    expect(demoPlan).toBeDefined();
    expect((await call(clerk, 'GET', `/api/spot-checks/plans/${demoPlan!.id}`)).statusCode).toBe(404);
    expect((await call(clerk, 'GET', '/api/spot-checks/plans')).json().total).toBe(0);

    const county = await demoCookie('county.office');
    expect((await call(county, 'GET', `/api/spot-checks/plans/${demoPlan!.id}`)).statusCode).toBe(404);
    const own = await call(county, 'POST', '/api/spot-checks/plans', {
      campaignId,
      unitId: await f.unitId('K100'),
      title: '区级抽查',
      kind: 'key',
      targetCount: 1,
      ratioCapPercent: null,
      checkItemIds: [itemId],
    });
    // The city's check item is not the district's to use.
    expect(own.statusCode).toBe(400);
    expect(own.json().errors[0].path).toBe('checkItemIds.0');
  });

  it('the demo campaign has one completed spot check, published, that re-draws from its seed', async () => {
    const list = await t.app.inject({ method: 'GET', url: '/api/portal/spot-checks' });
    const demo = list.json().items.find((p: { code: string }) => p.code === '抽-2026-0001');
    expect(demo).toMatchObject({
      kind: 'general',
      targetCount: 3,
      problemsFound: 2,
      noProblem: 1,
      findingCount: 3,
    });
    const detail = (await t.app.inject({ method: 'GET', url: `/api/portal/spot-checks/${demo.id}` })).json();
    expect(detail.targets).toHaveLength(3);
    for (const target of detail.targets) expect(target.inspectors).toHaveLength(2);
    const verified = (
      await t.app.inject({ method: 'GET', url: `/api/portal/spot-checks/${demo.id}/verify` })
    ).json();
    expect(verified).toMatchObject({ commitmentMatches: true, seedMatches: true, drawMatches: true });
    // A plan not published is not on the portal.
    const [committed] = await t.database.db
      .select()
      .from(spotCheckPlan)
      .where(eq(spotCheckPlan.code, '抽-2026-0002'));
    expect(
      (await t.app.inject({ method: 'GET', url: `/api/portal/spot-checks/${committed!.id}` })).statusCode,
    ).toBe(404);
  });
});
