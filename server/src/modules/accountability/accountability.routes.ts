import { CASE_WORKFLOW, type CaseAction, receiptCodeSchema } from '@zeren/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { fieldError } from '../../platform/errors';
import { readUpload } from '../../platform/files/upload';
import { listExportRoute } from '../../platform/list-export';
import type { ModuleDeps } from '../../platform/module';
import { route, workflowRoute } from '../../platform/routes';
import * as accountability from './accountability.service';

/**
 * The reporter's evidence upload: the multipart field `receiptCode` first, then the file. The
 * code travels in the body (never the URL, which logs keep).
 */
async function readReporterUpload(request: FastifyRequest) {
  const upload = await readUpload(request);
  const parsed = receiptCodeSchema.safeParse({ receiptCode: upload.fields.receiptCode });
  if (!parsed.success) throw fieldError('receiptCode', 'field.invalid');
  return { receiptCode: parsed.data.receiptCode, filename: upload.filename, bytes: upload.bytes };
}

/** 问责: leads, triage, cases and their decisions, and the portal's public reports. */
export function accountabilityRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  // ---- leads
  route(app, 'listLeads', (req) => accountability.listLeads(req.ctx, req.query));
  listExportRoute(app, 'exportLeads', accountability.listLeads);
  route(app, 'createLead', (req) => accountability.createLead(req.ctx, req.body));
  route(app, 'getLead', (req) => accountability.getLead(req.ctx, req.params.id));
  route(app, 'updateLead', (req) => accountability.updateLead(req.ctx, req.params.id, req.body));
  route(app, 'triageLead', (req) => accountability.triageLead(req.ctx, req.params.id, req.body));
  route(app, 'reopenLead', (req) => accountability.reopenLead(req.ctx, req.params.id, req.body.reason));
  route(app, 'addLeadEvidence', (req) =>
    accountability.addLeadEvidence(req.ctx, req.params.id, req.body.fileIds),
  );
  route(app, 'sendLeadMessage', (req) =>
    accountability.sendLeadMessage(req.ctx, req.params.id, req.body.body),
  );
  route(
    app,
    'revealLeadReporter',
    (req) => accountability.revealLeadReporter(req.ctx, req.params.id, req.body),
    {
      // A wrong password here is a guess at an account's password: slowed like sign-in.
      rateLimit: { max: 10, timeWindow: '1 minute' },
    },
  );
  route(app, 'getAccountabilitySettings', (req) =>
    accountability.getAccountabilitySettings(req.ctx, req.query.campaignId),
  );
  route(app, 'updateAccountabilitySettings', (req) =>
    accountability.updateAccountabilitySettings(req.ctx, req.query.campaignId, req.body),
  );

  // ---- cases
  route(app, 'listCases', (req) => accountability.listCases(req.ctx, req.query));
  listExportRoute(app, 'exportCases', accountability.listCases);
  route(app, 'getCase', (req) => accountability.getCase(req.ctx, req.params.id));
  route(app, 'updateCaseVerification', (req) =>
    accountability.updateCaseVerification(req.ctx, req.params.id, req.body),
  );
  route(app, 'confirmCaseRequirement', (req) =>
    accountability.confirmCaseRequirement(req.ctx, req.params.id, req.params.requirement, req.body),
  );
  route(app, 'addCaseEvidence', (req) =>
    accountability.addCaseEvidence(req.ctx, req.params.id, req.body.fileIds),
  );
  route(app, 'createDetermination', (req) =>
    accountability.createDetermination(req.ctx, req.params.id, req.body),
  );
  route(app, 'updateDetermination', (req) =>
    accountability.updateDetermination(req.ctx, req.params.id, req.body),
  );
  route(app, 'deleteDetermination', async (req) => {
    await accountability.deleteDetermination(req.ctx, req.params.id);
    return { ok: true as const };
  });
  route(app, 'requestExemption', (req) => accountability.requestExemption(req.ctx, req.params.id, req.body));
  route(app, 'listDeterminations', (req) => accountability.listDeterminations(req.ctx, req.query));
  listExportRoute(app, 'exportDeterminations', accountability.listDeterminations);
  route(app, 'listUnitDeterminations', (req) => accountability.listUnitDeterminations(req.ctx, req.query));
  listExportRoute(app, 'exportUnitDeterminations', accountability.listUnitDeterminations);
  route(app, 'applyForExemption', (req) =>
    accountability.applyForExemption(req.ctx, req.params.id, req.body),
  );
  route(app, 'decideExemption', (req) => accountability.decideExemption(req.ctx, req.params.id, req.body));
  route(app, 'openDualInquiry', (req) => accountability.openDualInquiry(req.ctx, req.params.id, req.body));
  workflowRoute(app, CASE_WORKFLOW, 'Case', (req, action, id, input) =>
    accountability.transitionCase(req.ctx, id, action as CaseAction, input),
  );
  route(app, 'getPersonAccountability', (req) =>
    accountability.getPersonAccountability(req.ctx, req.params.id),
  );

  // ---- public reports (portal): every answer is private to the reporter and never cached
  const privately = { rateLimit: { max: 20, timeWindow: '1 minute' } };
  app.addHook('onSend', async (request, reply) => {
    if (request.url.startsWith('/api/portal/reports')) reply.header('Cache-Control', 'no-store');
  });
  const intake = accountability.publicReportIntake(deps.proofOfWork, deps.receiptCodes);
  route(app, 'submitPublicReport', (req) => intake.submit(req.ctx, req.body), {
    rateLimit: { max: 5, timeWindow: '1 minute' },
  });
  route(
    app,
    'getPublicReportStatus',
    (req) => accountability.getPublicReportStatus(req.ctx, req.body.receiptCode),
    privately,
  );
  route(
    app,
    'replyToPublicReport',
    (req) => accountability.replyToPublicReport(req.ctx, req.body.receiptCode, req.body.body),
    privately,
  );
  route(
    app,
    'addPublicReportEvidence',
    async (req) => {
      const upload = await readReporterUpload(req as never);
      return accountability.addPublicReportEvidence(req.ctx, upload.receiptCode, upload);
    },
    { rateLimit: { max: 10, timeWindow: '1 minute' } },
  );
  route(
    app,
    'ratePublicReport',
    (req) => accountability.ratePublicReport(req.ctx, req.body.receiptCode, req.body.satisfaction),
    privately,
  );
  route(
    app,
    'appealPublicReport',
    (req) => accountability.appealPublicReport(req.ctx, req.body.receiptCode, req.body.reason),
    privately,
  );
}
