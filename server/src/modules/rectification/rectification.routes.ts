import { RECTIFICATION_ITEM_WORKFLOW, XLSX_MEDIA_TYPE } from '@zeren/contracts';
import type { FastifyInstance } from 'fastify';
import { AppError } from '../../platform/errors';
import { readUpload } from '../../platform/files/upload';
import { problem, sendProblem } from '../../platform/http';
import { listExportRoute } from '../../platform/list-export';
import type { ModuleDeps } from '../../platform/module';
import { route, workflowRoute } from '../../platform/routes';
import * as ledger from './rectification.service';

/** An ASCII download name (the Chinese one follows in filename*). */
function xlsxDisposition(asciiName: string, name: string): string {
  return `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/** 整改台账: the ledger's items, their lifecycle and evidence, and the Excel ledger. */
export function rectificationRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  route(app, 'listRectificationItems', (req) => ledger.listRectificationItems(req.ctx, req.query));
  route(app, 'getRectificationImportTemplate', async (req, reply) =>
    reply
      .type(XLSX_MEDIA_TYPE)
      .header(
        'Content-Disposition',
        xlsxDisposition('rectification-ledger-template.xlsx', '整改台账导入模板.xlsx'),
      )
      .send(await ledger.importTemplate(req.ctx)),
  );
  route(app, 'importRectificationItems', async (req, reply) => {
    // A slot before the upload is even read: a burst of imports is refused at once, not queued.
    const release = deps.imports.tryAcquire();
    if (!release) throw new AppError('SERVER_BUSY');
    try {
      const upload = await readUpload(req as never);
      return await ledger.importRectificationItems(req.ctx, req.query, upload.bytes);
    } catch (error) {
      if (!(error instanceof ledger.LedgerRejectedError)) throw error;
      // The problem body keeps the one error model and carries the per-row report.
      const body = {
        ...problem(req.locale, error.code, error.status, error.params),
        rejected: error.rejected,
      };
      return sendProblem(reply, body);
    } finally {
      release();
    }
  });
  listExportRoute(app, 'exportRectificationItems', ledger.listRectificationItems);
  route(app, 'getRectificationItem', (req) => ledger.getRectificationItem(req.ctx, req.params.id));
  route(app, 'createRectificationItem', (req) => ledger.createRectificationItem(req.ctx, req.body));
  route(app, 'updateRectificationItem', (req) =>
    ledger.updateRectificationItem(req.ctx, req.params.id, req.body),
  );
  route(app, 'deleteRectificationItem', async (req) => {
    await ledger.deleteRectificationItem(req.ctx, req.params.id);
    return { ok: true as const };
  });
  route(app, 'addRectificationEvidence', (req) =>
    ledger.addRectificationEvidence(req.ctx, req.params.id, req.body),
  );
  workflowRoute(app, RECTIFICATION_ITEM_WORKFLOW, 'RectificationItem', (req, action, id, input) =>
    ledger.transitionRectificationItem(req.ctx, id, action, input),
  );
}
