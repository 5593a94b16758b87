import { DOCX_MEDIA_TYPE, DUTY_STATEMENT_WORKFLOW } from '@zeren/contracts';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { listExportRoute } from '../../platform/list-export';
import type { ModuleDeps } from '../../platform/module';
import { route, workflowRoute } from '../../platform/routes';
import * as statements from './statements.service';

/** A .docx download: an ASCII name, the Chinese one in filename*. */
function docx(reply: FastifyReply, file: { bytes: Buffer; name: string }) {
  return reply
    .type(DOCX_MEDIA_TYPE)
    .header(
      'Content-Disposition',
      `attachment; filename="duty-statement.docx"; filename*=UTF-8''${encodeURIComponent(file.name)}`,
    )
    .send(file.bytes);
}

/** 述责: duty statements and their workflow, commitments, public comments, and the portal's view. */
export function statementsRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  route(app, 'listDutyStatements', (req) => statements.listDutyStatements(req.ctx, req.query));
  listExportRoute(app, 'exportDutyStatements', statements.listDutyStatements);
  route(app, 'createDutyStatement', (req) => statements.createDutyStatement(req.ctx, req.body));
  route(app, 'getDutyStatement', (req) => statements.getDutyStatement(req.ctx, req.params.id));
  route(app, 'getDutyStatementDocx', async (req, reply) =>
    docx(reply, await statements.dutyStatementDocx(req.ctx, req.params.id)),
  );
  route(app, 'updateDutyStatement', (req) =>
    statements.updateDutyStatement(req.ctx, req.params.id, req.body),
  );
  route(app, 'deleteDutyStatement', async (req) => {
    await statements.deleteDutyStatement(req.ctx, req.params.id);
    return { ok: true as const };
  });
  workflowRoute(app, DUTY_STATEMENT_WORKFLOW, 'DutyStatement', (req, action, id, input) =>
    statements.transitionDutyStatement(req.ctx, id, action, input),
  );
  route(app, 'listStatementComments', (req) => statements.listStatementComments(req.ctx, req.params.id));
  route(app, 'moderateStatementComment', (req) =>
    statements.moderateStatementComment(req.ctx, req.params.id, req.body.decision),
  );

  route(app, 'listCommitments', (req) => statements.listCommitments(req.ctx, req.query));
  listExportRoute(app, 'exportCommitments', statements.listCommitments);
  route(app, 'createCommitment', (req) => statements.createCommitment(req.ctx, req.params.id, req.body));
  route(app, 'updateCommitment', (req) => statements.updateCommitment(req.ctx, req.params.id, req.body));
  route(app, 'deleteCommitment', async (req) => {
    await statements.deleteCommitment(req.ctx, req.params.id);
    return { ok: true as const };
  });
  route(app, 'reportCommitmentProgress', (req) =>
    statements.reportCommitmentProgress(req.ctx, req.params.id, req.body),
  );
  route(app, 'fulfilCommitment', (req) => statements.fulfilCommitment(req.ctx, req.params.id, req.body));
  route(app, 'markCommitmentNotFulfilled', (req) =>
    statements.markCommitmentNotFulfilled(req.ctx, req.params.id, req.body.reason),
  );

  // ---- public portal
  route(app, 'listPublicDutyStatements', (req) => statements.listPublicDutyStatements(req.ctx, req.query));
  route(app, 'getPublicDutyStatement', (req) => statements.getPublicDutyStatement(req.ctx, req.params.id));
  route(app, 'getPublicDutyStatementDocx', async (req, reply) =>
    docx(reply, await statements.publicDutyStatementDocx(req.ctx, req.params.id)),
  );
  route(
    app,
    'submitStatementComment',
    (req) => statements.submitStatementComment(req.ctx, req.params.id, req.body, deps.proofOfWork),
    { rateLimit: { max: 5, timeWindow: '1 minute' } },
  );
  route(app, 'listPublicCommitments', (req) => statements.listPublicCommitments(req.ctx, req.query));
}
