import { ERROR_CODES, MODULE_CONTRACTS } from '@zeren/contracts';
import { describe, expect, it } from 'vitest';
import { MODULES } from '../src/modules';
import { coreCatalogues } from '../src/platform/i18n';

describe('server messages', () => {
  const catalogues = [
    { name: 'core', messages: coreCatalogues as Record<'zh-CN' | 'en-US', Record<string, string>> },
    ...MODULES.flatMap((m) => (m.messages ? [{ name: m.name, messages: m.messages }] : [])),
  ];

  it.each(catalogues)('$name: zh-CN and en-US have the same keys and placeholders', ({ messages }) => {
    const zh = messages['zh-CN'];
    const en = messages['en-US'];
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const key of Object.keys(zh)) {
      const holes = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
      expect(holes(en[key]!), key).toEqual(holes(zh[key]!));
      expect(zh[key]!.length).toBeGreaterThan(0);
    }
  });

  it('a module prefixes its keys with its name, except the error codes it declares', () => {
    for (const module of MODULES) {
      const contract = MODULE_CONTRACTS.find((c) => c.name === module.name)!;
      for (const key of Object.keys(module.messages?.['zh-CN'] ?? {}))
        if (!(key in contract.errors))
          // The texts of its notifications: `notification.<kind>`, the kind starting with its name.
          expect(
            key.startsWith(`${module.name}.`) || key.startsWith(`notification.${module.name}.`),
            key,
          ).toBe(true);
    }
  });

  it('every error code has a message in both languages', () => {
    for (const code of ERROR_CODES) {
      const owner = catalogues.find((c) => code in c.messages['zh-CN']);
      expect(owner, code).toBeDefined();
      expect(owner!.messages['en-US'][code], code).toBeTruthy();
    }
  });
});
