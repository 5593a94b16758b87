import { type OpenDatasetSource, openField, pagesOf } from '../../platform/open-data';
import { listPublicEvaluationRounds } from './evaluation.ballots';

/** 评议结果: the ranking of every published round, one row per ranked unit (rounds still open have none). */
export const publishedEvaluationResultsDataset: OpenDatasetSource = {
  id: 'evaluation-results',
  title: { 'zh-CN': '评议结果', 'en-US': 'Evaluation results' },
  description: {
    'zh-CN': '已公布的评议（评责）结果：每轮评议各类别中各单位的得分、名次和有效票数。',
    'en-US':
      "Published evaluation results: each unit's score, rank and valid ballots in each category of each round.",
  },
  fields: [
    openField('roundId', 'string', '评议标识（稳定）', 'Round id (stable)'),
    openField('roundTitle', 'string', '评议名称', 'Round title'),
    openField('scale', 'string', '计分方式：satisfaction 满意度，score 分数', 'Scale: satisfaction or score'),
    openField('closesAt', 'datetime', '投票截止时间', 'Voting closed at'),
    openField('category', 'string', '类别', 'Category'),
    openField('unitName', 'string', '被评议单位', 'Unit evaluated'),
    openField('score', 'number', '得分（空为有效票不足）', 'Score (empty: too few valid ballots)'),
    openField('rank', 'integer', '类别内名次', 'Rank in the category'),
    openField('validBallots', 'integer', '有效票数', 'Valid ballots'),
  ],
  updatedField: 'closesAt',
  async *rows(ctx) {
    for await (const round of pagesOf((p) => listPublicEvaluationRounds(ctx, p))) {
      for (const category of round.results ?? [])
        for (const r of category.results)
          yield {
            roundId: round.id,
            roundTitle: round.title,
            scale: round.scale,
            closesAt: round.closesAt,
            category: category.name,
            unitName: r.unitName,
            score: r.score,
            rank: r.rank,
            validBallots: r.validBallots,
          };
    }
  },
};
