import type { DutyCategory } from '@zeren/contracts';
import { DUTY_CATEGORIES } from '@zeren/contracts/vocabulary';
import { catalogues, type PortalLocale } from './i18n';
import type { MessageKey } from './i18n/zh-CN';

/** The categories in the order of the source document. */
export const CATEGORIES: readonly DutyCategory[] = DUTY_CATEGORIES;

export function categoryLabel(category: string, locale: PortalLocale): string {
  const key = `category.${category}` as MessageKey;
  return catalogues[locale][key] ?? category;
}
