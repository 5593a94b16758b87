import { eq, inArray } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Factories } from '../../../test/factories';
import { auditRows, createTestApp, type TestApp } from '../../../test/harness';
import { inTransaction } from '../../platform/context';
import { multipartBody } from '../../platform/files/multipart-test-body';
import { unit, userAccount } from '../../platform/org/org.table';
import { campaign, campaignDomain } from '../campaign/campaign.table';
import { openRectificationItem } from './rectification.service';
import { rectificationItem } from './rectification.table';

let t: TestApp;
let f: Factories;
let clerk: string;
let head: string;
let inspector: string;
let office: string;
let jyj: string;
let cgJy: string;
let campaignId: string;
let educationId: string;

const unitIdOf = async (code: string) =>
  (await t.database.db.select({ id: unit.id }).from(unit).where(eq(unit.code, code)))[0]!.id;

beforeAll(async () => {
  t = await createTestApp();
  t.clock.set(new Date('2026-06-01T02:00:00Z'));
  f = new Factories(t);
  clerk = await t.login('dept.clerk');
  head = await t.login('dept.head');
  inspector = await t.login('inspector');
  office = await t.login('office');
  jyj = await unitIdOf('C007');
  cgJy = await unitIdOf('K101');
  [{ id: campaignId }] = (await t.database.db
    .select({ id: campaign.id })
    .from(campaign)
    .where(eq(campaign.status, 'active'))) as [{ id: string }];
  [{ id: educationId }] = (await t.database.db
    .select({ id: campaignDomain.id })
    .from(campaignDomain)
    .where(eq(campaignDomain.code, 'education'))) as [{ id: string }];
});
afterAll(() => t.close());

