import { loginSchema, meSchema, okSchema, updatePreferencesSchema } from '@zeren/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { login, logout, SESSION_COOKIE, type SessionSettings } from './auth.service';
import { describeUser, updatePreferences } from './me.service';
import { sessionsRoutes } from './sessions.routes';

export interface AuthRoutesOptions {
  session: SessionSettings;
  secureCookies: boolean;
}

export const authRoutes: FastifyPluginAsyncZod<AuthRoutesOptions> = async (app, opts) => {
  await app.register(sessionsRoutes, { session: opts.session });

  app.post(
    '/api/auth/login',
    {
      config: {
        access: { public: true },
        // Per address AND username: staff behind one office NAT sign in together at nine without
        // locking each other out; guessing one account is bounded here and by the account lockout.
        rateLimit: {
          max: 10,
          timeWindow: '1 minute',
          hook: 'preHandler',
          keyGenerator: (request) =>
            `${request.ip}|${String((request.body as { username?: unknown } | undefined)?.username ?? '').toLowerCase()}`,
        },
      },
      schema: {
        tags: ['auth'],
        summary: 'Sign in with username and password; sets the session cookie',
        body: loginSchema,
        response: { 200: meSchema },
      },
    },
    async (request, reply) => {
      const { token, expiresAt, userId } = await login(request.ctx, opts.session, {
        ...request.body,
        userAgent: request.headers['user-agent'] ?? null,
      });
      reply.setCookie(SESSION_COOKIE, token, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: opts.secureCookies,
        expires: expiresAt,
      });
      return describeUser(request.ctx.db, userId);
    },
  );

  app.post(
    '/api/auth/logout',
    {
      config: { access: { signedIn: true } },
      schema: { tags: ['auth'], summary: 'End the current session', response: { 200: okSchema } },
    },
    async (request, reply) => {
      await logout(request.ctx);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ok: true as const };
    },
  );

  app.get(
    '/api/me',
    {
      config: { access: { signedIn: true } },
      schema: {
        tags: ['auth'],
        summary: 'The signed-in user, person, unit, role assignments and permissions',
        response: { 200: meSchema },
      },
    },
    async (request) => describeUser(request.ctx.db, request.actor!.userId),
  );

  app.put(
    '/api/me/preferences',
    {
      config: { access: { signedIn: true } },
      schema: {
        tags: ['auth'],
        summary: "Save the user's interface language",
        body: updatePreferencesSchema,
        response: { 200: meSchema },
      },
    },
    async (request) => {
      await updatePreferences(request.ctx, request.body.locale);
      return describeUser(request.ctx.db, request.actor!.userId);
    },
  );
};
