import {
  campaignDomainSchema,
  campaignSchema,
  changeCampaignStatusSchema,
  cloneCampaignSchema,
  createCampaignSchema,
  createDomainSchema,
  idParamsSchema,
  listOf,
  okSchema,
  publicCampaignSchema,
  updateCampaignSchema,
  updateDomainSchema,
} from '@zeren/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as campaigns from './campaign.service';

export const campaignRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/campaigns',
    {
      config: { access: { permission: 'campaign.read' } },
      schema: {
        tags: ['campaign'],
        summary: "Campaigns of the governments in the caller's scope",
        response: { 200: listOf(campaignSchema) },
      },
    },
    async (req) => ({ items: await campaigns.listCampaigns(req.ctx) }),
  );
  app.get(
    '/api/campaigns/current',
    {
      config: { access: { permission: 'campaign.read' } },
      schema: {
        tags: ['campaign'],
        summary: "The active campaign of the nearest government at or above the caller's unit",
        response: { 200: campaignSchema },
      },
    },
    (req) => campaigns.getCurrentCampaign(req.ctx),
  );
  app.get(
    '/api/campaigns/:id',
    {
      config: { access: { permission: 'campaign.read' } },
      schema: {
        tags: ['campaign'],
        summary: 'One campaign',
        params: idParamsSchema,
        response: { 200: campaignSchema },
      },
    },
    (req) => campaigns.getCampaign(req.ctx, req.params.id),
  );
  app.post(
    '/api/campaigns',
    {
      config: { access: { permission: 'campaign.manage' } },
      schema: {
        tags: ['campaign'],
        summary: 'Create a draft campaign (the ten standard domains unless domains are given)',
        body: createCampaignSchema,
        response: { 201: campaignSchema },
      },
    },
    async (req, reply) => reply.status(201).send(await campaigns.createCampaign(req.ctx, req.body)),
  );
  app.patch(
    '/api/campaigns/:id',
    {
      config: { access: { permission: 'campaign.manage' } },
      schema: {
        tags: ['campaign'],
        summary: 'Edit the name, report day or phase dates',
        params: idParamsSchema,
        body: updateCampaignSchema,
        response: { 200: campaignSchema },
      },
    },
    (req) => campaigns.updateCampaign(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/campaigns/:id/status',
    {
      config: { access: { permission: 'campaign.manage' } },
      schema: {
        tags: ['campaign'],
        summary: 'Activate or close a campaign (draft → active → closed)',
        params: idParamsSchema,
        body: changeCampaignStatusSchema,
        response: { 200: campaignSchema },
      },
    },
    (req) => campaigns.changeCampaignStatus(req.ctx, req.params.id, req.body.status),
  );
  app.post(
    '/api/campaigns/:id/clone',
    {
      config: { access: { permission: 'campaign.manage' } },
      schema: {
        tags: ['campaign'],
        summary: 'Copy a campaign into another year as a draft (domains and settings, no records)',
        params: idParamsSchema,
        body: cloneCampaignSchema,
        response: { 201: campaignSchema },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await campaigns.cloneCampaign(req.ctx, req.params.id, req.body)),
  );
  app.post(
    '/api/campaigns/:id/domains',
    {
      config: { access: { permission: 'campaign.manage' } },
      schema: {
        tags: ['campaign'],
        summary: 'Add a local domain (自选动作)',
        params: idParamsSchema,
        body: createDomainSchema,
        response: { 201: campaignDomainSchema },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await campaigns.addLocalDomain(req.ctx, req.params.id, req.body)),
  );
  app.patch(
    '/api/campaign-domains/:id',
    {
      config: { access: { permission: 'campaign.manage' } },
      schema: {
        tags: ['campaign'],
        summary: "Edit a domain's texts, order and units",
        params: idParamsSchema,
        body: updateDomainSchema,
        response: { 200: campaignDomainSchema },
      },
    },
    (req) => campaigns.updateDomain(req.ctx, req.params.id, req.body),
  );
  app.delete(
    '/api/campaign-domains/:id',
    {
      config: { access: { permission: 'campaign.manage' } },
      schema: {
        tags: ['campaign'],
        summary: 'Delete a local domain no record refers to',
        params: idParamsSchema,
        response: { 200: okSchema },
      },
    },
    async (req) => {
      await campaigns.deleteDomain(req.ctx, req.params.id);
      return { ok: true as const };
    },
  );

  // ---- public
  app.get(
    '/api/portal/campaign',
    {
      config: { access: { public: true } },
      schema: {
        tags: ['portal'],
        summary: "The root government's active campaign: phases and domains (published fields only)",
        security: [],
        response: { 200: publicCampaignSchema },
      },
    },
    (req) => campaigns.getPublicCampaign(req.ctx),
  );
};
