import type { FastifyBaseLogger } from 'fastify';

/** How long an SMS gateway may take to answer. */
const GATEWAY_TIMEOUT_MS = 10_000;

/**
 * Sends a text message to a mobile number: the portal's verification codes. Pluggable — the
 * operator's gateway (ZEREN_SMS_URL), a development sender that writes to the server log, or a
 * test's sender that keeps what it was given.
 */
export interface SmsSender {
  send(phone: string, text: string): Promise<void>;
}

/**
 * Development: the message goes to the server log (warn level, so a developer sees it). Never
 * used when ZEREN_SMS_URL is set.
 */
export function logSmsSender(log: FastifyBaseLogger): SmsSender {
  return {
    async send(phone, text) {
      log.warn({ sms: { to: phone, text } }, 'SMS (development sender: no ZEREN_SMS_URL configured)');
    },
  };
}

/**
 * The operator's SMS gateway: `{"phone","text"}` POSTed as JSON; any 2xx is taken as accepted.
 * A gateway of another shape sits behind a small adapter service at that address.
 */
export function gatewaySmsSender(url: string): SmsSender {
  return {
    async send(phone, text) {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json; charset=utf-8' },
        body: JSON.stringify({ phone, text }),
        redirect: 'error',
        signal: AbortSignal.timeout(GATEWAY_TIMEOUT_MS),
      });
      if (!res.ok) throw new Error(`the SMS gateway answered HTTP ${res.status}`);
    },
  };
}

/** Keeps the messages (tests read the code from it). */
export class MemorySmsSender implements SmsSender {
  readonly sent: { phone: string; text: string }[] = [];
  async send(phone: string, text: string) {
    this.sent.push({ phone, text });
  }
  /** The last verification code (…验证码为123456…) sent to a number. */
  lastCode(phone: string): string | undefined {
    const last = this.sent.filter((m) => m.phone === phone).at(-1);
    return last?.text.match(/验证码为(\d{6})/)?.[1];
  }
}
