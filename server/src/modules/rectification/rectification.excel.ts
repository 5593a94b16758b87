import {
  CONDUCT_LABELS,
  CONDUCT_TYPES,
  CONTROL_CHARACTERS,
  type Conduct,
  LOCALES,
  type Locale,
  RECTIFICATION_IMPORT_STATUSES,
  RECTIFICATION_STATUSES,
  RECTIFICATION_TEXT_LIMITS,
  type RectificationImportRejectedRow,
  type RectificationStatus,
} from '@zeren/contracts';
import ExcelJS from 'exceljs';
import { readSheetRows, type SheetRow } from '../../platform/files/spreadsheet';
import { t } from '../../platform/i18n';
import { conductFromCell, type DueCell, dueFromCell } from './rectification.rules';

/**
 * The ledger sheet in the layout units keep (one row per problem): a title row, then the headings
 * 序号, 问题描述, 所属领域, 问题类型, 整改措施, 责任人, 整改时限, 整改状态, 完成情况, 问题来源.
 * Headings stay Chinese in either language: they are the ledger's, and the import finds its
 * columns by them. The export (contracts `ledgerExport`, the platform's list export) writes the
 * same headings in the same order, then what the system adds, so an export imports again.
 */
export const LEDGER_COLUMNS = [
  { field: 'seq', header: '序号', width: 6 },
  { field: 'problem', header: '问题描述', width: 48 },
  { field: 'domain', header: '所属领域', width: 18 },
  { field: 'conduct', header: '问题类型', width: 10 },
  { field: 'measures', header: '整改措施', width: 48 },
  { field: 'responsiblePerson', header: '责任人', width: 16 },
  { field: 'due', header: '整改时限', width: 14 },
  { field: 'status', header: '整改状态', width: 12 },
  { field: 'completion', header: '完成情况', width: 40 },
  { field: 'source', header: '问题来源', width: 14 },
] as const;
export type LedgerField = (typeof LEDGER_COLUMNS)[number]['field'];
export const headerOf = (field: LedgerField) => LEDGER_COLUMNS.find((c) => c.field === field)!.header;

/** A ledger is a unit's list of problems: more rows than this is a mistake (or an attack on memory). */
export const MAX_LEDGER_ROWS = 2000;

/** The title above the headings: the ledger's title row, as units print it. */
const TITLE_ROWS = 1;

function styleHeader(row: ExcelJS.Row) {
  row.font = { bold: true };
  row.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  row.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
    cell.border = {
      top: { style: 'thin' },
      bottom: { style: 'thin' },
      left: { style: 'thin' },
      right: { style: 'thin' },
    };
  });
}

const statusLabel = (locale: Locale, status: RectificationStatus) =>
  t(locale, `rectification.status.${status}`);
const sourceLabel = (locale: Locale, source: string) => t(locale, `rectification.source.${source}`);

