import { sanctionLapsesOn } from '@zeren/contracts';
import { shanghaiDate } from '../../platform/calendar/deadline';
import { addDays } from '../../platform/calendar/working-days';
import type { DemoRefs } from '../../platform/module';
import { findRootActiveCampaignRef, listDomainRefs } from '../campaign/campaign.service';
import * as repo from './accountability.repository';
import { hashReceiptCode, receiptLookupKey } from './accountability.rules';

/**
 * The demo's receipt code of its anonymous public report, so a visitor can try the receipt page.
 * Demo data only: a real report's code is random and never stored.
 */
export const DEMO_RECEIPT_CODE = '20261203888866660001';

const SIX = [
  ['factsClear', '经调阅办件台账、现场核查，群众反映的事项事实清楚'],
  ['evidenceConclusive', '办件记录、谈话笔录、现场照片等证据相互印证'],
  ['characterisationAccurate', '属于对群众诉求推诿敷衍、久拖不办的不作为问题'],
  ['dispositionAppropriate', '处理意见与情节、后果和认错态度相当'],
  ['procedureLawful', '按规定履行告知、听取陈述申辩等程序'],
  ['formalitiesComplete', '立项、核查、审理文书齐全'],
] as const;

/**
 * Leads from every source: one to triage from a superior assignment, a leader's instruction under
 * verification, a media exposure decided with a sanction and a mitigated exemption, an anonymous
 * public report with the handler's message, an inspection transfer and a shelved lead.
 */
