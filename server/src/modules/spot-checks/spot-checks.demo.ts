import { SPOT_CHECK_ALGORITHM } from '@zeren/contracts';
import { canonicalJson } from '../../platform/audit/canonical';
import { shanghaiDate } from '../../platform/calendar/deadline';
import { addDays } from '../../platform/calendar/working-days';
import type { DemoRefs } from '../../platform/module';
import { findRootActiveCampaignRef, listDomainRefs } from '../campaign/campaign.service';
import { seedDemoLedgerItem } from '../rectification/rectification.service';
import { canonicalDrawInput, commitmentOf, type DrawInput, draw, seedOf } from './draw';
import * as repo from './spot-checks.repository';

/** The city supervision office's target roster: city departments and the three county governments. */
const TARGETS: { unit: string; category: string }[] = [
  { unit: 'fpb', category: '市直部门' },
  { unit: 'fgw', category: '市直部门' },
  { unit: 'zwfw', category: '市直部门' },
  { unit: 'zrzy', category: '市直部门' },
  { unit: 'jyj', category: '市直部门' },
  { unit: 'wjw', category: '市直部门' },
  { unit: 'sthj', category: '市直部门' },
  { unit: 'cgj', category: '市直部门' },
  { unit: 'scjg', category: '市直部门' },
  { unit: 'gaj', category: '市直部门' },
  { unit: 'jtj', category: '市直部门' },
  { unit: 'yjj', category: '市直部门' },
  { unit: 'cg', category: '县区政府' },
  { unit: 'lh', category: '县区政府' },
  { unit: 'qs', category: '县区政府' },
];

/** Its inspectors (the demo's own persons), with the units each must avoid besides their own. */
const INSPECTORS: { person: string; certificateNo: string; conflicts: { unit: string; reason: string }[] }[] =
  [
    { person: 'inspector', certificateNo: '督检字第 0107 号', conflicts: [] },
    { person: 'office', certificateNo: '督检字第 0101 号', conflicts: [] },
    {
      person: 'supervisor',
      certificateNo: '监检字第 0215 号',
      conflicts: [{ unit: 'gaj', reason: '近三年曾在该单位任职' }],
    },
    { person: 'jyj-2', certificateNo: '督检字第 0132 号', conflicts: [] },
    {
      person: 'county.inspector',
      certificateNo: '督检字第 0318 号',
      conflicts: [{ unit: 'cg', reason: '本人所在单位的上级政府' }],
    },
  ];

const ITEMS = [
  {
    code: 'SJ-01',
    title: '权责清单公开及动态调整情况',
    basis: '《关于推行地方各级政府工作部门权力清单制度的指导意见》',
    method: '网上核查、查阅资料',
  },
  {
    code: 'SJ-02',
    title: '政务服务事项办理时限落实情况',
    basis: '《优化营商环境条例》第三十五条',
    method: '调阅办件、电话回访',
  },
  {
    code: 'SJ-03',
    title: '群众反映问题办理反馈情况',
    basis: '本市懒政怠政为官不为问责年活动工作方案',
    method: '抽查台账、实地走访',
  },
];

/** The results of the completed plan, in draw order: two with problems, one without. */
const RESULTS = [
  {
    outcome: 'problems_found' as const,
    summary: '抽查办件 30 件，发现 2 项问题，已当场反馈并要求限期整改。',
    findings: [
      {
        problem: '政务服务事项办事指南未随法规修订及时更新，群众按指南准备的材料与窗口要求不一致。',
        conduct: 'slow_action' as const,
        domain: 'approval_reform',
        severity: 'minor' as const,
        disposition: 'rectification' as const,
        note: '30 日内更新全部办事指南并在门户网站公开。',
        // Rectified and signed off by the unit; waiting for this target's inspectors to confirm.
        ledger: {
          status: 'signed_off' as const,
          due: 8,
          completion: '已对照新修订法规更新办事指南 42 项，并在门户网站和窗口同步公开。',
        },
      },
      {
        problem: '群众来信转办件 3 件超期 20 个工作日以上未办结，也未向来信人反馈。',
        conduct: 'inaction' as const,
        domain: null,
        severity: 'serious' as const,
        disposition: 'transfer' as const,
        note: '超期未办结且未反馈，涉嫌不作为，移交市纪委监委核查。',
      },
    ],
  },
  {
    outcome: 'problems_found' as const,
    summary: '查阅权责清单和动态调整记录，发现 1 项问题。',
    findings: [
      {
        problem: '权责清单 2025 年以来未按规定动态调整，3 项已取消事项仍在公开清单中。',
        conduct: 'slow_action' as const,
        domain: 'approval_reform',
        severity: 'minor' as const,
        disposition: 'rectification' as const,
        note: '立即调整权责清单，建立清单动态调整台账。',
        // Rectified, signed off, and confirmed by the inspectors on a second visit.
        ledger: {
          status: 'confirmed' as const,
          due: -3,
          completion: '已删除 3 项取消事项，权责清单重新发布；动态调整台账已建立。',
        },
      },
    ],
  },
  { outcome: 'no_problem' as const, summary: '抽查办件 25 件，均按时办结，未发现问题。', findings: [] },
];

