import type { Locale, MonthlyFigure, MonthlyReportProgress, MonthlyReportRole } from '@zeren/contracts';
import ExcelJS from 'exceljs';
import { guardFormula } from '../../platform/files/spreadsheet';
import { t } from '../../platform/i18n';

/** What the workbook shows of one owing unit's month. */
export interface MonthRow {
  unitName: string;
  role: MonthlyReportRole;
  progress: MonthlyReportProgress;
  dueDate: string;
  submittedAt: string | null;
  reminders: number;
  figures: MonthlyFigure[];
  report: { report: { narrative: string } } | null;
}

const shanghaiTime = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

function styleHeader(row: ExcelJS.Row) {
  row.font = { bold: true };
  row.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  row.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
  });
}

/**
 * One month as the ledger units keep it: a title line, two header rows (the figures under their
 * group, merged), one row per owing unit with its status, due date, submission time, figures and
 * narrative. Every text passes guardFormula.
 */
export async function buildMonthWorkbook(
  locale: Locale,
  month: string,
  view: { plan: { name: string }; rows: MonthRow[] },
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Zeren';
  const sheet = workbook.addWorksheet(t(locale, 'monthlyReports.excel.sheet'), {
    views: [{ state: 'frozen', xSplit: 1, ySplit: 3 }],
  });
  const fixed = ['unit', 'role', 'status', 'due_date', 'submitted_at', 'reminders'].map((k) =>
    t(locale, `monthlyReports.excel.${k}`),
  );
  // Every figure any row has: a report frozen before a group was added lacks that group's figures
  // (its cells stay empty), and must not take the group out of the live rows' columns.
  const figureColumns: MonthlyFigure[] = [];
  for (const row of view.rows)
    for (const f of row.figures) if (!figureColumns.some((c) => c.key === f.key)) figureColumns.push(f);
  const narrative = t(locale, 'monthlyReports.excel.narrative');
  const width = fixed.length + figureColumns.length + 1;

  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  sheet.addRow([
    guardFormula(t(locale, 'monthlyReports.excel.title', { campaign: view.plan.name, year, monthNumber })),
  ]);
  sheet.mergeCells(1, 1, 1, width);
  sheet.getRow(1).font = { bold: true, size: 14 };
  sheet.getRow(1).alignment = { horizontal: 'center' };

  const groups = sheet.addRow(
    [...fixed, ...figureColumns.map((f) => f.groupLabel), narrative].map(guardFormula),
  );
  const labels = sheet.addRow([...fixed, ...figureColumns.map((f) => f.label), narrative].map(guardFormula));
  styleHeader(groups);
  styleHeader(labels);
  // The fixed columns and the narrative span both header rows; each group spans its figures.
  for (let c = 1; c <= fixed.length; c++) sheet.mergeCells(2, c, 3, c);
  sheet.mergeCells(2, width, 3, width);
  let start = 0;
  while (start < figureColumns.length) {
    let end = start;
    while (end + 1 < figureColumns.length && figureColumns[end + 1]!.group === figureColumns[start]!.group)
      end++;
    if (end > start) sheet.mergeCells(2, fixed.length + start + 1, 2, fixed.length + end + 1);
    start = end + 1;
  }

  for (const row of view.rows) {
    const values = new Map(row.figures.map((f) => [f.key, f.value]));
    sheet.addRow([
      ...[
        row.unitName,
        t(locale, `monthlyReports.role.${row.role}`),
        t(locale, `monthlyReports.progress.${row.progress}`),
        row.dueDate,
        row.submittedAt ? shanghaiTime.format(new Date(row.submittedAt)) : '',
      ].map(guardFormula),
      row.reminders,
      ...figureColumns.map((f) => values.get(f.key) ?? null),
      guardFormula(row.report?.report.narrative ?? ''),
    ]);
  }
  sheet.columns.forEach((column, i) => {
    column.width = i === 0 ? 28 : i === width - 1 ? 60 : i < fixed.length ? 14 : 12;
  });
  sheet.getColumn(width).alignment = { wrapText: true, vertical: 'top' };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
