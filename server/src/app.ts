import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyMultipart from '@fastify/multipart';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Config } from './config';
import type { Database } from './db/client';
import { MODULES } from './modules';
import { auditRoutes } from './platform/audit/audit.routes';
import { authRoutes } from './platform/auth/auth.routes';
import { authenticate, SESSION_COOKIE, type SessionSettings } from './platform/auth/auth.service';
import { calendarRoutes } from './platform/calendar/calendar.routes';
import { type Clock, systemClock } from './platform/clock';
import { FieldCipher } from './platform/crypto';
import { fileRoutes } from './platform/files/files.routes';
import { enforceAccess, installErrorHandling, requireAccessDeclarations } from './platform/http';
import { localeFromHeader } from './platform/i18n';
import { createMetrics } from './platform/metrics';
import { installModule, type ModuleDeps } from './platform/module';
import { orgRoutes } from './platform/org/org.routes';
import { ProofOfWork, proofOfWorkKey } from './platform/proof-of-work';
import { route } from './platform/routes';

export interface AppOptions {
  config: Config;
  database: Database;
  clock?: Clock;
  /** pino options or false; tests pass false. */
  logger?: boolean | object;
}

/** The largest upload accepted (evidence files, Excel imports). */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

const REDACT = [
  'req.headers.cookie',
  'req.headers.authorization',
  'res.headers["set-cookie"]',
  'password',
  '*.password',
  'body.password',
];

/** Builds the whole server (used by `zeren serve` and by every integration test). */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { config, database } = options;
  const clock = options.clock ?? systemClock;
  const cipher = new FieldCipher(config.fieldKey);
  const session: SessionSettings = {
    secret: config.sessionSecret,
    idleMinutes: config.sessionIdleMinutes,
    maxHours: config.sessionMaxHours,
  };

  const app = Fastify({
    logger:
      options.logger === false
        ? false
        : {
            level: config.logLevel,
            redact: REDACT,
            ...(typeof options.logger === 'object' ? options.logger : {}),
          },
    trustProxy: config.trustProxy,
    bodyLimit: 1_048_576,
    genReqId: () => crypto.randomUUID(),
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandling(app);
  requireAccessDeclarations(app);

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        workerSrc: ["'self'", 'blob:'],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
  });
  await app.register(fastifyCookie);
  // Uploads (evidence files, Excel imports): one file per request, size checked again by the files service.
  await app.register(fastifyMultipart, {
    limits: { files: 1, fileSize: MAX_UPLOAD_BYTES, fields: 10, fieldSize: 10_000 },
  });
  await app.register(fastifyRateLimit, { global: false });

  const metrics = createMetrics();

  app.decorateRequest('actor', null);
  app.decorateRequest('locale', 'zh-CN');
  app.decorateRequest('ctx', null as never);
  app.addHook('onRequest', async (request, reply) => {
    const actor = await authenticate({ db: database.db, clock }, session, request.cookies[SESSION_COOKIE]);
    request.actor = actor;
    // An explicit Accept-Language wins, so the language switch works before saving; else the user's preference.
    request.locale = request.headers['accept-language']
      ? localeFromHeader(request.headers['accept-language'])
      : (actor?.locale ?? 'zh-CN');
    const access = request.routeOptions.config?.access;
    request.ctx = {
      actor,
      grant: access && 'permission' in access ? access.permission : null,
      db: database.db,
      clock,
      cipher,
      locale: request.locale,
      ip: request.ip ?? null,
    };
    await enforceAccess(request, reply);
  });
  app.addHook('onResponse', async (request, reply) => {
    metrics.observe(
      request.routeOptions.url ?? 'unmatched',
      request.method,
      reply.statusCode,
      reply.elapsedTime,
    );
  });

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Zeren (责任) API',
        version: '0.1.0',
        description: 'The accountability campaign platform',
      },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE } } },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });

  // Orchestrators and load balancers probe this often from few addresses; it costs one `select 1`.
  route(
    app,
    'getHealth',
    async () => {
      await database.db.execute('select 1');
      return { status: 'ok' as const, database: database.kind };
    },
    { rateLimit: false },
  );
  app.get('/api/openapi.json', { config: { access: { public: true } }, schema: { hide: true } }, async () =>
    app.swagger(),
  );
  app.get(
    '/metrics',
    { config: { access: { public: true } }, schema: { hide: true } },
    async (_request, reply) => {
      reply.type(metrics.registry.contentType);
      return metrics.registry.metrics();
    },
  );

  // One verifier per server: it remembers the solutions already used.
  const proofOfWork = new ProofOfWork(proofOfWorkKey(config.sessionSecret));
  route(
    app,
    'getProofOfWorkChallenge',
    async (req, reply) => {
      reply.header('Cache-Control', 'no-store');
      return proofOfWork.challenge(req.ctx.clock.now());
    },
    { rateLimit: { max: 30, timeWindow: '1 minute' } },
  );
  authRoutes(app, { session, secureCookies: config.secureCookies });
  orgRoutes(app);
  auditRoutes(app);
  calendarRoutes(app);
  fileRoutes(app);
  const deps: ModuleDeps = { config, proofOfWork };
  for (const module of MODULES) await installModule(app, module, deps);

  registerWebApp(app, config.webDist);
  return app;
}

/**
 * Serves the built web app (and its client-side routes) when a build exists: the public portal
 * (portal.html, its own bundle) at /portal and /portal/*, the staff app's index.html elsewhere.
 */
function registerWebApp(app: FastifyInstance, dist: string): void {
  if (!existsSync(join(dist, 'index.html'))) return;
  const hasPortal = existsSync(join(dist, 'portal.html'));
  void app.register(fastifyStatic, { root: dist, wildcard: false, index: 'index.html' });
  app.get('/*', { schema: { hide: true } }, (request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    if (path.startsWith('/api/')) return reply.callNotFound();
    if (hasPortal && (path === '/portal' || path.startsWith('/portal/')))
      return reply.sendFile('portal.html');
    return reply.sendFile('index.html');
  });
}
