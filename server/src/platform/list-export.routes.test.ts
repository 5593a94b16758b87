import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Factories } from '../../test/factories';
import { createTestApp, type TestApp } from '../../test/harness';
import { exportOf, lastAuditEvent, listAll, sheetOf } from '../../test/list-export-helpers';
import { person, userAccount } from './org/org.table';

/**
 * The Excel export of staff lists (platform/list-export.ts): for three lists of different modules,
 * a scoped user's export under filters holds exactly the rows its list pages through, in the
 * list's order; what lies outside the caller's scope never appears; the export is audited before
 * it is sent; bad filters are the list's own 400.
 */

let t: TestApp;
let f: Factories;
let county: string;
let office: string;
let cgJy: string;

const OUTSIDE_PERSON = '导出测试范围外';
const FORMULA_NAME = '=HYPERLINK("http://x","导出测试")';

beforeAll(async () => {
  t = await createTestApp();
  t.clock.set(new Date('2026-06-01T02:00:00Z'));
  f = new Factories(t);
  county = await t.login('county.office');
  office = await t.login('office');
  cgJy = await f.unitId('K101');
  // More persons than one page of the export's walk (200): the export follows the list's cursors.
  const now = t.clock.now();
  await t.database.db.insert(person).values(
    Array.from({ length: 430 }, (_, i) => ({
      unitId: cgJy,
      name: `导出测试${String(i).padStart(3, '0')}`,
      position: i % 3 === 0 ? '科员' : null,
      isLeader: i % 7 === 0,
      createdAt: now,
      updatedAt: now,
    })),
  );
  await f.person('K101', FORMULA_NAME);
  await f.person('C007', OUTSIDE_PERSON);
});
afterAll(() => t.close());

const guarded = (text: string) => (/^[=+\-@]/.test(text) ? `'${text}` : text);

describe('persons', () => {
  it("exports exactly the rows of the county's filtered list, audited, nothing outside its scope", async () => {
    // The search matches a person outside the county too: only the scope keeps it out.
    const filters = { q: '导出测试' };
    const list = await listAll<{ name: string; unitName: string; isLeader: boolean }>(
      t,
      97,
      county,
      '/api/persons',
      filters,
    );
    expect(list.length).toBe(431);
    const res = await exportOf(t, county, '/api/persons', filters);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toContain(
      `filename*=UTF-8''${encodeURIComponent('人员名册')}`,
    );
    expect(res.headers['x-export-rows']).toBe(String(list.length));
    expect(res.headers['x-export-row-limit']).toBe('200000');

    const { header, rows, about } = await sheetOf(res.rawPayload);
    expect(header.slice(1, 4)).toEqual(['姓名', '所在单位', '职务']);
    expect(rows.map((r) => [r[0], r[1], r[3]])).toEqual(
      list.map((p) => [guarded(p.name), p.unitName, p.isLeader ? '是' : '否']),
    );
    // The formula-like name went out as text, never as a formula.
    expect(rows.map((r) => r[0])).toContain(`'${FORMULA_NAME}`);
    expect(rows.flat()).not.toContain(OUTSIDE_PERSON);
    expect(about.getCell('B5').value).toBe(list.length);

    const event = await lastAuditEvent(t, 'person.exported');
    expect(event).toMatchObject({
      recordType: 'person',
      unitId: null,
      after: { operation: 'listPersons', filters, count: list.length, countExact: true },
    });
    const [account] = await t.database.db
      .select({ id: userAccount.id })
      .from(userAccount)
      .where(eq(userAccount.username, 'county.office'));
    expect(event!.actorId).toBe(account!.id);
  });

  it('the city office, whose scope holds it, does export the person outside the county', async () => {
    const res = await exportOf(t, office, '/api/persons', { q: OUTSIDE_PERSON });
    expect(res.statusCode).toBe(200);
    const { rows } = await sheetOf(res.rawPayload);
    expect(rows.map((r) => r[0])).toEqual([OUTSIDE_PERSON]);
  });

  it('writes headers and values in the caller’s language', async () => {
    const res = await exportOf(t, county, '/api/persons', { unitId: cgJy, q: '导出测试000' }, 'en-US');
    const { header, rows } = await sheetOf(res.rawPayload);
    expect(header.slice(1, 5)).toEqual(['Name', 'Unit', 'Position', 'Leader']);
    expect(rows).toEqual([['导出测试000', '城关区教育局', '科员', 'Yes', null, null]]);
  });
});

