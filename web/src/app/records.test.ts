import { AUDIT_ACTION_RECORD_TYPE, auditEventInputSchema, PERMISSIONS, RECORD_TYPES } from '@zeren/contracts';
import { matchPath } from 'react-router';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { catalogs } from '../i18n/catalogs';
import { PAGES, RECORDS } from './registry';

/** The keys an audit payload schema may carry (an object, possibly optional or nullable). */
function keysOf(schema: unknown): string[] {
  let inner = schema;
  while (inner instanceof z.ZodOptional || inner instanceof z.ZodNullable) inner = inner.unwrap();
  return inner instanceof z.ZodObject ? Object.keys(inner.shape) : [];
}

/** Every field each record type's audit events may carry, from the contracts' event schemas. */
const auditedFields = new Map<string, Set<string>>();
for (const option of auditEventInputSchema.options as unknown as z.ZodObject[]) {
  const type = (option.shape.recordType as z.ZodLiteral<string>).value;
  const fields = auditedFields.get(type) ?? new Set<string>();
  for (const key of [...keysOf(option.shape.before), ...keysOf(option.shape.after)]) fields.add(key);
  auditedFields.set(type, fields);
}

describe('record descriptors', () => {
  const types = [...new Set([...Object.keys(RECORD_TYPES), ...Object.values(AUDIT_ACTION_RECORD_TYPE)])];

  it.each(types)('%s is described, with a label in both languages', (type) => {
    const record = RECORDS.get(type);
    expect(record, type).toBeDefined();
    expect(record!.label(catalogs['zh-CN'])).not.toBe('');
    expect(record!.label(catalogs['en-US'])).not.toBe('');
  });

  it.each([...RECORDS.values()].filter((record) => record.fields).map((record) => [record.type, record]))(
    '%s labels every field its audit events carry (or hides it)',
    (type, record) => {
      const described = new Set(Object.keys(record.fields!));
      expect([...(auditedFields.get(type) ?? [])].filter((field) => !described.has(field))).toEqual([]);
      for (const [name, field] of Object.entries(record.fields!))
        if (!field.hidden) expect(field.label(catalogs['en-US']), `${type}.${name}`).not.toBe('');
    },
  );

  it('open the records notifications are about today (key tasks, suggestions, duty items, campaigns)', () => {
    for (const type of ['key_task', 'suggestion', 'duty_item', 'campaign'])
      expect(RECORDS.get(type)?.link?.href('x'), type).toMatch(/\?open=x$/);
  });

  it('link only to pages that exist, for permissions that exist', () => {
    for (const record of RECORDS.values()) {
      if (!record.link) continue;
      expect(PERMISSIONS).toContain(record.link.permission);
      const path = record.link.href('x').split('?')[0]!;
      // A page of one record (`/supervision/:id`) matches its pattern.
      expect(
        PAGES.some((page) => matchPath(page.path, path)),
        record.type,
      ).toBe(true);
    }
  });
});
