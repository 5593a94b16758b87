/**
 * The daily digests of notifications against a real SMTP server (smtp-server, with credentials)
 * and a local HTTP receiver standing in for a group robot: what each received, what was stored
 * and logged, and that nothing of a suggestion's reporter ever goes out.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { and, eq } from 'drizzle-orm';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../src/config';
import { newId } from '../src/db/columns';
import { suggestion } from '../src/modules/suggestions/suggestions.table';
import { auditKeysOf } from '../src/platform/audit/audit-keys';
import { inTransaction } from '../src/platform/context';
import { FieldCipher } from '../src/platform/crypto';
import { registerMessages } from '../src/platform/i18n';
import { runJob } from '../src/platform/jobs';
import type { DigestSender } from '../src/platform/notifications/digest';
import {
  type DigestDeps,
  dailyDigestJob,
  sendDailyDigests,
} from '../src/platform/notifications/digest.service';
import { notify } from '../src/platform/notifications/notifications.service';
import {
  notification,
  notificationDigest,
  notificationWebhook,
} from '../src/platform/notifications/notifications.table';
import { smtpSender, webhookSender } from '../src/platform/notifications/senders';
import { person, userAccount } from '../src/platform/org/org.table';
import { Factories } from './factories';
import { auditCount, auditRows, createTestApp, type TestApp, testConfig } from './harness';

const ORIGIN = 'https://zeren.example.cn';
const FROM = '责任平台 <zeren@example.cn>';
const KIND = 'digestTest.assigned';
registerMessages({
  'zh-CN': { [`notification.${KIND}`]: '“{title}”已交办给您' },
  'en-US': { [`notification.${KIND}`]: '"{title}" was assigned to you' },
});
/** What a reporter gave with the suggestion the notifications are about: never in a digest. */
const REPORTER = { name: '举报人王五', phone: '13912345678' };

// ---------------------------------------------------------------- a real SMTP server and robot

interface ReceivedMail {
  from: string;
  to: string[];
  subject: string;
  text: string;
  html: string;
  raw: string;
}
const mails: ReceivedMail[] = [];
let smtp: SMTPServer;
let smtpPort: number;

interface RobotPost {
  path: string;
  contentType: string | undefined;
  body: { msgtype: string; markdown: { content: string; title: string; text: string } };
}
const posts: RobotPost[] = [];
let robot: Server;
let robotBase: string;
/** What the robot answers: 企业微信 and 钉钉 say errcode 0 when they took the message. */
let robotAnswer = { errcode: 0, errmsg: 'ok' };

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

let t: TestApp;
let f: Factories;
let cipher: FieldCipher;
let email: DigestSender;

/** What the scheduled jobs work with. */
const jobContext = () => t.systemContext();

function deps(senders: DigestDeps['senders'] = { email, webhook: webhookSender() }): DigestDeps {
  return {
    db: t.database.db,
    clock: t.clock,
    cipher,
    auditKeys: auditKeysOf(t.config),
    hour: 17,
    origin: ORIGIN,
    senders,
    log: { warn: () => {} },
  };
}

/** A new account in a unit, with an e-mail address (encrypted, as persons' are) and a language. */
async function staff(unitCode: string, address: string | null, locale: 'zh-CN' | 'en-US' = 'zh-CN') {
  const account = await f.account(unitCode, []);
  await t.database.db
    .update(person)
    .set({ emailEnc: cipher.encryptNullable(address) })
    .where(eq(person.id, account.personId));
  await t.database.db.update(userAccount).set({ locale }).where(eq(userAccount.id, account.id));
  return account.id;
}

const send = (userIds: string[], recordId: string, title: string) =>
  inTransaction(jobContext(), (tx) =>
    notify(tx, { userIds, kind: KIND, recordType: 'suggestion', recordId, params: { title } }),
  );

