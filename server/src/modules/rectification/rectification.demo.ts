import {
  type Conduct,
  type RectificationSource,
  type RectificationStatus,
  rectificationClosed,
} from '@zeren/contracts';
import { addWorkingDays } from '../../platform/calendar/calendar.service';
import { shanghaiDate } from '../../platform/calendar/deadline';
import { addDays } from '../../platform/calendar/working-days';
import { AppError } from '../../platform/errors';
import type { DemoRefs } from '../../platform/module';
import { findRootActiveCampaignRef, listDomainRefs } from '../campaign/campaign.service';
import * as repo from './rectification.repository';

interface DemoItem {
  unit: string;
  source: RectificationSource;
  sourceLabel?: string;
  domain?: string;
  conduct?: Conduct;
  problem: string;
  measures?: string;
  person?: string;
  /** Working days from today (negative: overdue). */
  due: number;
  status: RectificationStatus;
  completion?: string;
}

/**
 * Ledgers of several units from their self-inspection: to rectify, rectifying (one overdue, one
 * reopened after the leader found it not done), completion claimed (waiting for the leader's
 * sign-off) and signed off. The items from an inspection — one signed off and waiting for the
 * team's confirmation, one confirmed — are the demo spot check's findings (its module seeds them
 * through seedDemoLedgerItem).
 */
const ITEMS: DemoItem[] = [
  {
    unit: 'jyj',
    source: 'self_inspection',
    domain: 'education',
    conduct: 'slow_action',
    problem: '义务教育阶段转学申请办理时限超过承诺的 5 个工作日，群众多次催问。',
    measures: '梳理转学办理流程，取消重复审核环节，实行“一窗受理、限时办结”，每周通报办理时长。',
    person: '马晓明（基础教育科科长）',
    due: 15,
    status: 'pending',
  },
  {
    unit: 'jyj',
    source: 'self_inspection',
    domain: 'education',
    conduct: 'inaction',
    problem: '部分学校课后服务收费公示不到位，家长不清楚收费依据。',
    measures: '督促全市学校在校门口和家长群公示收费项目、标准和依据，开展专项抽查。',
    person: '马晓明',
    due: 8,
    status: 'rectifying',
  },
  {
    unit: 'jyj',
    source: 'self_inspection',
    domain: 'education',
    conduct: 'cannot',
    problem: '教师职称申报系统操作培训不足，基层学校申报材料退回率高。',
    measures: '分片区开展申报系统操作培训，编印操作手册，设立咨询电话。',
    person: '黄局长',
    due: -3,
    status: 'rectifying',
  },
  {
    unit: 'jyj',
    source: 'self_inspection',
    domain: 'education',
    conduct: 'will_not',
    problem: '校外培训机构投诉件办理拖延，3 件投诉超过 30 日未答复。',
    measures: '逐件答复投诉人，建立投诉办理台账和超期提醒机制。',
    person: '马晓明',
    due: 5,
    status: 'completion_claimed',
    completion: '3 件投诉已全部答复并回访，满意 3 件；办理台账和超期提醒已上线运行。',
  },
  {
    unit: 'jyj',
    source: 'self_inspection',
    domain: 'education',
    conduct: 'slow_action',
    problem: '学生资助资金发放台账与银行流水不一致 12 笔。',
    measures: '逐笔核对，补发或追回差额，完善月度对账制度。',
    person: '马晓明',
    due: -10,
    status: 'signed_off',
    completion: '12 笔已全部核清，补发 9 笔、追回 3 笔，建立月度对账制度。',
  },
  {
    unit: 'cg-jy',
    source: 'self_inspection',
    domain: 'education',
    conduct: 'inaction',
    problem: '城关区 4 所幼儿园消防设施过期未检，隐患未及时上报。',
    measures: '立即更换过期设施，开展全区幼儿园消防安全排查，建立月检制度。',
    person: '林春华（局长）',
    due: -2,
    status: 'signed_off',
    completion: '4 所幼儿园消防设施已全部更换，排查全区幼儿园 56 所，月检制度已印发。',
  },
  {
    unit: 'cg-jy',
    source: 'self_inspection',
    domain: 'education',
    conduct: 'dare_not',
    problem: '对民办学校违规招生问题不敢较真，去年投诉件仅口头提醒。',
    measures: '对涉事学校下达整改通知书，依规处理并公开结果。',
    person: '林春华',
    due: 12,
    status: 'rectifying',
    completion: '曾报完成：已口头约谈学校负责人。单位负责人审核认为整改不彻底，退回重新整改。',
  },
  {
    unit: 'lh-hk',
    source: 'self_inspection',
    domain: 'poverty_alleviation',
    conduct: 'slow_action',
    problem: '河口镇扶贫项目资金拨付滞后，2 个项目资金滞留超过 3 个月。',
    measures: '倒排拨付计划，明确责任人和时间节点，每周调度。',
    person: '何建国（镇长）',
    due: 6,
    status: 'pending',
  },
  {
    unit: 'qs-fp',
    source: 'self_inspection',
    domain: 'poverty_alleviation',
    conduct: 'misconduct',
    problem: '青山县扶贫办个别项目验收走过场，验收记录与现场不符。',
    measures: '重新组织验收，对验收人员批评教育，建立验收影像留存制度。',
    person: '高雪梅（主任）',
    due: 10,
    status: 'completion_claimed',
    completion: '已重新验收 5 个项目，影像留存制度已执行，相关人员已作书面检查。',
  },
];

/** N working days from today, or a week for each five when the calendar lacks the year. */
async function dueDateOf(refs: DemoRefs, today: string, workingDays: number): Promise<string> {
  try {
    return (await addWorkingDays(refs.tx, today, workingDays)).date;
  } catch (error) {
    if (!(error instanceof AppError && error.code === 'CALENDAR_YEAR_MISSING')) throw error;
    return addDays(today, Math.round((workingDays * 7) / 5));
  }
}

/** One ledger item of the demo, due `item.due` working days from today; its id. */
export async function seedDemoLedgerItem(
  refs: DemoRefs,
  campaignId: string,
  unitId: string,
  item: Omit<DemoItem, 'unit' | 'domain'> & { domainId?: string | null; sourceId?: string | null },
  createdBy: string | null,
): Promise<string> {
  const created = await repo.insertItem(refs.tx, {
    campaignId,
    unitId,
    source: item.source,
    sourceId: item.sourceId ?? null,
    sourceLabel: item.sourceLabel ?? null,
    problem: item.problem,
    domainId: item.domainId ?? null,
    conduct: item.conduct ?? null,
    measures: item.measures ?? null,
    responsiblePerson: item.person ?? null,
    dueDate: await dueDateOf(refs, shanghaiDate(refs.now), item.due),
    status: item.status,
    completion: item.completion ?? null,
    closedAt: rectificationClosed(item) ? refs.now : null,
    createdBy,
    createdAt: refs.now,
    updatedAt: refs.now,
  });
  return created.id;
}

export async function seedDemoRectification(refs: DemoRefs): Promise<void> {
  const campaign = await findRootActiveCampaignRef(refs.tx);
  if (!campaign) return;
  const domains = new Map((await listDomainRefs(refs.tx, campaign.id)).map((d) => [d.code, d.id]));
  for (const { unit, domain, ...item } of ITEMS) {
    const unitId = refs.unitIds.get(unit);
    if (!unitId) continue;
    await seedDemoLedgerItem(
      refs,
      campaign.id,
      unitId,
      { ...item, domainId: (domain && domains.get(domain)) || null },
      refs.accountIds.get(unit === 'jyj' ? 'dept.clerk' : 'county.inspector') ?? null,
    );
  }
}
