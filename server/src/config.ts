import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { purposeKey } from './platform/crypto';
import { normaliseOrigin } from './platform/csrf';

const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');
const secret = z.string().min(32, 'must be at least 32 characters');

/** Every environment key Zeren reads, with its default. docs/configuration.md mirrors this table. */
const envSchema = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOST: z.string().default('0.0.0.0'),
    /** Absent: the embedded PGlite database in ZEREN_DATA_DIR. */
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
      .optional(),
    /**
     * The schema owner's URL, when the application's role (DATABASE_URL) is not the owner:
     * migrations run as the owner, which then grants the application's role what it needs.
     */
    ZEREN_MIGRATION_DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
      .optional(),
    ZEREN_DATA_DIR: z.string().default('./data'),
    ZEREN_DEMO_PASSWORD: z.string().min(12, 'must be at least 12 characters').default('Zeren-demo-2026'),
    /** Load the demo campaign when the embedded database is empty. */
    ZEREN_DEMO: bool.optional(),
    ZEREN_SESSION_SECRET: secret.optional(),
    ZEREN_FIELD_KEY: z
      .string()
      .regex(/^[0-9a-f]{64}$/, 'must be 64 hex characters (two 128-bit keys)')
      .optional(),
    /** HMAC-SM3 key of the audit chain; absent: derived from ZEREN_FIELD_KEY. */
    ZEREN_AUDIT_KEY: z
      .string()
      .regex(/^[0-9a-f]{64}$/, 'must be 64 hex characters (a 256-bit key)')
      .optional(),
    /** SM2 private key that signs audit checkpoints; absent: derived from ZEREN_FIELD_KEY. */
    ZEREN_AUDIT_SIGNING_KEY: z
      .string()
      .regex(/^[0-9a-f]{64}$/, 'must be 64 hex characters (an SM2 private key)')
      .optional(),
    ZEREN_SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(1440).default(30),
    ZEREN_SESSION_MAX_HOURS: z.coerce.number().int().min(1).max(168).default(12),
    /** Set when served behind HTTPS so the session cookie is marked Secure. */
    ZEREN_SECURE_COOKIES: bool.default(false),
    ZEREN_TRUST_PROXY: bool.default(false),
    /**
     * The origins (scheme://host[:port], comma-separated) Zeren's pages are served from: a
     * state-changing request whose Origin is another is refused. Absent: the Host it was sent to.
     */
    ZEREN_PUBLIC_ORIGIN: z
      .string()
      .optional()
      .transform((value, ctx) => {
        if (!value?.trim()) return [];
        try {
          return value.split(',').map(normaliseOrigin);
        } catch (error) {
          ctx.addIssue({
            code: 'custom',
            message: `must be origins like https://zeren.example.cn (${(error as Error).message})`,
          });
          return z.NEVER;
        }
      }),
    ZEREN_WEB_DIST: z.string().optional(),
    /** Bearer token of GET /metrics; absent, /metrics answers 404. */
    ZEREN_METRICS_TOKEN: z.string().min(32, 'must be at least 32 characters').optional(),
    /**
     * The SMTP server the daily digests of notifications go through (smtp:// or smtps://, with
     * user and password in the URL if it needs them); absent: no e-mail is sent.
     */
    ZEREN_SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\/[^\s]+$/, 'must be an smtp:// or smtps:// URL')
      .optional(),
    /** The sender of those mails, e.g. `责任平台 <zeren@example.cn>`. */
    ZEREN_MAIL_FROM: z.string().min(3).max(200).optional(),
    /**
     * The SMS gateway the portal's verification codes go through (public evaluation ballots):
     * `{"phone","text"}` is POSTed to it as JSON. Absent: codes are written to the server log
     * (development only).
     */
    ZEREN_SMS_URL: z
      .string()
      .regex(/^https?:\/\/[^\s]+$/, 'must be an http:// or https:// URL')
      .optional(),
    /** The hour (Beijing time, 0–23) the daily digests go out: e-mails and group robots. */
    ZEREN_DIGEST_HOUR: z.coerce.number().int().min(0).max(23).default(17),
    /**
     * A clock end-to-end tests move forward through /api/test/clock. Refused in production
     * (NODE_ENV=production) and on PostgreSQL: only a throwaway embedded database may live in a moved time.
     */
    ZEREN_TEST_CLOCK: bool.default(false),
    NODE_ENV: z.string().optional(),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  })
  .superRefine((e, ctx) => {
    // A mail needs a sender, and its links an address users open Zeren at.
    if (e.ZEREN_SMTP_URL && !e.ZEREN_MAIL_FROM)
      ctx.addIssue({ code: 'custom', path: ['ZEREN_MAIL_FROM'], message: 'is required with ZEREN_SMTP_URL' });
    if (e.ZEREN_SMTP_URL && !e.ZEREN_PUBLIC_ORIGIN?.length)
      ctx.addIssue({
        code: 'custom',
        path: ['ZEREN_PUBLIC_ORIGIN'],
        message: 'is required with ZEREN_SMTP_URL (the links in the mails)',
      });
    if (e.ZEREN_TEST_CLOCK && e.NODE_ENV === 'production')
      ctx.addIssue({
        code: 'custom',
        path: ['ZEREN_TEST_CLOCK'],
        message: 'is refused with NODE_ENV=production',
      });
    if (e.ZEREN_TEST_CLOCK && e.DATABASE_URL)
      ctx.addIssue({
        code: 'custom',
        path: ['ZEREN_TEST_CLOCK'],
        message:
          'is refused with DATABASE_URL (only the embedded database of a test may live in a moved time)',
      });
  });