async function create(cookie = clerk, overrides: Record<string, unknown> = {}) {
  const res = await t.as(cookie, {
    method: 'POST',
    url: '/api/rectification-items',
    payload: {
      unitId: jyj,
      problem: '部分学校课后服务收费公示不到位',
      domainId: educationId,
      conduct: 'inaction',
      measures: '督促学校公示收费项目和标准',
      responsiblePerson: '马晓明',
      dueDate: '2026-07-15',
      ...overrides,
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; status: string; closed: boolean; sourceLabel: string | null };
}

const step = (cookie: string, id: string, action: string, payload: object = {}) =>
  t.as(cookie, { method: 'POST', url: `/api/rectification-items/${id}/${action}`, payload });

const stored = async (id: string) =>
  (await t.database.db.select().from(rectificationItem).where(eq(rectificationItem.id, id)))[0]!;

/**
 * An item a spot check opened from a finding at 市教育局 whose team includes the demo inspector
 * (no route of this module opens one; the spot-check module restricts confirmation to the team).
 */
async function openFinding(unitId = jyj) {
  const [account] = await t.database.db
    .select({ personId: userAccount.personId })
    .from(userAccount)
    .where(eq(userAccount.username, 'inspector'));
  const findingId = await f.spotCheckFinding('C007', account!.personId);
  return inTransaction(t.systemContext(), (tx) =>
    openRectificationItem(tx, {
      source: 'inspection_finding',
      sourceId: findingId,
      sourceLabel: '督查-2026-0003',
      campaignId,
      unitId,
      problem: '督查发现：校外培训投诉件超期未答复',
      domainId: educationId,
      conduct: 'slow_action',
    }),
  );
}

/** Takes an item through start and claim to 'completion_claimed'. */
async function claimed(id: string) {
  expect((await step(clerk, id, 'start')).statusCode).toBe(200);
  expect((await step(clerk, id, 'claim', { summary: '已全部公示并抽查' })).statusCode).toBe(200);
}

describe('the ledger lifecycle and its sign-off', () => {
  it('pending → rectifying → completion claimed → signed off by the unit leader, each step audited and in the history', async () => {
    const item = await create();
    expect(item).toMatchObject({ status: 'pending', closed: false, sourceLabel: null });
    const [created] = await auditRows(t.database, 'rectification_item.created', item.id);
    expect(created!.after).toMatchObject({
      problem: '部分学校课后服务收费公示不到位',
      source: 'self_inspection',
    });

    await claimed(item.id);
    expect(await stored(item.id)).toMatchObject({
      status: 'completion_claimed',
      completion: '已全部公示并抽查',
    });
    // The unit leader hears of the claim.
    const inbox = await t.as(head, { method: 'GET', url: '/api/notifications?unread=true' });
    expect(inbox.json().items.find((n: { recordId: string }) => n.recordId === item.id)).toMatchObject({
      kind: 'rectification.claim',
      text: '整改问题“部分学校课后服务收费公示不到位”已报完成，请审核销号',
    });

    // A clerk cannot sign off: the route's permission is the unit leader's.
    const byClerk = await step(clerk, item.id, 'signOff');
    expect(byClerk.statusCode).toBe(403);
    expect((await stored(item.id)).status).toBe('completion_claimed');

    const signed = await step(head, item.id, 'signOff', { opinion: '整改到位，同意销号' });
    expect(signed.statusCode, signed.body).toBe(200);
    expect(signed.json()).toMatchObject({ status: 'signed_off', closed: true, awaitingConfirmation: false });
    expect((await stored(item.id)).status).toBe('signed_off');

    const counts = await Promise.all(
      [
        'rectification_item.started',
        'rectification_item.completion_claimed',
        'rectification_item.signed_off',
      ].map(async (action) => (await auditRows(t.database, action, item.id)).length),
    );
    expect(counts).toEqual([1, 1, 1]);
    const [signOff] = await auditRows(t.database, 'rectification_item.signed_off', item.id);
    expect(signOff!.before).toEqual({ status: 'completion_claimed' });
    expect(signOff!.after).toEqual({ status: 'signed_off', opinion: '整改到位，同意销号' });
    const history = await t.as(head, { method: 'GET', url: `/api/history/rectification_item/${item.id}` });
    expect(history.statusCode).toBe(200);
    const actions = (history.json().items as { action: string }[]).map((e) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'rectification_item.created',
        'rectification_item.started',
        'rectification_item.completion_claimed',
        'rectification_item.signed_off',
      ]),
    );
  });

  it("only the leader of the item's unit signs off: another unit's item is not found", async () => {
    const other = await f.rectificationItem('K101', 'completion_claimed');
    const res = await step(head, other, 'signOff');
    expect(res.statusCode).toBe(404);
    expect((await stored(other)).status).toBe('completion_claimed');
    expect(await auditRows(t.database, 'rectification_item.signed_off', other)).toHaveLength(0);
  });

  it('the leader returns a claim with a reason: back to rectifying, the claim kept as 完成情况', async () => {
    const item = await create();
    await claimed(item.id);
    const noReason = await step(head, item.id, 'return', {});
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().errors[0].path).toBe('reason');
    const returned = await step(head, item.id, 'return', { reason: '抽查记录不全' });
    expect(returned.json()).toMatchObject({ status: 'rectifying', completion: '已全部公示并抽查' });
    const [row] = await auditRows(t.database, 'rectification_item.returned', item.id);
    expect(row!.after).toEqual({ status: 'rectifying', reason: '抽查记录不全' });
  });

  it('reopen with a reason returns a closed item to rectifying', async () => {
    const item = await create();
    await claimed(item.id);
    await step(head, item.id, 'signOff');
    const noReason = await step(head, item.id, 'reopen', { reason: '  ' });
    expect(noReason.statusCode).toBe(400);
    expect((await stored(item.id)).status).toBe('signed_off');
    const reopened = await step(head, item.id, 'reopen', { reason: '回访发现问题反弹' });
    expect(reopened.statusCode).toBe(200);
    expect(reopened.json()).toMatchObject({ status: 'rectifying', closed: false });
    const [row] = await auditRows(t.database, 'rectification_item.reopened', item.id);
    expect(row!.before).toEqual({ status: 'signed_off' });
    expect(row!.after).toEqual({ status: 'rectifying', reason: '回访发现问题反弹' });
  });

  it('refuses every step the table does not allow (409) and changes nothing', async () => {
    const item = await create();
    const cases: [string, string, string, object][] = [
      ['pending', head, 'signOff', {}],
      ['pending', clerk, 'claim', { summary: '完成' }],
      ['pending', head, 'reopen', { reason: '再查' }],
      ['pending', head, 'return', { reason: '不全' }],
    ];
    for (const [status, cookie, action, body] of cases) {
      const res = await step(cookie, item.id, action, body);
      expect(res.statusCode, `${action} from ${status}: ${res.body}`).toBe(409);
      expect((await stored(item.id)).status).toBe(status);
    }
    await step(clerk, item.id, 'start');
    for (const [cookie, action, body] of [
      [clerk, 'start', {}],
      [head, 'signOff', {}],
      [head, 'reopen', { reason: '再查' }],
    ] as const) {
      const res = await step(cookie, item.id, action, body);
      expect(res.statusCode, `${action} from rectifying`).toBe(409);
    }
    expect((await stored(item.id)).status).toBe('rectifying');
    // Confirmation is an inspection's: a self-inspection item signed off is not confirmed.
    await step(clerk, item.id, 'claim', { summary: '完成' });
    await step(head, item.id, 'signOff');
    expect((await step(inspector, item.id, 'confirm')).statusCode).toBe(409);
    expect((await step(inspector, item.id, 'refuse', { reason: '不认可' })).statusCode).toBe(409);
    expect((await stored(item.id)).status).toBe('signed_off');
    expect(await auditRows(t.database, 'rectification_item.confirmed', item.id)).toHaveLength(0);
  });
});

