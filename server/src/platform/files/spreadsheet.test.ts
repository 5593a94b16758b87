import { readdirSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { temporaryDirectory } from '../../../test/harness';
import { AppError } from '../errors';
import { readSheetRows } from './spreadsheet';

/** A workbook as Zeren's own exports write it (no shared strings: inline strings) or as Excel does. */
async function workbook(rows: string[][], useSharedStrings: boolean): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings });
  const sheet = book.addWorksheet('清单');
  for (const row of rows) sheet.addRow(row).commit();
  sheet.commit();
  await book.commit();
  return Buffer.concat(chunks);
}

const columns = [
  { field: 'code', header: '事项编码' },
  { field: 'name', header: '事项名称' },
] as const;
const read = (bytes: Buffer, maxRows = 100) =>
  readSheetRows(bytes, 'zh-CN', { columns, required: ['code', 'name'], maxRows });

// The reader's temporary files would go to os.tmpdir(): a folder of this file's own, checked empty.
const spool = temporaryDirectory('zeren-spreadsheet-tmp-');
afterAll(() => spool.remove());
async function inPrivateTemp<T>(work: () => Promise<T>): Promise<T> {
  const before = process.env.TMPDIR;
  process.env.TMPDIR = spool.path;
  try {
    return await work();
  } finally {
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
  }
}

describe('reading an uploaded sheet', () => {
  const list = [
    ['事项编码', '事项名称'],
    ['A001', '行政许可'],
    ['A002', '行政处罚'],
  ];

  it.each([
    ['without shared strings (as Zeren exports it)', false],
    ['with shared strings (as Excel saves it)', true],
  ])('reads a workbook %s and leaves no temporary file behind', async (_, shared) => {
    const rows = await inPrivateTemp(async () => read(await workbook(list, shared)));
    expect(rows.map((r) => r.values)).toEqual([
      { code: 'A001', name: '行政许可' },
      { code: 'A002', name: '行政处罚' },
    ]);
    expect(readdirSync(spool.path)).toEqual([]);
  });

  it('stops at the row limit with a 400, and leaves no temporary file behind either', async () => {
    const bytes = await workbook(list, false);
    const refused = await inPrivateTemp(() => read(bytes, 1).catch((e: unknown) => e));
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).status).toBe(400);
    expect(readdirSync(spool.path)).toEqual([]);
  });
});
