import type { ServerModule } from '../../platform/module';
import { openField } from '../../platform/open-data';
import { openDataRoutes } from './open-data.routes';
import { PROGRESS_DATASET_ID, progressRows } from './open-data.service';

/**
 * 数据公开: the portal's open data (the datasets other modules register, as CSV and JSON) and
 * the campaign's public figures. Installed after the modules whose records it publishes.
 */
export const openDataModule: ServerModule = {
  name: 'openData',
  routes: openDataRoutes,
  openData: [
    {
      id: PROGRESS_DATASET_ID,
      title: { 'zh-CN': '工作进展汇总', 'en-US': 'Campaign progress in figures' },
      description: {
        'zh-CN':
          '专项行动的公开数字：全部、各领域和各单位已公开的意见建议与答复、承诺事项及逾期件数。只含汇总数。',
        'en-US':
          'The campaign in public figures: published suggestions and answers, commitments and overdue ones, in total, per domain and per unit. Counts only.',
      },
      fields: [
        openField(
          'level',
          'string',
          '汇总层级：total 全部，domain 领域，unit 单位',
          'Level: total, domain or unit',
        ),
        openField(
          'name',
          'string',
          '专项行动、领域或单位名称（领域为空：未归入领域）',
          'Campaign, domain or unit (empty domain: none)',
        ),
        openField('suggestions', 'integer', '已公开的意见建议件数', 'Published suggestions'),
        openField('answeredSuggestions', 'integer', '其中已答复件数', 'Of which answered'),
        openField('commitments', 'integer', '已公开的承诺事项件数', 'Published commitments'),
        openField('commitmentsOverdue', 'integer', '其中逾期件数（超期件数）', 'Of which overdue'),
        openField('commitmentsFulfilled', 'integer', '其中已践诺件数', 'Of which fulfilled'),
        openField('commitmentsNotFulfilled', 'integer', '其中未践诺件数', 'Of which not fulfilled'),
      ],
      rows: progressRows,
    },
  ],
};
