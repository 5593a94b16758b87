import { SUGGESTION_WORKFLOW } from '@zeren/contracts';
import type { FastifyInstance } from 'fastify';
import { listExportRoute } from '../../platform/list-export';
import type { ModuleDeps } from '../../platform/module';
import { route, workflowRoute } from '../../platform/routes';
import * as suggestions from './suggestions.service';

/** 意见建议征集: the portal's form and tracking, and the units' handling. */
export function suggestionsRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  // ---- public (portal)
  route(
    app,
    'submitPublicSuggestion',
    (req) => suggestions.submitPublicSuggestion(req.ctx, req.body, deps.proofOfWork),
    {
      rateLimit: { max: 5, timeWindow: '1 minute' },
    },
  );
  route(app, 'trackSuggestion', (req) => suggestions.trackSuggestion(req.ctx, req.params.trackingCode), {
    rateLimit: { max: 30, timeWindow: '1 minute' },
  });
  route(app, 'listPublicSuggestions', (req) => suggestions.listPublishedSuggestions(req.ctx, req.query), {
    rateLimit: { max: 120, timeWindow: '1 minute' },
  });

  // ---- staff
  route(app, 'listSuggestions', (req) => suggestions.listSuggestions(req.ctx, req.query));
  listExportRoute(app, 'exportSuggestions', suggestions.listSuggestions);
  route(app, 'viewSuggestion', (req) => suggestions.viewSuggestion(req.ctx, req.params.id));
  route(app, 'createSuggestion', (req) => suggestions.createStaffSuggestion(req.ctx, req.body));
  route(app, 'recordSuggestionAction', (req) =>
    suggestions.recordSuggestionAction(req.ctx, req.params.id, req.body.text),
  );
  workflowRoute(app, SUGGESTION_WORKFLOW, 'Suggestion', (req, action, id, input) =>
    suggestions.transitionSuggestion(req.ctx, id, action, input),
  );
}
