import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

export const dutiesRoutes: FastifyPluginAsyncZod = async (_app) => {};
