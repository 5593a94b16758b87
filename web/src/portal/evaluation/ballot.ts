import type { BallotAnswers, BallotLevel, EvaluationScale, PublicEvaluationRound } from '@zeren/contracts';
import type { PortalApiError } from '../api';
import type { PortalLocale, Translate } from '../i18n';

/**
 * The pure rules of the portal's evaluation pages (评责): what a phone number, an SMS code and a
 * printed token look like, how a ballot's answers are built, how targets and results are ordered.
 * The portal's bundle takes no zod: the contract's constants are spelled here and
 * ballot.test.ts keeps them equal to contracts/src/evaluation.ts.
 */

/** The answers on the satisfaction scale, 不了解 last (an answer, but not a score). */
export const BALLOT_LEVELS = [
  'satisfied',
  'basically_satisfied',
  'dissatisfied',
  'unknown',
] as const satisfies readonly BallotLevel[];

/** The SMS code's digits (BALLOT_CODE.digits). */
export const BALLOT_CODE_DIGITS = 6;

/** How long the citizen waits before asking for another code. */
export const RESEND_SECONDS = 60;

/** Full-width digits as digits. */
const halfWidth = (value: string) =>
  value.replace(/[\uFF10-\uFF19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));

/** Full-width digits as digits; spaces, dashes, brackets and ideographic spaces dropped. */
export function normaliseDigits(value: string): string {
  return halfWidth(value).replace(/[\s\-\u3000()（）]/g, '');
}

/** A typed mobile number as the server wants it: 11 digits, a leading +86 / 86 dropped. */
export function normalisePhone(value: string): string {
  const digits = normaliseDigits(value).replace(/^＋/, '+');
  return digits.replace(/^\+?86(?=1\d{10}$)/, '');
}

/** A mainland mobile number (phoneNumberSchema). */
export function isPhoneNumber(phone: string): boolean {
  return /^1[3-9]\d{9}$/.test(phone);
}

/** 13800138000 → 138****8000: how the page names the number the code went to. */
export function maskPhone(phone: string): string {
  return phone.length === 11 ? `${phone.slice(0, 3)}****${phone.slice(7)}` : phone;
}

/** A typed SMS code: its digits only, at most six. */
export function normaliseCode(value: string): string {
  return normaliseDigits(value).replace(/\D/g, '').slice(0, BALLOT_CODE_DIGITS);
}

export function isBallotCode(code: string): boolean {
  return new RegExp(`^\\d{${BALLOT_CODE_DIGITS}}$`).test(code);
}

const TOKEN = /^[A-Za-z0-9_-]{16,64}$/;

/** The token printed on an invited evaluator's list (tokenLookupSchema). */
export function isBallotToken(token: string): boolean {
  return TOKEN.test(token);
}

/**
 * What was typed or pasted into the token field: the token itself (spaces and line breaks of a
 * copied list dropped), or the whole address of the QR code (`…/evaluate#token=…`), its token taken.
 */
export function normaliseToken(value: string): string {
  const trimmed = value.trim();
  const hash = trimmed.indexOf('#');
  if (hash >= 0) {
    const found = readTokenFragment(trimmed.slice(hash));
    if (found.kind === 'token') return found.token;
  }
  return trimmed.replace(/[\s\u3000]/g, '');
}

export type TokenFragment = { kind: 'none' } | { kind: 'token'; token: string } | { kind: 'invalid' };

/**
 * The token of a printed QR code, which opens `<portal>/evaluate#token=<token>`: in the address's
 * fragment, so it never reaches a server log or a Referer. `none` without one; `invalid` for a
 * damaged one (the visitor types it instead).
 */
export function readTokenFragment(hash: string): TokenFragment {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  if (!fragment) return { kind: 'none' };
  const params = new URLSearchParams(fragment);
  if (!params.has('token')) return { kind: 'none' };
  const token = (params.get('token') ?? '').trim();
  return isBallotToken(token) ? { kind: 'token', token } : { kind: 'invalid' };
}

/** A target's answers as the visitor sets them: a level, or (scale `score`) the typed score or 'unknown'. */
export type AnswerDraft = Record<string, string>;

/** A typed score 0–100 (full-width digits read as digits); null for anything else. */
export function parseScore(value: string): number | null {
  const digits = halfWidth(value).trim();
  if (!/^\d{1,3}$/.test(digits)) return null;
  const score = Number(digits);
  return score <= 100 ? score : null;
}

