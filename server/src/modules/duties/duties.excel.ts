import {
  DUTY_CATEGORIES,
  DUTY_CATEGORY_LABELS,
  type DutyItem,
  type DutyItemKind,
  type Locale,
} from '@zeren/contracts';
import ExcelJS from 'exceljs';
import { guardFormula, readSheetRows, type SheetRow } from '../../platform/files/spreadsheet';
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

export type RawImportRow = Omit<SheetRow<ImportField>, 'problems'> & { problems?: ImportField[] };

export { cellText } from '../../platform/files/spreadsheet';

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
 * Reads the first worksheet of an uploaded .xlsx, headed in row 1 (readSheetRows: zip-guarded,
 * streamed, at most MAX_IMPORT_ROWS rows).
 */
export async function readImportWorkbook(bytes: Buffer, locale: Locale): Promise<RawImportRow[]> {
  return readSheetRows(bytes, locale, {
    columns: IMPORT_COLUMNS,
    required: ['code', 'name'],
    maxRows: MAX_IMPORT_ROWS,
  });
}
