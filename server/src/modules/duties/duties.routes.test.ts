import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditCount, auditRows, createTestApp, type TestApp } from '../../../test/harness';
import { multipartBody } from '../../platform/files/multipart-test-body';
import { dutyItem, dutyItemVersion } from './duties.table';

let t: TestApp;
let clerk: string;
let head: string;
let office: string;
let otherClerk: string;
const unitId = new Map<string, string>();

const content = {
  name: '校车使用许可',
  category: 'licensing',
  legalBasis: '《校车安全管理条例》第十四条',
  implementingBody: '市教育局',
  handlingOffice: '安全稳定科',
  responsibilities: '受理、审查、决定、送达、监管',
  accountabilityConditions: '对不符合条件的申请准予许可的',
  accountabilityBasis: '《中华人民共和国公职人员政务处分法》',
  remarks: null,
};

beforeAll(async () => {
  t = await createTestApp();
  clerk = await t.login('dept.clerk');
  head = await t.login('dept.head');
  office = await t.login('office');
  for (const u of (await t.as(office, { method: 'GET', url: '/api/units' })).json().items)
    unitId.set(u.name, u.id);
  // A clerk of another unit (市市场监管局), created through the account API.
  const sysadmin = await t.login('sysadmin');
  const p = await t.as(sysadmin, {
    method: 'POST',
    url: '/api/persons',
    payload: { unitId: unitId.get('市市场监管局'), name: '钱市监', position: '科员' },
  });
  const a = await t.as(sysadmin, {
    method: 'POST',
    url: '/api/accounts',
    payload: {
      username: 'scjg.clerk',
      password: 'Str0ng-password!',
      personId: p.json().id,
      roles: [{ role: 'unit_staff', dataScope: 'self_unit', unitId: unitId.get('市市场监管局') }],
    },
  });
  expect(a.statusCode).toBe(201);
  otherClerk = await t.activate('scjg.clerk', 'Str0ng-password!');
});
afterAll(() => t.close());

const jyj = () => unitId.get('市教育局')!;

