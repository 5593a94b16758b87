import type { EvaluationRoundListQuery, ExemplarListQuery } from '@zeren/contracts';
import type { ServerModule } from '../../platform/module';
import { ballotRecord, ballotsToCast } from './evaluation.ballots';
import { seedDemoEvaluation } from './evaluation.demo';
import { EXEMPLAR_FILE_OWNER, exemplarRecord, listExemplars } from './evaluation.exemplars';
import { evaluationMessages } from './evaluation.messages';
import { publishedEvaluationResultsDataset } from './evaluation.open-data';
import { evaluationRoutes } from './evaluation.routes';
import { evaluationRankingFigures, listEvaluationRounds, roundRecord } from './evaluation.service';

/** The phone key is the configuration's; the workbench count is computed with it. */
let phoneKey: Buffer | null = null;

/** 评责: evaluation rounds with their ballots and results (the conduct assessment record), and exemplars. */
export const evaluationModule: ServerModule = {
  name: 'evaluation',
  messages: evaluationMessages,
  records: [roundRecord, ballotRecord, exemplarRecord],
  fileOwners: [{ ownerType: EXEMPLAR_FILE_OWNER, readPermission: 'evaluation.read' }],
  routes: (app, deps) => {
    phoneKey = deps.config.phoneKey;
    evaluationRoutes(app, deps);
  },
  seedDemo: seedDemoEvaluation,
  openData: [publishedEvaluationResultsDataset],
  figures: [
    { key: 'evaluation', order: 70, permission: 'evaluation.read', compute: evaluationRankingFigures },
  ],
  workbench: [
    {
      key: 'evaluation.ballotsToCast',
      permission: 'evaluation.vote',
      operationId: 'listMyBallots',
      query: {},
      count: async (ctx) => (phoneKey ? ballotsToCast(ctx, { phoneKey }) : 0),
    },
    {
      key: 'evaluation.flaggedToReview',
      permission: 'evaluation.manage',
      operationId: 'listEvaluationRounds',
      query: { toReview: 'true' },
      count: async (ctx, q) =>
        (await listEvaluationRounds(ctx, { ...q, limit: 1 } as EvaluationRoundListQuery)).total,
    },
    {
      key: 'evaluation.exemplarsToReview',
      permission: 'evaluation.manage',
      operationId: 'listExemplars',
      query: { toReview: 'true' },
      count: async (ctx, q) => (await listExemplars(ctx, { ...q, limit: 1 } as ExemplarListQuery)).total,
    },
  ],
};
