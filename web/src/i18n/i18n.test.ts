import { AUDIT_ACTIONS, DATA_SCOPES, ROLES, UNIT_KINDS, UNIT_LEVELS } from '@zeren/contracts';
import { describe, expect, it } from 'vitest';
import { catalogs, format } from './catalogs';
import { enUS } from './en-US';
import { zhCN } from './zh-CN';

function leaves(value: unknown, prefix = ''): [string, unknown][] {
  if (value === null || typeof value !== 'object') return [[prefix, value]];
  return Object.entries(value).flatMap(([key, child]) => leaves(child, prefix ? `${prefix}.${key}` : key));
}

describe('message catalogues', () => {
  const zhLeaves = leaves(zhCN);
  const enLeaves = leaves(enUS);

  it('have exactly the same keys', () => {
    const zhKeys = zhLeaves.map(([key]) => key).sort();
    const enKeys = enLeaves.map(([key]) => key).sort();
    expect(enKeys).toEqual(zhKeys);
  });

  it.each(Object.entries(catalogs))('%s has only non-empty strings', (_locale, messages) => {
    for (const [key, value] of leaves(messages)) {
      expect(typeof value, key).toBe('string');
      expect((value as string).trim(), key).not.toBe('');
    }
  });

  it.each(Object.entries(catalogs))(
    '%s labels every enumerated value of the contracts',
    (_locale, messages) => {
      expect(Object.keys(messages.role).sort()).toEqual([...ROLES].sort());
      expect(Object.keys(messages.dataScope).sort()).toEqual([...DATA_SCOPES].sort());
      expect(Object.keys(messages.unitKind).sort()).toEqual([...UNIT_KINDS].sort());
      expect(Object.keys(messages.unitLevel).sort()).toEqual([...UNIT_LEVELS].sort());
      expect(Object.keys(messages.auditAction).sort()).toEqual([...AUDIT_ACTIONS].sort());
    },
  );

  it('uses the same placeholders in both languages', () => {
    const placeholders = (text: unknown) =>
      String(text)
        .match(/\{\w+\}/g)
        ?.sort() ?? [];
    const en = new Map(enLeaves);
    for (const [key, value] of zhLeaves) expect(placeholders(en.get(key)), key).toEqual(placeholders(value));
  });

  it('fills placeholders', () => {
    expect(format(zhCN.home.welcome, { name: '张三' })).toBe('欢迎，张三');
    expect(format('{a} {b}', { a: 1 })).toBe('1 {b}');
  });
});
