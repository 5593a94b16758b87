import type { DutyItemContent, DutyItemKind, DutyItemVersion } from './types';

/** The content fields in the order the forms and the public portal show them. */
export const CONTENT_FIELDS = [
  'name',
  'category',
  'legalBasis',
  'implementingBody',
  'handlingOffice',
  'responsibilities',
  'accountabilityConditions',
  'accountabilityBasis',
  'remarks',
] as const satisfies readonly (keyof DutyItemContent)[];
export type ContentField = (typeof CONTENT_FIELDS)[number];

/** One field of a submitted version against the published one. */
export interface FieldDiff {
  field: ContentField;
  /** The published value; null when empty or when nothing is published yet. */
  before: string | null;
  after: string | null;
  change: 'added' | 'removed' | 'changed' | 'unchanged' | 'empty';
}

const blank = (value: string | null | undefined) => (value?.trim() ? value : null);

/**
 * The submitted version field by field against the published one (审核对比). Without a published
 * version every filled field is new. A responsibility item's category (a power list's field) is
 * left out unless either version has one.
 */
export function diffVersions(
  published: Pick<DutyItemVersion, ContentField> | null,
  submitted: Pick<DutyItemVersion, ContentField>,
  kind: DutyItemKind,
): FieldDiff[] {
  return CONTENT_FIELDS.flatMap((field): FieldDiff[] => {
    const before = published ? blank(published[field]) : null;
    const after = blank(submitted[field]);
    if (field === 'category' && kind === 'duty' && before === null && after === null) return [];
    const change =
      before === after
        ? after === null
          ? 'empty'
          : 'unchanged'
        : before === null
          ? 'added'
          : after === null
            ? 'removed'
            : 'changed';
    return [{ field, before, after, change }];
  });
}
