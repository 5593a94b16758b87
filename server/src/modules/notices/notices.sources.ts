import type { NoticeSection } from '@zeren/contracts';
import { chineseDate } from '../../platform/documents/official-document';
import { fieldError } from '../../platform/errors';
import { type DecidedCaseForNotice, decidedCasesForNotice } from '../accountability/accountability.service';
import { type CriticismForNotice, criticismsForNotice } from '../supervision/supervision.service';
import type { NoticeSource } from './notices.service';

/** 市教育局、市卫生健康委等3个单位 */
function unitsPhrase(names: string[]): string {
  if (names.length <= 3) return names.join('、');
  return `${names.slice(0, 2).join('、')}等${names.length}个单位`;
}

/** The body of a 通报批评 of units whose supervision items went red on the ladder. */
export function criticismSections(rows: CriticismForNotice[]): { title: string; sections: NoticeSection[] } {
  const units = [...new Set(rows.map((r) => r.unitName))];
  return {
    title: `关于对${unitsPhrase(units)}督办事项逾期未办结的通报批评`,
    sections: [
      {
        paragraphs: [
          '按照懒政怠政为官不为问责年活动督办工作要求，对督办事项逾期未办结、经催办和预警仍未按期完成的责任单位予以通报批评。现将有关情况通报如下：',
        ],
      },
      {
        heading: '基本情况',
        paragraphs: rows.map(
          (r) =>
            `${r.unitName}承办的督办事项“${r.itemTitle}”（${r.itemCode}），办理时限为${chineseDate(r.dueDate)}，` +
            `截至${chineseDate(r.criticizedOn)}已逾期${r.workingDaysOverdue}个工作日，仍未办结。`,
        ),
      },
      {
        heading: '有关要求',
        paragraphs: [
          '被通报单位要深刻反思，主要负责同志要亲自研究、亲自部署，逐项查找逾期原因，明确责任人和完成时限，' +
            '于5个工作日内将整改落实情况书面报送督查部门。',
          '各地各部门要引以为戒，举一反三，对承办的督办事项逐件过堂，严格按照时限要求办理。' +
            '对再次逾期或整改不力的，将按程序移交问题线索，依规依纪严肃问责。',
        ],
      },
    ],
  };
}

/**
 * 通报批评: the criticisms the supervision ladder recorded, read through the supervision module's
 * service with the caller's `supervision.read` scope.
 */
export const criticismSource: NoticeSource = {
  async load(tx, ids) {
    const found = new Map((await criticismsForNotice(tx, [...ids], tx.tx)).map((r) => [r.id, r]));
    const rows = ids.map((id) => found.get(id));
    if (rows.some((r) => !r)) throw fieldError('sourceIds', 'field.not_found');
    const ordered = rows as CriticismForNotice[];
    const campaigns = new Set(ordered.map((r) => r.campaignId));
    return {
      ...criticismSections(ordered),
      sourceLabels: ordered.map((r) => r.itemCode),
      campaignId: campaigns.size === 1 ? [...campaigns][0] : undefined,
    };
  },
  async candidates(ctx) {
    return (await criticismsForNotice(ctx, null)).map((r) => ({
      id: r.id,
      label: r.itemCode,
      description: `${r.itemTitle}（逾期${r.workingDaysOverdue}个工作日）`,
      unitName: r.unitName,
      date: r.criticizedOn,
    }));
  },
};

/** The body of a notice of typical cases (典型案例通报): each decided case, persons as 王某某. */
export function typicalCaseSections(rows: DecidedCaseForNotice[]): {
  title: string;
  sections: NoticeSection[];
} {
  return {
    title: `关于${rows.length}起懒政怠政为官不为典型问题的通报`,
    sections: [
      {
        paragraphs: [
          '为进一步严明纪律、强化警示，推动懒政怠政为官不为问责年活动深入开展，现将近期查处的典型问题通报如下：',
        ],
      },
      ...rows.map((r) => ({
        heading: `${r.concernedUnitNames.join('、') || '有关单位'}${r.summary.replace(/[。；]$/, '')}问题`,
        paragraphs: [
          [
            r.findings ? `经查，${r.findings.replace(/[。；]$/, '')}。` : '',
            r.decisions.length > 0
              ? `${chineseDate(r.decidedOn)}，${r.decisions
                  .map((d) => `对${d.position ?? ''}${d.person}${d.text}`)
                  .join('；')}。`
              : '',
          ].join(''),
        ],
      })),
      {
        heading: '有关要求',
        paragraphs: [
          '各地各部门要以案为鉴、举一反三，对照查摆本单位、本系统懒政怠政为官不为问题，压紧压实主体责任和监督责任。' +
            '对顶风违纪、屡教不改的，坚决依规依纪依法严肃处理，并实行“一案双查”。',
        ],
      },
    ],
  };
}

/** 典型案例通报: decided accountability cases, read through the accountability module's service in the caller's scope. */
export const typicalCaseSource: NoticeSource = {
  async load(tx, ids) {
    const found = new Map((await decidedCasesForNotice(tx, [...ids], tx.tx)).map((r) => [r.id, r]));
    const rows = ids.map((id) => found.get(id));
    if (rows.some((r) => !r)) throw fieldError('sourceIds', 'field.not_found');
    const ordered = rows as DecidedCaseForNotice[];
    const campaigns = new Set(ordered.map((r) => r.campaignId));
    return {
      ...typicalCaseSections(ordered),
      sourceLabels: ordered.map((r) => r.code),
      campaignId: campaigns.size === 1 ? [...campaigns][0] : undefined,
    };
  },
  async candidates(ctx) {
    return (await decidedCasesForNotice(ctx, null)).map((r) => ({
      id: r.id,
      label: r.code,
      description: r.summary,
      unitName: r.concernedUnitNames.join('、'),
      date: r.decidedOn,
    }));
  },
};
