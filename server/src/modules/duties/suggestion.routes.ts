import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

export const suggestionRoutes: FastifyPluginAsyncZod = async (_app) => {};
