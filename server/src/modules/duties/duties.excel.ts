import { Readable } from 'node:stream';
import {
  DUTY_CATEGORIES,
  DUTY_CATEGORY_LABELS,
  type DutyItem,
  type DutyItemKind,
  type Locale,
} from '@zeren/contracts';
import ExcelJS from 'exceljs';
import { AppError } from '../../platform/errors';
import { guardFormula } from '../../platform/files/spreadsheet';
import { checkZipArchive, reorderZipEntries, ZipRefusedError } from '../../platform/files/zip-guard';
import { t } from '../../platform/i18n';

/** The columns of the power/responsibility list sheet, headed as in REFERENCE.md (权责清单). */
export const IMPORT_COLUMNS = [
  { field: 'code', header: '事项编码', width: 18 },
  { field: 'name', header: '事项名称', width: 32 },
  { field: 'parentCode', header: '主项编码', width: 18 },
  { field: 'category', header: '职权类别', width: 14 },
  { field: 'legalBasis', header: '设定依据', width: 48 },
  { field: 'implementingBody', header: '实施主体', width: 20 },
  { field: 'handlingOffice', header: '承办机构', width: 20 },
  { field: 'responsibilities', header: '责任事项', width: 48 },
  { field: 'accountabilityConditions', header: '追责情形', width: 48 },
  { field: 'accountabilityBasis', header: '追责依据', width: 36 },
  { field: 'remarks', header: '备注', width: 20 },
] as const;
export type ImportField = (typeof IMPORT_COLUMNS)[number]['field'];
export const headerOf = (field: ImportField) => IMPORT_COLUMNS.find((c) => c.field === field)!.header;

/** More rows than this is not a list but a mistake (or an attack on memory). */
export const MAX_IMPORT_ROWS = 5000;

export interface RawImportRow {
  /** The row number as Excel shows it. */
  row: number;
  values: Record<ImportField, string>;
  /** Cells that hold no usable text (a formula without a cached value, an error value). */
  problems?: ImportField[];
}

function sheetName(kind: DutyItemKind, locale: Locale) {
  return t(locale, kind === 'power' ? 'duties.excel.sheet_power' : 'duties.excel.sheet_duty');
}

function styleHeader(row: ExcelJS.Row) {
  row.font = { bold: true };
  row.alignment = { vertical: 'middle', wrapText: true };
  row.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
  });
}

function addCategorySheet(workbook: ExcelJS.Workbook, locale: Locale) {
  const sheet = workbook.addWorksheet(t(locale, 'duties.excel.sheet_categories'));
  sheet.columns = [
    { header: t(locale, 'duties.excel.category_label'), key: 'label', width: 18 },
    { header: t(locale, 'duties.excel.category_code'), key: 'code', width: 18 },
  ];
  styleHeader(sheet.getRow(1));
  for (const code of DUTY_CATEGORIES) sheet.addRow({ label: DUTY_CATEGORY_LABELS[code]['zh-CN'], code });
  // People choose by the Chinese label; the code stays for systems that read the file, out of sight.
  sheet.getColumn('code').hidden = true;
}

function addListSheet(
  workbook: ExcelJS.Workbook,
  kind: DutyItemKind,
  locale: Locale,
  options: { extra?: string[]; categoryDropDown?: boolean } = {},
) {
  const extra = options.extra ?? [];
  const sheet = workbook.addWorksheet(sheetName(kind, locale), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    ...IMPORT_COLUMNS.map((c) => ({ header: c.header, key: c.field, width: c.width })),
    ...extra.map((header) => ({ header, key: header, width: 14 })),
  ];
  styleHeader(sheet.getRow(1));
  if (!options.categoryDropDown) return sheet;
  // A drop-down of the category labels on the category column (the second sheet lists them).
  const categoryColumn = IMPORT_COLUMNS.findIndex((c) => c.field === 'category') + 1;
  const list = `"${DUTY_CATEGORIES.map((c) => DUTY_CATEGORY_LABELS[c]['zh-CN']).join(',')}"`;
  for (let r = 2; r <= 500; r++)
    sheet.getCell(r, categoryColumn).dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [list],
    };
  return sheet;
}

/** The empty import template: the list sheet with its header row and a sheet of the allowed categories. */
export async function buildTemplate(kind: DutyItemKind, locale: Locale): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Zeren';
  addListSheet(workbook, kind, locale, { categoryDropDown: true });
  addCategorySheet(workbook, locale);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The items as a sheet in the template's layout (so an export can be edited and imported), plus unit, version and status. */
