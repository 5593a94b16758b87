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

/** 线索来源 (GLOSSARY `source`): the five sources of the work plan §4.2.4 and others. */
export const LEAD_SOURCES = [
  'superior_assignment', // 上级交办
  'leader_instruction', // 领导批示
  'media_exposure', // 媒体曝光
  'public_report', // 群众举报
  'inspection', // 督促检查 (transfers from supervision items and inspection findings)
  'other', // 其他
] as const;
export type LeadSource = (typeof LEAD_SOURCES)[number];

/** 满意 / 基本满意 / 不满意: what a public reporter says of the outcome. */
export const SATISFACTION_LEVELS = ['satisfied', 'basically_satisfied', 'dissatisfied'] as const;
export type SatisfactionLevel = (typeof SATISFACTION_LEVELS)[number];
export const SATISFACTION_LABELS: Record<SatisfactionLevel, { 'zh-CN': string; 'en-US': string }> = {
  satisfied: { 'zh-CN': '满意', 'en-US': 'Satisfied' },
  basically_satisfied: { 'zh-CN': '基本满意', 'en-US': 'Basically satisfied' },
  dissatisfied: { 'zh-CN': '不满意', 'en-US': 'Dissatisfied' },
};

/** How far a public report has come, as its reporter sees it (the portal's receipt page). */
export const PUBLIC_REPORT_STAGES = [
  'received', // 已收到，待受理
  'handling', // 办理中
  'concluded', // 已办结
  'forwarded', // 已转有权处理的机关
  'not_pursued', // 已了结（不予立案）
] as const;
export type PublicReportStage = (typeof PUBLIC_REPORT_STAGES)[number];
