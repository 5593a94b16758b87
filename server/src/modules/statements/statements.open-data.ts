import { COMMITMENT_STATUSES } from '@zeren/contracts';
import { type OpenDatasetSource, openField, pagesOf } from '../../platform/open-data';
import { listPublicCommitments, listPublicDutyStatements } from './statements.service';

// The signer's and the responsible person's names are shown on one statement's page of the
// portal, but never gathered into a download: a list of officials' names is a list of persons.

const STATUS_ZH = {
  on_track: '正常推进',
  due_soon: '即将到期',
  overdue: '已逾期',
  fulfilled: '已践诺',
  not_fulfilled: '未践诺',
} as const;
const STATUS_EN = {
  on_track: 'on track',
  due_soon: 'due soon',
  overdue: 'overdue',
  fulfilled: 'fulfilled',
  not_fulfilled: 'not fulfilled',
} as const;

/** 述责报告: the published duty statements with their commitments counted by status. */
export const publishedStatementsDataset: OpenDatasetSource = {
  id: 'duty-statements',
  title: { 'zh-CN': '述责报告', 'en-US': 'Duty statements' },
  description: {
    'zh-CN': '已公开的述责报告及其承诺事项按状态的件数；不含签署人姓名。',
    'en-US': "Published duty statements with their commitments counted by status; not the signer's name.",
  },
  fields: [
    openField('id', 'string', '报告标识（稳定）', 'Statement id (stable)'),
    openField('unitName', 'string', '述责单位', 'Unit'),
    openField('title', 'string', '标题', 'Title'),
    openField('publishedAt', 'datetime', '公开时间', 'Published at'),
    ...COMMITMENT_STATUSES.map((s) =>
      openField(
        `commitments_${s}`,
        'integer',
        `承诺事项件数：${STATUS_ZH[s]}`,
        `Commitments ${STATUS_EN[s]}`,
      ),
    ),
  ],
  updatedField: 'publishedAt',
  async *rows(ctx) {
    for await (const s of pagesOf((p) => listPublicDutyStatements(ctx, p))) {
      yield {
        id: s.id,
        unitName: s.unitName,
        title: s.title,
        publishedAt: s.publishedAt,
        ...Object.fromEntries(COMMITMENT_STATUSES.map((st) => [`commitments_${st}`, s.commitments[st] ?? 0])),
      };
    }
  },
};

/** 承诺事项: the commitments of published statements, each with its status today. */
export const publishedCommitmentsDataset: OpenDatasetSource = {
  id: 'commitments',
  title: { 'zh-CN': '承诺事项', 'en-US': 'Commitments' },
  description: {
    'zh-CN': '已公开述责报告中的承诺事项、办结时限和当前状态（逾期的在前）；不含责任人姓名。',
    'en-US':
      "Commitments of published duty statements, their due dates and status today (overdue first); not the responsible person's name.",
  },
  fields: [
    openField('id', 'string', '承诺标识（稳定）', 'Commitment id (stable)'),
    openField('statementId', 'string', '所属述责报告标识', 'Statement id'),
    openField('unitName', 'string', '承诺单位', 'Unit'),
    openField('promise', 'string', '承诺内容', 'Promise'),
    openField('domainTitle', 'string', '所属领域', 'Domain'),
    openField('dueDate', 'date', '办结时限', 'Due date'),
    openField(
      'status',
      'string',
      '状态：on_track 正常推进，due_soon 即将到期，overdue 已逾期，fulfilled 已践诺，not_fulfilled 未践诺',
      'Status: on_track, due_soon, overdue, fulfilled, not_fulfilled',
    ),
    openField('fulfilledOn', 'date', '践诺日期', 'Fulfilled on'),
    openField('progressCount', 'integer', '进展记录条数', 'Number of progress entries'),
    openField('latestProgressDate', 'date', '最近进展日期', 'Date of the latest progress entry'),
  ],
  updatedField: 'latestProgressDate',
  async *rows(ctx) {
    for await (const c of pagesOf((p) => listPublicCommitments(ctx, p))) {
      const dates = c.progress.map((p) => p.date).sort();
      yield {
        id: c.id,
        statementId: c.statementId,
        unitName: c.unitName,
        promise: c.promise,
        domainTitle: c.domainTitle,
        dueDate: c.dueDate,
        status: c.status,
        fulfilledOn: c.fulfilledOn,
        progressCount: c.progress.length,
        latestProgressDate: dates.at(-1) ?? null,
      };
    }
  },
};
