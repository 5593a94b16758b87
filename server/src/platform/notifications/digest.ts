import type { DigestChannel, Locale } from '@zeren/contracts';

/**
 * The daily digest (每日汇总): one message a day per person (e-mail) and per unit (its group
 * robot), never one per event. The digest of day D covers the 24 hours before D's digest hour,
 * Beijing time (China keeps UTC+8 all year).
 */
const BEIJING_OFFSET_MS = 8 * 3_600_000;
const DAY_MS = 24 * 3_600_000;

/** The Beijing date (YYYY-MM-DD) of an instant. */
export function beijingDate(at: Date): string {
  return new Date(at.getTime() + BEIJING_OFFSET_MS).toISOString().slice(0, 10);
}

/**
 * The latest day whose digest is due at `now`: today once the digest hour has come, else
 * yesterday (a server that was down at the hour catches up on its next run).
 */
export function dueDigestDay(now: Date, hour: number): string {
  const local = new Date(now.getTime() + BEIJING_OFFSET_MS);
  const today = local.toISOString().slice(0, 10);
  return local.getUTCHours() >= hour ? today : beijingDate(new Date(now.getTime() - DAY_MS));
}

/** The instants the digest of `day` covers: [the hour the day before, the hour of the day). */
export function digestWindow(day: string, hour: number): { from: Date; to: Date } {
  const to = new Date(Date.parse(`${day}T00:00:00Z`) + hour * 3_600_000 - BEIJING_OFFSET_MS);
  return { from: new Date(to.getTime() - DAY_MS), to };
}

/** What a digest says, before a channel renders it (mail text and HTML, robot markdown). */
export interface Digest {
  locale: Locale;
  /** The mail's subject, the robot message's title. */
  title: string;
  intro: string;
  /** Each notification's text in the reader's language, and where it opens (null: nowhere of its own). */
  items: { text: string; url: string | null }[];
  /** "N more in Zeren", when the digest lists fewer than there are. */
  more: string | null;
  /** The inbox. */
  link: { label: string; url: string } | null;
  footer: string | null;
}

/**
 * One way to deliver digests: e-mail through SMTP, a group robot's webhook. Each renders the
 * digest in its own format; a send that was not accepted throws (the job retries it next run).
 */
export interface DigestSender {
  readonly channel: DigestChannel;
  /** `address`: an e-mail address, or a robot's URL. */
  send(address: string, digest: Digest): Promise<void>;
  close?(): Promise<void> | void;
}

// ---------------------------------------------------------------- renderings

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
export const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);

/**
 * Characters markdown reads as markup, in their full-width forms: a title "[急](x)" stays text on
 * both robots (企业微信 shows backslash escapes as they are, so escaping is no way out).
 */
const MARKUP: Record<string, string> = {
  '[': '［',
  ']': '］',
  '(': '（',
  ')': '）',
  '*': '＊',
  _: '＿',
  '`': '｀',
  '<': '＜',
  '>': '＞',
  '#': '＃',
  '\\': '＼',
};
export const escapeMarkdown = (value: string) =>
  value.replace(/[[\]()*_`<>#\\]/g, (c) => MARKUP[c]!).replace(/[\r\n]+/g, ' ');

/** The mail's plain-text body. */
export function mailText(digest: Digest): string {
  const lines = [digest.intro, ''];
  digest.items.forEach((item, i) => {
    lines.push(`${i + 1}. ${item.text}`);
    if (item.url) lines.push(`   ${item.url}`);
  });
  if (digest.more) lines.push('', digest.more);
  if (digest.link) lines.push('', `${digest.link.label}: ${digest.link.url}`);
  if (digest.footer) lines.push('', '--', digest.footer);
  return `${lines.join('\n')}\n`;
}

/** The mail's HTML body: every text escaped, links as they are (they are Zeren's own). */
export function mailHtml(digest: Digest): string {
  const item = (i: { text: string; url: string | null }) =>
    i.url
      ? `<li><a href="${escapeHtml(i.url)}">${escapeHtml(i.text)}</a></li>`
      : `<li>${escapeHtml(i.text)}</li>`;
  return [
    `<!doctype html><html lang="${digest.locale}"><body>`,
    `<p>${escapeHtml(digest.intro)}</p>`,
    `<ol>${digest.items.map(item).join('')}</ol>`,
    digest.more ? `<p>${escapeHtml(digest.more)}</p>` : '',
    digest.link ? `<p><a href="${escapeHtml(digest.link.url)}">${escapeHtml(digest.link.label)}</a></p>` : '',
    digest.footer ? `<p style="color:#595959">${escapeHtml(digest.footer)}</p>` : '',
    '</body></html>',
  ].join('');
}

/** The robot message's markdown (the subset 企业微信 and 钉钉 both render). */
export function robotMarkdown(digest: Digest): string {
  const lines = [`### ${escapeMarkdown(digest.title)}`, escapeMarkdown(digest.intro)];
  for (const item of digest.items)
    lines.push(item.url ? `- [${escapeMarkdown(item.text)}](${item.url})` : `- ${escapeMarkdown(item.text)}`);
  if (digest.more) lines.push(escapeMarkdown(digest.more));
  if (digest.link) lines.push(`[${escapeMarkdown(digest.link.label)}](${digest.link.url})`);
  return lines.join('\n');
}

/**
 * The body a group robot's webhook takes: `msgtype: markdown` with the markdown as `content`
 * (企业微信) and as `text` with a `title` (钉钉); each reads its own members.
 */
export function robotBody(digest: Digest): { msgtype: 'markdown'; markdown: Record<string, string> } {
  const markdown = robotMarkdown(digest);
  return { msgtype: 'markdown', markdown: { content: markdown, title: digest.title, text: markdown } };
}
