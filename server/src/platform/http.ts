import type { Access, ErrorCode, Locale, Permission, ProblemDetails } from '@zeren/contracts';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import FindMyWay, { type HTTPMethod } from 'find-my-way';
import { isForeignKeyViolation, isSerializationFailure, isUniqueViolation } from '../db/errors';
import type { Actor } from './actor';
import type { ServiceContext } from './context';
import { AppError } from './errors';
import { localeFromHeader, t } from './i18n';
import { Scope } from './scope';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Who may call the route (from its contract). Every /api route has one; the server refuses to start otherwise. */
    access?: Access<Permission>;
  }
  interface FastifyRequest {
    actor: Actor | null;
    locale: Locale;
    ctx: ServiceContext;
  }
}

export function problem(
  locale: Locale,
  code: ErrorCode,
  status: number,
  params: Record<string, string | number> = {},
  errors?: { path: string; message: string }[],
): ProblemDetails {
  const title = t(locale, code, params);
  return {
    type: `urn:zeren:problem:${code.toLowerCase().replace(/_/g, '-')}`,
    title,
    status,
    code,
    ...(errors && errors.length > 0 ? { errors } : {}),
  };
}

export function sendProblem(reply: FastifyReply, body: ProblemDetails): FastifyReply {
  return reply.status(body.status).type('application/problem+json; charset=utf-8').send(body);
}

/** One zod issue → a translated message for the field it concerns. */
function zodIssueMessage(
  locale: Locale,
  issue: { keyword: string; message: string; params: Record<string, unknown> },
): string {
  const p = issue.params;
  switch (issue.keyword) {
    case 'invalid_type':
      return /received undefined/.test(issue.message)
        ? t(locale, 'field.required')
        : t(locale, 'field.invalid_type', { expected: t(locale, `type.${String(p.expected ?? '')}`) });
    case 'too_small':
      return t(locale, 'field.too_small', { min: String(p.minimum ?? '') });
    case 'too_big':
      return t(locale, 'field.too_big', { max: String(p.maximum ?? '') });
    case 'invalid_format':
      return t(locale, 'field.invalid_format');
    case 'invalid_value':
      return t(locale, 'field.invalid_value');
    case 'unrecognized_keys':
      return t(locale, 'field.unrecognized_keys', { keys: ((p.keys as string[]) ?? []).join(', ') });
    case 'custom': {
      // A contract's own rule names its message key (e.g. text() refusing control characters).
      const key = (p.params as { key?: unknown } | undefined)?.key;
      return t(locale, typeof key === 'string' ? key : 'field.invalid');
    }
    case 'invalid_union':
      return t(locale, 'field.invalid_format');
    default:
      return t(locale, 'field.invalid');
  }
}

const CONTEXT_PREFIX: Record<string, string> = {
  body: '',
  querystring: 'query.',
  params: 'params.',
  headers: 'headers.',
};