const idsOf = async (recipientId: string) =>
  (await t.database.db.select().from(notification).where(eq(notification.recipientId, recipientId)))
    .map((r) => r.id)
    .sort();

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: false,
    allowInsecureAuth: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === 'zeren' && auth.password === 'mail-secret') callback(null, { user: 'zeren' });
      else callback(new Error('bad credentials'));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', async () => {
        const raw = Buffer.concat(chunks);
        const parsed = await simpleParser(raw);
        mails.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          subject: parsed.subject ?? '',
          text: parsed.text ?? '',
          html: typeof parsed.html === 'string' ? parsed.html : '',
          raw: raw.toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  smtpPort = (smtp.server.address() as AddressInfo).port;

  robot = createServer(async (request, response) => {
    const body = await readBody(request);
    posts.push({
      path: request.url ?? '',
      contentType: request.headers['content-type'],
      body: JSON.parse(body),
    });
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify(robotAnswer));
  });
  await new Promise<void>((resolve) => robot.listen(0, '127.0.0.1', resolve));
  robotBase = `http://127.0.0.1:${(robot.address() as AddressInfo).port}`;

  t = await createTestApp();
  f = new Factories(t);
  cipher = new FieldCipher(t.config.fieldKey);
  email = smtpSender(`smtp://zeren:mail-secret@127.0.0.1:${smtpPort}`, FROM);
});

afterAll(async () => {
  await email.close?.();
  await new Promise<void>((resolve) => smtp.close(resolve));
  await new Promise<void>((resolve) => robot.close(() => resolve()));
  await t.close();
});

