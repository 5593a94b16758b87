import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { PassThrough } from 'node:stream';
import { count, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditCount, createTestApp, type TestApp } from '../../../test/harness';
import { multipartBody } from '../../platform/files/multipart-test-body';
import { guardFormula } from '../../platform/files/spreadsheet';
import { xlsxBomb, zipArchive } from '../../platform/files/zip-test-archive';
import { unit } from '../../platform/org/org.table';
import { cellText, MAX_IMPORT_ROWS } from './duties.excel';
import { dutyItem, dutyItemVersion } from './duties.table';

let t: TestApp;
let clerk: string;
let jyj: string;
/** The attack of the issue: an .xlsx whose two sheets each inflate to 400 MB. */
let bomb: Buffer;
beforeAll(async () => {
  t = await createTestApp();
  clerk = await t.login('dept.clerk');
  [{ id: jyj }] = (await t.database.db.select({ id: unit.id }).from(unit).where(eq(unit.code, 'C007'))) as [
    { id: string },
  ];
  bomb = await xlsxBomb(400 * 1024 * 1024);
});
afterAll(() => t.close());

const items = async () => (await t.database.db.select({ n: count() }).from(dutyItem))[0]!.n;

function upload(bytes: Buffer, query = `kind=power&unitId=${jyj}`, locale = 'zh-CN') {
  const body = multipartBody('list.xlsx', bytes);
  return t.as(clerk, {
    method: 'POST',
    url: `/api/duty-items/import?${query}`,
    payload: body.payload,
    headers: { ...body.headers, 'accept-language': locale },
  });
}

async function expectUntouched(
  res: Awaited<ReturnType<typeof upload>>,
  before: { items: number; audit: number },
) {
  expect({ items: await items(), audit: await auditCount(t.database) }).toEqual(before);
  expect(res.headers['content-type']).toContain('application/problem+json');
}

