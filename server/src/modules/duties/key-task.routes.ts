import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

export const keyTaskRoutes: FastifyPluginAsyncZod = async (_app) => {};
