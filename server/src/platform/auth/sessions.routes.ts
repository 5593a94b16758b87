import { activeSessionSchema, idParamsSchema, listOf, okSchema } from '@zeren/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { SessionSettings } from './auth.service';
import { listSessions, revokeSession, unlockAccount } from './sessions.service';

export interface SessionsRoutesOptions {
  session: SessionSettings;
}

/** The security administrator's work: open sessions and locked accounts. */
export const sessionsRoutes: FastifyPluginAsyncZod<SessionsRoutesOptions> = async (app, opts) => {
  app.get(
    '/api/sessions',
    {
      config: { access: { permission: 'security.session.manage' } },
      schema: {
        tags: ['auth'],
        summary: "Active sessions of users in the caller's scope",
        response: { 200: listOf(activeSessionSchema) },
      },
    },
    async (req) => ({ items: await listSessions(req.ctx, opts.session) }),
  );
  app.delete(
    '/api/sessions/:id',
    {
      config: { access: { permission: 'security.session.manage' } },
      schema: {
        tags: ['auth'],
        summary: 'End a session (the user must sign in again)',
        params: idParamsSchema,
        response: { 200: okSchema },
      },
    },
    async (req) => {
      await revokeSession(req.ctx, req.params.id);
      return { ok: true as const };
    },
  );
  app.post(
    '/api/accounts/:id/unlock',
    {
      config: { access: { permission: 'security.session.manage' } },
      schema: {
        tags: ['auth'],
        summary: 'Lift the sign-in lock of an account',
        params: idParamsSchema,
        response: { 200: okSchema },
      },
    },
    async (req) => {
      await unlockAccount(req.ctx, req.params.id);
      return { ok: true as const };
    },
  );
};
