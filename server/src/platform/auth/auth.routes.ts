import type { FastifyInstance } from 'fastify';
import { route } from '../routes';
import { login, logout, SESSION_COOKIE, type SessionSettings } from './auth.service';
import { describeUser, updatePreferences } from './me.service';
import { listSessions, revokeSession, unlockAccount } from './sessions.service';

export interface AuthRoutesOptions {
  session: SessionSettings;
  secureCookies: boolean;
}

/** Signing in and out, the caller's profile, and the security administrator's session control. */
export function authRoutes(app: FastifyInstance, opts: AuthRoutesOptions): void {
  route(
    app,
    'login',
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
    {
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
  );
  route(app, 'logout', async (request, reply) => {
    await logout(request.ctx);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return { ok: true as const };
  });
  route(app, 'getMe', (request) => describeUser(request.ctx.db, request.actor!.userId));
  route(app, 'updatePreferences', async (request) => {
    await updatePreferences(request.ctx, request.body.locale);
    return describeUser(request.ctx.db, request.actor!.userId);
  });

  route(app, 'listSessions', async (req) => ({ items: await listSessions(req.ctx, opts.session) }));
  route(app, 'revokeSession', async (req) => {
    await revokeSession(req.ctx, req.params.id);
    return { ok: true as const };
  });
  route(app, 'unlockAccount', async (req) => {
    await unlockAccount(req.ctx, req.params.id);
    return { ok: true as const };
  });
}
