import {
  idParamsSchema,
  publicDutyItemDetailSchema,
  publicDutyItemListSchema,
  publicDutyItemQuerySchema,
  publicUnitListSchema,
} from '@zeren/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as duties from './duties.service';

/** The public portal's view of the lists: published content only, through the public presenters. */
export const dutiesPortalRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/portal/duty-items',
    {
      config: { access: { public: true } },
      schema: {
        tags: ['portal'],
        summary: 'Published power and responsibility list items (search, filters, paging)',
        security: [],
        querystring: publicDutyItemQuerySchema,
        response: { 200: publicDutyItemListSchema },
      },
    },
    (req) => duties.listPublicItems(req.ctx, req.query),
  );
  app.get(
    '/api/portal/duty-items/:id',
    {
      config: { access: { public: true } },
      schema: {
        tags: ['portal'],
        summary: 'A published item with its public version history',
        security: [],
        params: idParamsSchema,
        response: { 200: publicDutyItemDetailSchema },
      },
    },
    (req) => duties.getPublicItem(req.ctx, req.params.id),
  );
  app.get(
    '/api/portal/units',
    {
      config: { access: { public: true } },
      schema: {
        tags: ['portal'],
        summary: 'Units that have published list items',
        security: [],
        response: { 200: publicUnitListSchema },
      },
    },
    async (req) => ({ items: await duties.listPublicUnits(req.ctx) }),
  );
};