describe('supervision items', () => {
  it('exports exactly the filtered list of the county, with labels and dates', async () => {
    for (const code of ['K101', 'K102', 'K101']) await f.supervisionItem(code, 'in_progress');
    await f.supervisionItem('K101', 'closed');
    const outside = await f.supervisionItem('C007', 'in_progress');
    const outsideCode = (
      await t.as(office, { method: 'GET', url: `/api/supervision-items/${outside}` })
    ).json().item.code as string;

    const filters = { status: 'in_progress' };
    const list = await listAll<{ code: string; dueDate: string; status: string }>(
      t,
      97,
      county,
      '/api/supervision-items',
      filters,
    );
    expect(list.length).toBeGreaterThanOrEqual(3);
    const res = await exportOf(t, county, '/api/supervision-items', filters);
    expect(res.statusCode, res.body).toBe(200);
    const { rows } = await sheetOf(res.rawPayload);
    expect(rows.map((r) => r[0])).toEqual(list.map((i) => i.code));
    expect(rows.map((r) => r[0])).not.toContain(outsideCode);
    expect(new Set(rows.map((r) => r[9]))).toEqual(new Set(['办理中']));
    // Dates are dates (Excel serials), not text.
    expect(rows[0]![7]).toEqual(new Date(`${list[0]!.dueDate}T00:00:00Z`));

    const event = await lastAuditEvent(t, 'supervision_item.exported');
    expect(event?.after).toEqual({
      operation: 'listSupervisionItems',
      filters,
      count: list.length,
      countExact: true,
    });

    // The office sees the item outside the county: the check above can fail.
    const all = await sheetOf((await exportOf(t, office, '/api/supervision-items', filters)).rawPayload);
    expect(all.rows.map((r) => r[0])).toContain(outsideCode);
  });

  it('answers bad filters with the list’s own 400, and audits nothing', async () => {
    const before = await lastAuditEvent(t, 'supervision_item.exported');
    const listed = await t.as(county, { method: 'GET', url: '/api/supervision-items?status=nope' });
    const exported = await exportOf(t, county, '/api/supervision-items', { status: 'nope' });
    expect(exported.statusCode).toBe(400);
    expect(exported.headers['content-type']).toContain('application/problem+json');
    expect(exported.json().errors).toEqual(listed.json().errors);
    // Page parameters are the export's own business.
    expect((await exportOf(t, county, '/api/supervision-items', { limit: '5' })).statusCode).toBe(400);
    expect(await lastAuditEvent(t, 'supervision_item.exported')).toEqual(before);
  });
});

describe('key tasks', () => {
  it('exports exactly the county’s key tasks, none of the city departments’', async () => {
    for (const code of ['K101', 'K102']) await f.keyTask(code);
    const outside = await f.keyTask('C007');
    const list = await listAll<{ id: string; title: string; unitName: string; status: string }>(
      t,
      97,
      county,
      '/api/key-tasks',
      {},
    );
    expect(list.map((k) => k.id)).not.toContain(outside);
    const res = await exportOf(t, county, '/api/key-tasks', {});
    expect(res.statusCode, res.body).toBe(200);
    const { rows } = await sheetOf(res.rawPayload);
    expect(rows.map((r) => [r[0], r[3]])).toEqual(list.map((k) => [k.title, k.unitName]));
    const event = await lastAuditEvent(t, 'key_task.exported');
    expect(event?.after).toEqual({
      operation: 'listKeyTasks',
      filters: {},
      count: list.length,
      countExact: true,
    });
    // The office's export has one row more than the county's at least: the task outside it.
    const officeList = await listAll<{ id: string }>(t, 97, office, '/api/key-tasks', {});
    expect(officeList.map((k) => k.id)).toContain(outside);
    const officeRows = (await sheetOf((await exportOf(t, office, '/api/key-tasks', {})).rawPayload)).rows;
    expect(officeRows).toHaveLength(officeList.length);
  });
});

