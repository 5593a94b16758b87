import type { Messages } from '../../../i18n/catalogs';
import { DUTY_CATEGORIES, type DutyCategory } from '../types';

/** The label of a category code; a local category the server knows but we do not is shown as is. */
export function categoryLabel(t: Messages, category: string | null | undefined): string {
  if (!category) return '';
  return (DUTY_CATEGORIES as readonly string[]).includes(category)
    ? t.dutyCategory[category as DutyCategory]
    : category;
}

export function categoryOptions(t: Messages) {
  return DUTY_CATEGORIES.map((category) => ({ value: category, label: t.dutyCategory[category] }));
}
