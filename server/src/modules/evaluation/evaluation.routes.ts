import {
  DOCX_MEDIA_TYPE,
  EVALUATION_ROUND_WORKFLOW,
  EXEMPLAR_WORKFLOW,
  XLSX_MEDIA_TYPE,
} from '@zeren/contracts';
import type { FastifyInstance } from 'fastify';
import { listExportRoute } from '../../platform/list-export';
import type { ModuleDeps } from '../../platform/module';
import { route, workflowRoute } from '../../platform/routes';
import * as ballots from './evaluation.ballots';
import { evaluationResultsFile } from './evaluation.documents';
import * as exemplars from './evaluation.exemplars';
import * as rounds from './evaluation.service';

/** An ASCII download name, the Chinese one in filename*. */
function disposition(ascii: string, name: string): string {
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/** 评责: rounds and their workflow, tokens, ballots and their review, results, exemplars, the portal. */
export function evaluationRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  const keys = { phoneKey: deps.config.phoneKey };
  const publicBallots = ballots.publicBallotIntake(keys);

  route(app, 'listEvaluationRounds', (req) => rounds.listEvaluationRounds(req.ctx, req.query));
  listExportRoute(app, 'exportEvaluationRounds', rounds.listEvaluationRounds);
  route(app, 'createEvaluationRound', (req) => rounds.createEvaluationRound(req.ctx, req.body));
  route(app, 'getEvaluationRound', (req) => rounds.getEvaluationRound(req.ctx, req.params.id));
  route(app, 'updateEvaluationRound', (req) =>
    rounds.updateEvaluationRound(req.ctx, req.params.id, req.body),
  );
  route(app, 'deleteEvaluationRound', async (req) => {
    await rounds.deleteEvaluationRound(req.ctx, req.params.id);
    return { ok: true as const };
  });
  workflowRoute(app, EVALUATION_ROUND_WORKFLOW, 'EvaluationRound', (req, action, id, input) =>
    rounds.transitionEvaluationRound(req.ctx, id, action, input),
  );
  // Tokens are ballots not yet cast: never kept by a cache on the way.
  route(app, 'issueEvaluationTokens', async (req, reply) => {
    reply.header('Cache-Control', 'no-store');
    return rounds.issueEvaluationTokens(req.ctx, req.params.id, req.body, keys.phoneKey);
  });
  route(app, 'listEvaluationTokens', async (req, reply) => {
    reply.header('Cache-Control', 'no-store');
    return rounds.listEvaluationTokens(req.ctx, req.params.id, keys.phoneKey);
  });
  route(app, 'listBallots', (req) => ballots.listBallots(req.ctx, req.params.id, req.query));
  listExportRoute(app, 'exportBallots', (ctx, query, params) => ballots.listBallots(ctx, params.id, query));
  route(app, 'reviewBallots', (req) => ballots.reviewBallots(req.ctx, req.params.id, req.body));
  route(app, 'castBallot', (req) => ballots.castBallot(req.ctx, req.params.id, req.body, keys));
  route(app, 'listMyBallots', (req) => ballots.listMyBallots(req.ctx, keys));
  route(app, 'getEvaluationResults', (req) => rounds.getEvaluationResults(req.ctx, req.params.id));
  route(app, 'getEvaluationResultsXlsx', async (req, reply) => {
    const { bytes, name } = await evaluationResultsFile(req.ctx, req.params.id, 'xlsx');
    return reply
      .type(XLSX_MEDIA_TYPE)
      .header('Content-Disposition', disposition('results.xlsx', name))
      .send(bytes);
  });
  route(app, 'getEvaluationResultsDocx', async (req, reply) => {
    const { bytes, name } = await evaluationResultsFile(req.ctx, req.params.id, 'docx');
    return reply
      .type(DOCX_MEDIA_TYPE)
      .header('Content-Disposition', disposition('results.docx', name))
      .send(bytes);
  });
  route(app, 'listConductAssessments', (req) => rounds.listConductAssessments(req.ctx, req.query));

  route(app, 'listExemplars', (req) => exemplars.listExemplars(req.ctx, req.query));
  listExportRoute(app, 'exportExemplars', exemplars.listExemplars);
  route(app, 'createExemplar', (req) => exemplars.createExemplar(req.ctx, req.body));
  route(app, 'getExemplar', (req) => exemplars.getExemplar(req.ctx, req.params.id));
  route(app, 'updateExemplar', (req) => exemplars.updateExemplar(req.ctx, req.params.id, req.body));
  route(app, 'deleteExemplar', async (req) => {
    await exemplars.deleteExemplar(req.ctx, req.params.id);
    return { ok: true as const };
  });
  workflowRoute(app, EXEMPLAR_WORKFLOW, 'Exemplar', (req, action, id, input) =>
    exemplars.transitionExemplar(req.ctx, id, action, input),
  );

  // ---- public portal: nothing a voter sends is cached anywhere on the way.
  route(app, 'listPublicEvaluationRounds', (req) => ballots.listPublicEvaluationRounds(req.ctx, req.query));
  route(app, 'getPublicEvaluationRound', (req) => ballots.getPublicEvaluationRound(req.ctx, req.params.id));
  route(
    app,
    'requestBallotCode',
    async (req, reply) => {
      reply.header('Cache-Control', 'no-store');
      return publicBallots.requestCode(req.ctx, req.params.id, req.body, {
        proof: deps.proofOfWork,
        sms: deps.sms,
      });
    },
    { rateLimit: { max: 5, timeWindow: '1 minute' } },
  );
  route(
    app,
    'submitPublicBallot',
    async (req, reply) => {
      reply.header('Cache-Control', 'no-store');
      return publicBallots.submit(req.ctx, req.params.id, req.body);
    },
    { rateLimit: { max: 60, timeWindow: '1 minute' } },
  );
  route(
    app,
    'lookupEvaluationToken',
    async (req, reply) => {
      reply.header('Cache-Control', 'no-store');
      return ballots.lookupEvaluationToken(req.ctx, req.body.token, keys);
    },
    { rateLimit: { max: 30, timeWindow: '1 minute' } },
  );
  route(
    app,
    'submitTokenBallot',
    async (req, reply) => {
      reply.header('Cache-Control', 'no-store');
      return ballots.submitTokenBallot(req.ctx, req.body, keys);
    },
    { rateLimit: { max: 60, timeWindow: '1 minute' } },
  );
  route(app, 'listPublicExemplars', (req) => exemplars.listPublicExemplars(req.ctx, req.query));
}