describe('the daily digest by e-mail', () => {
  let zhUser: string;
  let enUser: string;
  let noEmail: string;
  let suggestionId: string;
  let readId: string;

  beforeAll(async () => {
    // 2026-06-01 10:00 Beijing: the day's notifications.
    t.clock.set(new Date('2026-06-01T02:00:00Z'));
    zhUser = await staff('K101', 'zhang@example.cn');
    enUser = await staff('K101', 'li@example.cn', 'en-US');
    noEmail = await staff('K101', null);
    // A suggestion whose reporter left a name and a phone number.
    suggestionId = await f.suggestion('K101', 'received');
    await t.database.db
      .update(suggestion)
      .set({
        submitterNameEnc: cipher.encrypt(REPORTER.name),
        submitterContactEnc: cipher.encrypt(REPORTER.phone),
      })
      .where(eq(suggestion.id, suggestionId));
    await send([zhUser, enUser, noEmail], suggestionId, '整治办事拖沓');
    await send([zhUser], newId(), '[急] 限期整改 <b>');
    await send([zhUser], newId(), '已读的一项');
    readId = (await idsOf(zhUser)).at(-1)!;
    await t.database.db
      .update(notification)
      .set({ readAt: t.clock.now() })
      .where(eq(notification.id, readId));
  });

  it('sends nothing before the digest hour', async () => {
    t.clock.set(new Date('2026-06-01T08:59:00Z')); // 16:59 Beijing
    const outcome = await sendDailyDigests(deps());
    expect(outcome).toEqual({ day: '2026-05-31', sent: { email: 0, webhook: 0 }, failed: 0 });
    expect(mails).toEqual([]);
  });

  it("at the hour, one mail per person listing the day's unread notifications with links, in their language", async () => {
    t.clock.set(new Date('2026-06-01T09:05:00Z')); // 17:05 Beijing
    const before = await auditCount(t.database);
    const outcome = await sendDailyDigests(deps());
    expect(outcome).toEqual({ day: '2026-06-01', sent: { email: 2, webhook: 0 }, failed: 0 });
    expect(mails.length).toBe(2);

    const zh = mails.find((m) => m.to.includes('zhang@example.cn'))!;
    expect(zh.to).toEqual(['zhang@example.cn']);
    expect(zh.from).toBe('zeren@example.cn');
    expect(zh.subject).toBe('责任平台：2026年6月1日的未读通知（2 条）');
    const unreadIds = (await idsOf(zhUser)).filter((id) => id !== readId);
    for (const id of unreadIds) {
      expect(zh.text).toContain(`${ORIGIN}/notifications?open=${id}`);
      expect(zh.html).toContain(`href="${ORIGIN}/notifications?open=${id}"`);
    }
    expect(zh.text).not.toContain(readId);
    expect(zh.text).not.toContain('已读的一项');
    expect(zh.text).toContain('“整治办事拖沓”已交办给您');
    expect(zh.text).toContain(`${ORIGIN}/notifications?unread=true`);
    // A title's markup is text in the HTML part.
    expect(zh.html).toContain('“[急] 限期整改 &lt;b&gt;”已交办给您');

    const en = mails.find((m) => m.to.includes('li@example.cn'))!;
    expect(en.subject).toBe('Zeren: unread notifications of Jun 1, 2026 (1)');
    expect(en.text).toContain('"整治办事拖沓" was assigned to you');
    expect(en.text).toContain(`${ORIGIN}/notifications?open=${(await idsOf(enUser))[0]}`);

    // Nothing of the reporter, in any part of any mail.
    for (const mail of mails) {
      expect(mail.raw).not.toContain(REPORTER.phone);
      expect(`${mail.subject}${mail.text}${mail.html}`).not.toContain(REPORTER.name);
    }

    // Recorded as sent, each with its audit event (no actor: the job's).
    const rows = await t.database.db
      .select()
      .from(notificationDigest)
      .where(eq(notificationDigest.day, '2026-06-01'));
    expect(rows.map((r) => [r.channel, r.targetId, r.status, r.count]).sort()).toEqual(
      [
        ['email', zhUser, 'sent', 2],
        ['email', enUser, 'sent', 1],
      ].sort(),
    );
    const events = (await auditRows(t.database, 'notification.digest_sent')).filter((e) =>
      [zhUser, enUser].includes(e.recordId!),
    );
    expect(events.length).toBe(2);
    expect(events.find((e) => e.recordId === zhUser)).toMatchObject({
      actorId: null,
      recordType: 'notification_digest',
      after: { channel: 'email', day: '2026-06-01', count: 2 },
    });
    expect(await auditCount(t.database)).toBe(before + 2);
  });

  it('running again the same day sends nothing more, nor does a second instance at the same time', async () => {
    const before = await auditCount(t.database);
    t.clock.set(new Date('2026-06-01T12:00:00Z'));
    expect((await sendDailyDigests(deps())).sent).toEqual({ email: 0, webhook: 0 });
    const job = {
      name: 'notification.digests',
      everyMs: 60_000,
      lockKey: 7311,
      run: async () => {
        await sendDailyDigests(deps());
        return undefined;
      },
    };
    const ran = await Promise.all([
      runJob(t.database, jobContext(), job),
      runJob(t.database, jobContext(), job),
    ]);
    // One ran (its figures), the other found the lock held (null).
    expect(ran.map((r) => r !== null).sort()).toEqual([false, true]);
    expect(mails.length).toBe(2);
    expect(await auditCount(t.database)).toBe(before);
  });

  it('two runs racing without the lock still send each digest once: the first claims it', async () => {
    t.clock.set(new Date('2026-06-10T02:00:00Z'));
    const raced = await staff('K101', 'zhao@example.cn');
    await send([raced], newId(), '竞争的一项');
    t.clock.set(new Date('2026-06-10T09:30:00Z'));
    const count = mails.length;
    const outcomes = await Promise.all([
      sendDailyDigests(deps({ email })),
      sendDailyDigests(deps({ email })),
    ]);
    expect(outcomes.map((o) => o.sent.email).sort()).toEqual([0, 1]);
    expect(mails.length).toBe(count + 1);
    expect(mails.at(-1)!.to).toEqual(['zhao@example.cn']);
    expect((await auditRows(t.database, 'notification.digest_sent', raced)).length).toBe(1);
  });

  it('a mail the server refuses is recorded as failed, not sent, and tried again half an hour later', async () => {
    t.clock.set(new Date('2026-06-02T02:00:00Z'));
    const late = await staff('K102', 'wang@example.cn');
    await send([late], newId(), '次日事项');
    t.clock.set(new Date('2026-06-02T09:30:00Z'));
    const refused = smtpSender(`smtp://zeren:wrong-secret@127.0.0.1:${smtpPort}`, FROM);
    const warnings: object[] = [];
    const failing = { ...deps({ email: refused }), log: { warn: (o: object) => warnings.push(o) } };
    expect(await sendDailyDigests(failing)).toMatchObject({ day: '2026-06-02', failed: 1 });
    await refused.close?.();
    // Neither the address nor the credentials in the log.
    expect(JSON.stringify(warnings)).not.toContain('wang@example.cn');
    const digestOf = () =>
      t.database.db.select().from(notificationDigest).where(eq(notificationDigest.targetId, late));
    expect((await digestOf()).map((r) => r.status)).toEqual(['failed']);
    expect(await auditRows(t.database, 'notification.digest_sent', late)).toEqual([]);
    // Not every minute: the server is left alone for half an hour.
    const count = mails.length;
    t.clock.advance(29 * 60_000);
    expect((await sendDailyDigests(deps({ email }))).sent.email).toBe(0);
    t.clock.advance(2 * 60_000);
    expect((await sendDailyDigests(deps({ email }))).sent.email).toBe(1);
    expect(mails.length).toBe(count + 1);
    expect(mails.at(-1)!.to).toEqual(['wang@example.cn']);
    expect((await digestOf()).map((r) => [r.status, r.count])).toEqual([['sent', 1]]);
  });
});