/** The single error handler: AppError, validation, parse errors, database conflicts, and a silent 500. */
export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError & { cause?: { code?: string } }, request, reply) => {
    const locale = request.locale ?? localeFromHeader(request.headers['accept-language']);
    if (error instanceof AppError) {
      const errors = error.fieldIssues.map((f) => ({ path: f.path, message: t(locale, f.key, f.params) }));
      // Every 503 says when to try again.
      if (error.status === 503 && !reply.hasHeader('retry-after')) reply.header('Retry-After', '10');
      return sendProblem(reply, problem(locale, error.code, error.status, error.params, errors));
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const prefix = CONTEXT_PREFIX[error.validationContext ?? 'body'] ?? '';
      const errors = error.validation.flatMap((v) => {
        const base = v.instancePath.slice(1).replace(/\//g, '.');
        const at = (key?: string) => `${prefix}${[base, key].filter(Boolean).join('.')}`;
        // An unknown field is reported on that field, so a form can mark it.
        if (v.keyword === 'unrecognized_keys') {
          const keys = ((v.params as { keys?: string[] }).keys ?? []).slice(0, 20);
          return keys.map((key) => ({
            path: at(key),
            message: zodIssueMessage(locale, { ...v, params: { keys: [key] } } as never),
          }));
        }
        return [{ path: at(), message: zodIssueMessage(locale, v as never) }];
      });
      return sendProblem(reply, problem(locale, 'VALIDATION_FAILED', 400, {}, errors));
    }
    const status = error.statusCode ?? 500;
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE')
      return sendProblem(reply, problem(locale, 'PAYLOAD_TOO_LARGE', 413));
    if (status === 429) return sendProblem(reply, problem(locale, 'RATE_LIMITED', 429));
    if (status >= 400 && status < 500) {
      const reason =
        error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' ? 'Content-Type' : error.message.slice(0, 200);
      return sendProblem(
        reply,
        problem(locale, 'MALFORMED_REQUEST', status === 404 ? 400 : status, { reason }),
      );
    }
    // Concurrent writes that lose a uniqueness or reference race: a conflict, not a crash.
    if (isUniqueViolation(error) || isForeignKeyViolation(error) || isSerializationFailure(error)) {
      return sendProblem(reply, problem(locale, 'CONFLICT', 409));
    }
    request.log.error({ err: error }, 'unhandled error');
    return sendProblem(reply, problem(locale, 'INTERNAL', 500));
  });

  // Every route's method and path, to tell "no such resource" (404) from "not with this method" (405).
  const known = FindMyWay();
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) {
      if (!known.hasRoute(method as HTTPMethod, route.url))
        known.on(method as HTTPMethod, route.url, () => {});
    }
  });

  app.setNotFoundHandler((request, reply) => {
    const locale = request.locale ?? localeFromHeader(request.headers['accept-language']);
    const path = request.url.split('?')[0] ?? '/';
    // The web app's catch-all (GET /*) never answers under /api/: it does not make a method "allowed" there.
    const api = path.startsWith('/api/');
    const allowed = SERVED_METHODS.filter((m) => {
      const found = known.find(m, path);
      return found !== null && !(api && '*' in found.params);
    });
    if (allowed.length > 0 && !allowed.includes(request.method as HTTPMethod)) {
      reply.header('Allow', allowed.join(', '));
      return sendProblem(
        reply,
        problem(locale, 'METHOD_NOT_ALLOWED', 405, { method: request.method.slice(0, 20) }),
      );
    }
    return sendProblem(reply, problem(locale, 'NOT_FOUND', 404));
  });
}

const SERVED_METHODS: HTTPMethod[] = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

/** Every public route is rate-limited per client address unless it sets a limit of its own (or `false`). */
export const PUBLIC_RATE_LIMIT = { max: 300, timeWindow: '1 minute' } as const;

/**
 * Deny by default: an /api route without `config.access` is a programming error caught at start-up.
 * Must be installed before @fastify/rate-limit, whose own onRoute hook reads the limit set here.
 */
export function requireAccessDeclarations(app: FastifyInstance): void {
  app.addHook('onRoute', (route) => {
    const url = route.url ?? '';
    if (!url.startsWith('/api/') || url.startsWith('/api/docs')) return;
    const access = route.config?.access;
    if (!access) throw new Error(`route ${route.method} ${url} declares no access rule`);
    if ('public' in access && route.config?.rateLimit === undefined) {
      route.config = { ...route.config, rateLimit: PUBLIC_RATE_LIMIT };
    }
  });
}

/** Enforces the route's access rule after the actor is resolved. */
export async function enforceAccess(request: FastifyRequest, reply: FastifyReply): Promise<void> {
  const access = request.routeOptions.config?.access;
  if (!access || 'public' in access) return;
  if (!request.actor) {
    await sendProblem(reply, problem(request.locale, 'UNAUTHENTICATED', 401));
    return;
  }
  if ('permission' in access && !request.actor.permissions.has(access.permission)) {
    await sendProblem(reply, problem(request.locale, 'FORBIDDEN', 403));
    return;
  }
  // A route of the whole city: the permission must come with data scope `all`.
  if (
    'permission' in access &&
    access.scope === 'all' &&
    !Scope.of(request.actor, access.permission).global
  ) {
    await sendProblem(reply, problem(request.locale, 'FORBIDDEN', 403));
  }
}
