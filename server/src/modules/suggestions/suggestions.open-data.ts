import { type OpenDatasetSource, openField, pagesOf } from '../../platform/open-data';
import { listPublishedSuggestions } from './suggestions.service';

/**
 * 意见建议及答复: the published suggestions with their answers and 立行立改 actions, as the portal's
 * answers page shows them. Never the submitter (name, contact) or the tracking code.
 */
export const publishedSuggestionsDataset: OpenDatasetSource = {
  id: 'suggestions',
  title: { 'zh-CN': '意见建议及答复', 'en-US': 'Suggestions and answers' },
  description: {
    'zh-CN': '已公开的意见建议、承办单位的答复和立行立改情况；不含提出人的任何信息。',
    'en-US':
      "Published suggestions with the unit's answer and its immediate actions (立行立改); nothing about who made them.",
  },
  fields: [
    openField('id', 'string', '建议标识（稳定）', 'Suggestion id (stable)'),
    openField('title', 'string', '标题', 'Title'),
    openField('content', 'string', '建议内容', 'Content'),
    openField('unitName', 'string', '承办单位', 'Answering unit'),
    openField('domainTitle', 'string', '所属领域', 'Domain'),
    openField('answer', 'string', '答复', 'Answer'),
    openField('answeredAt', 'datetime', '答复时间', 'Answered at'),
    openField('actionCount', 'integer', '立行立改措施条数', 'Number of immediate actions'),
    openField(
      'actions',
      'string',
      '立行立改措施，每条一行：日期 内容',
      'Immediate actions, one a line: date and text',
    ),
    openField('publishedAt', 'datetime', '公开时间', 'Published at'),
  ],
  updatedField: 'publishedAt',
  async *rows(ctx) {
    // The portal's own list caps a page at 50.
    for await (const s of pagesOf((p) => listPublishedSuggestions(ctx, p), 50)) {
      yield {
        id: s.id,
        title: s.title,
        content: s.content,
        unitName: s.unitName,
        domainTitle: s.domainTitle,
        answer: s.answer,
        answeredAt: s.answeredAt,
        actionCount: s.actions.length,
        actions: s.actions.map((a) => `${a.date} ${a.text}`).join('\n'),
        publishedAt: s.publishedAt,
      };
    }
  },
};
