import type { NoticeSection } from '@zeren/contracts';
import { shanghaiDate } from '../../platform/calendar/deadline';
import { documentNumber } from '../../platform/documents/official-document';
import type { DemoRefs } from '../../platform/module';
import { findUnitRef } from '../../platform/org/org.repository';
import { findRootActiveCampaignRef } from '../campaign/campaign.service';
import * as repo from './notices.repository';
import { defaultPrefix } from './notices.rules';

/** 典型案例通报: four cases of 懒政怠政 the city circulated publicly (persons named as 王某某). */
const TYPICAL_CASES: NoticeSection[] = [
  {
    paragraphs: [
      '今年以来，全市深入开展懒政怠政为官不为问责年活动，坚持严管和厚爱结合、激励和约束并重，' +
        '对群众反映强烈的推诿扯皮、敷衍塞责、不担当不作为等问题严肃追责问责。' +
        '为进一步严明纪律、强化警示，现将近期查处的4起懒政怠政典型问题通报如下：',
    ],
  },
  {
    heading: '典型案例',
    sections: [
      {
        heading: '市某局行政审批科原科长王某某办事拖沓、推诿扯皮问题',
        paragraphs: [
          '2026年3月至5月，王某某在办理企业施工许可申请过程中，对材料齐全的申请以“需进一步研究”为由多次搁置，' +
            '致使3家企业项目开工延误40余天，群众多次投诉。王某某受到政务记过处分，调离工作岗位。',
        ],
      },
      {
        heading: '城关区某街道办事处副主任李某某对群众诉求敷衍塞责问题',
        paragraphs: [
          '李某某分管信访工作期间，对辖区老旧小区供水管网漏损问题的12345热线工单多次以“已转相关部门”答复了事，' +
            '未组织实地核查，问题持续半年未解决。李某某受到诫勉处理，所在街道党工委作出书面检查。',
        ],
      },
      {
        heading: '临河县某乡人民政府干部张某某履职不力、弄虚作假问题',
        paragraphs: [
          '张某某在负责防汛隐患排查工作中，未按要求到现场排查，照搬往年台账上报“无隐患”，' +
            '致使1处塘坝险情未被及时发现。张某某受到党内警告处分，乡党委主要负责人被约谈。',
        ],
      },
      {
        heading: '青山县某办原副主任赵某某落实督办事项慢作为问题',
        paragraphs: [
          '赵某某对市政府督办的帮扶项目资金拨付事项，经催办、预警后仍未按期办结，逾期25个工作日，' +
            '被通报批评后仍整改不力。赵某某被免去现职，该单位在年度作风建设考核中予以扣分。',
        ],
      },
    ],
  },
  {
    heading: '工作要求',
    sections: [
      {
        heading: '深刻汲取教训',
        paragraphs: [
          '各地各部门要组织党员干部认真学习本通报，以案为鉴、以案促改，切实增强担当作为的思想自觉和行动自觉。',
        ],
      },
      {
        heading: '压紧压实责任',
        paragraphs: [
          '各级党政主要负责同志要切实履行第一责任人职责，对本地本部门懒政怠政问题早发现、早提醒、早纠正，' +
            '对问题多发的单位开展“一案双查”。',
        ],
      },
      {
        heading: '坚持严管厚爱',
        paragraphs: [
          '严格落实容错纠错机制，旗帜鲜明为担当者担当、为干事者撑腰，对诬告陷害的及时澄清正名，' +
            '营造奋发有为、干事创业的良好氛围。',
        ],
      },
    ],
  },
];

const DRAFT: NoticeSection[] = [
  {
    paragraphs: [
      '为推动督办事项按期办结，市政府督查室于近期对各单位承办的督办事项办理情况进行了梳理。现将有关情况通报如下：',
    ],
  },
  {
    heading: '总体情况',
    paragraphs: ['截至目前，全市共立项督办事项若干件，已办结大部分，部分事项逾期未办结。'],
  },
  {
    heading: '下一步要求',
    paragraphs: ['各承办单位要对照时限要求，逐项倒排工期，确保按期办结。'],
  },
];

/**
 * The city office's notices: a public 典型案例通报 issued as 示督〔year〕1号 (on the portal), and
 * an internal draft on the progress of supervision items. Demo data writes no audit events.
 */
export async function seedDemoNotices(refs: DemoRefs): Promise<void> {
  const campaign = await findRootActiveCampaignRef(refs.tx);
  const unitId = refs.unitIds.get('dcs');
  const city = refs.unitIds.get('city');
  if (!campaign || !unitId || !city) return;
  const unit = (await findUnitRef(refs.tx, unitId))!;
  const cityUnit = (await findUnitRef(refs.tx, city))!;
  const drafter = refs.accountIds.get('office') ?? null;
  const approver = refs.accountIds.get('leader') ?? null;
  const today = shanghaiDate(refs.now);
  const year = Number(today.slice(0, 4));
  const seq = await repo.nextNumber(refs.tx, unitId, year);
  const common = {
    campaignId: campaign.id,
    unitId,
    issuer: '示范市人民政府督查室',
    recipients: '各县（市、区）人民政府，市政府各部门',
    signature: '示范市人民政府督查室',
    cc: ['市委办公室', '市纪委监委'],
    createdBy: drafter,
    authorIds: drafter ? [drafter] : [],
    createdAt: refs.now,
    updatedAt: refs.now,
  };
  await repo.insertNotice(refs.tx, {
    ...common,
    kind: 'typical_cases',
    visibility: 'public',
    status: 'issued',
    title: '关于4起懒政怠政为官不为典型问题的通报',
    body: TYPICAL_CASES,
    documentNumber: documentNumber(defaultPrefix(unit.name, cityUnit.name), year, seq),
    documentYear: year,
    documentSeq: seq,
    date: today,
    submittedAt: refs.now,
    approvedBy: approver,
    approvedAt: refs.now,
    issuedAt: refs.now,
  });
  await repo.insertNotice(refs.tx, {
    ...common,
    kind: 'free_text',
    visibility: 'internal',
    status: 'draft',
    title: '关于督办事项办理情况的通报',
    body: DRAFT,
    cc: [],
  });
}
