import { createHash, timingSafeEqual } from 'node:crypto';
import { existsSync } from 'node:fs';
import type { Socket } from 'node:net';
import { join } from 'node:path';
import { constants as zlib } from 'node:zlib';
import fastifyCompress from '@fastify/compress';
import fastifyCookie from '@fastify/cookie';
import fastifyMultipart from '@fastify/multipart';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import helmet from 'helmet';
import type { Config } from './config';
import type { Database } from './db/client';
import { MODULES } from './modules';
import { auditRoutes } from './platform/audit/audit.routes';
import { anchorAuditChain } from './platform/audit/audit.service';
import { auditKeysOf } from './platform/audit/audit-keys';
import { authRoutes } from './platform/auth/auth.routes';
import { authenticate, SESSION_COOKIE, type SessionSettings } from './platform/auth/auth.service';
import { calendarRoutes } from './platform/calendar/calendar.routes';
import { type Clock, systemClock, TestClock } from './platform/clock';
import { ConcurrencyLimit, MAX_CONCURRENT_IMPORTS } from './platform/concurrency';
import { FieldCipher } from './platform/crypto';
import { crossSiteReason } from './platform/csrf';
import { fileRoutes } from './platform/files/files.routes';
import {
  enforceAccess,
  installErrorHandling,
  problem,
  requireAccessDeclarations,
  sendProblem,
} from './platform/http';
import { localeFromHeader } from './platform/i18n';
import { startJobs } from './platform/jobs';
import { createMetrics } from './platform/metrics';
import { installModule, type ModuleDeps } from './platform/module';
import { dailyDigestJob } from './platform/notifications/digest.service';
import { notificationRoutes } from './platform/notifications/notifications.routes';
import { describeDocument, describeOperation } from './platform/openapi';
import { orgRoutes } from './platform/org/org.routes';
import { ProofOfWork, proofOfWorkKey } from './platform/proof-of-work';
import { route } from './platform/routes';
import { searchRoutes } from './platform/search/search.routes';
import { gatewaySmsSender, logSmsSender, type SmsSender } from './platform/sms/sms';
import { tallyFoldJob } from './platform/tallies';
import { testClockRoutes } from './platform/test-clock.routes';
import { workbench } from './platform/workbench';