/**
 * The city supervision office's rosters and check items; one general spot check drawn, checked,
 * with findings disposed of and published (the portal shows it and re-draws it); and one key
 * check committed yesterday, ready for today's public value.
 */
export async function seedDemoSpotChecks(refs: DemoRefs): Promise<void> {
  const campaign = await findRootActiveCampaignRef(refs.tx);
  const office = refs.unitIds.get('dcs');
  if (!campaign || !office) return;
  const { tx, now } = refs;
  const today = shanghaiDate(now);
  const at = (days: number) => new Date(now.getTime() + days * 86_400_000);

  for (const t of TARGETS) {
    const unitId = refs.unitIds.get(t.unit);
    if (unitId)
      await repo.insertRosterTarget(tx, {
        unitId: office,
        targetUnitId: unitId,
        category: t.category,
        createdAt: now,
        updatedAt: now,
      });
  }
  for (const i of INSPECTORS) {
    const personId = refs.personIds.get(i.person);
    if (!personId) continue;
    await repo.insertInspector(tx, {
      unitId: office,
      personId,
      certificateNo: i.certificateNo,
      conflicts: i.conflicts.flatMap((c) => {
        const unitId = refs.unitIds.get(c.unit);
        return unitId ? [{ unitId, reason: c.reason }] : [];
      }),
      createdAt: now,
      updatedAt: now,
    });
  }
  const itemIds: string[] = [];
  for (const item of ITEMS) {
    const created = await repo.insertItem(tx, { unitId: office, ...item, createdAt: now, updatedAt: now });
    if (created) itemIds.push(created.id);
  }

  const targets = await repo.activeRosterTargets(tx, office);
  const inspectors = await repo.activeInspectors(tx, office);
  const inputOf = (plan: repo.PlanRow): DrawInput =>
    canonicalDrawInput({
      algorithm: SPOT_CHECK_ALGORITHM,
      plan: {
        id: plan.id,
        kind: plan.kind,
        targetCount: plan.targetCount,
        ratioCapPercent: plan.ratioCapPercent,
        inspectorsPerTarget: plan.inspectorsPerTarget,
      },
      targets,
      inspectors: inspectors.map((i) => ({
        id: i.id,
        personId: i.personId,
        unitId: i.unitId,
        conflictUnitIds: i.conflicts.map((c) => c.unitId),
      })),
    });

  // ---- the completed, published general check
  const plan = await repo.insertPlan(tx, {
    campaignId: campaign.id,
    code: `抽-${campaign.year}-0001`,
    unitId: office,
    title: '市直部门和县区政府履职情况“双随机”抽查（第一批）',
    description:
      '从检查对象名录库中随机抽取 20% 以内的单位，每个单位随机选派 2 名检查人员，按抽查事项清单检查。',
    kind: 'general',
    targetCount: 3,
    ratioCapPercent: 20,
    inspectorsPerTarget: 2,
    checkItemIds: itemIds,
    status: 'published',
    createdBy: refs.accountIds.get('office') ?? null,
    createdAt: at(-21),
    updatedAt: now,
  });
  const input = inputOf(plan);
  const text = canonicalJson(input);
  const commitment = commitmentOf(text);
  const publicValue = '03 07 12 19 26 31 + 09';
  const seed = seedOf(commitment, publicValue);
  const result = draw(input, seed);
  await repo.updatePlan(tx, plan.id, {
    drawInput: text,
    commitment,
    committedAt: at(-20),
    eligibleTargets: input.targets.length,
    eligibleInspectors: input.inspectors.length,
    publicValue,
    publicValueSource: `中国福利彩票双色球开奖号码（${addDays(today, -19)}开奖，红球 + 蓝球）`,
    publicValueDate: addDays(today, -19),
    seed,
    algorithm: SPOT_CHECK_ALGORITHM,
    drawSteps: result.steps,
    drawnAt: at(-19),
    publishedAt: at(-2),
  });
  const accountOf = new Map(
    INSPECTORS.flatMap((i) => {
      const personId = refs.personIds.get(i.person);
      const accountId = refs.accountIds.get(i.person);
      return personId && accountId ? [[personId, accountId] as const] : [];
    }),
  );
  const domains = new Map((await listDomainRefs(tx, campaign.id)).map((d) => [d.code, d.id]));
  for (const [index, drawn] of result.targets.entries()) {
    const outcome = RESULTS[index % RESULTS.length]!;
    const recordedBy = accountOf.get(drawn.inspectors[0]!.personId) ?? refs.accountIds.get('office') ?? null;
    const target = await repo.insertTarget(tx, {
      planId: plan.id,
      unitId: drawn.unitId,
      rosterId: drawn.rosterId,
      ordinal: index + 1,
      outcome: outcome.outcome,
      resultSummary: outcome.summary,
      checkedOn: addDays(today, -10 + index),
      recordedBy,
      createdAt: at(-19),
      updatedAt: at(-10 + index),
    });
    await repo.insertAssignments(
      tx,
      drawn.inspectors.map((i, n) => ({
        targetId: target.id,
        rosterId: i.rosterId,
        personId: i.personId,
        ordinal: n + 1,
      })),
    );
    for (const f of outcome.findings) {
      const finding = await repo.insertFinding(tx, {
        planId: plan.id,
        targetId: target.id,
        unitId: drawn.unitId,
        problem: f.problem,
        conduct: f.conduct,
        domainId: (f.domain && domains.get(f.domain)) || null,
        severity: f.severity,
        createdBy: recordedBy,
        createdAt: at(-10 + index),
      });
      // A finding to rectify is an item of the inspected unit's ledger, from this finding.
      const ledger = 'ledger' in f ? f.ledger : null;
      const rectificationItemId = ledger
        ? await seedDemoLedgerItem(
            refs,
            campaign.id,
            drawn.unitId,
            {
              source: 'inspection_finding',
              sourceId: finding.id,
              sourceLabel: plan.code,
              problem: f.problem,
              conduct: f.conduct,
              domainId: finding.domainId,
              measures: f.note,
              ...ledger,
            },
            recordedBy,
          )
        : null;
      await repo.disposeFinding(tx, finding.id, {
        disposition: f.disposition,
        dispositionNote: f.note,
        disposedAt: at(-5),
        rectificationItemId,
      });
      if (f.disposition === 'transfer')
        await repo.insertTransfer(tx, {
          findingId: finding.id,
          unitId: drawn.unitId,
          history: { planCode: plan.code, planTitle: plan.title, problem: f.problem, text: f.note },
          createdAt: at(-5),
        });
    }
  }

  // ---- a key check committed yesterday: the draw waits for a value published today or later
  const next = await repo.insertPlan(tx, {
    campaignId: campaign.id,
    code: `抽-${campaign.year}-0002`,
    unitId: office,
    title: '群众反映集中单位重点抽查',
    description: '对群众反映问题较多的单位开展重点检查，不设抽查比例上限。',
    kind: 'key',
    targetCount: 2,
    ratioCapPercent: null,
    inspectorsPerTarget: 2,
    checkItemIds: itemIds.slice(2),
    status: 'committed',
    createdBy: refs.accountIds.get('office') ?? null,
    createdAt: at(-2),
    updatedAt: at(-1),
  });
  const nextInput = inputOf(next);
  const nextText = canonicalJson(nextInput);
  await repo.updatePlan(tx, next.id, {
    drawInput: nextText,
    commitment: commitmentOf(nextText),
    committedAt: at(-1),
    eligibleTargets: nextInput.targets.length,
    eligibleInspectors: nextInput.inspectors.length,
  });
}
