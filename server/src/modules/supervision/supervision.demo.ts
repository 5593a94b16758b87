import type { SupervisionItemStatus } from '@zeren/contracts';
import { addWorkingDays } from '../../platform/calendar/calendar.service';
import { shanghaiDate } from '../../platform/calendar/deadline';
import { addDays } from '../../platform/calendar/working-days';
import { AppError } from '../../platform/errors';
import type { DemoRefs } from '../../platform/module';
import { findRootActiveCampaignRef, listDomainRefs } from '../campaign/campaign.service';
import * as repo from './supervision.repository';

interface DemoItem {
  unit: string;
  person?: string;
  title: string;
  task: string;
  /** Working days from today (negative: overdue). */
  due: number;
  status: SupervisionItemStatus;
  progress: number;
  note?: string;
  instruction?: { text: string; leader: string };
}

/**
 * The city supervision office's items, one in each colour and in each place of the lifecycle the
 * board shows: on track, blue (due in two working days), yellow (a day overdue), red (seven
 * working days overdue), one to sign for, one awaiting review, one registered, one closed.
 */
const ITEMS: DemoItem[] = [
  {
    unit: 'jyj',
    person: 'dept.head',
    title: '中小学课后服务“全覆盖”督办',
    task: '全市义务教育学校课后服务覆盖率达到 100%，有需求学生应参加尽参加，每月通报进展。',
    due: 30,
    status: 'in_progress',
    progress: 40,
    note: '已覆盖学校 312 所，覆盖率 86%，剩余学校本月底前开展。',
  },
  {
    unit: 'jyj',
    person: 'dept.clerk',
    title: '群众反映“学位申请材料繁琐”问题整改',
    task: '梳理入学申请材料，能通过数据共享获取的一律不再要求群众提供，形成材料精简清单并公开。',
    due: 2,
    status: 'in_progress',
    progress: 60,
    note: '已取消户籍证明等 5 项材料，清单正在法制审核。',
    instruction: { text: '请教育局抓紧研究，两周内拿出精简方案。', leader: '市长 王建国' },
  },
  {
    unit: 'jyj',
    person: 'dept.clerk',
    title: '校园周边交通安全隐患排查',
    task: '会同公安交管部门完成全市中小学校园周边交通安全隐患排查，建立隐患台账并逐一整改。',
    due: -1,
    status: 'accepted',
    progress: 0,
  },
  {
    unit: 'jyj',
    person: 'dept.head',
    title: '教育系统“庸懒散”问题专项整治',
    task: '开展教育系统机关作风专项整治，对群众反映的推诿扯皮问题逐件核查，按期报送整治情况。',
    due: -7,
    status: 'returned',
    progress: 50,
    note: '已核查问题 23 件，办结 15 件。',
  },
  {
    unit: 'jyj',
    title: '民办学校年检结果公开',
    task: '在门户网站公开全市民办学校年检结果，接受社会监督。',
    due: 15,
    status: 'assigned',
    progress: 0,
  },
  {
    unit: 'cg-jy',
    person: 'cg-jy-1',
    title: '城关区学前教育普惠性资源扩容',
    task: '新增普惠性学位 1200 个，普惠性幼儿园覆盖率达到 85% 以上。',
    due: 10,
    status: 'completion_requested',
    progress: 100,
    note: '新增普惠性学位 1260 个，覆盖率 87%，申请办结。',
  },
  {
    unit: 'jyj',
    title: '教师职称评审“一网通办”',
    task: '实现教师职称评审申报、审核、公示全流程网上办理。',
    due: 40,
    status: 'registered',
    progress: 0,
  },
  {
    unit: 'jyj',
    person: 'dept.head',
    title: '学生资助资金发放情况专项检查',
    task: '对 2025 年度学生资助资金发放情况开展专项检查，发现问题立行立改。',
    due: -20,
    status: 'closed',
    progress: 100,
    note: '检查发现问题 3 个，已全部整改到位。',
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

export async function seedDemoSupervision(refs: DemoRefs): Promise<void> {
  const campaign = await findRootActiveCampaignRef(refs.tx);
  const office = refs.unitIds.get('dcs');
  if (!campaign || !office) return;
  const domainId =
    (await listDomainRefs(refs.tx, campaign.id)).find((d) => d.code === 'education')?.id ?? null;
  const today = shanghaiDate(refs.now);
  let n = 0;
  for (const item of ITEMS) {
    const unitId = refs.unitIds.get(item.unit);
    if (!unitId) continue;
    n += 1;
    const date = await dueDateOf(refs, today, item.due);
    const created = await repo.insertItem(refs.tx, {
      campaignId: campaign.id,
      code: `督-${campaign.year}-${String(n).padStart(4, '0')}`,
      domainId,
      source: item.instruction ? 'leader_instruction' : 'decision',
      instruction: item.instruction?.text ?? null,
      instructingLeader: item.instruction?.leader ?? null,
      title: item.title,
      task: item.task,
      unitId,
      responsiblePersonId: (item.person && refs.personIds.get(item.person)) || null,
      assignedByUnitId: office,
      status: item.status,
      dueDate: date,
      milestones: [],
      progress: item.progress,
      closedAt: item.status === 'closed' ? refs.now : null,
      createdBy: refs.accountIds.get('office') ?? null,
      createdAt: refs.now,
      updatedAt: refs.now,
    });
    if (item.note)
      await repo.insertProgress(refs.tx, {
        itemId: created.id,
        unitId,
        percent: item.progress,
        note: item.note,
        reportedBy: refs.accountIds.get(item.unit === 'jyj' ? 'dept.clerk' : 'county.inspector') ?? null,
        reportedAt: refs.now,
      });
  }
}