export interface AppOptions {
  config: Config;
  database: Database;
  clock?: Clock;
  /** pino options or false; tests pass false. */
  logger?: boolean | object;
  /**
   * Run the modules' scheduled jobs (default true). Tests pass false and run a job themselves
   * (runJob) at the moment their clock says.
   */
  jobs?: boolean;
  /** Where SMS verification codes go; default: the gateway of ZEREN_SMS_URL, else the server log. */
  sms?: SmsSender;
  /** Draws public reports' receipt codes; default 20 random digits (a test draws chosen ones). */
  receiptCodes?: () => string;
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

/**
 * What a request's log line says of it. A public report's requests carry nothing that could
 * identify the reporter: no address, no port, no host (the user agent is never logged).
 */
function logRequest(request: {
  method: string;
  url: string;
  hostname?: string;
  ip?: string;
  socket?: { remotePort?: number };
}) {
  if (request.url?.startsWith('/api/portal/reports')) return { method: request.method, url: request.url };
  return {
    method: request.method,
    url: request.url,
    hostname: request.hostname,
    remoteAddress: request.ip,
    remotePort: request.socket?.remotePort,
  };
}

/** Builds the whole server (used by `zeren serve` and by every integration test). */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { config, database } = options;
  // ZEREN_TEST_CLOCK (never in production, see config.ts): a clock end-to-end tests move forward.
  const clock = options.clock ?? (config.testClock ? new TestClock() : systemClock);
  const cipher = new FieldCipher(config.fieldKey);
  const keys = auditKeysOf(config);
  // An install whose log predates keying gets its chain sealed by a first keyed event.
  await anchorAuditChain(database.db, keys, clock.now());
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
            serializers: { req: logRequest },
            ...(typeof options.logger === 'object' ? options.logger : {}),
          },
    trustProxy: config.trustProxy,
    bodyLimit: 1_048_576,
    genReqId: () => crypto.randomUUID(),
    // A URL the router cannot decode (bad percent-encoding) is a problem+json 400 like any other.
    frameworkErrors: (error, request, reply) => {
      const locale = localeFromHeader(request.headers['accept-language']);
      return sendProblem(
        reply,
        problem(locale, 'MALFORMED_REQUEST', 400, {
          reason: error.code === 'FST_ERR_BAD_URL' ? 'URL' : error.code,
        }),
      );
    },
    // What Node's HTTP parser refuses before Fastify sees a request (headers too large, garbage).
    clientErrorHandler: writeClientError,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandling(app);
  requireAccessDeclarations(app);

  // The security headers, computed once: @fastify/helmet builds helmet's middleware (and parses the
  // policy) again for every request, a few per cent of a busy hour's CPU; the headers never change.
  const securityHeaders = helmet({
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
  app.addHook('onRequest', (request, reply, done) =>
    securityHeaders(request.raw, reply.raw, (error) => done(error as Error | undefined)),
  );
  await app.register(fastifyCookie);
  // Large JSON (a city's unit tree is a megabyte) goes out compressed; small answers are not worth
  // the CPU, and static assets are precompressed at build time. Bodies carry no secret a
  // reflected input could be compressed against (the session is a cookie), so BREACH does not apply.
  await app.register(fastifyCompress, {
    threshold: 2048,
    encodings: ['br', 'gzip'],
    brotliOptions: { params: { [zlib.BROTLI_PARAM_QUALITY]: 4 } },
  });
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
    // Before anything else, and before the body is read: a cross-site request changes nothing.
    // A request no route answers changes nothing either; it goes on to the 404/405 handler.
    const crossSite = request.routeOptions.url ? crossSiteReason(request, config.publicOrigins) : null;
    if (crossSite) {
      const locale = localeFromHeader(request.headers['accept-language']);
      return sendProblem(reply, problem(locale, 'CROSS_SITE_REQUEST', 403, { reason: crossSite }));
    }
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
      auditKeys: keys,
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
        description:
          'The accountability campaign platform (懒政怠政为官不为问责年活动). Errors are RFC 9457 problem+json with a stable `code`; messages follow Accept-Language (zh-CN, en-US).',
        license: { name: 'Proprietary', identifier: 'LicenseRef-Zeren' },
      },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE } } },
      security: [{ session: [] }],
    },
    transform: describeOperation,
    transformObject: describeDocument,
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
  // Process and per-route figures are for the monitoring system only: a bearer token from the
  // configuration, and no endpoint at all without one.
  app.get(
    '/metrics',
    { config: { access: { public: true } }, schema: { hide: true } },
    async (request, reply) => {
      if (!config.metricsToken) return sendProblem(reply, problem(request.locale, 'NOT_FOUND', 404));
      if (!bearerMatches(request.headers.authorization, config.metricsToken)) {
        reply.header('WWW-Authenticate', 'Bearer realm="zeren-metrics"');
        return sendProblem(reply, problem(request.locale, 'UNAUTHENTICATED', 401));
      }
      reply.type(metrics.registry.contentType);
      return metrics.registry.metrics();
    },
  );

  // Used solutions are kept in the database: refused again after a restart and by other instances.
  const proofOfWork = new ProofOfWork(proofOfWorkKey(config.sessionSecret), database.db);
  route(
    app,
    'getProofOfWorkChallenge',
    async (req, reply) => {
      reply.header('Cache-Control', 'no-store');
      return proofOfWork.challenge(req.ctx.clock.now());
    },
    { rateLimit: { max: 30, timeWindow: '1 minute' } },
  );
  route(app, 'getWorkbench', async (req) => ({ items: await workbench(req.ctx) }));
  authRoutes(app, { session, secureCookies: config.secureCookies });
  orgRoutes(app);
  auditRoutes(app);
  calendarRoutes(app);
  fileRoutes(app);
  notificationRoutes(app);
  searchRoutes(app);
  const sms = options.sms ?? (config.smsUrl ? gatewaySmsSender(config.smsUrl) : logSmsSender(app.log));
  const deps: ModuleDeps = {
    config,
    proofOfWork,
    sms,
    imports: new ConcurrencyLimit(MAX_CONCURRENT_IMPORTS),
    receiptCodes: options.receiptCodes,
  };
  for (const module of MODULES) await installModule(app, module, deps);
  // The platform's jobs (the daily digests of notifications, at ZEREN_DIGEST_HOUR; folding the tallies) and the modules'.
  const jobs = [
    dailyDigestJob(config, database, app.log, clock),
    tallyFoldJob(MODULES.flatMap((m) => m.tallies ?? [])),
    ...MODULES.flatMap((m) => m.jobs ?? []),
  ];
  // A job acts as the system: no actor, no grant, no address.
  const jobContext = () => ({
    actor: null,
    grant: null,
    db: database.db,
    clock,
    cipher,
    auditKeys: keys,
    locale: 'zh-CN' as const,
    ip: null,
  });
  if (options.jobs !== false) {
    let stop: (() => Promise<void>) | null = null;
    app.addHook('onReady', async () => {
      stop = startJobs(database, jobs, jobContext, app.log);
    });
    app.addHook('onClose', async () => {
      await stop?.();
    });
  } else {
    // Not started, but the digest job holds an SMTP pool when mail is configured.
    app.addHook('onClose', async () => {
      for (const job of jobs) await job.close?.();
    });
  }
  if (clock instanceof TestClock) {
    app.log.warn('ZEREN_TEST_CLOCK: /api/test/clock moves this server’s time forward (tests only)');
    testClockRoutes(app, clock, database, jobs, jobContext);
  }

  registerWebApp(app, config.webDist);
  return app;
}