describe('zip bombs are refused before anything parses them', () => {
  it('two sheets of 400 MB each in an archive of a few MB: 413 naming the limit, nothing imported', async () => {
    expect(bomb.length).toBeLessThan(4 * 1024 * 1024);
    const before = { items: await items(), audit: await auditCount(t.database) };
    const res = await upload(bomb);
    expect(res.statusCode).toBe(413);
    expect(res.json().code).toBe('ARCHIVE_LIMIT_EXCEEDED');
    expect(res.json().title).toContain('解压后总大小最多 64 MB');
    const en = await upload(bomb, undefined, 'en-US');
    expect(en.json().title).toContain('at most 64 MB when unpacked');
    await expectUntouched(res, before);
  });

  it('an archive whose central directory lies about the sizes is caught while inflating, stopped early', async () => {
    const before = { items: await items(), audit: await auditCount(t.database) };
    const liar = await xlsxBomb(50 * 1024 * 1024, true);
    const res = await upload(liar);
    expect(res.statusCode).toBe(413);
    expect(res.json().code).toBe('ARCHIVE_LIMIT_EXCEEDED');
    // (How soon it is refused — inflating stops at the declared 4 KB — bench/import-limits.bench.ts prints.)
    await expectUntouched(res, before);
  });

  it('too many entries, and a compression ratio above the cap, are refused by name', async () => {
    const many = zipArchive(
      Array.from({ length: 1001 }, (_, i) => ({ name: `f${i}.xml`, data: Buffer.from('x') })),
    );
    const tooMany = await upload(many);
    expect(tooMany.statusCode).toBe(413);
    expect(tooMany.json().title).toContain('最多 1000 个文件');
    const dense = zipArchive([
      { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(8 * 1024 * 1024, 0x20) },
    ]);
    const ratio = await upload(dense);
    expect(ratio.statusCode).toBe(413);
    expect(ratio.json().title).toContain('压缩比最多 100 倍');
  });

  // How fast /api/health answers meanwhile is a figure bench/import-limits.bench.ts prints, not a test.
  // The worker process holds every test file it ran before this one (isolate: false), so what is
  // measured is the growth during the uploads: inflating even one sheet of one bomb would add 400 MB.
  it('the server keeps answering /api/health during three concurrent bomb uploads, growing by under 256 MB', async () => {
    const before = { items: await items(), audit: await auditCount(t.database) };
    const start = process.memoryUsage().rss;
    let peak = start;
    let uploading = true;
    const probes = (async () => {
      while (uploading) {
        const res = await t.app.inject({ method: 'GET', url: '/api/health' });
        expect(res.statusCode).toBe(200);
        peak = Math.max(peak, process.memoryUsage().rss);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    })();
    const results = await Promise.all([upload(bomb), upload(bomb), upload(bomb)]);
    uploading = false;
    await probes;
    peak = Math.max(peak, process.memoryUsage().rss);
    for (const res of results) expect([413, 503]).toContain(res.statusCode);
    expect(peak - start).toBeLessThan(256 * 1024 * 1024);
    expect({ items: await items(), audit: await auditCount(t.database) }).toEqual(before);
  });

  it('at most two imports run at once: a third is answered 503 at once, with Retry-After', async () => {
    // Two uploads whose bodies have not finished arriving hold both slots.
    const bodies = [new PassThrough(), new PassThrough()];
    const { headers } = multipartBody('list.xlsx', Buffer.alloc(0));
    const boundary = /boundary=(.+)$/.exec(headers['content-type']!)![1]!;
    const held = bodies.map((body) => {
      body.write(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.xlsx"\r\n\r\n`);
      return t.as(clerk, {
        method: 'POST',
        url: `/api/duty-items/import?kind=power&unitId=${jyj}`,
        headers,
        payload: body,
      });
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const third = await upload(bomb);
    expect(third.statusCode).toBe(503);
    expect(third.json().code).toBe('SERVER_BUSY');
    expect(third.headers['retry-after']).toBeDefined();
    for (const body of bodies) body.end(`PK\u0003\u0004not a workbook\r\n--${boundary}--\r\n`);
    for (const res of await Promise.all(held)) expect(res.statusCode).toBe(400);
    // The slots are free again.
    expect((await upload(bomb)).statusCode).toBe(413);
  });
});

describe('the temp folder', () => {
  /** Files exceljs's streaming reader spools in this process (it names them tmp-<pid>-…). */
  const spooled = () => readdirSync(tmpdir()).filter((name) => name.startsWith(`tmp-${process.pid}-`));

  it('an import that stops early — a missing column, too many rows, a second sheet — leaves no file behind', async () => {
    const before = spooled();
    const noCode = new ExcelJS.Workbook();
    noCode.addWorksheet('权力清单').addRow(['事项名称']);
    noCode.addWorksheet('说明').addRow(['第二张表']);
    const missing = await upload(Buffer.from(await noCode.xlsx.writeBuffer()));
    expect(missing.statusCode).toBe(400);
    expect(missing.json().title).toContain('事项编码');

    const long = new ExcelJS.Workbook();
    const sheet = long.addWorksheet('权力清单');
    sheet.addRow(['事项编码', '事项名称']);
    for (let i = 0; i <= MAX_IMPORT_ROWS; i++) sheet.addRow([`L-${i}`, `事项${i}`]);
    long.addWorksheet('说明').addRow(['第二张表']);
    const tooMany = await upload(Buffer.from(await long.xlsx.writeBuffer()));
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().title).toContain(String(MAX_IMPORT_ROWS));

    expect(spooled()).toEqual(before);
  });
});

describe('formula cells', () => {
  async function workbook(name: ExcelJS.CellValue): Promise<Buffer> {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('权力清单');
    sheet.addRow(['事项编码', '事项名称', '备注']);
    sheet.addRow([`F-${Date.now()}`, name, '']);
    sheet.addRow([`G-${Date.now()}`, '普通事项', { formula: '1+1', result: 2 }]);
    return Buffer.from(await book.xlsx.writeBuffer());
  }

  it('a formula without a cached value is an error of its row, never "[object Object]"', async () => {
    const res = await upload(await workbook({ formula: 'B3&"x"' } as ExcelJS.CellValue));
    expect(res.statusCode).toBe(422);
    expect(res.json().rejected).toEqual([
      {
        row: 2,
        errors: [expect.objectContaining({ field: 'name', message: expect.stringContaining('公式') })],
      },
    ]);
    const valid = await upload(
      await workbook({ formula: 'B3&"x"' } as ExcelJS.CellValue),
      `kind=power&unitId=${jyj}&mode=valid`,
    );
    expect(valid.statusCode).toBe(200);
    expect(valid.json().imported).toBe(1);
    const stored = await t.database.db.select().from(dutyItemVersion);
    expect(stored.some((v) => JSON.stringify(v).includes('[object Object]'))).toBe(false);
    // A formula with its cached value counts by that value.
    expect(stored.some((v) => v.remarks === '2')).toBe(true);
  });

  it('a formula with a cached value imports that value', async () => {
    const res = await upload(
      await workbook({ formula: '"缓存"&"的值"', result: '缓存的值' } as ExcelJS.CellValue),
    );
    expect(res.statusCode).toBe(200);
    const stored = await t.database.db
      .select()
      .from(dutyItemVersion)
      .where(eq(dutyItemVersion.name, '缓存的值'));
    expect(stored).toHaveLength(1);
  });
});

describe('export', () => {
  it('guards =, +, -, @, tab and CR at the start of any text value; numbers and other text pass', () => {
    for (const v of ['=1', '+1', '-1', '@A1', '\t=1', '\r=1']) expect(guardFormula(v)).toBe(`'${v}`);
    for (const v of ['1', 'a=1', ' =1', '', 'Zeren']) expect(guardFormula(v)).toBe(v);
    expect(guardFormula(-5)).toBe(-5);
    expect(cellText("'=SUM(1)")).toBe('=SUM(1)');
    expect(cellText("'plain")).toBe("'plain");
  });

  it('writes values that would start a formula as text (a leading apostrophe)', async () => {
    // (Text inputs are trimmed, so a leading tab or CR cannot come through the API; guardFormula covers them.)
    const dangerous = ['=HYPERLINK("http://evil.example","点击")', '+1+1', '-2+3', '@SUM(1)'];
    const codes: string[] = [];
    for (const [i, text] of dangerous.entries()) {
      const code = `X-${Date.now()}-${i}`;
      codes.push(code);
      const res = await t.as(clerk, {
        method: 'POST',
        url: '/api/duty-items',
        payload: { kind: 'duty', unitId: jyj, code, name: `事项${i}`, remarks: text },
      });
      expect(res.statusCode).toBe(201);
    }
    const exported = await t.as(clerk, { method: 'GET', url: '/api/duty-items/export?kind=duty' });
    expect(exported.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(exported.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    const remarks: string[] = [];
    sheet.eachRow((row, n) => {
      if (n > 1 && codes.includes(String(row.getCell(1).value))) remarks.push(String(row.getCell(11).value));
    });
    expect(remarks.sort()).toEqual(dangerous.map((d) => `'${d}`).sort());
    for (const value of remarks) expect(value.startsWith("'")).toBe(true);
  });
});
