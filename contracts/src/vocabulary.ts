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
