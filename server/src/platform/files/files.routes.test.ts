import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditCount, auditRows, createTestApp, type TestApp } from '../../../test/harness';
import { sm3 } from '../crypto';
import { fileBlob, storedFile } from './files.table';
import { multipartBody } from './multipart-test-body';

let t: TestApp;
let clerk: string;
let county: string;
let office: string;
let jyj: string;
let cgjy: string;

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

beforeAll(async () => {
  t = await createTestApp();
  clerk = await t.login('dept.clerk');
  county = await t.login('county.office');
  office = await t.login('office');
  const units = (await t.as(office, { method: 'GET', url: '/api/units' })).json().items;
  jyj = units.find((u: { name: string }) => u.name === '市教育局').id;
  cgjy = units.find((u: { name: string }) => u.name === '城关区教育局').id;
});
afterAll(() => t.close());

function upload(cookie: string, unitId: string, filename: string, bytes: Buffer, type?: string) {
  const body = multipartBody(filename, bytes, type);
  return t.as(cookie, {
    method: 'POST',
    url: `/api/files?unitId=${unitId}`,
    payload: body.payload,
    headers: body.headers,
  });
}

describe('files', () => {
  it('stores an upload with its SM3, audited, and serves it back with a safe Content-Disposition', async () => {
    const res = await upload(clerk, jyj, '整改报告 <终稿>.pdf', PDF, 'application/pdf');
    expect(res.statusCode, res.body).toBe(201);
    const file = res.json();
    expect(file).toMatchObject({ mimeType: 'application/pdf', size: PDF.length });
    expect(file.filename).toBe('整改报告 _终稿_.pdf');
    const [row] = await t.database.db.select().from(storedFile).where(eq(storedFile.id, file.id));
    expect(row).toMatchObject({ unitId: jyj, sm3: sm3(PDF), ownerType: null });
    const [blob] = await t.database.db.select().from(fileBlob).where(eq(fileBlob.fileId, file.id));
    expect(Buffer.compare(blob!.bytes, PDF)).toBe(0);
    const [uploaded] = await auditRows(t.database, 'file.uploaded', file.id);
    expect(uploaded!.after).toMatchObject({ sm3: sm3(PDF), size: PDF.length });

    const down = await t.as(clerk, { method: 'GET', url: `/api/files/${file.id}` });
    expect(down.statusCode).toBe(200);
    expect(Buffer.compare(down.rawPayload, PDF)).toBe(0);
    expect(down.headers['content-type']).toBe('application/pdf');
    expect(down.headers['content-disposition']).toBe(
      `attachment; filename="_________.pdf"; filename*=UTF-8''${encodeURIComponent('整改报告 _终稿_.pdf')}`,
    );
    expect((await auditRows(t.database, 'file.downloaded', file.id)).length).toBe(1);
  });

  it('a file outside the caller’s scope is 404 and not audited as downloaded', async () => {
    const file = (await upload(clerk, jyj, 'a.pdf', PDF)).json();
    const res = await t.as(county, { method: 'GET', url: `/api/files/${file.id}` });
    expect(res.statusCode).toBe(404);
    expect(await auditRows(t.database, 'file.downloaded', file.id)).toHaveLength(0);
  });

  it('refuses a disallowed type by content (415), whatever the name says', async () => {
    const before = await auditCount(t.database);
    const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0x90)]);
    let res = await upload(clerk, jyj, 'setup.exe', exe);
    expect(res.statusCode).toBe(415);
    expect(res.json().code).toBe('FILE_TYPE_NOT_ALLOWED');
    res = await upload(clerk, jyj, 'disguised.pdf', exe, 'application/pdf');
    expect(res.statusCode).toBe(415);
    res = await upload(clerk, jyj, 'page.html', Buffer.from('<html><script>alert(1)</script></html>'));
    expect(res.statusCode).toBe(415);
    expect(await auditCount(t.database)).toBe(before);
  });

  it('refuses a file over 20 MB with 413 FILE_TOO_LARGE', async () => {
    const big = Buffer.concat([PDF, Buffer.alloc(20 * 1024 * 1024 + 10, 0x20)]);
    const res = await upload(clerk, jyj, 'big.pdf', big);
    expect(res.statusCode).toBe(413);
    expect(res.json().code).toBe('FILE_TOO_LARGE');
  });

  it('answers a malformed multipart body with 400, storing nothing', async () => {
    const before = await auditCount(t.database);
    const noBoundary = await t.as(clerk, {
      method: 'POST',
      url: `/api/files?unitId=${jyj}`,
      headers: { 'content-type': 'multipart/form-data' },
      payload: 'garbage',
    });
    expect(noBoundary.statusCode).toBe(400);
    expect(noBoundary.json().code).toBe('MALFORMED_REQUEST');
    const body = multipartBody('cut.pdf', PDF);
    const truncated = await t.as(clerk, {
      method: 'POST',
      url: `/api/files?unitId=${jyj}`,
      headers: body.headers,
      payload: Buffer.from(body.payload).subarray(0, 120),
    });
    expect(truncated.statusCode).toBe(400);
    expect(await auditCount(t.database)).toBe(before);
  });

  it('refuses an upload for a unit outside the scope (400 on unitId)', async () => {
    const res = await upload(clerk, cgjy, 'a.pdf', PDF);
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe('unitId');
  });

  it('accepts a plain-text file with a .txt name, and renames a mismatching extension', async () => {
    const txt = await upload(clerk, jyj, '说明.txt', Buffer.from('整改说明：已完成。\n'));
    expect(txt.statusCode).toBe(201);
    expect(txt.json().mimeType).toBe('text/plain; charset=utf-8');
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
      'base64',
    );
    const renamed = await upload(clerk, jyj, 'photo.html', png);
    expect(renamed.json()).toMatchObject({ mimeType: 'image/png', filename: 'photo.html.png' });
  });
});
