import { Readable } from 'node:stream';
import type { Locale } from '@zeren/contracts';
import ExcelJS from 'exceljs';
import { AppError } from '../errors';
import { t } from '../i18n';
import { checkZipArchive, reorderZipEntries, ZipRefusedError } from './zip-guard';

/** What a spreadsheet (Excel, or a CSV opened in one) would take for the start of a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A value written to a spreadsheet export (Excel or any CSV) so that it can never become a
 * formula (CSV/formula injection): text beginning with =, +, -, @, tab or CR gets a leading
 * apostrophe, which Excel shows as text. Numbers and other values pass unchanged. The import
 * removes the apostrophe again, so an export can be edited and imported back.
 */
export function guardFormula<T>(value: T): T | string {
  return typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : value;
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

/** One column of an imported sheet: the field it fills and the heading users know it by. */
export interface SheetColumn<F extends string> {
  field: F;
  header: string;
}

export interface SheetRow<F extends string> {
  /** The row number as Excel shows it. */
  row: number;
  values: Record<F, string>;
  /** Cells that hold no usable text (a formula without a cached value, an error value). */
  problems: F[];
}

export interface ReadSheetOptions<F extends string> {
  columns: readonly SheetColumn<F>[];
  /** Fields whose column the header row must have. */
  required: readonly F[];
  /** More data rows than this is not a list but a mistake (or an attack on memory). */
  maxRows: number;
  /** The header row is the first of this many rows that has every required column (default 1). */
  headerWithin?: number;
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

const invalidFile = (locale: Locale, key: string, params?: Record<string, string | number>) =>
  new AppError('IMPORT_FILE_INVALID', { reason: t(locale, key, params) });

/**
 * Reads the first worksheet of an uploaded .xlsx: columns are found by their heading in the
 * header row (row 1, or the first of `headerWithin` rows holding every required heading — a
 * ledger often has its title above); rows above it and empty rows are skipped. A file that is
 * not a readable .xlsx → 400 IMPORT_FILE_INVALID, in the caller's language.
 *
 * Bounded in memory: the archive is checked first (checkZipArchive: entry count, inflated size,
 * compression ratio; 413 ARCHIVE_LIMIT_EXCEEDED naming the limit), then read with exceljs's
 * streaming reader one row at a time, stopping at `maxRows`.
 */
export async function readSheetRows<F extends string>(
  bytes: Buffer,
  locale: Locale,
  options: ReadSheetOptions<F>,
): Promise<SheetRow<F>[]> {
  const { columns, required, maxRows } = options;
  const headerWithin = options.headerWithin ?? 1;
  const headerOf = (field: F) => columns.find((c) => c.field === field)!.header;
  const missingColumn = (column: string) =>
    headerWithin === 1
      ? invalidFile(locale, 'spreadsheet.missing_column', { column })
      : invalidFile(locale, 'spreadsheet.missing_column_within', { column, rows: headerWithin });
  if (!ZIP_MAGIC.every((b, i) => bytes[i] === b)) throw invalidFile(locale, 'spreadsheet.not_xlsx');
  try {
    await checkZipArchive(bytes);
  } catch (error) {
    if (!(error instanceof ZipRefusedError)) throw error;
    if (error.limit === 'not_zip' || error.limit === 'unsupported')
      throw invalidFile(locale, 'spreadsheet.not_xlsx');
    throw new AppError('ARCHIVE_LIMIT_EXCEEDED', {
      limit: t(locale, `zip.limit.${error.limit}`, { value: error.value }),
    });
  }
  const rows: SheetRow<F>[] = [];
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
    // exceljs spools a sheet to a temporary file (tmp) when it comes before the shared strings and
    // the workbook's relationships, and removes it only once the sheet was read to the end — never
    // when the list stops early (the first sheet only, the row limit). A workbook without shared
    // strings (inline strings, as Zeren's own exports are written) always spooled: every re-import
    // of an export left a file in the server's temp folder. Both are read first (`ordered`) when
    // present, so an absent one is empty: start the reader with both empty, and it never spools.
    Object.assign(reader, { sharedStrings: [], workbookRels: [] });
    for await (const sheet of reader) {
      sawSheet = true;
      for await (const row of sheet as AsyncIterable<ExcelJS.Row>) {
        const cells = row.values as unknown[];
        if (!columnOf) {
          const headings = new Map<string, number>();
          cells.forEach((value, col) => {
            const header = cellText(value);
            if (header) headings.set(header, col);
          });
          const missing = required.find((field) => !headings.has(headerOf(field)));
          if (missing === undefined) columnOf = headings;
          else if (row.number >= headerWithin) throw missingColumn(headerOf(missing));
          continue;
        }
        // Counted as read, not by the row numbers a file claims (a crafted sheet repeats them).
        if (++seen > maxRows || row.number - headerWithin > maxRows)
          throw invalidFile(locale, 'spreadsheet.too_many_rows', { max: maxRows });
        const problems: F[] = [];
        const values = Object.fromEntries(
          columns.map((c) => {
            const col = columnOf!.get(c.header);
            const text = col ? cellText(cells[col]) : '';
            if (text === null) problems.push(c.field);
            return [c.field, text ?? ''];
          }),
        ) as Record<F, string>;
        if (problems.length === 0 && Object.values<string>(values).every((v) => v === '')) continue;
        rows.push({ row: row.number, values, problems });
      }
      // Only the first worksheet is the list.
      break;
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw invalidFile(locale, 'spreadsheet.not_xlsx');
  }
  if (!sawSheet) throw invalidFile(locale, 'spreadsheet.no_sheet');
  if (!columnOf) throw missingColumn(headerOf(required[0]!));
  if (rows.length === 0) throw invalidFile(locale, 'spreadsheet.empty');
  return rows;
}
