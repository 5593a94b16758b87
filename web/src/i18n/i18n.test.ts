import {
  AUDIT_ACTIONS,
  CALENDAR_DAY_KINDS,
  CAMPAIGN_STATUSES,
  DATA_SCOPES,
  DUTY_CATEGORIES,
  DUTY_ITEM_KINDS,
  DUTY_ITEM_STATUSES,
  KEY_TASK_STATUSES,
  PHASES,
  ROLES,
  SUGGESTION_CHANNELS,
  SUGGESTION_STATUSES,
  UNIT_KINDS,
  UNIT_LEVELS,
} from '@zeren/contracts';
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
      expect(Object.keys(messages.dutyItem.kind).sort()).toEqual([...DUTY_ITEM_KINDS].sort());
      expect(Object.keys(messages.dutyStatus).sort()).toEqual([...DUTY_ITEM_STATUSES].sort());
      expect(Object.keys(messages.dutyCategory).sort()).toEqual([...DUTY_CATEGORIES].sort());
      expect(Object.keys(messages.suggestionStatus).sort()).toEqual([...SUGGESTION_STATUSES].sort());
      expect(Object.keys(messages.suggestionChannel).sort()).toEqual([...SUGGESTION_CHANNELS].sort());
      expect(Object.keys(messages.campaignStatus).sort()).toEqual([...CAMPAIGN_STATUSES].sort());
      expect(Object.keys(messages.phase).sort()).toEqual([...PHASES].sort());
      expect(Object.keys(messages.calendarKind).sort()).toEqual([...CALENDAR_DAY_KINDS].sort());
      expect(Object.keys(messages.keyTaskStatus).sort()).toEqual([...KEY_TASK_STATUSES].sort());
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
