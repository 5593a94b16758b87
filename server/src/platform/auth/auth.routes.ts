import type { FastifyInstance, FastifyRequest } from 'fastify';
import { listExportRoute } from '../list-export';
import { route } from '../routes';
import { changePassword, login, logout, SESSION_COOKIE, type SessionSettings } from './auth.service';
import { describeUser, describeUserById, updatePreferences } from './me.service';
import { listSessions, revokeSession, unlockAccount } from './sessions.service';

export interface AuthRoutesOptions {
  session: SessionSettings;
  secureCookies: boolean;
}

/**
 * Per address AND username: staff behind one office NAT sign in together at nine without
 * locking each other out; guessing one account is bounded here and by the sign-in locks.
 */
const signInRateLimit = {
  max: 10,
  timeWindow: '1 minute',
  hook: 'preHandler' as const,
  keyGenerator: (request: FastifyRequest) =>
    `${request.ip}|${String((request.body as { username?: unknown } | undefined)?.username ?? '').toLowerCase()}`,
};

/** Signing in and out, the caller's profile, and the security administrator's session control. */
export function authRoutes(app: FastifyInstance, opts: AuthRoutesOptions): void {
  route(
    app,
    'login',
    async (request, reply) => {
      const { token, expiresAt, userId, sessionId } = await login(request.ctx, opts.session, {
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
      return describeUserById(request.ctx.db, userId, sessionId);
    },
    { rateLimit: signInRateLimit },
  );
  route(
    app,
    'changePassword',
    async (request, reply) => {
      const { token, expiresAt, userId, sessionId } = await changePassword(request.ctx, opts.session, {
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
      return describeUserById(request.ctx.db, userId, sessionId);
    },
    { rateLimit: signInRateLimit },
  );
  route(app, 'logout', async (request, reply) => {
    await logout(request.ctx);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return { ok: true as const };
  });
  route(app, 'getMe', async (request) => describeUser(request.actor!));
  route(app, 'updatePreferences', async (request) => {
    await updatePreferences(request.ctx, request.body.locale);
    return describeUser({ ...request.actor!, locale: request.body.locale });
  });

  route(app, 'listSessions', (req) => listSessions(req.ctx, opts.session, req.query));
  listExportRoute(app, 'exportSessions', (ctx, query) => listSessions(ctx, opts.session, query));
  route(app, 'revokeSession', async (req) => {
    await revokeSession(req.ctx, req.params.id);
    return { ok: true as const };
  });
  route(app, 'unlockAccount', async (req) => {
    await unlockAccount(req.ctx, req.params.id);
    return { ok: true as const };
  });
}
