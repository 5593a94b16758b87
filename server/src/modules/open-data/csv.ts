import type { OpenDataField } from '@zeren/contracts';
import { guardFormula } from '../../platform/files/spreadsheet';
import type { OpenDataRow, OpenDataValue } from '../../platform/open-data';

/** RFC 4180: a cell with a comma, a quote or a line break is quoted, its quotes doubled. */
function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** One CSV line (CRLF-terminated) of plain texts: the header. */
export function csvLine(cells: readonly string[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

/**
 * A row as a CSV line: null is an empty cell, numbers and booleans as JSON writes them, and text
 * guarded against formula injection (a leading =, +, -, @, tab or CR gets an apostrophe, as in
 * every spreadsheet export of Zeren) — only text fields: a number is never a formula.
 */
export function csvRecord(row: OpenDataRow, fields: readonly OpenDataField[]): string {
  return csvLine(fields.map((f) => cellText(row[f.name] ?? null, f.type)));
}

function cellText(value: OpenDataValue, type: OpenDataField['type']): string {
  if (value === null) return '';
  if (typeof value !== 'string') return String(value);
  return type === 'string' ? String(guardFormula(value)) : value;
}
