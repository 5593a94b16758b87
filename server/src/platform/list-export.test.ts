/**
 * The export's walk waits for the zip's compressor through ExcelJS internals (`sheetEntry`): an
 * ExcelJS that writes its sheets another way must fail here, not silently fill the memory again.
 */
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { sheetEntry } from './list-export';

describe('sheetEntry', () => {
  it("finds the stream a sheet's rows are written into, and it tells when it is full", async () => {
    const out = new PassThrough();
    out.resume();
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false });
    const sheet = workbook.addWorksheet('整改台账');
    sheet.addRow(['问题', '单位']).commit();
    const [entry, ...more] = sheetEntry(sheet);
    expect(more).toEqual([]);
    const state = () =>
      (entry as unknown as { _writableState: { needDrain: boolean; length: number } })._writableState;
    for (let i = 0; i < 5_000; i++) sheet.addRow([`制度执行不到位（第${i}项）`, '市城市管理局']).commit();
    expect(state().length).toBeGreaterThan(0);
    expect(entry!.writableNeedDrain ?? state().needDrain).toBe(true);
    await new Promise((resolve) => entry!.once('drain', resolve));
    expect(state().length).toBeLessThan(65_536);
    sheet.commit();
    await workbook.commit();
  });
});
