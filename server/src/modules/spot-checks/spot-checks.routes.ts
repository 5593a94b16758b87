import type { FastifyInstance } from 'fastify';
import { listExportRoute } from '../../platform/list-export';
import { route } from '../../platform/routes';
import * as spotChecks from './spot-checks.service';

/** 双随机一公开: rosters, plans and their draw, results and findings, and the portal's published view. */
export function spotChecksRoutes(app: FastifyInstance): void {
  // ---- rosters
  route(app, 'listSpotCheckRosterTargets', (req) => spotChecks.listRosterTargets(req.ctx, req.query));
  listExportRoute(app, 'exportSpotCheckRosterTargets', spotChecks.listRosterTargets);
  route(app, 'createSpotCheckRosterTarget', (req) => spotChecks.createRosterTarget(req.ctx, req.body));
  route(app, 'updateSpotCheckRosterTarget', (req) =>
    spotChecks.updateRosterTarget(req.ctx, req.params.id, req.body),
  );
  route(app, 'listSpotCheckInspectors', (req) => spotChecks.listInspectors(req.ctx, req.query));
  listExportRoute(app, 'exportSpotCheckInspectors', spotChecks.listInspectors);
  route(app, 'createSpotCheckInspector', (req) => spotChecks.createInspector(req.ctx, req.body));
  route(app, 'updateSpotCheckInspector', (req) =>
    spotChecks.updateInspector(req.ctx, req.params.id, req.body),
  );
  route(app, 'listSpotCheckItems', (req) => spotChecks.listCheckItems(req.ctx, req.query));
  listExportRoute(app, 'exportSpotCheckItems', spotChecks.listCheckItems);
  route(app, 'createSpotCheckItem', (req) => spotChecks.createCheckItem(req.ctx, req.body));
  route(app, 'updateSpotCheckItem', (req) => spotChecks.updateCheckItem(req.ctx, req.params.id, req.body));

  // ---- plans and their lifecycle (the draw takes the public value)
  route(app, 'listSpotCheckPlans', (req) => spotChecks.listPlans(req.ctx, req.query));
  listExportRoute(app, 'exportSpotCheckPlans', spotChecks.listPlans);
  route(app, 'getSpotCheckPlan', (req) => spotChecks.getPlan(req.ctx, req.params.id));
  route(app, 'createSpotCheckPlan', (req) => spotChecks.createPlan(req.ctx, req.body));
  route(app, 'updateSpotCheckPlan', (req) => spotChecks.updatePlan(req.ctx, req.params.id, req.body));
  route(app, 'commitSpotCheckPlan', (req) => spotChecks.transitionPlan(req.ctx, req.params.id, 'commit'));
  route(app, 'drawSpotCheckPlan', (req) => spotChecks.drawPlan(req.ctx, req.params.id, req.body));
  route(app, 'startSpotCheckPlan', (req) => spotChecks.transitionPlan(req.ctx, req.params.id, 'start'));
  route(app, 'completeSpotCheckPlan', (req) => spotChecks.transitionPlan(req.ctx, req.params.id, 'complete'));
  route(app, 'publishSpotCheckPlan', (req) => spotChecks.transitionPlan(req.ctx, req.params.id, 'publish'));

  // ---- targets, results and findings
  route(app, 'listSpotCheckTargets', (req) => spotChecks.listTargets(req.ctx, req.query));
  listExportRoute(app, 'exportSpotCheckTargets', spotChecks.listTargets);
  route(app, 'getSpotCheckTarget', (req) => spotChecks.getTarget(req.ctx, req.params.id));
  route(app, 'recordSpotCheckResult', (req) => spotChecks.recordResult(req.ctx, req.params.id, req.body));
  route(app, 'createSpotCheckFinding', (req) => spotChecks.createFinding(req.ctx, req.params.id, req.body));
  route(app, 'disposeSpotCheckFinding', (req) => spotChecks.disposeFinding(req.ctx, req.params.id, req.body));

  // ---- public portal
  route(app, 'listPublicSpotChecks', (req) => spotChecks.listPublicPlans(req.ctx, req.query));
  route(app, 'getPublicSpotCheck', (req) => spotChecks.getPublicPlan(req.ctx, req.params.id));
  route(app, 'verifyPublicSpotCheck', (req) => spotChecks.verifyPublicPlan(req.ctx, req.params.id));
}
