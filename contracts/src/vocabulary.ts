/**
 * The standard vocabularies as plain constants, with no zod: the public portal imports this
 * file alone (`@zeren/contracts/vocabulary`) to keep its bundle small.
 */

/** 职权类别: the ten standard categories of a power list and the local 公共服务. */
export const DUTY_CATEGORIES = [
  'licensing',
  'penalty',
  'enforcement',
  'levy',
  'benefit',
  'inspection',
  'confirmation',
  'reward',
  'adjudication',
  'other',
  'public_service',
] as const;

/** 不敢为 / 不会为 / 不想为 / 乱作为 / 不作为 / 慢作为 (GLOSSARY `conduct`): what a problem, a finding or a lead is. */
export const CONDUCT_TYPES = [
  'dare_not',
  'cannot',
  'will_not',
  'misconduct',
  'inaction',
  'slow_action',
] as const;
export type Conduct = (typeof CONDUCT_TYPES)[number];

/** The labels users know the conduct types by (Excel ledgers use the Chinese ones). */
export const CONDUCT_LABELS: Record<Conduct, { 'zh-CN': string; 'en-US': string }> = {
  dare_not: { 'zh-CN': '不敢为', 'en-US': 'Dare not act' },
  cannot: { 'zh-CN': '不会为', 'en-US': 'Cannot act' },
  will_not: { 'zh-CN': '不想为', 'en-US': 'Will not act' },
  misconduct: { 'zh-CN': '乱作为', 'en-US': 'Misconduct' },
  inaction: { 'zh-CN': '不作为', 'en-US': 'Inaction' },
  slow_action: { 'zh-CN': '慢作为', 'en-US': 'Slow action' },
};
