import { shanghaiDate } from '../../platform/calendar/deadline';
import type { DemoRefs } from '../../platform/module';
import { findCampaignPlan, findRootActiveCampaignRef } from '../campaign/campaign.service';
import * as repo from './monthly-reports.repository';
import { owingUnitsOf, snapshotAt } from './monthly-reports.service';
import { endedMonths } from './schedule';

type DemoState = 'submitted' | 'awaiting_approval' | 'returned' | 'draft' | 'missing';

/**
 * Where each owing unit of the demo city stands with last month's report: most have submitted,
 * the education bureau's clerk has a draft to finish (and its head then approves it), one report
 * waits for approval, one was returned, and the transport bureau has not even started (missing).
 */
const STATES: Record<string, DemoState> = {
  jw: 'submitted',
  dcs: 'submitted',
  fpb: 'submitted',
  fgw: 'submitted',
  zwfw: 'submitted',
  zrzy: 'submitted',
  wjw: 'submitted',
  gaj: 'submitted',
  jyj: 'draft',
  sthj: 'awaiting_approval',
  yjj: 'awaiting_approval',
  cgj: 'returned',
  scjg: 'draft',
  jtj: 'missing',
};

const NARRATIVES: Record<string, string> = {
  jw: '本月共受理问题线索12件，初步核实5件，谈话函询4件；对2起不作为慢作为问题启动问责程序，通报典型案例1起。',
  dcs: '本月对10个重点领域开展专项督查2次，交办督办事项8件，办结5件；对逾期未办结事项发出催办通知3份。',
  jyj: '本月开展中小学课后服务全覆盖督导，完成学位申请材料精简清单初稿；',
  sthj: '本月完成违法违规建设项目清理整改复核，督促整改问题18个，办结14个。',
  yjj: '本月完成油气管道隐患整改现场核查4处，约谈整改滞后单位负责人2名。',
  cgj: '本月供水供气服务投诉办理情况良好。',
  scjg: '本月开展校园食品安全专项检查，',
};

/** The supervision departments of the demo campaign, and last month's reports in their states. */
export async function seedDemoMonthlyReports(refs: DemoRefs): Promise<void> {
  const { tx, now } = refs;
  const campaign = await findRootActiveCampaignRef(tx);
  if (!campaign) return;
  const unitId = (key: string) => {
    const id = refs.unitIds.get(key);
    if (!id) throw new Error(`demo unit ${key} missing`);
    return id;
  };
  await repo.upsertSettings(tx, {
    campaignId: campaign.id,
    remindBeforeWorkingDays: 2,
    remindAfterWorkingDays: 1,
    updatedAt: now,
  });
  await repo.replaceSupervisionUnits(tx, campaign.id, [unitId('jw'), unitId('dcs')]);

  const plan = (await findCampaignPlan(tx, campaign.id))!;
  const months = endedMonths(plan.startDate, plan.endDate, shanghaiDate(now));
  const month = months[months.length - 1];
  // Before the campaign's first month has ended there is nothing to report on yet.
  if (!month) return;
  const keyOf = new Map([...refs.unitIds].map(([key, id]) => [id, key]));
  for (const u of await owingUnitsOf(tx, plan)) {
    const key = keyOf.get(u.unitId) ?? '';
    const state = STATES[key] ?? 'draft';
    if (state === 'missing') continue;
    const narrative =
      NARRATIVES[key] ??
      `本月牵头推进${u.unitName}重点领域问责工作，按期完成各项重点任务，未发现新的懒政怠政问题。`;
    await repo.insertReport(tx, {
      campaignId: plan.id,
      unitId: u.unitId,
      month,
      role: u.role,
      status: state,
      narrative,
      editedAt: now,
      returnReason: state === 'returned' ? '请补充本月投诉办理的具体数据和整改措施。' : null,
      submittedAt: state === 'submitted' ? now : null,
      snapshot: state === 'submitted' ? await snapshotAt(tx, plan, { ...u, month }, now) : null,
      createdAt: now,
      updatedAt: now,
    });
  }
}
