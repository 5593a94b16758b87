import { type OpenDatasetSource, openField, pagesOf } from '../../platform/open-data';
import { getPublicPlan, listPublicPlans } from './spot-checks.service';

/**
 * 抽查结果: one row per checked target of each published plan (双随机一公开), as the portal's plan
 * page shows it — without the inspectors' names, which stay on that page.
 */
export const publishedSpotCheckResultsDataset: OpenDatasetSource = {
  id: 'spot-check-results',
  title: { 'zh-CN': '双随机抽查结果', 'en-US': 'Random spot-check results' },
  description: {
    'zh-CN':
      '已公开的双随机抽查计划中每个抽中对象的检查结果，以及抽取所用的承诺值和种子（可复核）；不含检查人员姓名。',
    'en-US':
      "Each drawn target's result in the published random spot checks, with the draw's commitment and seed (verifiable); not the inspectors' names.",
  },
  fields: [
    openField('planId', 'string', '抽查计划标识（稳定）', 'Plan id (stable)'),
    openField('planCode', 'string', '计划编号', 'Plan code'),
    openField('planTitle', 'string', '计划名称', 'Plan title'),
    openField('kind', 'string', '类型：key 重点检查，general 一般检查', 'Kind: key or general'),
    openField('organiserName', 'string', '组织单位', 'Organising unit'),
    openField('ordinal', 'integer', '抽中顺序', 'Order drawn'),
    openField('targetUnitName', 'string', '检查对象', 'Target checked'),
    openField(
      'outcome',
      'string',
      '结果：no_problem 未发现问题，problems_found 发现问题，空为尚未检查',
      'Outcome: no_problem, problems_found; empty while not yet checked',
    ),
    openField('resultSummary', 'string', '结果摘要', 'Summary of the result'),
    openField('checkedOn', 'date', '检查日期', 'Checked on'),
    openField('findingCount', 'integer', '发现问题数', 'Number of findings'),
    openField('commitment', 'string', '抽取承诺值（SHA-256）', 'Commitment of the draw (SHA-256)'),
    openField('seed', 'string', '抽取种子', 'Seed of the draw'),
    openField('publishedAt', 'datetime', '公开时间', 'Published at'),
  ],
  updatedField: 'publishedAt',
  async *rows(ctx) {
    for await (const plan of pagesOf((p) => listPublicPlans(ctx, p))) {
      const detail = await getPublicPlan(ctx, plan.id);
      for (const target of detail.targets)
        yield {
          planId: plan.id,
          planCode: plan.code,
          planTitle: plan.title,
          kind: plan.kind,
          organiserName: plan.unitName,
          ordinal: target.ordinal,
          targetUnitName: target.unitName,
          outcome: target.outcome,
          resultSummary: target.resultSummary,
          checkedOn: target.checkedOn,
          findingCount: target.findingCount,
          commitment: plan.commitment,
          seed: plan.seed,
          publishedAt: plan.publishedAt,
        };
    }
  },
};
