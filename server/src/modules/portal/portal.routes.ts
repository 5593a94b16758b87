import { proofOfWorkChallengeSchema } from '@zeren/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ProofOfWork, proofOfWorkKey } from './proof-of-work';

export interface PortalRoutesOptions {
  /** The session secret; the challenges' HMAC key is derived from it. */
  powSecret: string;
}

/** Public routes of the portal that belong to no business module. */
export const portalRoutes: FastifyPluginAsyncZod<PortalRoutesOptions> = async (app, opts) => {
  const pow = new ProofOfWork(proofOfWorkKey(opts.powSecret));

  app.get(
    '/api/portal/altcha-challenge',
    {
      config: { access: { public: true }, rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        tags: ['portal'],
        summary: 'A proof-of-work challenge (altcha, SHA-256) for a public form; expires in 10 minutes',
        security: [],
        response: { 200: proofOfWorkChallengeSchema },
      },
    },
    async (req, reply) => {
      reply.header('Cache-Control', 'no-store');
      return pow.challenge(req.ctx.clock.now());
    },
  );
};
