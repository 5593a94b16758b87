import {
  AUDIT_ACTIONS,
  CALENDAR_DAY_KINDS,
  CAMPAIGN_STATUSES,
  DATA_SCOPES,
  DUTY_CATEGORIES,
  DUTY_ITEM_KINDS,
  DUTY_ITEM_STATUSES,
  KEY_TASK_STATUSES,
  LOCALES,
  PHASES,
  ROLES,
  SUGGESTION_CHANNELS,
  SUGGESTION_STATUSES,
  UNIT_KINDS,
  UNIT_LEVELS,
} from '@zeren/contracts';
import { describe, expect, it } from 'vitest';
import { MODULES } from '../modules';
import { catalogs, format, mergeMessages } from './catalogs';
import { enUS } from './en-US';
import { zhCN } from './zh-CN';

function leaves(value: unknown, prefix = ''): [string, unknown][] {
  if (value === null || typeof value !== 'object') return [[prefix, value]];
  return Object.entries(value).flatMap(([key, child]) => leaves(child, prefix ? `${prefix}.${key}` : key));
}

/** The core's messages and every feature's, each in both languages. */
const parts: [string, Record<string, object>][] = [
  ['core', { 'zh-CN': zhCN, 'en-US': enUS }],
  ...MODULES.map((module): [string, Record<string, object>] => [module.name, module.messages]),
];

describe.each(parts)('the %s messages', (_name, messages) => {
  const zhLeaves = leaves(messages['zh-CN']);
  const enLeaves = leaves(messages['en-US']);

  it('exist in both languages, with exactly the same keys', () => {
    expect(Object.keys(messages).sort()).toEqual([...LOCALES].sort());
    expect(enLeaves.map(([key]) => key).sort()).toEqual(zhLeaves.map(([key]) => key).sort());
  });

  it('are non-empty strings', () => {
    for (const [key, value] of [...zhLeaves, ...enLeaves]) {
      expect(typeof value, key).toBe('string');
      expect((value as string).trim(), key).not.toBe('');
    }
  });

  it('use the same placeholders in both languages', () => {
    const placeholders = (text: unknown) =>
      String(text)
        .match(/\{\w+\}/g)
        ?.sort() ?? [];
    const en = new Map(enLeaves);
    for (const [key, value] of zhLeaves) expect(placeholders(en.get(key)), key).toEqual(placeholders(value));
  });
});

describe('the composed catalogues', () => {
  it('never define one message in two places', () => {
    expect(() => mergeMessages([{ nav: { a: 'x' } }, { nav: { b: 'y' } }])).not.toThrow();
    expect(() => mergeMessages([{ nav: { a: 'x' } }, { nav: { a: 'y' } }])).toThrow(/nav\.a/);
    expect(() => mergeMessages([{ nav: 'x' }, { nav: { a: 'y' } }])).toThrow(/nav/);
    // Building the catalogues merged every part without a clash.
    expect(leaves(catalogs['zh-CN']).length).toBe(
      parts.reduce((n, [, messages]) => n + leaves(messages['zh-CN']).length, 0),
    );
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

  it('fills placeholders', () => {
    expect(format(catalogs['zh-CN'].home.welcome, { name: '张三' })).toBe('欢迎，张三');
    expect(format('{a} {b}', { a: 1 })).toBe('1 {b}');
  });
});
