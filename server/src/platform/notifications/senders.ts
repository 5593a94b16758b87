import nodemailer from 'nodemailer';
import { type Digest, type DigestSender, mailHtml, mailText, robotBody } from './digest';

/** How long a robot's webhook may take to answer. */
const WEBHOOK_TIMEOUT_MS = 10_000;

/** E-mail through the configured SMTP server (ZEREN_SMTP_URL), from ZEREN_MAIL_FROM. */
export function smtpSender(smtpUrl: string, from: string): DigestSender {
  const transport = nodemailer.createTransport({
    url: smtpUrl,
    // A stuck server must not hold the job for ever.
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  return {
    channel: 'email',
    async send(address: string, digest: Digest) {
      await transport.sendMail({
        from,
        to: address,
        subject: digest.title,
        text: mailText(digest),
        html: mailHtml(digest),
      });
    },
    close: () => transport.close(),
  };
}

/**
 * A group robot (企业微信 / 钉钉 群机器人): one markdown message POSTed to its webhook. Both answer
 * `{"errcode":0}` when they took it; anything else (an HTTP error, a redirect, another errcode,
 * no answer within 10 s) is a failure.
 */
export function webhookSender(): DigestSender {
  return {
    channel: 'webhook',
    async send(address: string, digest: Digest) {
      const res = await fetch(address, {
        method: 'POST',
        headers: { 'content-type': 'application/json; charset=utf-8' },
        body: JSON.stringify(robotBody(digest)),
        redirect: 'error',
        signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS),
      });
      const answer = (await res.text()).slice(0, 2000);
      if (!res.ok) throw new Error(`the robot answered HTTP ${res.status}`);
      let errcode: unknown = 0;
      try {
        errcode = (JSON.parse(answer) as { errcode?: unknown }).errcode ?? 0;
      } catch {
        // Not JSON: an HTTP 2xx is taken as accepted.
      }
      if (errcode !== 0) throw new Error(`the robot refused the message (errcode ${String(errcode)})`);
    },
  };
}
