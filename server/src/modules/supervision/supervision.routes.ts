import { SUPERVISION_EXTENSION_WORKFLOW, SUPERVISION_ITEM_WORKFLOW } from '@zeren/contracts';
import type { FastifyInstance } from 'fastify';
import { listExportRoute } from '../../platform/list-export';
import { route, workflowRoute } from '../../platform/routes';
import * as supervision from './supervision.service';

/** 督促检查: supervision items, their lifecycle, progress, extensions and the campaign's thresholds. */
export function supervisionRoutes(app: FastifyInstance): void {
  route(app, 'listSupervisionItems', (req) => supervision.listSupervisionItems(req.ctx, req.query));
  listExportRoute(app, 'exportSupervisionItems', supervision.listSupervisionItems);
  route(app, 'listSupervisionReminders', (req) => supervision.listSupervisionReminders(req.ctx, req.query));
  listExportRoute(app, 'exportSupervisionReminders', supervision.listSupervisionReminders);
  route(app, 'getSupervisionItem', (req) => supervision.getSupervisionItem(req.ctx, req.params.id));
  route(app, 'createSupervisionItem', (req) => supervision.createSupervisionItem(req.ctx, req.body));
  route(app, 'updateSupervisionItem', (req) =>
    supervision.updateSupervisionItem(req.ctx, req.params.id, req.body),
  );
  route(app, 'deleteSupervisionItem', async (req) => {
    await supervision.deleteSupervisionItem(req.ctx, req.params.id);
    return { ok: true as const };
  });
  workflowRoute(app, SUPERVISION_ITEM_WORKFLOW, 'SupervisionItem', (req, action, id, input) =>
    supervision.transitionSupervisionItem(req.ctx, id, action, input),
  );
  route(app, 'reportSupervisionProgress', (req) =>
    supervision.reportSupervisionProgress(req.ctx, req.params.id, req.body),
  );
  route(app, 'remindSupervisionItem', (req) =>
    supervision.remindSupervisionItem(req.ctx, req.params.id, req.body),
  );
  route(app, 'requestSupervisionExtension', (req) =>
    supervision.requestSupervisionExtension(req.ctx, req.params.id, req.body),
  );
  workflowRoute(app, SUPERVISION_EXTENSION_WORKFLOW, 'SupervisionExtension', (req, action, id, input) =>
    supervision.decideSupervisionExtension(req.ctx, id, action, input),
  );
  route(app, 'getSupervisionSettings', (req) => supervision.getSupervisionSettings(req.ctx, req.params.id));
  route(app, 'updateSupervisionSettings', (req) =>
    supervision.updateSupervisionSettings(req.ctx, req.params.id, req.body),
  );
}
