import type { DigestChannel, Locale } from '@zeren/contracts';
import type { Config } from '../../config';
import type { Database, Db } from '../../db/client';
import { type AuditKeys, auditKeysOf } from '../audit/audit-keys';
import { type Clock, systemClock } from '../clock';
import { inTransaction, type ServiceContext } from '../context';
import { FieldCipher } from '../crypto';
import { t } from '../i18n';
import type { ScheduledJob } from '../jobs';
import { type Digest, type DigestSender, digestWindow, dueDigestDay } from './digest';
import * as repo from './notifications.repository';
import { notificationText } from './notifications.service';
import { smtpSender, webhookSender } from './senders';

/** The most notifications one digest lists; the rest are counted ("N more in Zeren"). */
export const DIGEST_MAX_ITEMS = 30;
/** How long a refused digest waits before it is tried again (the job runs every minute). */
export const DIGEST_RETRY_MS = 30 * 60_000;

export interface DigestDeps {
  db: Db;
  clock: Clock;
  cipher: FieldCipher;
  auditKeys: AuditKeys;
  /** The Beijing hour the digests go out (ZEREN_DIGEST_HOUR). */
  hour: number;
  /** Where users open Zeren (the first ZEREN_PUBLIC_ORIGIN): the links' base; null: no links. */
  origin: string | null;
  /** E-mail (when SMTP is configured) and group robots. */
  senders: Partial<Record<DigestChannel, DigestSender>>;
  log: { warn(object: object, message: string): void };
}

export interface DigestOutcome {
  day: string;
  sent: { email: number; webhook: number };
  failed: number;
}

/** How a date reads in a digest: 2026年6月1日, Jun 1, 2026. */
function formatDay(day: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { timeZone: 'UTC', dateStyle: 'medium' }).format(
    new Date(`${day}T00:00:00Z`),
  );
}

/** A job acts for no one: its audit events name no actor. */
function jobContext(deps: DigestDeps): ServiceContext {
  return {
    actor: null,
    grant: null,
    db: deps.db,
    clock: deps.clock,
    cipher: deps.cipher,
    auditKeys: deps.auditKeys,
    locale: 'zh-CN',
    ip: null,
  };
}

/**
 * Sends one digest: claims it (a second run or instance finds it claimed and moves on), sends it,
 * then records it sent with its audit event; a failed send gives the claim up for the next run.
 */
async function deliver(
  deps: DigestDeps,
  target: { channel: DigestChannel; id: string; unitId: string | null; address: string },
  day: string,
  compose: () => Promise<{ digest: Digest; count: number } | null>,
): Promise<'sent' | 'skipped' | 'failed'> {
  const sender = deps.senders[target.channel];
  if (!sender) return 'skipped';
  const now = deps.clock.now();
  const retryBefore = new Date(now.getTime() - DIGEST_RETRY_MS);
  if (!(await repo.claimDigest(deps.db, target.channel, target.id, day, now, retryBefore))) return 'skipped';
  let count: number;
  try {
    const composed = await compose();
    if (!composed) {
      await repo.releaseDigest(deps.db, target.channel, target.id, day);
      return 'skipped';
    }
    count = composed.count;
    await sender.send(target.address, composed.digest);
  } catch (error) {
    await repo.markDigestFailed(deps.db, target.channel, target.id, day);
    // Never the address: a robot's URL carries its key, an e-mail address is personal data.
    deps.log.warn(
      { channel: target.channel, targetId: target.id, day, error: (error as Error).message },
      'a notification digest was not sent; it is tried again in 30 minutes',
    );
    return 'failed';
  }
  await inTransaction(jobContext(deps), async (tx) => {
    await repo.markDigestSent(tx.tx, target.channel, target.id, day, count, deps.clock.now());
    await tx.audit({
      action: 'notification.digest_sent',
      recordType: 'notification_digest',
      recordId: target.id,
      unitId: target.unitId,
      after: { channel: target.channel, day, count },
    });
  });
  return 'sent';
}

/** The digest of one person: their unread notifications of the day, each opening in the inbox. */
async function personDigest(
  deps: DigestDeps,
  userId: string,
  locale: Locale,
  day: string,
): Promise<{ digest: Digest; count: number } | null> {
  const { from, to } = digestWindow(day, deps.hour);
  const { rows, total } = await repo.unreadInWindow(deps.db, userId, from, to, DIGEST_MAX_ITEMS);
  // Read in the meantime: nothing to send.
  if (total === 0) return null;
  const date = formatDay(day, locale);
  return {
    count: total,
    digest: {
      locale,
      title: t(locale, 'digest.mail_subject', { date, count: total }),
      intro: t(locale, 'digest.mail_intro', { date }),
      items: rows.map((row) => ({
        text: notificationText(locale, row),
        // The inbox opens the notification: it is marked read and its record shown.
        url: deps.origin ? `${deps.origin}/notifications?open=${row.id}` : null,
      })),
      more: total > rows.length ? t(locale, 'digest.more', { count: total - rows.length }) : null,
      link: deps.origin
        ? { label: t(locale, 'digest.inbox'), url: `${deps.origin}/notifications?unread=true` }
        : null,
      footer: t(locale, 'digest.footer'),
    },
  };
}