describe("an inspection's finding", () => {
  it("is not closed by the unit leader's sign-off alone: the inspection team confirms it", async () => {
    const finding = await openFinding();
    expect(finding).toMatchObject({
      source: 'inspection_finding',
      sourceLabel: '督查-2026-0003',
      status: 'pending',
    });
    const [created] = await auditRows(t.database, 'rectification_item.created', finding.id);
    expect(created!.after).toMatchObject({ source: 'inspection_finding', sourceId: finding.sourceId });

    await claimed(finding.id);
    const signed = await step(head, finding.id, 'signOff');
    expect(signed.json()).toMatchObject({ status: 'signed_off', closed: false, awaitingConfirmation: true });

    // The inspector's workbench counts it, and its list holds it.
    const bench = await t.as(inspector, { method: 'GET', url: '/api/workbench' });
    const entry = bench.json().items.find((e: { key: string }) => e.key === 'rectification.toConfirm');
    expect(entry).toMatchObject({ operationId: 'listRectificationItems', query: { toConfirm: 'true' } });
    expect(entry.count).toBeGreaterThanOrEqual(1);
    const list = await t.as(inspector, {
      method: 'GET',
      url: '/api/rectification-items?toConfirm=true&limit=200',
    });
    expect(list.json().items.map((i: { id: string }) => i.id)).toContain(finding.id);
    expect(list.json().total).toBe(entry.count);

    // The unit leader cannot confirm it.
    expect((await step(head, finding.id, 'confirm')).statusCode).toBe(403);
    const confirmed = await step(inspector, finding.id, 'confirm', { opinion: '现场核查属实' });
    expect(confirmed.json()).toMatchObject({
      status: 'confirmed',
      closed: true,
      awaitingConfirmation: false,
    });
    expect((await stored(finding.id)).status).toBe('confirmed');
    const [row] = await auditRows(t.database, 'rectification_item.confirmed', finding.id);
    expect(row!.after).toEqual({ status: 'confirmed', opinion: '现场核查属实' });
  });

  it('the inspection team refuses with a reason: back to rectifying', async () => {
    const finding = await openFinding();
    await claimed(finding.id);
    await step(head, finding.id, 'signOff');
    const refused = await step(inspector, finding.id, 'refuse', { reason: '未见整改实效' });
    expect(refused.json()).toMatchObject({ status: 'rectifying' });
    const [row] = await auditRows(t.database, 'rectification_item.confirmation_refused', finding.id);
    expect(row!.after).toEqual({ status: 'rectifying', reason: '未见整改实效' });
  });

  it("only the finding's own team confirms: another inspector is refused (403) and nothing changes", async () => {
    const finding = await openFinding();
    await claimed(finding.id);
    await step(head, finding.id, 'signOff');
    const outsider = await f.account('C001', [{ role: 'inspector', dataScope: 'all', unit: 'C001' }]);
    const res = await step((await f.session(outsider.id)).cookie, finding.id, 'confirm');
    expect(res.statusCode).toBe(403);
    expect((await stored(finding.id)).status).toBe('signed_off');
    expect(await auditRows(t.database, 'rectification_item.confirmed', finding.id)).toHaveLength(0);
    expect((await step(inspector, finding.id, 'confirm')).statusCode).toBe(200);
  });
});

