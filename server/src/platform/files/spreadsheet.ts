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