export async function buildExport(
  items: DutyItem[],
  codesById: Map<string, string>,
  kind: DutyItemKind | undefined,
  locale: Locale,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Zeren';
  const extra = [
    t(locale, 'duties.excel.unit'),
    t(locale, 'duties.excel.version'),
    t(locale, 'duties.excel.status'),
  ];
  const kinds: DutyItemKind[] = kind ? [kind] : ['power', 'duty'];
  for (const k of kinds) {
    const sheet = addListSheet(workbook, k, locale, { extra });
    for (const item of items.filter((i) => i.kind === k)) {
      const v = item.latest;
      sheet.addRow(
        [
          item.code,
          v.name,
          item.parentItemId ? (codesById.get(item.parentItemId) ?? '') : '',
          v.category ? DUTY_CATEGORY_LABELS[v.category]['zh-CN'] : '',
          v.legalBasis ?? '',
          v.implementingBody ?? '',
          v.handlingOffice ?? '',
          v.responsibilities ?? '',
          v.accountabilityConditions ?? '',
          v.accountabilityBasis ?? '',
          v.remarks ?? '',
          item.unitName,
          v.version,
          t(locale, `duties.status.${v.status}`),
        ].map(guardFormula),
      );
    }
  }
  addCategorySheet(workbook, locale);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * A cell's text. A formula counts by its cached value when it has one (a number, text, a date);
 * a formula without one, an error value or anything else that is not text is a problem of the
 * row (`null` here), never an object's string ("[object Object]").
 */
export function cellText(value: unknown): string | null {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'string') return stripFormulaGuard(value.trim());
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value !== 'object') return null;
  if ('richText' in value && Array.isArray(value.richText))
    return stripFormulaGuard(
      value.richText
        .map((r: { text?: unknown }) => (typeof r.text === 'string' ? r.text : ''))
        .join('')
        .trim(),
    );
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: unknown }).result;
    if (result instanceof Date) return result.toISOString().slice(0, 10);
    if (typeof result === 'string' || typeof result === 'number' || typeof result === 'boolean')
      return String(result).trim();
    // No cached value, or an error value ({ error: '#N/A' }).
    return null;
  }
  if ('text' in value && typeof value.text === 'string') return value.text.trim();
  return null;
}

/** An exported value guarded against formula injection ('=…) comes back as it was. */
function stripFormulaGuard(text: string): string {
  return /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}

const invalid = (locale: Locale, key: string, params?: Record<string, string | number>) =>
  new AppError('IMPORT_FILE_INVALID', { reason: t(locale, key, params) });

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/**
 * Reads the first worksheet of an uploaded .xlsx: columns are found by their header in row 1;
 * empty rows are skipped. A file that is not a readable .xlsx → 400 IMPORT_FILE_INVALID.
 *
 * Bounded in memory: the archive is checked first (checkZipArchive: entry count, inflated size,
 * compression ratio; 413 ARCHIVE_LIMIT_EXCEEDED naming the limit), then read with exceljs's
 * streaming reader one row at a time, stopping at MAX_IMPORT_ROWS.
 */
export async function readImportWorkbook(bytes: Buffer, locale: Locale): Promise<RawImportRow[]> {
  if (!ZIP_MAGIC.every((b, i) => bytes[i] === b)) throw invalid(locale, 'duties.import.not_xlsx');
  try {
    await checkZipArchive(bytes);
  } catch (error) {
    if (!(error instanceof ZipRefusedError)) throw error;
    if (error.limit === 'not_zip' || error.limit === 'unsupported')
      throw invalid(locale, 'duties.import.not_xlsx');
    throw new AppError('ARCHIVE_LIMIT_EXCEEDED', {
      limit: t(locale, `zip.limit.${error.limit}`, { value: error.value }),
    });
  }
  const rows: RawImportRow[] = [];
  let sawSheet = false;
  let columnOf: Map<string, number> | null = null;
  let seen = 0;
  try {
    // Shared strings and relationships before the sheets, so that no sheet is spooled to disk.
    const ordered = reorderZipEntries(bytes, (name) => !/^xl\/worksheets\/sheet\d+\.xml$/.test(name));
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(ordered), {
      sharedStrings: 'cache',
      hyperlinks: 'ignore',
      styles: 'cache',
      worksheets: 'emit',
      entries: 'ignore',
    });
    for await (const sheet of reader) {
      sawSheet = true;
      for await (const row of sheet as AsyncIterable<ExcelJS.Row>) {
        const cells = row.values as unknown[];
        if (row.number === 1) {
          columnOf = new Map();
          cells.forEach((value, col) => {
            const header = cellText(value);
            if (header) columnOf!.set(header, col);
          });
          for (const required of ['code', 'name'] as const)
            if (!columnOf.has(headerOf(required)))
              throw invalid(locale, 'duties.import.missing_column', { column: headerOf(required) });
          continue;
        }
        // Counted as read, not by the row numbers a file claims (a crafted sheet repeats them).
        if (++seen > MAX_IMPORT_ROWS || row.number - 1 > MAX_IMPORT_ROWS)
          throw invalid(locale, 'duties.import.too_many_rows', { max: MAX_IMPORT_ROWS });
        const problems: ImportField[] = [];
        const values = Object.fromEntries(
          IMPORT_COLUMNS.map((c) => {
            const col = columnOf!.get(c.header);
            const text = col ? cellText(cells[col]) : '';
            if (text === null) problems.push(c.field);
            return [c.field, text ?? ''];
          }),
        ) as Record<ImportField, string>;
        if (problems.length === 0 && Object.values(values).every((v) => v === '')) continue;
        rows.push({ row: row.number, values, problems });
      }
      // Only the first worksheet is the list.
      break;
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw invalid(locale, 'duties.import.not_xlsx');
  }
  if (!sawSheet) throw invalid(locale, 'duties.import.no_sheet');
  if (!columnOf) throw invalid(locale, 'duties.import.missing_column', { column: headerOf('code') });
  if (rows.length === 0) throw invalid(locale, 'duties.import.empty');
  return rows;
}
