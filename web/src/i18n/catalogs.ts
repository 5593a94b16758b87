import type { Locale } from '@zeren/contracts';
import { enUS } from './en-US';
import { type Messages, zhCN } from './zh-CN';

export type { Messages };

export const catalogs: Record<Locale, Messages> = { 'zh-CN': zhCN, 'en-US': enUS };

/** Fills `{name}` placeholders of a message. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) =>
    key in values ? String(values[key]) : match,
  );
}
