import { describe, expect, it } from 'vitest';
import { diffVersions } from './version-diff';

const version = (fields: Record<string, string | null> = {}) => ({
  name: '行政检查',
  category: null,
  legalBasis: null,
  implementingBody: null,
  handlingOffice: null,
  responsibilities: null,
  accountabilityConditions: null,
  accountabilityBasis: null,
  remarks: null,
  ...fields,
});

describe('diffVersions', () => {
  it('marks every filled field of a first version as new, and the rest empty', () => {
    const diff = diffVersions(null, version({ legalBasis: '《教育法》' }), 'power');
    expect(diff.filter((d) => d.change === 'added').map((d) => d.field)).toEqual(['name', 'legalBasis']);
    expect(diff.filter((d) => d.change === 'empty')).toHaveLength(7);
  });

  it('tells changed, added, removed and unchanged fields apart', () => {
    const diff = diffVersions(
      version({ legalBasis: '旧依据', remarks: '备注', handlingOffice: '科室' }),
      version({ legalBasis: '新依据', implementingBody: '市教育局', handlingOffice: '科室' }),
      'power',
    );
    const byField = Object.fromEntries(diff.map((d) => [d.field, d.change]));
    expect(byField).toMatchObject({
      name: 'unchanged',
      legalBasis: 'changed',
      implementingBody: 'added',
      remarks: 'removed',
      handlingOffice: 'unchanged',
      category: 'empty',
    });
    expect(diff.find((d) => d.field === 'legalBasis')).toEqual({
      field: 'legalBasis',
      before: '旧依据',
      after: '新依据',
      change: 'changed',
    });
  });

  it("leaves a responsibility item's empty category out", () => {
    expect(diffVersions(null, version(), 'duty').map((d) => d.field)).not.toContain('category');
    expect(diffVersions(null, version({ category: 'other' }), 'duty').map((d) => d.field)).toContain(
      'category',
    );
  });

  it('treats blank text as empty', () => {
    expect(
      diffVersions(version({ remarks: '' }), version({ remarks: '  ' }), 'power').find(
        (d) => d.field === 'remarks',
      )?.change,
    ).toBe('empty');
  });
});
