import { CAMPAIGN_WORKFLOW } from '@zeren/contracts';
import type { FastifyInstance } from 'fastify';
import { route, workflowRoute } from '../../platform/routes';
import * as campaigns from './campaign.service';

/** The campaign, its phases and domains; the portal's view of the active one. */
export function campaignRoutes(app: FastifyInstance): void {
  route(app, 'listCampaigns', async (req) => ({ items: await campaigns.listCampaigns(req.ctx) }));
  route(app, 'getCurrentCampaign', (req) => campaigns.getCurrentCampaign(req.ctx));
  route(app, 'getCampaign', (req) => campaigns.getCampaign(req.ctx, req.params.id));
  route(app, 'createCampaign', (req) => campaigns.createCampaign(req.ctx, req.body));
  route(app, 'updateCampaign', (req) => campaigns.updateCampaign(req.ctx, req.params.id, req.body));
  workflowRoute(app, CAMPAIGN_WORKFLOW, 'Campaign', (req, action, id, input) =>
    campaigns.transitionCampaign(req.ctx, id, action, input),
  );
  route(app, 'cloneCampaign', (req) => campaigns.cloneCampaign(req.ctx, req.params.id, req.body));
  route(app, 'addLocalDomain', (req) => campaigns.addLocalDomain(req.ctx, req.params.id, req.body));
  route(app, 'updateDomain', (req) => campaigns.updateDomain(req.ctx, req.params.id, req.body));
  route(app, 'deleteDomain', async (req) => {
    await campaigns.deleteDomain(req.ctx, req.params.id);
    return { ok: true as const };
  });
  route(app, 'getPublicCampaign', (req) => campaigns.getPublicCampaign(req.ctx));
}