export interface Config {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  /** The schema owner's URL for migrations (ZEREN_MIGRATION_DATABASE_URL); undefined: DATABASE_URL's role owns it. */
  migrationDatabaseUrl: string | undefined;
  dataDir: string;
  demoPassword: string;
  loadDemo: boolean;
  sessionSecret: string;
  /** 32 bytes: the first half is the SM4 key, the second the HMAC-SM3 key. */
  fieldKey: Buffer;
  /** HMAC-SM3 key of the audit chain (ZEREN_AUDIT_KEY, or derived from the field key). */
  auditKey: Buffer;
  /** SM2 private key (hex) of audit checkpoints (ZEREN_AUDIT_SIGNING_KEY, or derived from the field key). */
  auditSigningKey: string;
  sessionIdleMinutes: number;
  sessionMaxHours: number;
  secureCookies: boolean;
  trustProxy: boolean;
  /** Normalised origins of ZEREN_PUBLIC_ORIGIN; empty means "the request's own Host". */
  publicOrigins: string[];
  /** The bearer token Prometheus presents at /metrics; null: no metrics endpoint. */
  metricsToken: string | null;
  webDist: string;
  logLevel: string;
  /** SMTP server of the daily digests (ZEREN_SMTP_URL); null: no e-mail. */
  smtpUrl: string | null;
  /** The digests' sender (ZEREN_MAIL_FROM); set whenever smtpUrl is. */
  mailFrom: string | null;
  /** The Beijing hour the daily digests go out (ZEREN_DIGEST_HOUR). */
  digestHour: number;
  /** The SMS gateway (ZEREN_SMS_URL); null: codes go to the server log. */
  smsUrl: string | null;
  /** Key of the hash a voter's phone number is kept as (derived from the field key). */
  phoneKey: Buffer;
  /** ZEREN_TEST_CLOCK: end-to-end tests move time forward (never in production). */
  testClock: boolean;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Parses the environment; throws ConfigError listing every bad key. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const e = parsed.data;
  const dataDir = resolve(e.ZEREN_DATA_DIR);
  const secrets = e.ZEREN_SESSION_SECRET && e.ZEREN_FIELD_KEY ? undefined : readOrCreateSecrets(dataDir);
  const fieldKey = Buffer.from(e.ZEREN_FIELD_KEY ?? secrets!.fieldKey, 'hex');
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    migrationDatabaseUrl: e.ZEREN_MIGRATION_DATABASE_URL,
    dataDir,
    demoPassword: e.ZEREN_DEMO_PASSWORD,
    loadDemo: e.ZEREN_DEMO ?? !e.DATABASE_URL,
    sessionSecret: e.ZEREN_SESSION_SECRET ?? secrets!.sessionSecret,
    fieldKey,
    auditKey: e.ZEREN_AUDIT_KEY ? Buffer.from(e.ZEREN_AUDIT_KEY, 'hex') : purposeKey(fieldKey, 'audit-chain'),
    auditSigningKey: e.ZEREN_AUDIT_SIGNING_KEY ?? derivedSigningKey(fieldKey),
    sessionIdleMinutes: e.ZEREN_SESSION_IDLE_MINUTES,
    sessionMaxHours: e.ZEREN_SESSION_MAX_HOURS,
    secureCookies: e.ZEREN_SECURE_COOKIES,
    trustProxy: e.ZEREN_TRUST_PROXY,
    publicOrigins: e.ZEREN_PUBLIC_ORIGIN,
    metricsToken: e.ZEREN_METRICS_TOKEN ?? null,
    webDist: resolve(e.ZEREN_WEB_DIST ?? join(import.meta.dirname, '../../web/dist')),
    logLevel: e.LOG_LEVEL,
    smtpUrl: e.ZEREN_SMTP_URL ?? null,
    mailFrom: e.ZEREN_MAIL_FROM ?? null,
    digestHour: e.ZEREN_DIGEST_HOUR,
    smsUrl: e.ZEREN_SMS_URL ?? null,
    phoneKey: purposeKey(fieldKey, 'phone-hash'),
    testClock: e.ZEREN_TEST_CLOCK,
  };
}

/** The SM2 order n: a private key lies in [1, n - 2]. */
const SM2_N = BigInt('0xfffffffeffffffffffffffffffffffff7203df6b21c6052b53bbf40939d54123');

/**
 * An SM2 private key derived from the field key, for installs that set no ZEREN_AUDIT_SIGNING_KEY:
 * stable wherever the field key is (which must be kept anyway), separate from it by derivation.
 */
function derivedSigningKey(fieldKey: Buffer): string {
  const digest = BigInt(`0x${purposeKey(fieldKey, 'audit-checkpoint').toString('hex')}`);
  return ((digest % (SM2_N - 2n)) + 1n).toString(16).padStart(64, '0');
}

/**
 * Secrets not given in the environment are generated once into the data directory
 * (mode 0600) so an embedded install works with no set-up and keeps its keys.
 */
function readOrCreateSecrets(dataDir: string): { sessionSecret: string; fieldKey: string } {
  const file = join(dataDir, 'secrets.json');
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    mkdirSync(dataDir, { recursive: true });
    const secrets = {
      sessionSecret: randomBytes(32).toString('hex'),
      fieldKey: randomBytes(32).toString('hex'),
    };
    writeFileSync(file, JSON.stringify(secrets), { mode: 0o600, flag: 'wx' });
    return secrets;
  }
}