export async function seedDemoAccountability(refs: DemoRefs): Promise<void> {
  const { tx, now } = refs;
  const campaign = await findRootActiveCampaignRef(tx);
  if (!campaign) return;
  const domains = await listDomainRefs(tx, campaign.id);
  const domainId = (code: string) => domains.find((d) => d.code === code)?.id ?? null;
  const unit = (key: string) => refs.unitIds.get(key)!;
  const personId = (key: string) => refs.personIds.get(key)!;
  const account = (name: string) => refs.accountIds.get(name)!;
  const jw = unit('jw');
  const today = shanghaiDate(now);
  const daysAgo = (n: number) => addDays(today, -n);
  await repo.upsertSettings(tx, {
    campaignId: campaign.id,
    deadlines: {},
    leadUnitId: jw,
    dualInquiryOverdueWorkingDays: 20,
    updatedAt: now,
  });

  const lead = async (
    values: Omit<Parameters<typeof repo.insertLeads>[1][number]['values'], 'campaignId' | 'unitId'>,
  ) =>
    (
      await repo.insertLeads(tx, [
        {
          values: { campaignId: campaign.id, unitId: jw, createdAt: now, updatedAt: now, ...values },
          year: campaign.year,
        },
      ])
    )[0]!;

  // 上级交办, waiting for triage.
  await lead({
    source: 'superior_assignment',
    sourceRef: '省督查室督办函〔2026〕17号',
    summary: '市自然资源局对河口镇违法占地问题查处不力',
    details:
      '省督查室交办：群众多次反映河口镇某村违法占用耕地建设厂房，市自然资源局接报后仅下达责令整改通知，至今未立案查处，违法建筑仍在使用。',
    concernedUnitIds: [unit('zrzy')],
    domainId: domainId('land'),
    conduct: 'inaction',
    receivedOn: daysAgo(3),
    dueDate: addDays(today, 18),
    status: 'received',
  });

  // 领导批示, accepted for preliminary verification.
  const instructed = await lead({
    source: 'leader_instruction',
    sourceRef: '孙市长批示（2026年11月20日）',
    summary: '城关区教育局对学校食堂问题整改敷衍',
    details:
      '市领导批示：家长反映城关区实验小学食堂卫生问题，区教育局两次回复“已整改”，但回访发现问题依旧，请市纪委监委核查是否存在敷衍塞责。',
    concernedUnitIds: [unit('cg-jy')],
    concernedPersonIds: [personId('cg-jy-1')],
    domainId: domainId('education'),
    conduct: 'will_not',
    receivedOn: daysAgo(12),
    dueDate: addDays(today, 1),
    status: 'accepted',
    disposal: 'preliminary_verification',
  });
  const verifying = await repo.insertCase(tx, {
    code: instructed.code,
    leadId: instructed.id,
    campaignId: campaign.id,
    unitId: jw,
    disposal: 'preliminary_verification',
    status: 'verifying',
    handlerId: account('supervisor'),
    dueDate: addDays(today, 20),
    interviews: '已与区教育局分管负责人谈话，调阅整改报告两份。',
    createdAt: now,
    updatedAt: now,
  });
  await repo.updateLead(tx, instructed.id, { caseId: verifying.id });
  for (const [requirement, note] of SIX.slice(0, 2))
    await repo.upsertRequirement(tx, {
      caseId: verifying.id,
      requirement,
      confirmed: true,
      note,
      confirmedBy: account('supervisor'),
      confirmedAt: now,
    });

  // 媒体曝光, decided: a sanction in force and a mitigated fault-tolerance request.
  const exposed = await lead({
    source: 'media_exposure',
    sourceRef: '《示范日报》2026年10月9日第3版',
    summary: '河口镇政府对低保申请久拖不办',
    details:
      '媒体报道：河口镇多名困难群众提交低保申请后三个多月无人审核，镇民政办以“系统升级”为由推诿，经报道后才集中办理。',
    concernedUnitIds: [unit('lh-hk')],
    concernedPersonIds: [personId('lh-hk-1'), personId('lh-hk-2')],
    domainId: domainId('poverty_alleviation'),
    conduct: 'slow_action',
    receivedOn: daysAgo(50),
    dueDate: daysAgo(30),
    status: 'concluded',
    // Concluded by the decision, ten days past its handling deadline.
    disposedOn: daysAgo(20),
    disposal: 'preliminary_verification',
  });
  const decidedOn = daysAgo(20);
  const decided = await repo.insertCase(tx, {
    code: exposed.code,
    leadId: exposed.id,
    campaignId: campaign.id,
    unitId: jw,
    disposal: 'preliminary_verification',
    status: 'decided',
    handlerId: account('supervisor'),
    dueDate: daysAgo(22),
    interviews: '与镇长何建国、副镇长赵立新分别谈话，制作谈话笔录两份。',
    findings: '2026年6月至9月，河口镇受理低保申请23件，超过规定时限未审核19件，分管副镇长未按规定督促办理。',
    conclusion: 'substantiated',
    proposal: '对赵立新给予政务警告处分，对何建国进行诫勉谈话。',
    proposedBy: account('supervisor'),
    approvedBy: account('supervisor2'),
    decidedOn,
    createdAt: now,
    updatedAt: now,
  });
  await repo.updateLead(tx, exposed.id, { caseId: decided.id });
  for (const [requirement, note] of SIX)
    await repo.upsertRequirement(tx, {
      caseId: decided.id,
      requirement,
      confirmed: true,
      note,
      confirmedBy: account('supervisor'),
      confirmedAt: now,
    });
  const direct = await repo.insertDetermination(tx, {
    caseId: decided.id,
    personId: personId('lh-hk-2'),
    liability: 'direct',
    conducts: ['slow_action'],
    domainId: domainId('poverty_alleviation'),
    measures: [],
    form: 2,
    createdAt: now,
    updatedAt: now,
  });
  await repo.replaceSanctions(tx, direct.id, [
    {
      determinationId: direct.id,
      kind: 'gov_warning',
      months: 6,
      decidedOn,
      lapsesOn: sanctionLapsesOn('gov_warning', decidedOn),
      status: 'active',
      createdAt: now,
    },
  ]);
  const leading = await repo.insertDetermination(tx, {
    caseId: decided.id,
    personId: personId('lh-hk-1'),
    liability: 'main_leadership',
    conducts: ['slow_action'],
    domainId: domainId('poverty_alleviation'),
    measures: ['admonition'],
    form: 1,
    exemption: 'mitigate',
    createdAt: now,
    updatedAt: now,
  });
  await repo.insertExemption(tx, {
    determinationId: leading.id,
    caseId: decided.id,
    ground: 'force_majeure',
    statement:
      '事发期间镇主要负责人全力投入防汛抢险，已安排专人督办低保审核，事后立即组织集中办理并向群众致歉。',
    requestedBy: account('supervisor'),
    status: 'decided',
    outcome: 'mitigate',
    opinion: '经核实，防汛期间确有客观困难且事后积极整改，予以从轻处理，由通报改为诫勉。',
    decidedBy: account('supervisor2'),
    decidedAt: now,
    createdAt: now,
  });

  // 群众举报, anonymous, with the handler's first message.
  const reported = await lead({
    source: 'public_report',
    summary: '市城市管理局对小区占道经营投诉推诿',
    details:
      '举报对象：市城市管理局\n我们小区门口占道经营已经半年，多次打12345，城管说归街道管，街道说归城管管，一直没人处理。',
    concernedUnitIds: [unit('cgj')],
    conduct: 'inaction',
    receivedOn: daysAgo(2),
    dueDate: addDays(today, 19),
    status: 'received',
    anonymous: true,
  });
  await repo.insertPublicReports(tx, [
    {
      leadId: reported.id,
      lookupKey: receiptLookupKey(refs.cipher, DEMO_RECEIPT_CODE),
      codeHash: await hashReceiptCode(DEMO_RECEIPT_CODE),
      named: false,
    },
  ]);
  await repo.insertMessage(tx, {
    leadId: reported.id,
    direction: 'from_handler',
    body: '您的举报已收到，我们将在15个工作日内核实处理，请保留查询码关注进展。',
    createdBy: account('supervisor'),
    createdAt: now,
  });

  // 督促检查: a problem an inspection found, transferred.
  await lead({
    source: 'inspection',
    sourceRef: '市政府督查室第二督查组',
    summary: '市供水集团对老旧小区水压不足问题整改不到位',
    details: '督查发现：老旧小区二次供水改造列入年度计划，但至今未开工，整改台账显示“已完成”与实际不符。',
    concernedUnitIds: [unit('water')],
    conduct: 'misconduct',
    receivedOn: daysAgo(8),
    dueDate: addDays(today, 12),
    status: 'received',
  });

  // 其他, shelved for later.
  await lead({
    source: 'other',
    sourceRef: '来信',
    summary: '反映青山县扶贫办项目资金拨付缓慢',
    details: '来信反映青山县扶贫办部分帮扶项目资金拨付滞后，线索较为笼统，暂无具体项目名称。',
    concernedUnitIds: [unit('qs-fp')],
    conduct: 'slow_action',
    receivedOn: daysAgo(30),
    dueDate: daysAgo(10),
    status: 'shelved',
    disposal: 'shelved',
    disposedOn: daysAgo(25),
  });
}
