import { DOCX_MEDIA_TYPE, NOTICE_WORKFLOW } from '@zeren/contracts';
import type { FastifyInstance } from 'fastify';
import { listExportRoute } from '../../platform/list-export';
import { route, workflowRoute } from '../../platform/routes';
import * as notices from './notices.service';
import { criticismSource, typicalCaseSource } from './notices.sources';

/** An ASCII download name, the Chinese one in filename*. */
function disposition(name: string): string {
  return `attachment; filename="notice.docx"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/** 通报: drafting (by hand or composed from sources), the workflow, the .docx, and the portal's view. */
export function noticesRoutes(app: FastifyInstance): void {
  route(app, 'listNotices', (req) => notices.listNotices(req.ctx, req.query));
  listExportRoute(app, 'exportNotices', notices.listNotices);
  route(app, 'listNoticeSources', (req) => notices.listNoticeSources(req.ctx, req.query.kind));
  route(app, 'getNoticePrefix', (req) => notices.getNoticePrefix(req.ctx, req.query.unitId));
  route(app, 'setNoticePrefix', (req) => notices.setNoticePrefix(req.ctx, req.body));
  route(app, 'getNotice', (req) => notices.getNotice(req.ctx, req.params.id));
  route(app, 'getNoticeDocx', async (req, reply) => {
    const { bytes, name } = await notices.noticeDocx(req.ctx, req.params.id);
    return reply.type(DOCX_MEDIA_TYPE).header('Content-Disposition', disposition(name)).send(bytes);
  });
  route(app, 'createNotice', (req) => notices.createNotice(req.ctx, req.body));
  route(app, 'composeNotice', (req) => notices.composeNotice(req.ctx, req.body));
  route(app, 'updateNotice', (req) => notices.updateNotice(req.ctx, req.params.id, req.body));
  route(app, 'deleteNotice', async (req) => {
    await notices.deleteNotice(req.ctx, req.params.id);
    return { ok: true as const };
  });
  workflowRoute(app, NOTICE_WORKFLOW, 'Notice', (req, action, id, input) =>
    notices.transitionNotice(req.ctx, id, action, input),
  );

  // ---- public portal
  route(app, 'listPublicNotices', (req) => notices.listPublicNotices(req.ctx, req.query));
  route(app, 'getPublicNotice', (req) => notices.getPublicNotice(req.ctx, req.params.id));
  route(app, 'getPublicNoticeDocx', async (req, reply) => {
    const { bytes, name } = await notices.publicNoticeDocx(req.ctx, req.params.id);
    return reply.type(DOCX_MEDIA_TYPE).header('Content-Disposition', disposition(name)).send(bytes);
  });
}

/** Installs the sources this module knows of (other modules register theirs the same way). */
export function registerNoticeSources(): void {
  notices.registerNoticeSource('criticism', criticismSource);
  notices.registerNoticeSource('typical_cases', typicalCaseSource);
}
