import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

export const campaignRoutes: FastifyPluginAsyncZod = async (_app) => {};
