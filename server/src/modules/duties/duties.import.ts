import {
  CONTROL_CHARACTERS,
  DUTY_CATEGORIES,
  DUTY_CATEGORY_LABELS,
  DUTY_TEXT_LIMITS,
  type DutyCategory,
  type DutyImportRejectedRow,
  type Locale,
} from '@zeren/contracts';
import { t } from '../../platform/i18n';
import { headerOf, type ImportField, type RawImportRow } from './duties.excel';

export interface ValidImportRow {
  row: number;
  code: string;
  parentCode: string | null;
  content: {
    name: string;
    category: DutyCategory | null;
    legalBasis: string | null;
    implementingBody: string | null;
    handlingOffice: string | null;
    responsibilities: string | null;
    accountabilityConditions: string | null;
    accountabilityBasis: string | null;
    remarks: string | null;
  };
}

/** A category cell: the Chinese or English label, or the code. */
export function categoryFromCell(text: string): DutyCategory | null | undefined {
  if (text === '') return null;
  const lower = text.toLowerCase();
  return DUTY_CATEGORIES.find(
    (c) =>
      c === lower ||
      DUTY_CATEGORY_LABELS[c]['zh-CN'] === text ||
      DUTY_CATEGORY_LABELS[c]['en-US'].toLowerCase() === lower,
  );
}

const LIMITED_FIELDS: (ImportField & keyof typeof DUTY_TEXT_LIMITS)[] = [
  'code',
  'name',
  'legalBasis',
  'implementingBody',
  'handlingOffice',
  'responsibilities',
  'accountabilityConditions',
  'accountabilityBasis',
  'remarks',
];

/**
 * Checks every row of an import against the rules of the list and the unit's existing codes:
 * required code and name, known category, text lengths, codes unique in the file and in the
 * unit's list, main items that exist (in the file or the list) and were not themselves rejected.
 * Messages are in the caller's language; `row` is the Excel row number.
 */
export function validateImportRows(
  rows: RawImportRow[],
  existingCodes: ReadonlySet<string>,
  locale: Locale,
): { valid: ValidImportRow[]; rejected: DutyImportRejectedRow[] } {
  const errorsByRow = new Map<number, { field: string; column: string; message: string }[]>();
  const fail = (
    row: number,
    field: ImportField,
    key: string,
    params: Record<string, string | number> = {},
  ) => {
    const list = errorsByRow.get(row) ?? [];
    list.push({
      field,
      column: headerOf(field),
      message: t(locale, key, { column: headerOf(field), ...params }),
    });
    errorsByRow.set(row, list);
  };
  const firstRowOfCode = new Map<string, number>();
  for (const { row, values, problems } of rows) {
    for (const field of problems ?? []) fail(row, field, 'duties.import.cell_not_text');
    const unusable = new Set(problems);
    if (values.code === '' && !unusable.has('code')) fail(row, 'code', 'duties.import.required');
    else if (/\s/.test(values.code)) fail(row, 'code', 'duties.import.code_invalid');
    if (values.name === '' && !unusable.has('name')) fail(row, 'name', 'duties.import.required');
    for (const field of LIMITED_FIELDS) {
      const max = DUTY_TEXT_LIMITS[field];
      if (values[field].length > max) fail(row, field, 'duties.import.too_long', { max });
    }
    // The same rule as every text input of the API (contracts' text()).
    for (const field of Object.keys(values) as ImportField[])
      if (CONTROL_CHARACTERS.test(values[field])) fail(row, field, 'duties.import.control_characters');
    if (categoryFromCell(values.category) === undefined)
      fail(row, 'category', 'duties.import.unknown_category', { value: values.category });
    if (values.code !== '') {
      const first = firstRowOfCode.get(values.code);
      if (first !== undefined)
        fail(row, 'code', 'duties.import.duplicate_in_file', { code: values.code, row: first });
      else firstRowOfCode.set(values.code, row);
      if (existingCodes.has(values.code))
        fail(row, 'code', 'duties.import.duplicate_existing', { code: values.code });
    }
    if (values.parentCode !== '') {
      if (values.parentCode === values.code) fail(row, 'parentCode', 'duties.import.parent_self');
      else if (!firstRowOfCode.has(values.parentCode) && !existingCodes.has(values.parentCode)) {
        // The main item may come later in the file.
        if (!rows.some((r) => r.values.code === values.parentCode))
          fail(row, 'parentCode', 'duties.import.parent_missing', { code: values.parentCode });
      }
    }
  }
  // A sub-item whose main item's row is rejected cannot be imported either (repeat for chains).
  let changed = true;
  while (changed) {
    changed = false;
    for (const { row, values } of rows) {
      if (errorsByRow.has(row) || values.parentCode === '' || existingCodes.has(values.parentCode)) continue;
      const parentRow = firstRowOfCode.get(values.parentCode);
      if (parentRow !== undefined && errorsByRow.has(parentRow)) {
        fail(row, 'parentCode', 'duties.import.parent_rejected', { code: values.parentCode });
        changed = true;
      }
    }
  }
  const valid: ValidImportRow[] = [];
  const rejected: DutyImportRejectedRow[] = [];
  for (const { row, values } of rows) {
    const errors = errorsByRow.get(row);
    if (errors) {
      rejected.push({ row, errors });
      continue;
    }
    const text = (v: string) => (v === '' ? null : v);
    valid.push({
      row,
      code: values.code,
      parentCode: text(values.parentCode),
      content: {
        name: values.name,
        category: categoryFromCell(values.category) ?? null,
        legalBasis: text(values.legalBasis),
        implementingBody: text(values.implementingBody),
        handlingOffice: text(values.handlingOffice),
        responsibilities: text(values.responsibilities),
        accountabilityConditions: text(values.accountabilityConditions),
        accountabilityBasis: text(values.accountabilityBasis),
        remarks: text(values.remarks),
      },
    });
  }
  return { valid, rejected };
}
