import type { FastifyInstance } from 'fastify';
import { route } from '../../platform/routes';
import { getDashboardHeat, getDashboardSummary } from './dashboard.service';

/** 领导驾驶舱: the campaign's figures in the caller's scope, and the sibling units' heat table. */
export function dashboardRoutes(app: FastifyInstance): void {
  route(app, 'getDashboardSummary', (req) => getDashboardSummary(req.ctx, req.query));
  route(app, 'getDashboardHeat', (req) => getDashboardHeat(req.ctx, req.query));
}