/** Vite names built assets by their content hash: they never change, so browsers may keep them. */
const HASHED_ASSET = /\/assets\/.+-[A-Za-z0-9_-]{8,}(\.[a-z0-9]+)+$/;
/** A path naming a file (it has an extension): never answered with the app's page. */
const NAMES_A_FILE = /\/[^/]+\.[A-Za-z0-9]{1,8}$/;

/**
 * Answers a request Node's HTTP parser refused (it never reached Fastify) as problem+json:
 * 431 for headers too large, 400 otherwise; in Chinese, as no Accept-Language could be read.
 */
function writeClientError(error: Error & { code?: string }, socket: Socket): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
  const body = JSON.stringify(
    tooLarge
      ? problem('zh-CN', 'HEADERS_TOO_LARGE', 431)
      : problem('zh-CN', 'MALFORMED_REQUEST', 400, { reason: 'HTTP' }),
  );
  socket.end(
    `HTTP/1.1 ${tooLarge ? '431 Request Header Fields Too Large' : '400 Bad Request'}\r\n` +
      'Content-Type: application/problem+json; charset=utf-8\r\n' +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

/** `Authorization: Bearer <token>` compared in constant time. */
function bearerMatches(header: string | undefined, token: string): boolean {
  const presented = /^Bearer\s+(\S+)$/i.exec(header ?? '')?.[1];
  if (!presented) return false;
  const a = createHash('sha256').update(presented).digest();
  const b = createHash('sha256').update(token).digest();
  return timingSafeEqual(a, b);
}

/**
 * Serves the built web app (and its client-side routes) when a build exists: the public portal
 * (portal.html, its own bundle) at /portal and /portal/*, the staff app's index.html elsewhere.
 * Assets go out precompressed (brotli, gzip) when the browser accepts it; hashed assets are
 * cached for a year, pages are revalidated. A missing file is a 404, not the app's page.
 */
function registerWebApp(app: FastifyInstance, dist: string): void {
  if (!existsSync(join(dist, 'index.html'))) return;
  const hasPortal = existsSync(join(dist, 'portal.html'));
  void app.register(fastifyStatic, {
    root: dist,
    wildcard: false,
    // The root goes to the route below: the plugin's own index answers 404 to a browser that
    // accepts brotli when the page has no compressed copy (pages under 1 KiB have none).
    index: false,
    preCompressed: true,
    setHeaders: (reply, path) => {
      reply.header(
        'Cache-Control',
        HASHED_ASSET.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
  app.get('/*', { schema: { hide: true } }, (request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    if (path.startsWith('/api/') || NAMES_A_FILE.test(path)) return reply.callNotFound();
    if (hasPortal && (path === '/portal' || path.startsWith('/portal/')))
      return reply.sendFile('portal.html');
    return reply.sendFile('index.html');
  });
}
