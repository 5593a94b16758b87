import { desc, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { expect } from 'vitest';
import { auditEvent } from '../src/platform/audit/audit.table';
import type { TestApp } from './harness';

/** What the export tests read back and compare: shared by the mechanism's test and the lists' tests. */

export type Cell = ExcelJS.CellValue;

/** The data rows of an exported workbook's first sheet (after the title and header rows), its header, and the second sheet. */
export async function sheetOf(body: Buffer) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(body as never);
  const sheet = book.worksheets[0]!;
  const width = sheet.getRow(2).cellCount;
  const rows: Cell[][] = [];
  sheet.eachRow((row, n) => {
    if (n > 2) rows.push(Array.from({ length: width }, (_, i) => row.getCell(i + 1).value));
  });
  return { header: sheet.getRow(2).values as Cell[], rows, about: book.worksheets[1]! };
}

/** Every row of a list under the filters, page after page of `pageSize` (small pages: many cursors). */
export async function listAll<T>(
  t: TestApp,
  pageSize: number,
  cookie: string,
  path: string,
  filters: Record<string, string>,
): Promise<T[]> {
  const items: T[] = [];
  let after: string | null = null;
  do {
    const query = new URLSearchParams({ ...filters, limit: String(pageSize), ...(after ? { after } : {}) });
    const res = await t.as(cookie, { method: 'GET', url: `${path}?${query}` });
    expect(res.statusCode, res.body).toBe(200);
    const page = res.json() as { items: T[]; nextCursor: string | null };
    items.push(...page.items);
    after = page.nextCursor;
  } while (after);
  return items;
}

/** The list's export under the same filters. */
export const exportOf = (
  t: TestApp,
  cookie: string,
  path: string,
  filters: Record<string, string>,
  locale = 'zh-CN',
) =>
  t.as(cookie, {
    method: 'GET',
    url: `${path}/export.xlsx?${new URLSearchParams(filters)}`,
    headers: { 'accept-language': locale },
  });

/** The newest audit event of an action. */
export const lastAuditEvent = async (t: TestApp, action: string) =>
  (
    await t.database.db
      .select()
      .from(auditEvent)
      .where(eq(auditEvent.action, action))
      .orderBy(desc(auditEvent.seq))
      .limit(1)
  )[0];
