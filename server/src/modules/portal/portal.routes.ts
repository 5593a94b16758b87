import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

export const portalRoutes: FastifyPluginAsyncZod = async (_app) => {};
