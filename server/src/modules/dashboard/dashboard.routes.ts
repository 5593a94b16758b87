import { DOCX_MEDIA_TYPE } from '@zeren/contracts';
import type { FastifyInstance } from 'fastify';
import { contentDisposition } from '../../platform/files/file-type';
import { route } from '../../platform/routes';
import { exportDashboardBriefing, getDashboardHeat, getDashboardSummary } from './dashboard.service';

/** 领导驾驶舱: the campaign's figures in the caller's scope, on the page or as a .docx briefing, and the sibling units' heat table. */
export function dashboardRoutes(app: FastifyInstance): void {
  route(app, 'getDashboardSummary', (req) => getDashboardSummary(req.ctx, req.query));
  route(app, 'getDashboardHeat', (req) => getDashboardHeat(req.ctx, req.query));
  route(app, 'exportDashboardBriefing', async (req, reply) => {
    const { bytes, name } = await exportDashboardBriefing(req.ctx, req.query);
    return reply
      .type(DOCX_MEDIA_TYPE)
      .header('Content-Disposition', contentDisposition(name))
      .header('Cache-Control', 'no-store')
      .send(bytes);
  });
}
