import { KEY_TASK_EXTENSION_WORKFLOW } from '@zeren/contracts';
import type { FastifyInstance } from 'fastify';
import { listExportRoute } from '../../platform/list-export';
import { route, workflowRoute } from '../../platform/routes';
import * as keyTasks from './key-tasks.service';

/** 三个清单: key tasks, their progress and evidence. */
export function keyTasksRoutes(app: FastifyInstance): void {
  route(app, 'listKeyTasks', (req) => keyTasks.listKeyTasks(req.ctx, req.query));
  listExportRoute(app, 'exportKeyTasks', keyTasks.listKeyTasks);
  route(app, 'getKeyTask', (req) => keyTasks.getKeyTask(req.ctx, req.params.id));
  route(app, 'createKeyTask', (req) => keyTasks.createKeyTask(req.ctx, req.body));
  route(app, 'updateKeyTask', (req) => keyTasks.updateKeyTask(req.ctx, req.params.id, req.body));
  route(app, 'deleteKeyTask', async (req) => {
    await keyTasks.deleteKeyTask(req.ctx, req.params.id);
    return { ok: true as const };
  });
  route(app, 'reportKeyTaskProgress', (req) => keyTasks.reportProgress(req.ctx, req.params.id, req.body));
  route(app, 'requestKeyTaskExtension', (req) =>
    keyTasks.requestKeyTaskExtension(req.ctx, req.params.id, req.body),
  );
  workflowRoute(app, KEY_TASK_EXTENSION_WORKFLOW, 'KeyTaskExtension', (req, action, id, input) =>
    keyTasks.decideKeyTaskExtension(req.ctx, id, action, input),
  );
}