async function createDraft(code: string, extra: Record<string, unknown> = {}) {
  const res = await t.as(clerk, {
    method: 'POST',
    url: '/api/duty-items',
    payload: { kind: 'power', unitId: jyj(), code, ...content, ...extra },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

/** Each workflow action is its own route; return takes a reason, approve an optional opinion. */
const transition = (cookie: string, id: string, action: string, reason?: string) =>
  t.as(cookie, {
    method: 'POST',
    url: `/api/duty-items/${id}/${action}`,
    payload: action === 'return' ? { ...(reason ? { reason } : {}) } : {},
  });

const versionsOf = (itemId: string) =>
  t.database.db
    .select()
    .from(dutyItemVersion)
    .where(eq(dutyItemVersion.itemId, itemId))
    .orderBy(dutyItemVersion.version);

describe('the approval workflow', () => {
  it('draft → submit → return → edit → resubmit → approve → v2 → approve supersedes v1', async () => {
    const created = await createDraft('JY-XK-100');
    expect(created.latest).toMatchObject({ version: 1, status: 'draft', name: '校车使用许可' });
    expect(created.published).toBeNull();
    const [drafted] = await auditRows(t.database, 'duty_item.drafted', created.id);
    expect(drafted!.after).toMatchObject({ code: 'JY-XK-100', status: 'draft', version: 1 });
    expect(drafted!.actorName).toBe('刘填报');

    // submit
    let res = await transition(clerk, created.id, 'submit');
    expect(res.statusCode).toBe(200);
    expect(res.json().latest.status).toBe('submitted');
    expect((await auditRows(t.database, 'duty_item.submitted', created.id)).length).toBe(1);
    // the leader's queue shows it
    const queue = (await t.as(head, { method: 'GET', url: '/api/duty-items/approval-queue' })).json().items;
    expect(queue.map((i: { id: string }) => i.id)).toContain(created.id);
    // the clerk cannot approve
    res = await transition(clerk, created.id, 'approve');
    expect(res.statusCode).toBe(403);

    // return without a reason → 400; with one → returned
    res = await transition(head, created.id, 'return');
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe('reason');
    res = await transition(head, created.id, 'return', '设定依据缺少条款原文');
    expect(res.statusCode).toBe(200);
    expect(res.json().latest).toMatchObject({ status: 'returned', returnReason: '设定依据缺少条款原文' });
    const [returned] = await auditRows(t.database, 'duty_item.returned', created.id);
    expect(returned!.before).toMatchObject({ status: 'submitted' });
    expect(returned!.after).toMatchObject({ status: 'returned', reason: '设定依据缺少条款原文' });

    // the clerk edits the returned version and resubmits
    res = await t.as(clerk, {
      method: 'PATCH',
      url: `/api/duty-items/${created.id}/draft`,
      payload: { legalBasis: '《校车安全管理条例》第十四条：取得校车使用许可应当符合下列条件……' },
    });
    expect(res.statusCode).toBe(200);
    const [updated] = await auditRows(t.database, 'duty_item.updated', created.id);
    expect(updated!.before).toEqual({ version: 1, legalBasis: '《校车安全管理条例》第十四条' });
    expect(Object.keys(updated!.after!).sort()).toEqual(['legalBasis', 'version']);
    res = await transition(clerk, created.id, 'submit');
    expect(res.json().latest.status).toBe('submitted');

    // approve → published
    res = await transition(head, created.id, 'approve');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ publishedVersion: 1, latest: { status: 'published', version: 1 } });
    const [item] = await t.database.db.select().from(dutyItem).where(eq(dutyItem.id, created.id));
    expect(item!.publishedVersion).toBe(1);
    const [published] = await auditRows(t.database, 'duty_item.published', created.id);
    expect(published!.after).toMatchObject({ status: 'published', publishedVersion: 1 });
    expect(published!.actorName).toBe('黄局长');
    // The reviewer sees who submitted it; the item says who approved it.
    expect(res.json().latest).toMatchObject({ submittedByName: '刘填报', reviewedByName: '黄局长' });

    // a published version is immutable
    res = await t.as(clerk, {
      method: 'PATCH',
      url: `/api/duty-items/${created.id}/draft`,
      payload: { name: '改名' },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('VERSION_IMMUTABLE');
    expect((await versionsOf(created.id))[0]!.name).toBe('校车使用许可');

    // a new version: v2 draft copying v1
    res = await t.as(clerk, { method: 'POST', url: `/api/duty-items/${created.id}/versions` });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      publishedVersion: 1,
      latest: { version: 2, status: 'draft', name: '校车使用许可' },
      published: { version: 1 },
    });
    // only one open version at a time
    expect(
      (await t.as(clerk, { method: 'POST', url: `/api/duty-items/${created.id}/versions` })).statusCode,
    ).toBe(409);
    await t.as(clerk, {
      method: 'PATCH',
      url: `/api/duty-items/${created.id}/draft`,
      payload: { name: '校车使用许可（含变更）' },
    });
    await transition(clerk, created.id, 'submit');
    res = await transition(head, created.id, 'approve');
    expect(res.json()).toMatchObject({ publishedVersion: 2, latest: { version: 2, status: 'published' } });
    const versions = await versionsOf(created.id);
    expect(versions.map((v) => [v.version, v.status])).toEqual([
      [1, 'superseded'],
      [2, 'published'],
    ]);
    const events = await auditRows(t.database, 'duty_item.published', created.id);
    expect(events[1]!.after).toMatchObject({ publishedVersion: 2, superseded: 1 });

    // the detail lists every version, newest first
    const detail = (await t.as(clerk, { method: 'GET', url: `/api/duty-items/${created.id}` })).json();
    expect(detail.versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
  });

  it('an illegal transition is a 409 INVALID_TRANSITION and changes nothing', async () => {
    const created = await createDraft('JY-XK-101');
    const before = await auditCount(t.database);
    const res = await transition(head, created.id, 'approve');
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('INVALID_TRANSITION');
    expect((await versionsOf(created.id))[0]!.status).toBe('draft');
    expect(await auditCount(t.database)).toBe(before);
  });

  it('withdraws a submitted version back to draft', async () => {
    const created = await createDraft('JY-XK-102');
    await transition(clerk, created.id, 'submit');
    const res = await transition(clerk, created.id, 'withdraw');
    expect(res.json().latest.status).toBe('draft');
    const events = await auditRows(t.database, 'duty_item.withdrawn', created.id);
    expect(events.at(-1)!.before).toMatchObject({ status: 'submitted' });
    expect(events.at(-1)!.after).toMatchObject({ status: 'draft' });
  });

  it('deletes a never-published draft with its item', async () => {
    const created = await createDraft('JY-XK-103');
    const res = await t.as(clerk, { method: 'DELETE', url: `/api/duty-items/${created.id}/draft` });
    expect(res.statusCode).toBe(200);
    expect(await t.database.db.select().from(dutyItem).where(eq(dutyItem.id, created.id))).toHaveLength(0);
    const [event] = await auditRows(t.database, 'duty_item.draft_deleted', created.id);
    expect(event!.after).toEqual({ itemDeleted: true });
  });

  it('refuses a duplicate code (400 on code) and a unit outside the scope (400 on unitId)', async () => {
    await createDraft('JY-XK-104');
    const before = await auditCount(t.database);
    let res = await t.as(clerk, {
      method: 'POST',
      url: '/api/duty-items',
      payload: { kind: 'power', unitId: jyj(), code: 'JY-XK-104', ...content },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe('code');
    res = await t.as(clerk, {
      method: 'POST',
      url: '/api/duty-items',
      payload: { kind: 'power', unitId: unitId.get('市市场监管局'), code: 'X-1', ...content },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe('unitId');
    expect(await auditCount(t.database)).toBe(before);
    expect(
      await t.database.db
        .select()
        .from(dutyItem)
        .where(and(eq(dutyItem.code, 'X-1'))),
    ).toHaveLength(0);
  });
});

describe('data scope', () => {
  it("a clerk of another unit neither sees nor changes 市教育局's drafts (404)", async () => {
    const created = await createDraft('JY-XK-200');
    const list = (await t.as(otherClerk, { method: 'GET', url: '/api/duty-items' })).json().items;
    expect(list.every((i: { unitId: string }) => i.unitId === unitId.get('市市场监管局'))).toBe(true);
    expect((await t.as(otherClerk, { method: 'GET', url: `/api/duty-items/${created.id}` })).statusCode).toBe(
      404,
    );
    const before = await auditCount(t.database);
    const patch = await t.as(otherClerk, {
      method: 'PATCH',
      url: `/api/duty-items/${created.id}/draft`,
      payload: { name: '越权修改' },
    });
    expect(patch.statusCode).toBe(404);
    expect((await transition(otherClerk, created.id, 'submit')).statusCode).toBe(404);
    expect(
      (await t.as(otherClerk, { method: 'DELETE', url: `/api/duty-items/${created.id}/draft` })).statusCode,
    ).toBe(404);
    expect((await versionsOf(created.id))[0]).toMatchObject({ name: '校车使用许可', status: 'draft' });
    expect(await auditCount(t.database)).toBe(before);
  });

  it('the city-wide office sees the items of every unit', async () => {
    const items = (await t.as(office, { method: 'GET', url: '/api/duty-items?kind=power' })).json().items;
    const units = new Set(items.map((i: { unitName: string }) => i.unitName));
    expect(units.has('市教育局')).toBe(true);
    expect(units.has('市市场监管局')).toBe(true);
  });
});

describe('the public portal', () => {
  const PUBLIC_KEYS = [
    'accountabilityBasis',
    'accountabilityConditions',
    'category',
    'code',
    'handlingOffice',
    'id',
    'implementingBody',
    'kind',
    'legalBasis',
    'name',
    'publishedAt',
    'remarks',
    'responsibilities',
    'unitId',
    'unitName',
    'version',
  ];

  it('searches what the search box promises: names, codes and the legal basis (设定依据)', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/portal/duty-items?q=${encodeURIComponent('民办教育促进法')}`,
    });
    expect(res.statusCode).toBe(200);
    const items = res.json().items as { legalBasis: string; name: string }[];
    expect(items.length).toBeGreaterThanOrEqual(2);
    for (const item of items) expect(`${item.name}${item.legalBasis}`).toContain('民办教育促进法');
  });

  it('lists published items only, with the public fields only', async () => {
    const draft = await createDraft('JY-XK-300', { name: '尚未发布的草稿事项' });
    const res = await t.app.inject({ method: 'GET', url: '/api/portal/duty-items?limit=100' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.total).toBeGreaterThan(0);
    for (const item of body.items) expect(Object.keys(item).sort()).toEqual(PUBLIC_KEYS);
    expect(body.items.map((i: { id: string }) => i.id)).not.toContain(draft.id);
    expect(JSON.stringify(body)).not.toContain('尚未发布的草稿事项');
    // the demo item with a newer draft shows its published name, not the draft's
    const penalty = body.items.find((i: { code: string }) => i.code === 'JY-CF-001');
    expect(penalty.name).toBe('对违规办学行为的行政处罚');
    expect(
      (await t.app.inject({ method: 'GET', url: `/api/portal/duty-items/${draft.id}` })).statusCode,
    ).toBe(404);
  });

  it('searches by name, category label and unit name, and pages with a total', async () => {
    const byName = (
      await t.app.inject({ method: 'GET', url: `/api/portal/duty-items?q=${encodeURIComponent('教师资格')}` })
    ).json();
    expect(byName.items.map((i: { code: string }) => i.code)).toEqual(['JY-QR-001']);
    const byCategory = (
      await t.app.inject({ method: 'GET', url: `/api/portal/duty-items?q=${encodeURIComponent('行政许可')}` })
    ).json();
    expect(byCategory.items.length).toBeGreaterThan(0);
    expect(byCategory.items.every((i: { category: string }) => i.category === 'licensing')).toBe(true);
    const byUnit = (
      await t.app.inject({ method: 'GET', url: `/api/portal/duty-items?q=${encodeURIComponent('市场监管')}` })
    ).json();
    expect(byUnit.items.every((i: { unitName: string }) => i.unitName === '市市场监管局')).toBe(true);
    const page = (
      await t.app.inject({ method: 'GET', url: '/api/portal/duty-items?limit=2&offset=1' })
    ).json();
    expect(page.items).toHaveLength(2);
    expect(page.total).toBeGreaterThan(2);
  });

  it('shows the history of published and superseded versions, never drafts', async () => {
    const created = await createDraft('JY-XK-301');
    await transition(clerk, created.id, 'submit');
    await transition(head, created.id, 'approve');
    await t.as(clerk, { method: 'POST', url: `/api/duty-items/${created.id}/versions` });
    await t.as(clerk, {
      method: 'PATCH',
      url: `/api/duty-items/${created.id}/draft`,
      payload: { name: 'v2 名称' },
    });
    await transition(clerk, created.id, 'submit');
    await transition(head, created.id, 'approve');
    await t.as(clerk, { method: 'POST', url: `/api/duty-items/${created.id}/versions` });
    await t.as(clerk, {
      method: 'PATCH',
      url: `/api/duty-items/${created.id}/draft`,
      payload: { name: 'v3 草稿' },
    });
    const res = await t.app.inject({ method: 'GET', url: `/api/portal/duty-items/${created.id}` });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.item).toMatchObject({ version: 2, name: 'v2 名称' });
    expect(body.history.map((h: { version: number }) => h.version)).toEqual([2, 1]);
    expect(Object.keys(body.history[0]).sort()).toEqual(
      PUBLIC_KEYS.filter((k) => !['id', 'unitId', 'unitName', 'kind', 'code'].includes(k)),
    );
    expect(res.body).not.toContain('v3 草稿');
    expect(res.body).not.toContain('returnReason');
  });

  it('lists the units that have published items', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/portal/units' });
    const names = res.json().items.map((u: { name: string }) => u.name);
    expect(names).toEqual(expect.arrayContaining(['市教育局', '市市场监管局', '市政务服务和大数据管理局']));
    expect(names).not.toContain('市公安局');
    expect(Object.keys(res.json().items[0]).sort()).toEqual(['id', 'name']);
  });
});

const HEADERS = [
  '事项编码',
  '事项名称',
  '主项编码',
  '职权类别',
  '设定依据',
  '实施主体',
  '承办机构',
  '责任事项',
  '追责情形',
  '追责依据',
  '备注',
];

async function xlsx(rows: (string | null)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('权力清单');
  sheet.addRow(HEADERS);
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function importRequest(cookie: string, bytes: Buffer, query: string, locale = 'zh-CN') {
  const body = multipartBody('清单.xlsx', bytes);
  return t.as(cookie, {
    method: 'POST',
    url: `/api/duty-items/import?${query}`,
    payload: body.payload,
    headers: { ...body.headers, 'accept-language': locale },
  });
}

describe('Excel import and export', () => {
  const rows = () => [
    [
      'IM-001',
      '学历教育民办学校分立合并审批',
      null,
      '行政许可',
      '《民办教育促进法》第五十三条',
      '市教育局',
      '审批科',
      '受理、审查、决定',
      '违法准予许可的',
      '政务处分法',
      null,
    ],
    ['IM-001-1', '分立审批', 'IM-001', '行政许可', null, null, null, null, null, null, null],
    ['', '缺编码的事项', null, '行政处罚', null, null, null, null, null, null, null],
    ['IM-003', '未知类别的事项', null, '行政审批', null, null, null, null, null, null, null],
    ['IM-001', '重复编码', null, null, null, null, null, null, null, null, null],
    ['JY-XK-001', '与已有事项重复', null, null, null, null, null, null, null, null, null],
    ['IM-006', '太长的依据', null, null, 'x'.repeat(4001), null, null, null, null, null, null],
  ];

  it('serves a template with the Chinese headers and a category sheet', async () => {
    const res = await t.as(clerk, { method: 'GET', url: '/api/duty-items/import-template?kind=power' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain("filename*=UTF-8''");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect((wb.worksheets[0]!.getRow(1).values as unknown[]).slice(1)).toEqual(HEADERS);
    const categories = wb.worksheets[1]!.getColumn(1).values.slice(2);
    expect(categories).toContain('行政许可');
    expect(categories).toContain('公共服务');
  });

  it('the filled-in template imports as drafts', async () => {
    const template = await t.as(clerk, { method: 'GET', url: '/api/duty-items/import-template?kind=duty' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(template.rawPayload as unknown as ArrayBuffer);
    wb.worksheets[0]!.getRow(2).values = [
      'ZR-T-1',
      '推进智慧校园建设',
      null,
      '公共服务',
      '《教育信息化2.0行动计划》',
    ];
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    const res = await importRequest(clerk, bytes, `kind=duty&unitId=${jyj()}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ imported: 1, rejected: [] });
    const [item] = await t.database.db.select().from(dutyItem).where(eq(dutyItem.code, 'ZR-T-1'));
    expect(item!.kind).toBe('duty');
    expect((await versionsOf(item!.id))[0]).toMatchObject({ status: 'draft', category: 'public_service' });
  });

  it('mode=all rejects a file with bad rows: 422 with the row report, nothing imported', async () => {
    const before = await auditCount(t.database);
    const res = await importRequest(clerk, await xlsx(rows()), `kind=power&unitId=${jyj()}`);
    expect(res.statusCode).toBe(422);
    const body = res.json();
    expect(body).toMatchObject({ code: 'IMPORT_HAS_ERRORS', status: 422 });
    expect(body.title).toContain('5');
    expect(body.rejected.map((r: { row: number }) => r.row)).toEqual([4, 5, 6, 7, 8]);
    const byRow = new Map(body.rejected.map((r: { row: number; errors: unknown[] }) => [r.row, r.errors]));
    expect(byRow.get(4)).toEqual([{ field: 'code', column: '事项编码', message: '“事项编码”不能为空' }]);
    expect(byRow.get(5)).toEqual([
      {
        field: 'category',
        column: '职权类别',
        message: expect.stringContaining('职权类别“行政审批”不是允许的类别'),
      },
    ]);
    expect(byRow.get(6)).toEqual([
      { field: 'code', column: '事项编码', message: '事项编码“IM-001”与第 2 行重复' },
    ]);
    expect(byRow.get(7)).toEqual([
      { field: 'code', column: '事项编码', message: '事项编码“JY-XK-001”已存在于本单位的清单中' },
    ]);
    expect(byRow.get(8)).toEqual([
      { field: 'legalBasis', column: '设定依据', message: '“设定依据”超过 4000 个字符' },
    ]);
    expect(await t.database.db.select().from(dutyItem).where(eq(dutyItem.code, 'IM-001'))).toHaveLength(0);
    expect(await auditCount(t.database)).toBe(before);
  });

  it('reports in the caller’s language', async () => {
    const res = await importRequest(clerk, await xlsx(rows()), `kind=power&unitId=${jyj()}`, 'en-US');
    expect(res.json().rejected[0].errors[0].message).toBe('"事项编码" is required');
  });

  it('mode=valid imports the good rows as version-1 drafts and reports the rest', async () => {
    const res = await importRequest(clerk, await xlsx(rows()), `kind=power&unitId=${jyj()}&mode=valid`);
    expect(res.statusCode).toBe(200);
    expect(res.json().imported).toBe(2);
    expect(res.json().rejected).toHaveLength(5);
    const [main] = await t.database.db
      .select()
      .from(dutyItem)
      .where(and(eq(dutyItem.code, 'IM-001'), eq(dutyItem.unitId, jyj())));
    const [sub] = await t.database.db.select().from(dutyItem).where(eq(dutyItem.code, 'IM-001-1'));
    expect(sub!.parentItemId).toBe(main!.id);
    expect(main!.publishedVersion).toBeNull();
    const versions = await versionsOf(main!.id);
    expect(versions).toHaveLength(1);
    expect(versions[0]).toMatchObject({
      version: 1,
      status: 'draft',
      category: 'licensing',
      name: '学历教育民办学校分立合并审批',
    });
    const event = (await auditRows(t.database, 'duty_item.imported')).at(-1);
    expect(event!.after).toMatchObject({
      imported: 2,
      codes: ['IM-001', 'IM-001-1'],
      rejectedRows: [4, 5, 6, 7, 8],
    });
    expect(event!.unitId).toBe(jyj());
  });

  it('a file that is not an xlsx is 400 IMPORT_FILE_INVALID', async () => {
    const res = await importRequest(clerk, Buffer.from('not a spreadsheet'), `kind=power&unitId=${jyj()}`);
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('IMPORT_FILE_INVALID');
    const corrupt = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(100, 1)]);
    expect((await importRequest(clerk, corrupt, `kind=power&unitId=${jyj()}`)).json().code).toBe(
      'IMPORT_FILE_INVALID',
    );
  });

  it('a clerk cannot import into another unit (400 on unitId)', async () => {
    const res = await importRequest(otherClerk, await xlsx([rows()[0]!]), `kind=power&unitId=${jyj()}`);
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe('unitId');
  });

  it('exports what the caller may see as a readable xlsx, audited', async () => {
    const res = await t.as(otherClerk, { method: 'GET', url: '/api/duty-items/export?kind=power' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    expect((sheet.getRow(1).values as unknown[]).slice(1, 12)).toEqual(HEADERS);
    const codes = sheet.getColumn(1).values.slice(2).filter(Boolean);
    expect(codes.sort()).toEqual(['SC-CF-001', 'SC-XK-001']);
    const [event] = await auditRows(t.database, 'duty_item.exported');
    expect(event!.after).toMatchObject({ kind: 'power', count: 2 });

    const mine = await t.as(clerk, { method: 'GET', url: '/api/duty-items/export?kind=power' });
    const wb2 = new ExcelJS.Workbook();
    await wb2.xlsx.load(mine.rawPayload as unknown as ArrayBuffer);
    const myCodes = wb2.worksheets[0]!.getColumn(1).values.slice(2).filter(Boolean) as string[];
    expect(myCodes).toContain('JY-XK-001');
    expect(myCodes).toContain('IM-001');
    expect(myCodes).not.toContain('SC-XK-001');
  });
});