function ledgerSheet(workbook: ExcelJS.Workbook, title: string, locale: Locale) {
  const headers = LEDGER_COLUMNS;
  const sheet = workbook.addWorksheet(t(locale, 'rectification.excel.sheet'), {
    views: [{ state: 'frozen', ySplit: TITLE_ROWS + 1 }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = headers.map((c) => ({ width: c.width }));
  const titleRow = sheet.addRow([title]);
  sheet.mergeCells(1, 1, 1, headers.length);
  titleRow.font = { bold: true, size: 16 };
  titleRow.alignment = { horizontal: 'center', vertical: 'middle' };
  titleRow.height = 28;
  styleHeader(sheet.addRow(headers.map((c) => c.header)));
  return sheet;
}

/** Drop-downs of the allowed values on the template's columns (the conduct types, statuses, domains). */
function addDropDowns(sheet: ExcelJS.Worksheet, domains: string[], locale: Locale) {
  const lists: [LedgerField, string[]][] = [
    ['conduct', CONDUCT_TYPES.map((c) => CONDUCT_LABELS[c]['zh-CN'])],
    ['status', RECTIFICATION_IMPORT_STATUSES.map((s) => statusLabel(locale, s))],
    ['source', [sourceLabel(locale, 'self_inspection')]],
  ];
  // An inline list is limited to 255 characters; the domains are long titles, kept only when they fit.
  const domainList = domains.join(',');
  if (domains.length > 0 && domainList.length <= 250 && !domainList.includes('"'))
    lists.push(['domain', domains]);
  for (const [field, values] of lists) {
    const col = LEDGER_COLUMNS.findIndex((c) => c.field === field) + 1;
    for (let r = TITLE_ROWS + 2; r <= 500; r++)
      sheet.getCell(r, col).dataValidation = {
        type: 'list',
        allowBlank: true,
        formulae: [`"${values.join(',')}"`],
      };
  }
}

/** The empty ledger: title, headings, drop-downs, and a sheet explaining each column. */
export async function buildTemplate(locale: Locale, domains: string[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Zeren';
  const sheet = ledgerSheet(workbook, t(locale, 'rectification.excel.title'), locale);
  addDropDowns(sheet, domains, locale);
  const help = workbook.addWorksheet(t(locale, 'rectification.excel.help_sheet'));
  help.columns = [{ width: 14 }, { width: 80 }];
  for (const c of LEDGER_COLUMNS) help.addRow([c.header, t(locale, `rectification.excel.help.${c.field}`)]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export type LedgerRow = SheetRow<LedgerField>;

/** Reads the first worksheet of an uploaded ledger (zip-guarded, streamed, at most MAX_LEDGER_ROWS rows). */
export function readLedger(bytes: Buffer, locale: Locale): Promise<LedgerRow[]> {
  return readSheetRows(bytes, locale, {
    columns: LEDGER_COLUMNS,
    required: ['problem', 'due'],
    maxRows: MAX_LEDGER_ROWS,
    headerWithin: TITLE_ROWS + 2,
  });
}

export interface ValidLedgerRow {
  row: number;
  problem: string;
  domainId: string | null;
  conduct: Conduct | null;
  measures: string | null;
  responsiblePerson: string | null;
  due: DueCell;
  status: 'pending' | 'rectifying';
  completion: string | null;
}

/** A status cell in either language, or its code; '' → pending. */
function statusFromCell(text: string): RectificationStatus | null | undefined {
  if (text === '') return null;
  return RECTIFICATION_STATUSES.find(
    (s) => s === text || LOCALES.some((locale) => statusLabel(locale, s) === text),
  );
}

function sourceIsSelfInspection(text: string): boolean {
  return (
    text === '' ||
    text === 'self_inspection' ||
    LOCALES.some((locale) => sourceLabel(locale, 'self_inspection') === text)
  );
}

const TEXT_LIMITS: [LedgerField, number][] = [
  ['problem', RECTIFICATION_TEXT_LIMITS.problem],
  ['measures', RECTIFICATION_TEXT_LIMITS.measures],
  ['responsiblePerson', RECTIFICATION_TEXT_LIMITS.responsiblePerson],
  ['completion', RECTIFICATION_TEXT_LIMITS.completion],
];

/**
 * Checks every row of a ledger against the rules of the API: a problem and a deadline (a date or
 * N working days), known domain, conduct type and status (an import enters only 待整改 and 整改中:
 * sign-off is the unit leader's), self-inspection as the source, text lengths, no control
 * characters. Each error names the row (as Excel numbers it) and the column, in the caller's
 * language.
 */
export function validateLedgerRows(
  rows: LedgerRow[],
  domainIdByTitle: ReadonlyMap<string, string>,
  locale: Locale,
): { valid: ValidLedgerRow[]; rejected: RectificationImportRejectedRow[] } {
  const valid: ValidLedgerRow[] = [];
  const rejected: RectificationImportRejectedRow[] = [];
  for (const { row, values, problems } of rows) {
    const errors: RectificationImportRejectedRow['errors'] = [];
    const fail = (field: LedgerField, key: string, params: Record<string, string | number> = {}) =>
      errors.push({
        field,
        column: headerOf(field),
        message: t(locale, key, { column: headerOf(field), ...params }),
      });
    for (const field of problems) fail(field, 'rectification.import.cell_not_text');
    const unusable = new Set<LedgerField>(problems);
    if (values.problem === '' && !unusable.has('problem')) fail('problem', 'rectification.import.required');
    for (const [field, max] of TEXT_LIMITS)
      if (values[field].length > max) fail(field, 'rectification.import.too_long', { max });
    for (const field of Object.keys(values) as LedgerField[])
      if (CONTROL_CHARACTERS.test(values[field])) fail(field, 'rectification.import.control_characters');
    const domainId = values.domain === '' ? null : domainIdByTitle.get(values.domain);
    if (domainId === undefined)
      fail('domain', 'rectification.import.unknown_domain', { value: values.domain });
    const conduct = conductFromCell(values.conduct);
    if (conduct === undefined)
      fail('conduct', 'rectification.import.unknown_conduct', { value: values.conduct });
    const due = dueFromCell(values.due);
    if (due === null && !unusable.has('due')) fail('due', 'rectification.import.required');
    else if (due === undefined) fail('due', 'rectification.import.bad_due', { value: values.due });
    const status = statusFromCell(values.status);
    if (status === undefined) fail('status', 'rectification.import.unknown_status', { value: values.status });
    else if (status !== null && !(RECTIFICATION_IMPORT_STATUSES as readonly string[]).includes(status))
      fail('status', 'rectification.import.status_not_importable', { value: values.status });
    if (!sourceIsSelfInspection(values.source))
      fail('source', 'rectification.import.source_not_importable', { value: values.source });
    if (errors.length > 0) {
      rejected.push({ row, errors });
      continue;
    }
    const text = (v: string) => (v === '' ? null : v);
    valid.push({
      row,
      problem: values.problem,
      domainId: domainId ?? null,
      conduct: conduct ?? null,
      measures: text(values.measures),
      responsiblePerson: text(values.responsiblePerson),
      due: due!,
      status: (status ?? 'pending') as 'pending' | 'rectifying',
      completion: text(values.completion),
    });
  }
  return { valid, rejected };
}
