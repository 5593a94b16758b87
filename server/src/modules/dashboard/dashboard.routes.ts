import type { FastifyInstance } from 'fastify';
import { route } from '../../platform/routes';
import { getDashboardSummary } from './dashboard.service';

/** 领导驾驶舱: the campaign's figures in the caller's scope. */
export function dashboardRoutes(app: FastifyInstance): void {
  route(app, 'getDashboardSummary', (req) => getDashboardSummary(req.ctx, req.query));
}