describe('rectification ledger', () => {
  it('exports the filtered ledger as the ledger sheet, in the list’s order', async () => {
    for (let i = 0; i < 4; i++) await f.rectificationItem('K101');
    const outside = await f.rectificationItem('C007');
    const filters = { unitId: cgJy };
    const list = await listAll<{ id: string; problem: string; unitName: string }>(
      t,
      97,
      county,
      '/api/rectification-items',
      filters,
    );
    expect(list.length).toBeGreaterThanOrEqual(4);
    const res = await exportOf(t, county, '/api/rectification-items', filters);
    expect(res.statusCode, res.body).toBe(200);
    const { header, rows } = await sheetOf(res.rawPayload);
    expect(header.slice(1, 3)).toEqual(['序号', '问题描述']);
    expect(rows.map((r) => [r[0], r[1], r[11]])).toEqual(list.map((i, n) => [n + 1, i.problem, i.unitName]));
    expect(list.map((i) => i.id)).not.toContain(outside);
    const event = await lastAuditEvent(t, 'rectification_item.exported');
    expect(event).toMatchObject({
      unitId: cgJy,
      after: { operation: 'listRectificationItems', filters, count: list.length },
    });
    // The office's ledger holds the item outside the county: the check above can fail.
    const officeList = await listAll<{ id: string }>(t, 97, office, '/api/rectification-items', {});
    expect(officeList.map((i) => i.id)).toContain(outside);
    const officeRows = (await sheetOf((await exportOf(t, office, '/api/rectification-items', {})).rawPayload))
      .rows;
    expect(officeRows.length).toBe(officeList.length);
  });

  it('is refused to a user without the list’s permission', async () => {
    const res = await exportOf(t, await t.login('sysadmin'), '/api/rectification-items', {});
    expect(res.statusCode).toBe(403);
  });
});

describe('problem leads', () => {
  it("exports exactly the county's leads under a filter, none held by a city department", async () => {
    const inCounty = [await f.lead('K101'), await f.lead('K101'), await f.lead('K102')];
    const inCity = [await f.lead('C007'), await f.lead('C007')];
    // A public report in the county: the source filter, not the scope, keeps it out.
    const otherSource = await f.lead('K101', 'received', true);
    const codeOf = async (id: string) =>
      (await t.as(office, { method: 'GET', url: `/api/leads/${id}` })).json().lead.code as string;
    const filters = { source: 'superior_assignment' };
    const list = await listAll<{ code: string; unitName: string; status: string }>(
      t,
      97,
      county,
      '/api/leads',
      filters,
    );
    const res = await exportOf(t, county, '/api/leads', filters);
    expect(res.statusCode, res.body).toBe(200);
    const { header, rows } = await sheetOf(res.rawPayload);
    expect(header.slice(1, 3)).toEqual(['线索编号', '线索来源']);
    expect(rows.map((r) => [r[0], r[1], r[8], r[12]])).toEqual(
      list.map((l) => [l.code, '上级交办', l.unitName, '待受理']),
    );
    const codes = rows.map((r) => r[0]);
    for (const id of inCounty) expect(codes).toContain(await codeOf(id));
    for (const id of [...inCity, otherSource]) expect(codes).not.toContain(await codeOf(id));
    expect((await lastAuditEvent(t, 'lead.exported'))?.after).toMatchObject({
      operation: 'listLeads',
      filters,
      count: list.length,
    });
  });
});
