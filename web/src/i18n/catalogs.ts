import type { Locale } from '@zeren/contracts';
import { MODULES } from '../modules';
import { enUS } from './en-US';
import { type CoreMessages, zhCN } from './zh-CN';

export { format } from './format';

type MessagesOf<T> = T extends { messages: Record<Locale, infer M> } ? M : never;
type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void
  ? I
  : never;

/**
 * The one typed catalogue: the core's messages and every feature's (`web/src/modules.ts`), merged.
 * Features may add to shared namespaces (`nav`, `auditAction`) but never define a message twice.
 */
export type Messages = CoreMessages & UnionToIntersection<MessagesOf<(typeof MODULES)[number]>>;

type Tree = { [key: string]: string | Tree };

/** Deep-merges catalogue parts; a message defined by two parts is an error. */
export function mergeMessages(parts: readonly object[]): Tree {
  const merge = (target: Tree, source: Tree, path: string) => {
    for (const [key, value] of Object.entries(source)) {
      const at = path ? `${path}.${key}` : key;
      const existing = target[key];
      if (typeof value === 'string' || existing === undefined) {
        if (existing !== undefined) throw new Error(`message ${at} is defined twice`);
        target[key] = typeof value === 'string' ? value : merge({}, value, at);
      } else if (typeof existing === 'string') {
        throw new Error(`message ${at} is defined twice`);
      } else {
        merge(existing, value, at);
      }
    }
    return target;
  };
  return parts.reduce<Tree>((all, part) => merge(all, part as Tree, ''), {});
}

const compose = (locale: Locale, core: CoreMessages) =>
  mergeMessages([core, ...MODULES.map((module) => module.messages[locale])]) as unknown as Messages;

export const catalogs: Record<Locale, Messages> = {
  'zh-CN': compose('zh-CN', zhCN),
  'en-US': compose('en-US', enUS),
};
