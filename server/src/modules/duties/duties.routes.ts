import { DUTY_ITEM_WORKFLOW, XLSX_MEDIA_TYPE } from '@zeren/contracts';
import type { FastifyInstance } from 'fastify';
import { AppError } from '../../platform/errors';
import { readUpload } from '../../platform/files/upload';
import { problem, sendProblem } from '../../platform/http';
import { listExportRoute } from '../../platform/list-export';
import type { ModuleDeps } from '../../platform/module';
import { route, workflowRoute } from '../../platform/routes';
import * as duties from './duties.service';

/** An ASCII download name (the Chinese one follows in filename*). */
function xlsxDisposition(asciiName: string, name: string): string {
  return `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/** Power and responsibility lists: staff routes and the portal's published view. */
export function dutiesRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  route(app, 'listDutyItems', (req) => duties.listItems(req.ctx, req.query));
  route(app, 'listDutyItemApprovals', (req) => duties.approvalQueue(req.ctx, req.query));
  listExportRoute(app, 'exportDutyItemApprovals', duties.approvalQueue);
  route(app, 'getDutyItemImportTemplate', async (req, reply) =>
    reply
      .type(XLSX_MEDIA_TYPE)
      .header(
        'Content-Disposition',
        xlsxDisposition(
          `${req.query.kind}-list-template.xlsx`,
          `${req.query.kind === 'power' ? '权力清单' : '责任清单'}导入模板.xlsx`,
        ),
      )
      .send(await duties.importTemplate(req.ctx, req.query.kind)),
  );
  route(app, 'importDutyItems', async (req, reply) => {
    // A slot before the upload is even read: a burst of imports is refused at once, not queued.
    const release = deps.imports.tryAcquire();
    if (!release) throw new AppError('SERVER_BUSY');
    try {
      const upload = await readUpload(req as never);
      return await duties.importItems(req.ctx, req.query, upload.bytes);
    } catch (error) {
      if (!(error instanceof duties.ImportRejectedError)) throw error;
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
  route(app, 'exportDutyItems', async (req, reply) =>
    reply
      .type(XLSX_MEDIA_TYPE)
      .header('Content-Disposition', xlsxDisposition('duty-items.xlsx', '权责清单.xlsx'))
      .send(await duties.exportItems(req.ctx, req.query)),
  );
  route(app, 'getDutyItem', (req) => duties.getItem(req.ctx, req.params.id));
  route(app, 'createDutyItem', (req) => duties.createItem(req.ctx, req.body));
  route(app, 'updateDutyItemDraft', (req) => duties.updateDraft(req.ctx, req.params.id, req.body));
  route(app, 'startDutyItemVersion', (req) => duties.startNewVersion(req.ctx, req.params.id));
  workflowRoute(app, DUTY_ITEM_WORKFLOW, 'DutyItem', (req, action, id, input) =>
    duties.transitionItem(req.ctx, id, action, input),
  );
  route(app, 'deleteDutyItemDraft', async (req) => {
    await duties.deleteDraft(req.ctx, req.params.id);
    return { ok: true as const };
  });

  // ---- public portal
  route(app, 'listPublicDutyItems', (req) => duties.listPublicItems(req.ctx, req.query));
  route(app, 'getPublicDutyItem', (req) => duties.getPublicItem(req.ctx, req.params.id));
  route(app, 'listPublicUnits', async (req) => ({ items: await duties.listPublicUnits(req.ctx) }));
}
