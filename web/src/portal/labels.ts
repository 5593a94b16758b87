import type { DutyCategory } from '@zeren/contracts';
import { catalogues, type PortalLocale } from './i18n';
import type { MessageKey } from './i18n/zh-CN';

/** The categories in the order of the source document (type-only import keeps zod out of the bundle). */
export const CATEGORIES: readonly DutyCategory[] = [
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
];

export function categoryLabel(category: string, locale: PortalLocale): string {
  const key = `category.${category}` as MessageKey;
  return catalogues[locale][key] ?? category;
}