describe('entries and links', () => {
  it('an item opened from a supervision item names it and links back; one of another unit is refused', async () => {
    const supervision = await f.supervisionItem('C007', 'in_progress');
    const item = await create(clerk, { source: 'supervision_item', sourceId: supervision });
    expect(item.sourceLabel).toMatch(/^督-测试-/);
    const linked = await t.as(clerk, {
      method: 'GET',
      url: `/api/rectification-items?sourceId=${supervision}`,
    });
    expect(linked.json().items.map((i: { id: string }) => i.id)).toEqual([item.id]);
    // The unit cannot move a deadline its source set.
    const moved = await t.as(clerk, {
      method: 'PATCH',
      url: `/api/rectification-items/${item.id}`,
      payload: { dueDate: '2026-08-31' },
    });
    expect(moved.statusCode).toBe(400);
    expect(moved.json().errors[0].path).toBe('dueDate');

    const elsewhere = await f.supervisionItem('K101', 'in_progress');
    const refused = await t.as(clerk, {
      method: 'POST',
      url: '/api/rectification-items',
      payload: {
        unitId: jyj,
        problem: '问题',
        dueDate: '2026-07-15',
        source: 'supervision_item',
        sourceId: elsewhere,
      },
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors[0].path).toBe('sourceId');
    const noSource = await t.as(clerk, {
      method: 'POST',
      url: '/api/rectification-items',
      payload: { unitId: jyj, problem: '问题', dueDate: '2026-07-15', source: 'suggestion' },
    });
    expect(noSource.statusCode).toBe(400);
    expect(noSource.json().errors[0].path).toBe('sourceId');
  });

  it('evidence files of the unit are attached, listed and audited', async () => {
    const item = await create();
    const upload = await t.as(clerk, {
      method: 'POST',
      url: `/api/files?unitId=${jyj}`,
      ...multipartBody('公示照片.pdf', Buffer.from('%PDF-1.4\n%ledger\n'), 'application/pdf'),
    });
    expect(upload.statusCode, upload.body).toBe(201);
    const res = await t.as(clerk, {
      method: 'POST',
      url: `/api/rectification-items/${item.id}/evidence`,
      payload: { fileIds: [upload.json().id] },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().evidence.map((e: { filename: string }) => e.filename)).toEqual(['公示照片.pdf']);
    const [row] = await auditRows(t.database, 'rectification_item.evidence_added', item.id);
    expect(row!.after).toEqual({ fileIds: [upload.json().id] });
  });

  it('filters: overdue, search text, conduct, unit subtree; the office reads, the clerk sees its unit only', async () => {
    const late = await create(clerk, { problem: '逾期未改的问题：食堂台账缺失', dueDate: '2026-05-20' });
    await step(clerk, late.id, 'start');
    const overdue = await t.as(clerk, {
      method: 'GET',
      url: '/api/rectification-items?overdue=true&limit=200',
    });
    const overdueItems = overdue.json().items as { id: string; overdue: boolean; colour: string }[];
    expect(overdueItems.map((i) => i.id)).toContain(late.id);
    expect(overdueItems.every((i) => i.overdue && i.colour === 'red')).toBe(true);
    const found = await t.as(clerk, {
      method: 'GET',
      url: `/api/rectification-items?q=${encodeURIComponent('食堂台账')}`,
    });
    expect(found.json().items.map((i: { id: string }) => i.id)).toEqual([late.id]);
    const dareNot = await t.as(office, { method: 'GET', url: '/api/rectification-items?conduct=dare_not' });
    expect(dareNot.json().items.every((i: { conduct: string }) => i.conduct === 'dare_not')).toBe(true);
    // The county's subtree holds 城关区教育局's demo items, not the city bureau's.
    const county = await unitIdOf('K100');
    const subtree = await t.as(office, {
      method: 'GET',
      url: `/api/rectification-items?unitId=${county}&limit=200`,
    });
    const units = new Set((subtree.json().items as { unitId: string }[]).map((i) => i.unitId));
    expect(units.has(cgJy)).toBe(true);
    expect(units.has(jyj)).toBe(false);
    const own = await t.as(clerk, { method: 'GET', url: '/api/rectification-items?limit=200' });
    expect((own.json().items as { unitId: string }[]).every((i) => i.unitId === jyj)).toBe(true);
  });

  it('the unit leader’s workbench counts the items to sign off and links to that list', async () => {
    const item = await create();
    await claimed(item.id);
    const bench = await t.as(head, { method: 'GET', url: '/api/workbench' });
    const entry = bench.json().items.find((e: { key: string }) => e.key === 'rectification.toSignOff');
    expect(entry).toMatchObject({ operationId: 'listRectificationItems', query: { toSignOff: 'true' } });
    const list = await t.as(head, {
      method: 'GET',
      url: '/api/rectification-items?toSignOff=true&limit=200',
    });
    expect(list.json().items.map((i: { id: string }) => i.id)).toContain(item.id);
    expect(entry.count).toBe(list.json().total);
    // A clerk has no such entry.
    const clerkBench = await t.as(clerk, { method: 'GET', url: '/api/workbench' });
    expect(clerkBench.json().items.map((e: { key: string }) => e.key)).not.toContain(
      'rectification.toSignOff',
    );
  });
});

// ---------------------------------------------------------------- Excel

async function ledgerFile(
  rows: unknown[][],
  headers = [
    '序号',
    '问题描述',
    '所属领域',
    '问题类型',
    '整改措施',
    '责任人',
    '整改时限',
    '整改状态',
    '完成情况',
  ],
) {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('整改台账');
  sheet.addRow(['市教育局问题整改台账']);
  sheet.addRow(headers);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

const importInto = (cookie: string, unitId: string, bytes: Buffer, locale = 'zh-CN') => {
  const body = multipartBody('台账.xlsx', bytes);
  return t.as(cookie, {
    method: 'POST',
    url: `/api/rectification-items/import?unitId=${unitId}`,
    payload: body.payload,
    headers: { ...body.headers, 'accept-language': locale },
  });
};

const COMPARED = [
  'problem',
  'domainId',
  'conduct',
  'measures',
  'responsiblePerson',
  'dueDate',
  'status',
  'completion',
  'source',
] as const;
const comparable = (rows: Record<string, unknown>[]) =>
  rows
    .map((r) => Object.fromEntries(COMPARED.map((k) => [k, r[k]])))
    .sort((a, b) => String(a.problem).localeCompare(String(b.problem)));

describe('the Excel ledger', () => {
  it('export then import yields the same items (in another unit)', async () => {
    // A clerk of the county's subtree, so one account reaches two units without items of their own.
    const account = await f.account('K102', [{ role: 'unit_staff', dataScope: 'unit_tree', unit: 'K100' }]);
    const cookie = (await f.session(account.id)).cookie;
    const leader = await f.account('K100', [{ role: 'unit_leader', dataScope: 'unit_tree', unit: 'K100' }]);
    const leaderCookie = (await f.session(leader.id)).cookie;
    const [from, to] = [await unitIdOf('K102'), await unitIdOf('K110')];
    await create(cookie, { unitId: from, problem: '=SUM(A1)：以等号开头的问题描述', conduct: 'dare_not' });
    const second = await create(cookie, {
      unitId: from,
      problem: '市场主体登记材料重复提交',
      domainId: null,
      conduct: null,
      measures: null,
      responsiblePerson: '张三（登记科）',
      dueDate: undefined,
      dueWorkingDays: 10,
    });
    await step(cookie, second.id, 'start');
    await step(cookie, second.id, 'claim', { summary: '已取消 3 项重复材料' });
    expect((await step(leaderCookie, second.id, 'return', { reason: '材料未见' })).statusCode).toBe(200);
    const third = await create(cookie, {
      unitId: from,
      problem: '窗口工作人员业务不熟',
      dueDate: '2026-08-31',
    });
    await step(cookie, third.id, 'start');

    const exported = await t.as(cookie, {
      method: 'GET',
      url: `/api/rectification-items/export.xlsx?unitId=${from}`,
    });
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-type']).toContain('spreadsheetml');
    const [exportEvent] = (await auditRows(t.database, 'rectification_item.exported')).slice(-1);
    expect(exportEvent!.after).toEqual({
      operation: 'listRectificationItems',
      filters: { unitId: from },
      count: 3,
      countExact: true,
    });
    // The formula-like text went out guarded.
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(exported.rawPayload as never);
    const cells = book.worksheets[0]!.getColumn(2).values.map(String);
    expect(cells).toContain("'=SUM(A1)：以等号开头的问题描述");

    const imported = await importInto(cookie, to, exported.rawPayload);
    expect(imported.statusCode, imported.body).toBe(200);
    expect(imported.json().imported).toBe(3);
    const source = await t.database.db
      .select()
      .from(rectificationItem)
      .where(eq(rectificationItem.unitId, from));
    const copy = await t.database.db.select().from(rectificationItem).where(eq(rectificationItem.unitId, to));
    expect(comparable(copy)).toEqual(comparable(source));
    // Each item's history starts with its creation, naming its row; the import is audited once.
    for (const id of imported.json().ids as string[]) {
      const [created] = await auditRows(t.database, 'rectification_item.created', id);
      expect(created!.after).toMatchObject({ importRow: expect.any(Number) });
    }
    const [importEvent] = (await auditRows(t.database, 'rectification_item.imported')).slice(-1);
    expect(importEvent!.after).toEqual({ unitId: to, imported: 3, ids: imported.json().ids });
  });

  it('rejects a file with bad rows, naming each row and column in the caller’s language, and stores nothing', async () => {
    const before = (await t.database.db.select().from(rectificationItem)).length;
    const bytes = await ledgerFile([
      [1, '合格的一行', '教育领域', '不作为', '措施', '马晓明', '2026-07-31', '待整改', ''],
      [2, '', '', '', '', '', '2026-07-31', '', ''],
      [3, '领域不存在', '不存在的领域', '懒散', '', '', '下月底', '已销号', ''],
      [4, '日期不存在', '', '', '', '', '2026年2月30日', '整改中', ''],
    ]);
    const zh = await importInto(clerk, jyj, bytes);
    expect(zh.statusCode).toBe(422);
    const body = zh.json();
    expect(body.code).toBe('IMPORT_HAS_ERRORS');
    expect(body.title).toBe('导入文件中有 3 行不符合要求，未导入任何内容');
    expect(body.rejected.map((r: { row: number }) => r.row)).toEqual([4, 5, 6]);
    const byRow = new Map(
      body.rejected.map((r: { row: number; errors: { column: string }[] }) => [
        r.row,
        r.errors.map((e) => e.column),
      ]),
    );
    expect(byRow.get(4)).toEqual(['问题描述']);
    expect(byRow.get(5)).toEqual(['所属领域', '问题类型', '整改时限', '整改状态']);
    expect(byRow.get(6)).toEqual(['整改时限']);
    expect(body.rejected[0].errors[0].message).toBe('“问题描述”不能为空');
    const en = await importInto(clerk, jyj, bytes, 'en-US');
    expect(en.json().rejected[0].errors[0].message).toBe('"问题描述" is required');
    expect(en.json().title).toBe('3 rows of the file are not valid; nothing was imported');
    expect((await t.database.db.select().from(rectificationItem)).length).toBe(before);
  });

  it('refuses what is not a ledger: not an xlsx, no header, too many rows', async () => {
    const notXlsx = await importInto(clerk, jyj, Buffer.from('序号,问题描述\n1,问题\n'));
    expect(notXlsx.statusCode).toBe(400);
    expect(notXlsx.json()).toMatchObject({
      code: 'IMPORT_FILE_INVALID',
      title: '无法读取导入文件：不是有效的 Excel（.xlsx）文件',
    });
    const noHeader = await importInto(clerk, jyj, await ledgerFile([[1, '问题']], ['序号', '问题']));
    expect(noHeader.statusCode).toBe(400);
    expect(noHeader.json().title).toContain('问题描述');
    const many = await ledgerFile(
      Array.from({ length: 2001 }, (_, i) => [i + 1, `问题${i}`, '', '', '', '', '2026-07-31']),
    );
    const tooMany = await importInto(clerk, jyj, many);
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().title).toContain('2000');
  });

  it("imports into the caller's scope only: another unit is not found", async () => {
    const res = await importInto(clerk, cgJy, await ledgerFile([[1, '问题', '', '', '', '', '2026-07-31']]));
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe('unitId');
    expect(
      await t.database.db
        .select()
        .from(rectificationItem)
        .where(inArray(rectificationItem.problem, ['问题'])),
    ).toHaveLength(0);
  });
});