describe('the daily digest to a unit’s group robot', () => {
  let sysadmin: string;
  let unitId: string;
  let robotUrl: string;

  beforeAll(async () => {
    sysadmin = await t.login('sysadmin');
    unitId = await f.unitId('K201');
    robotUrl = `${robotBase}/cgi-bin/webhook/send?key=robot-key-9f3a`;
  });

  it('the system administrator sets the robot: stored encrypted, shown and logged masked', async () => {
    const res = await t.as(sysadmin, {
      method: 'PUT',
      url: `/api/units/${unitId}/notification-webhook`,
      payload: { url: robotUrl },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ unitId, url: `${robotBase}/…9f3a` });
    const [stored] = await t.database.db
      .select()
      .from(notificationWebhook)
      .where(eq(notificationWebhook.unitId, unitId));
    expect(stored!.urlEnc).not.toContain('robot-key');
    expect(cipher.decrypt(stored!.urlEnc)).toBe(robotUrl);
    const [event] = await auditRows(t.database, 'notification.webhook_set', unitId);
    expect(event).toMatchObject({ unitId, before: { url: null }, after: { url: `${robotBase}/…9f3a` } });
    expect(JSON.stringify(event)).not.toContain('robot-key');
    const list = await t.as(sysadmin, { method: 'GET', url: '/api/notification-webhooks' });
    expect(list.json().items).toContainEqual(expect.objectContaining({ unitId, url: `${robotBase}/…9f3a` }));

    // Bad input names the field; other roles may not.
    const bad = await t.as(sysadmin, {
      method: 'PUT',
      url: `/api/units/${unitId}/notification-webhook`,
      payload: { url: 'ftp://robot.example.cn/x' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toEqual([
      { path: 'url', message: '须为 http:// 或 https:// 开头的群机器人地址' },
    ]);
    const office = await t.login('office');
    expect(
      (
        await t.as(office, {
          method: 'PUT',
          url: `/api/units/${unitId}/notification-webhook`,
          payload: { url: robotUrl },
        })
      ).statusCode,
    ).toBe(403);
  });

  it("posts each change the unit's people were told of once, as markdown, without reporters' data", async () => {
    t.clock.set(new Date('2026-06-03T02:00:00Z'));
    const a = await staff('K201', null);
    const b = await staff('K201', null);
    const elsewhere = await staff('K101', null);
    const suggestionId = await f.suggestion('K201', 'received');
    await t.database.db
      .update(suggestion)
      .set({
        submitterNameEnc: cipher.encrypt(REPORTER.name),
        submitterContactEnc: cipher.encrypt(REPORTER.phone),
      })
      .where(eq(suggestion.id, suggestionId));
    await send([a, b], suggestionId, '群众反映的问题');
    await send([a], newId(), '第二件事 *加急*');
    await send([elsewhere], newId(), '别的单位的事');
    t.clock.set(new Date('2026-06-03T09:01:00Z'));
    posts.length = 0;
    const outcome = await sendDailyDigests(deps({ webhook: webhookSender() }));
    expect(outcome.sent.webhook).toBe(1);
    expect(posts.length).toBe(1);
    const post = posts[0]!;
    expect(post.path).toBe('/cgi-bin/webhook/send?key=robot-key-9f3a');
    expect(post.contentType).toContain('application/json');
    expect(post.body.msgtype).toBe('markdown');
    const content = post.body.markdown.content;
    expect(post.body.markdown.text).toBe(content);
    expect(post.body.markdown.title).toBe('责任平台：临河县自然资源局2026年6月3日的动态');
    expect(content.match(/群众反映的问题/g)?.length).toBe(1);
    expect(content).toContain('- “第二件事 ＊加急＊”已交办给您');
    expect(content).not.toContain('别的单位的事');
    expect(content).toContain(`[在责任平台中查看全部通知](${ORIGIN}/notifications)`);
    expect(content).not.toContain(REPORTER.name);
    expect(content).not.toContain(REPORTER.phone);
    const [row] = await t.database.db
      .select()
      .from(notificationDigest)
      .where(and(eq(notificationDigest.channel, 'webhook'), eq(notificationDigest.targetId, unitId)));
    expect(row).toMatchObject({ day: '2026-06-03', status: 'sent', count: 2 });
    const events = (await auditRows(t.database, 'notification.digest_sent', unitId)).map((e) => e.after);
    expect(events).toEqual([{ channel: 'webhook', day: '2026-06-03', count: 2 }]);
    // Once a day.
    expect((await sendDailyDigests(deps({ webhook: webhookSender() }))).sent.webhook).toBe(0);
    expect(posts.length).toBe(1);
  });

  it('a robot that refuses the message gets it again half an hour later', async () => {
    t.clock.set(new Date('2026-06-04T02:00:00Z'));
    await send([await staff('K201', null)], newId(), '第四天的事');
    t.clock.set(new Date('2026-06-04T09:01:00Z'));
    posts.length = 0;
    robotAnswer = { errcode: 93000, errmsg: 'invalid webhook url' };
    expect(await sendDailyDigests(deps({ webhook: webhookSender() }))).toMatchObject({ failed: 1 });
    const digestOf = () =>
      t.database.db
        .select()
        .from(notificationDigest)
        .where(and(eq(notificationDigest.targetId, unitId), eq(notificationDigest.day, '2026-06-04')));
    expect((await digestOf()).map((r) => r.status)).toEqual(['failed']);
    robotAnswer = { errcode: 0, errmsg: 'ok' };
    expect((await sendDailyDigests(deps({ webhook: webhookSender() }))).sent.webhook).toBe(0);
    expect(posts.length).toBe(1);
    t.clock.advance(31 * 60_000);
    expect((await sendDailyDigests(deps({ webhook: webhookSender() }))).sent.webhook).toBe(1);
    expect(posts.length).toBe(2);
    expect((await digestOf()).map((r) => r.status)).toEqual(['sent']);
  });

  it('removing the robot stops its digests', async () => {
    // The clock moved on days: a fresh session.
    sysadmin = await t.login('sysadmin');
    const res = await t.as(sysadmin, {
      method: 'PUT',
      url: `/api/units/${unitId}/notification-webhook`,
      payload: { url: null },
    });
    expect(res.json()).toMatchObject({ unitId, url: null });
    expect(
      await t.database.db.select().from(notificationWebhook).where(eq(notificationWebhook.unitId, unitId)),
    ).toEqual([]);
    const events = await auditRows(t.database, 'notification.webhook_set', unitId);
    expect(events.at(-1)).toMatchObject({ before: { url: `${robotBase}/…9f3a` }, after: { url: null } });
    t.clock.set(new Date('2026-06-05T02:00:00Z'));
    await send([await staff('K201', null)], newId(), '第五天的事');
    t.clock.set(new Date('2026-06-05T09:01:00Z'));
    posts.length = 0;
    expect((await sendDailyDigests(deps({ webhook: webhookSender() }))).sent.webhook).toBe(0);
    expect(posts).toEqual([]);
  });
});

describe('the configuration of the digests', () => {
  it('needs a sender and the public origin with an SMTP server, and an hour of the day', () => {
    const problems = (env: Record<string, string>) => {
      try {
        testConfig(env);
        return [];
      } catch (error) {
        expect(error).toBeInstanceOf(ConfigError);
        return (error as ConfigError).problems;
      }
    };
    expect(problems({ ZEREN_SMTP_URL: 'smtp://mail.example.cn' })).toEqual([
      'ZEREN_MAIL_FROM: is required with ZEREN_SMTP_URL',
      'ZEREN_PUBLIC_ORIGIN: is required with ZEREN_SMTP_URL (the links in the mails)',
    ]);
    expect(problems({ ZEREN_SMTP_URL: 'http://mail.example.cn' })).toContain(
      'ZEREN_SMTP_URL: must be an smtp:// or smtps:// URL',
    );
    expect(problems({ ZEREN_DIGEST_HOUR: '24' })[0]).toMatch(/^ZEREN_DIGEST_HOUR:/);
    const config = testConfig({});
    expect({ smtpUrl: config.smtpUrl, mailFrom: config.mailFrom, digestHour: config.digestHour }).toEqual({
      smtpUrl: null,
      mailFrom: null,
      digestHour: 17,
    });
  });

  it('the scheduled job sends through the configured server, at the configured hour, with the public origin', async () => {
    const config = testConfig({
      ZEREN_SMTP_URL: `smtp://zeren:mail-secret@127.0.0.1:${smtpPort}`,
      ZEREN_MAIL_FROM: FROM,
      ZEREN_PUBLIC_ORIGIN: 'https://zeren.gov.example.cn',
      ZEREN_DIGEST_HOUR: '9',
    });
    t.clock.set(new Date('2026-06-11T00:30:00Z')); // 08:30 Beijing
    const user = await staff('K103', 'qian@example.cn');
    await send([user], newId(), '配置的一项');
    const job = dailyDigestJob(config, t.database, { warn: () => {} }, t.clock);
    try {
      const count = mails.length;
      await runJob(t.database, jobContext(), job);
      expect(mails.slice(count).map((m) => [m.to, m.subject])).toEqual([]); // before 09:00
      t.clock.set(new Date('2026-06-11T01:00:00Z')); // 09:00 Beijing
      expect(await runJob(t.database, jobContext(), job)).not.toBeNull();
      // (Another hour makes other days: earlier tests' recipients may get one too.)
      const mail = mails.slice(count).find((m) => m.to.includes('qian@example.cn'))!;
      expect(mail.to).toEqual(['qian@example.cn']);
      expect(mail.text).toContain(
        `https://zeren.gov.example.cn/notifications?open=${(await idsOf(user))[0]}`,
      );
    } finally {
      await job.close?.();
    }
  });
});