/**
 * The ballot's answers, one per indicator, or the indicators still unanswered (or, on the score
 * scale, answered with something that is not 0–100).
 */
export function buildAnswers(
  indicators: readonly { key: string }[],
  scale: EvaluationScale,
  draft: AnswerDraft,
): { ok: true; answers: BallotAnswers } | { ok: false; missing: string[] } {
  const answers: BallotAnswers = {};
  const missing: string[] = [];
  for (const { key } of indicators) {
    const value = draft[key] ?? '';
    if (value === 'unknown') answers[key] = 'unknown';
    else if (scale === 'satisfaction' && (BALLOT_LEVELS as readonly string[]).includes(value))
      answers[key] = value as BallotLevel;
    else if (scale === 'score' && parseScore(value) !== null) answers[key] = parseScore(value)!;
    else missing.push(key);
  }
  return missing.length === 0 ? { ok: true, answers } : { ok: false, missing };
}

/** Every indicator answered 不了解: the ballot is received but scores nothing. */
export function allUnknown(answers: BallotAnswers): boolean {
  const values = Object.values(answers);
  return values.length > 0 && values.every((v) => v === 'unknown');
}

type Target = PublicEvaluationRound['targets'][number];

/**
 * The targets under their categories, in the round's order of categories (a target of a
 * category the round does not name comes last, under the category's key).
 */
export function groupTargets(
  categories: readonly { key: string; name: string }[],
  targets: readonly Target[],
): { key: string; name: string; targets: Target[] }[] {
  const groups = categories.map((c) => ({ key: c.key, name: c.name, targets: [] as Target[] }));
  for (const target of targets) {
    let group = groups.find((g) => g.key === target.category);
    if (!group) {
      group = { key: target.category, name: target.category, targets: [] };
      groups.push(group);
    }
    group.targets.push(target);
  }
  return groups.filter((g) => g.targets.length > 0);
}

/** The next target to score after `after` (wrapping round), or null when every one is scored. */
export function nextUnvoted(
  order: readonly string[],
  voted: ReadonlySet<string>,
  after: string | null = null,
): string | null {
  const start = after === null ? 0 : order.indexOf(after) + 1;
  for (let i = 0; i < order.length; i++) {
    const id = order[(start + i) % order.length]!;
    if (!voted.has(id)) return id;
  }
  return null;
}

export type RoundTiming = 'upcoming' | 'open' | 'ended';

/**
 * Where an open round stands by the visitor's clock: before its window, in it, or past it (the
 * server decides; this only words the page). A published round has ended.
 */
export function roundTiming(
  round: Pick<PublicEvaluationRound, 'status' | 'opensAt' | 'closesAt'>,
  now: number,
): RoundTiming {
  if (round.status !== 'open') return 'ended';
  if (Date.parse(round.opensAt) > now) return 'upcoming';
  if (Date.parse(round.closesAt) <= now) return 'ended';
  return 'open';
}

/** Whole seconds until `until` (ms since the epoch), never below 0. */
export function secondsLeft(until: number, now: number): number {
  return Math.max(0, Math.ceil((until - now) / 1000));
}

type Ranked = { unitName: string; score: number | null; rank: number | null };

/** A category's ranking: by rank (1 the best), unranked units (no counted ballot) last, then by name. */
export function sortRanking<T extends Ranked>(results: readonly T[]): T[] {
  return [...results].sort((a, b) => {
    const ra = a.rank ?? Number.POSITIVE_INFINITY;
    const rb = b.rank ?? Number.POSITIVE_INFINITY;
    if (ra !== rb) return ra - rb;
    return a.unitName.localeCompare(b.unitName, 'zh-CN');
  });
}

const scoreFormats = new Map<string, Intl.NumberFormat>();
/** A weighted score with two decimals (86.5 → 86.50); null → null (the caller shows —). */
export function formatScore(score: number | null, locale: PortalLocale): string | null {
  if (score === null) return null;
  let format = scoreFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, {
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
      useGrouping: false,
    });
    scoreFormats.set(locale, format);
  }
  return format.format(score);
}

/** The message of a failed call: the network's or the server's (problem+json, in the visitor's language). */
export function messageOf(error: PortalApiError, t: Translate): string {
  return error.status === 0 ? t('common.networkError') : error.problem.title;
}
