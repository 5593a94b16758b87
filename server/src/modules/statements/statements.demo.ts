import { addWorkingDays, workingDaysBetween } from '../../platform/calendar/calendar.service';
import { shanghaiDate } from '../../platform/calendar/deadline';
import { addDays } from '../../platform/calendar/working-days';
import type { DemoRefs } from '../../platform/module';
import { findRootActiveCampaignRef, listDomainRefs } from '../campaign/campaign.service';
import * as repo from './statements.repository';

const BODY = `<h2>一、履职尽责基本情况</h2>
<p>开展懒政怠政为官不为问责年活动以来，市教育局党组把作风建设作为“一把手”工程，对照权责清单逐项梳理职责，建立“三个清单”台账，明确每项任务的责任领导、责任科室和完成时限。</p>
<p>全年共办理群众诉求1,246件，按期办结率98.6%；对群众反映集中的校外培训机构超前超标收费问题，会同市场监管部门开展联合检查3轮，立案查处12家。</p>
<h2>二、存在的主要问题</h2>
<ul><li>个别科室对跨部门事项存在推诿现象，审批材料“多次跑”问题仍未根除；</li><li>对农村学校校舍安全隐患的排查整改不够及时，督办事项曾逾期办结1件。</li></ul>
<h2>三、下一步承诺</h2>
<p>我局郑重承诺：以本报告所列承诺事项为抓手，<strong>立行立改、按期践诺</strong>，每月在门户网站公开进展，接受社会监督。</p>`;

/**
 * 述责 of the demo city: 市教育局's statement, signed by its director, approved and published, with
 * a commitment in every state (on track, due soon, overdue, fulfilled, not fulfilled), one comment
 * shown and one waiting for moderation; 城关区教育局's statement still in draft.
 */
export async function seedDemoStatements(refs: DemoRefs): Promise<void> {
  const { tx, now } = refs;
  const campaign = await findRootActiveCampaignRef(tx);
  if (!campaign) return;
  const domains = await listDomainRefs(tx, campaign.id);
  const education = domains.find((d) => d.code === 'education')?.id ?? null;
  const unit = (key: string) => refs.unitIds.get(key)!;
  const person = (key: string) => refs.personIds.get(key)!;
  const account = (name: string) => refs.accountIds.get(name)!;
  const today = shanghaiDate(now);

  const published = await repo.insertStatement(tx, {
    campaignId: campaign.id,
    unitId: unit('jyj'),
    status: 'published',
    title: '市教育局2026年度述责报告',
    body: BODY,
    authorIds: [account('dept.clerk'), account('dept.head')],
    signedBy: account('dept.head'),
    signedAt: now,
    approvedBy: account('office'),
    approvedAt: now,
    publishedAt: now,
    createdBy: account('dept.clerk'),
    createdAt: now,
    updatedAt: now,
  });

  /** A commitment started `startedDaysAgo` calendar days ago, due `dueInWorkingDays` from today. */
  const commitment = async (
    promise: string,
    startedDaysAgo: number,
    dueInWorkingDays: number,
    responsible: string,
    outcome: { kind: 'fulfilment' | 'not_fulfilled'; text: string } | null = null,
  ) => {
    const startDate = addDays(today, -startedDaysAgo);
    const dueDate = (await addWorkingDays(tx, today, dueInWorkingDays)).date;
    const workingDays = (await workingDaysBetween(tx, startDate, dueDate)).days;
    const created = await repo.insertCommitment(tx, {
      statementId: published.id,
      unitId: unit('jyj'),
      promise,
      domainId: education,
      responsiblePersonId: person(responsible),
      startDate,
      workingDays,
      dueDate,
      outcome: outcome ? (outcome.kind === 'fulfilment' ? 'fulfilled' : 'not_fulfilled') : null,
      decidedOn: outcome ? today : null,
      createdAt: now,
      updatedAt: now,
    });
    await repo.insertProgress(tx, {
      commitmentId: created.id,
      kind: 'progress',
      text: '已制定工作方案，明确责任科室和时间节点，正在按计划推进。',
      date: addDays(today, -Math.min(startedDaysAgo, 20)),
      createdBy: account('dept.clerk'),
      createdAt: now,
    });
    if (outcome)
      await repo.insertProgress(tx, {
        commitmentId: created.id,
        kind: outcome.kind,
        text: outcome.text,
        date: today,
        createdBy: account(outcome.kind === 'fulfilment' ? 'dept.clerk' : 'office'),
        createdAt: now,
      });
  };
  await commitment('年底前完成全市中小学校舍安全隐患排查整治，建立“一校一档”台账', 30, 40, 'dept.head');
  await commitment('义务教育阶段入学报名“一网通办”，群众办事“最多跑一次”', 60, 3, 'jyj-2');
  await commitment('三个月内办结校外培训机构收费投诉积案', 90, -4, 'jyj-2');
  await commitment('公开教师招聘全流程信息，接受社会监督', 120, -20, 'dept.head', {
    kind: 'fulfilment',
    text: '招聘公告、笔试面试成绩、拟聘人员名单已全部在门户网站公开，公示期内无异议。',
  });
  await commitment('上半年实现农村学校食堂“明厨亮灶”全覆盖', 150, -40, 'dept.clerk', {
    kind: 'not_fulfilled',
    text: '截至期限仍有7所农村学校未完成改造，未说明正当理由，认定为未践诺。',
  });

  await repo.insertComment(tx, {
    statementId: published.id,
    displayName: '一位家长',
    body: '报名“一网通办”确实方便了，希望校外培训收费投诉也能尽快有结果。',
    status: 'approved',
    createdAt: now,
    moderatedBy: account('office'),
    moderatedAt: now,
  });
  await repo.insertComment(tx, {
    statementId: published.id,
    displayName: '市民',
    body: '农村学校食堂改造为什么没有按期完成？请公开原因和新的完成时间。',
    status: 'pending',
    createdAt: now,
  });

  await repo.insertStatement(tx, {
    campaignId: campaign.id,
    unitId: unit('cg-jy'),
    status: 'draft',
    title: '城关区教育局2026年度述责报告',
    body: '<h2>一、履职情况</h2><p>围绕“双减”政策落地和校园安全两项重点任务，我局逐项对照权责清单履职，主动接受群众监督。</p>',
    authorIds: [account('county.inspector')],
    createdBy: account('county.inspector'),
    createdAt: now,
    updatedAt: now,
  });
}