/** The digest of one unit's group: each change its people were told of that day, once, in Chinese. */
async function unitDigest(
  deps: DigestDeps,
  unit: { unitId: string; unitName: string },
  day: string,
): Promise<{ digest: Digest; count: number } | null> {
  const locale: Locale = 'zh-CN';
  const { from, to } = digestWindow(day, deps.hour);
  const { rows, total } = await repo.unitEventsInWindow(deps.db, unit.unitId, from, to, DIGEST_MAX_ITEMS);
  if (total === 0) return null;
  const date = formatDay(day, locale);
  return {
    count: total,
    digest: {
      locale,
      title: t(locale, 'digest.robot_title', { unit: unit.unitName, date }),
      intro: t(locale, 'digest.robot_intro', { date, count: total }),
      // A group reads no one's inbox: the texts, and one link to each reader's own.
      items: rows.map((row) => ({ text: notificationText(locale, row), url: null })),
      more: total > rows.length ? t(locale, 'digest.more', { count: total - rows.length }) : null,
      link: deps.origin ? { label: t(locale, 'digest.inbox'), url: `${deps.origin}/notifications` } : null,
      footer: null,
    },
  };
}

/**
 * The daily digests due at `now` (the day whose digest hour has passed last): one e-mail per
 * person with unread notifications of that day and an e-mail address, one robot message per
 * unit with a robot whose people were notified. Safe to run again: each is sent once a day.
 * Run it through `runJob` so that two instances do not race for the same claims.
 */
export async function sendDailyDigests(deps: DigestDeps): Promise<DigestOutcome> {
  const now = deps.clock.now();
  const day = dueDigestDay(now, deps.hour);
  const { from, to } = digestWindow(day, deps.hour);
  const retryBefore = new Date(now.getTime() - DIGEST_RETRY_MS);
  const outcome: DigestOutcome = { day, sent: { email: 0, webhook: 0 }, failed: 0 };
  const count = (result: 'sent' | 'skipped' | 'failed', channel: DigestChannel) => {
    if (result === 'sent') outcome.sent[channel]++;
    if (result === 'failed') outcome.failed++;
  };

  if (deps.senders.email)
    for (const recipient of await repo.emailDigestRecipients(deps.db, from, to, day, retryBefore)) {
      const address = deps.cipher.decryptNullable(recipient.emailEnc);
      if (!address) continue;
      const locale = recipient.locale === 'en-US' ? 'en-US' : 'zh-CN';
      count(
        await deliver(deps, { channel: 'email', id: recipient.userId, unitId: null, address }, day, () =>
          personDigest(deps, recipient.userId, locale, day),
        ),
        'email',
      );
    }

  if (deps.senders.webhook)
    for (const unit of await repo.webhookDigestUnits(deps.db, from, to, day, retryBefore)) {
      const address = deps.cipher.decrypt(unit.urlEnc);
      count(
        await deliver(deps, { channel: 'webhook', id: unit.unitId, unitId: unit.unitId, address }, day, () =>
          unitDigest(deps, unit, day),
        ),
        'webhook',
      );
    }
  return outcome;
}

/**
 * The scheduled job of the daily digests (platform/jobs.ts): e-mail when SMTP is configured,
 * group robots always (units without one get none). `close` ends the SMTP connection pool.
 */
export function dailyDigestJob(
  config: Config,
  database: Database,
  log: DigestDeps['log'],
  clock: Clock = systemClock,
): ScheduledJob {
  const senders: DigestDeps['senders'] = { webhook: webhookSender() };
  if (config.smtpUrl && config.mailFrom) senders.email = smtpSender(config.smtpUrl, config.mailFrom);
  const deps: DigestDeps = {
    db: database.db,
    clock,
    cipher: new FieldCipher(config.fieldKey),
    auditKeys: auditKeysOf(config),
    hour: config.digestHour,
    origin: config.publicOrigins[0] ?? null,
    senders,
    log,
  };
  return {
    name: 'notification.digests',
    // Every minute: it decides itself whether the hour has come and what today's digests still owe.
    everyMs: 60_000,
    lockKey: 7311,
    run: async () => {
      await sendDailyDigests(deps);
      return undefined;
    },
    close: async () => {
      await senders.email?.close?.();
    },
  };
}
