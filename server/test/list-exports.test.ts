import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountabilityCase, determination, lead } from '../src/modules/accountability/accountability.table';
import {
  spotCheckInspector,
  spotCheckItem,
  spotCheckRosterTarget,
  spotCheckTarget,
} from '../src/modules/spot-checks/spot-checks.table';
import { commitment } from '../src/modules/statements/statements.table';
import { session } from '../src/platform/auth/session.table';
import { roleGrant, userAccount } from '../src/platform/org/org.table';
import { Factories } from './factories';
import { createTestApp, type TestApp } from './harness';
import { exportOf, lastAuditEvent, listAll, sheetOf } from './list-export-helpers';

/**
 * The exports of the remaining staff lists (issue 13 §4), one declaration each on the one
 * mechanism (platform/list-export.routes.test.ts tests the mechanism itself): for each list, a county
 * user's export under a filter holds exactly the rows its list pages through, in the list's
 * order; a record of the county the filter leaves out and a record of a city department (outside
 * the county) never appear, while the city office's export does hold the latter; the export is
 * audited as `<record>.exported`.
 */

let t: TestApp;
let f: Factories;
let county: string;
let office: string;

beforeAll(async () => {
  t = await createTestApp();
  t.clock.set(new Date('2026-06-01T02:00:00Z'));
  f = new Factories(t);
  county = await t.login('county.office');
  office = await t.login('office');
});
afterAll(() => t.close());

type Item = { id: string } & Record<string, unknown>;

/** Units a roster entry names, one per entry (an organiser's roster holds a unit once). */
const ROSTER_UNITS = ['C010', 'C011', 'C012', 'C013', 'C014', 'C015', 'C016', 'K103', 'K109'];
let rosterEntries = 0;

interface ExportCase {
  list: string;
  path: string;
  recordType: string;
  filters: Record<string, string>;
  /** A record of `unit` the filters keep (`true`) or leave out (`false`). */
  make: (unit: string, kept: boolean) => Promise<string>;
  /** The column that identifies a row, and the list item's value it must equal. */
  column: number;
  key: (item: Item) => unknown;
  /** The sheet's first two headings in Chinese and in English. */
  headers: [string, string][];
}

const CASES: ExportCase[] = [
  {
    list: 'listDeterminations',
    path: '/api/determinations',
    recordType: 'determination',
    filters: { liability: 'direct' },
    make: async (unit, kept) => {
      const id = await f.determination(unit);
      if (!kept)
        await t.database.db
          .update(determination)
          .set({ liability: 'main_leadership' })
          .where(eq(determination.id, id));
      return id;
    },
    column: 2,
    key: (d) => d.caseCode,
    headers: [
      ['姓名', 'Name'],
      ['所在单位', "Person's unit"],
    ],
  },
  {
    list: 'listSuggestions',
    path: '/api/suggestions',
    recordType: 'suggestion',
    filters: { status: 'received' },
    make: (unit, kept) => f.suggestion(unit, kept ? 'received' : 'answered'),
    column: 0,
    key: (s) => s.trackingCode,
    headers: [
      ['跟踪码', 'Tracking code'],
      ['标题', 'Title'],
    ],
  },
  {
    list: 'listCases',
    path: '/api/cases',
    recordType: 'accountability_case',
    filters: { status: 'verifying' },
    make: (unit, kept) => f.accountabilityCase(unit, kept ? 'verifying' : 'proposed'),
    column: 0,
    key: (c) => c.code,
    headers: [
      ['案件编号', 'Code'],
      ['问题摘要', 'Summary'],
    ],
  },
  {
    list: 'listNotices',
    path: '/api/notices',
    recordType: 'notice',
    filters: { status: 'draft' },
    make: (unit, kept) => f.notice(unit, kept ? 'draft' : 'submitted'),
    column: 1,
    key: (n) => n.title,
    headers: [
      ['发文字号', 'Document number'],
      ['标题', 'Title'],
    ],
  },
  {
    list: 'listDutyStatements',
    path: '/api/duty-statements',
    recordType: 'duty_statement',
    filters: { status: 'draft' },
    make: (unit, kept) => f.dutyStatement(unit, kept ? 'draft' : 'submitted'),
    column: 1,
    key: (d) => d.title,
    headers: [
      ['单位', 'Unit'],
      ['标题', 'Title'],
    ],
  },
  {
    list: 'listCommitments',
    path: '/api/commitments',
    recordType: 'commitment',
    filters: { status: 'on_track' },
    // Due a month from today: on track; one already fulfilled is not.
    make: async (unit, kept) => {
      const id = await f.commitment(unit, 'published');
      if (!kept)
        await t.database.db.update(commitment).set({ outcome: 'fulfilled' }).where(eq(commitment.id, id));
      return id;
    },
    column: 1,
    key: (c) => c.promise,
    headers: [
      ['单位', 'Unit'],
      ['承诺内容', 'Promise'],
    ],
  },
  {
    list: 'listEvaluationRounds',
    path: '/api/evaluation-rounds',
    recordType: 'evaluation_round',
    filters: { status: 'draft' },
    make: (unit, kept) => f.evaluationRound(unit, kept ? 'draft' : 'open'),
    column: 0,
    key: (r) => r.title,
    headers: [
      ['评议名称', 'Title'],
      ['组织单位', 'Organising unit'],
    ],
  },
  {
    list: 'listExemplars',
    path: '/api/exemplars',
    recordType: 'exemplar',
    filters: { status: 'nominated' },
    make: (unit, kept) => f.exemplar(unit, kept ? 'nominated' : 'approved'),
    column: 0,
    key: (e) => e.nomineeName,
    headers: [
      ['推荐对象', 'Nominee'],
      ['类别', 'Kind'],
    ],
  },
  {
    list: 'listSpotCheckPlans',
    path: '/api/spot-checks/plans',
    recordType: 'spot_check_plan',
    filters: { status: 'draft' },
    make: (unit, kept) => f.spotCheckPlan(unit, kept ? 'draft' : 'committed'),
    column: 0,
    key: (p) => p.code,
    headers: [
      ['计划编号', 'Code'],
      ['计划名称', 'Title'],
    ],
  },
  {
    list: 'listSupervisionReminders',
    path: '/api/supervision-reminders',
    recordType: 'supervision_reminder',
    filters: { kind: 'manual' },
    make: (unit, kept) => f.supervisionReminder(unit, kept ? 'manual' : 'ladder'),
    column: 0,
    key: (r) => r.itemCode,
    headers: [
      ['督办编号', 'Code'],
      ['事项名称', 'Title'],
    ],
  },
  {
    list: 'listSpotCheckRosterTargets',
    path: '/api/spot-checks/roster/targets',
    recordType: 'spot_check_roster_target',
    filters: { active: 'true' },
    make: async (unit, kept) => {
      const [row] = await t.database.db
        .insert(spotCheckRosterTarget)
        .values({
          unitId: await f.unitId(unit),
          targetUnitId: await f.unitId(ROSTER_UNITS[rosterEntries++]!),
          active: kept,
          createdAt: t.clock.now(),
          updatedAt: t.clock.now(),
        })
        .returning({ id: spotCheckRosterTarget.id });
      return row!.id;
    },
    column: 1,
    key: (r) => r.targetUnitName,
    headers: [
      ['组织单位', 'Organising unit'],
      ['检查对象', 'Target unit'],
    ],
  },
  {
    list: 'listSpotCheckInspectors',
    path: '/api/spot-checks/roster/inspectors',
    recordType: 'spot_check_inspector',
    filters: { active: 'true' },
    make: async (unit, kept) => {
      const { id } = await f.spotCheckInspector(unit);
      // The factory's persons share one name: the certificate tells the rows apart.
      await t.database.db
        .update(spotCheckInspector)
        .set({ active: kept, certificateNo: `ZF-${id.slice(-12)}` })
        .where(eq(spotCheckInspector.id, id));
      return id;
    },
    column: 3,
    key: (r) => r.certificateNo,
    headers: [
      ['组织单位', 'Organising unit'],
      ['姓名', 'Name'],
    ],
  },
  {
    list: 'listSpotCheckItems',
    path: '/api/spot-checks/items',
    recordType: 'spot_check_item',
    filters: { active: 'true' },
    make: async (unit, kept) => {
      const id = await f.spotCheckItem(unit);
      if (!kept)
        await t.database.db.update(spotCheckItem).set({ active: false }).where(eq(spotCheckItem.id, id));
      return id;
    },
    column: 0,
    key: (i) => i.code,
    headers: [
      ['事项编码', 'Code'],
      ['抽查事项', 'Item'],
    ],
  },
  {
    list: 'listSpotCheckTargets',
    path: '/api/spot-checks/targets',
    recordType: 'spot_check_target',
    // 待登记: targets of plans in progress still waiting for their result.
    filters: { open: 'true' },
    make: async (unit, kept) => {
      const id = await f.spotCheckTarget(unit);
      if (!kept)
        await t.database.db
          .update(spotCheckTarget)
          .set({ outcome: 'no_problem', resultSummary: '未发现问题', checkedOn: '2026-05-30' })
          .where(eq(spotCheckTarget.id, id));
      return id;
    },
    column: 0,
    key: (r) => r.planCode,
    headers: [
      ['计划编号', 'Plan code'],
      ['计划名称', 'Plan'],
    ],
  },
  {
    list: 'listAccounts',
    path: '/api/accounts',
    recordType: 'user_account',
    filters: { q: 't.' },
    // The search is on the person's name and the username: a kept account's username has "t.".
    make: async (unit, kept) => {
      const { id } = await f.account(unit, [{ role: 'unit_staff', dataScope: 'self_unit', unit }]);
      if (!kept)
        await t.database.db
          .update(userAccount)
          .set({ username: `x-${id.slice(-12)}` })
          .where(eq(userAccount.id, id));
      return id;
    },
    column: 0,
    key: (a) => a.username,
    headers: [
      ['用户名', 'Username'],
      ['姓名', 'Name'],
    ],
  },
];

describe.each(CASES)('$list', (c) => {
  it("exports exactly the county's filtered list, audited, nothing outside its scope", async () => {
    const kept = [await c.make('K101', true), await c.make('K102', true), await c.make('K101', true)];
    const filteredOut = await c.make('K101', false);
    const outside = await c.make('C007', true);

    const list = await listAll<Item>(t, 3, county, c.path, c.filters);
    const ids = list.map((i) => i.id);
    for (const id of kept) expect(ids).toContain(id);
    expect(ids).not.toContain(filteredOut);
    expect(ids).not.toContain(outside);

    const res = await exportOf(t, county, c.path, c.filters);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['x-export-rows']).toBe(String(list.length));
    const { header, rows } = await sheetOf(res.rawPayload);
    expect(header.slice(1, 3)).toEqual(c.headers.map(([zh]) => zh));
    expect(rows.map((r) => r[c.column])).toEqual(list.map(c.key));

    const event = await lastAuditEvent(t, `${c.recordType}.exported`);
    expect(event).toMatchObject({
      recordType: c.recordType,
      after: { operation: c.list, filters: c.filters, count: list.length, countExact: true },
    });

    // The office reaches the city department: its export has the row the county's lacks.
    const officeList = await listAll<Item>(t, 3, office, c.path, c.filters);
    const outsideItem = officeList.find((i) => i.id === outside);
    expect(outsideItem).toBeDefined();
    const outsideKey = c.key(outsideItem!);
    expect(rows.map((r) => r[c.column])).not.toContain(outsideKey);
    const officeRows = (await sheetOf((await exportOf(t, office, c.path, c.filters)).rawPayload)).rows;
    expect(officeRows.map((r) => r[c.column])).toEqual(officeList.map(c.key));
  });

  it('writes its headings in English for an English caller', async () => {
    const res = await exportOf(t, county, c.path, c.filters, 'en-US');
    expect(res.statusCode).toBe(200);
    const { header } = await sheetOf(res.rawPayload);
    expect(header.slice(1, 3)).toEqual(c.headers.map(([, en]) => en));
  });
});

describe('labels and secrets', () => {
  it('writes a suggestion without its submitter and with its status and channel as labels', async () => {
    const id = await f.suggestion('K101', 'received');
    const item = (await listAll<Item>(t, 3, county, '/api/suggestions', { status: 'received' })).find(
      (s) => s.id === id,
    )!;
    const { header, rows } = await sheetOf(
      (await exportOf(t, county, '/api/suggestions', { status: 'received' })).rawPayload,
    );
    const row = rows.find((r) => r[0] === item.trackingCode)!;
    expect(row[6]).toBe('待答复');
    expect(header).not.toContain('提交人');
    expect(header).not.toContain('联系方式');
  });

  it('writes a determination as the list shows it: labels, never one about the caller, nothing the list omits', async () => {
    const id = await f.determination('K101');
    // A determination whose lead concerns the county office's own account holder (回避).
    const recused = await f.determination('K101');
    const [account] = await t.database.db
      .select({ personId: userAccount.personId })
      .from(userAccount)
      .where(eq(userAccount.username, 'county.office'));
    const [recusedLead] = await t.database.db
      .select({ leadId: accountabilityCase.leadId })
      .from(determination)
      .innerJoin(accountabilityCase, eq(accountabilityCase.id, determination.caseId))
      .where(eq(determination.id, recused));
    await t.database.db
      .update(lead)
      .set({ concernedPersonIds: [account!.personId] })
      .where(eq(lead.id, recusedLead!.leadId));

    const list = await listAll<Item>(t, 3, county, '/api/determinations', {});
    const item = list.find((d) => d.id === id)!;
    expect(list.map((d) => d.id)).not.toContain(recused);
    const zh = await sheetOf((await exportOf(t, county, '/api/determinations', {})).rawPayload);
    expect(zh.rows.map((r) => r[2])).toEqual(list.map((d) => d.caseCode));
    const row = zh.rows.find((r) => r[2] === item.caseCode)!;
    const person = item.person as { name: string; unitName: string };
    expect(row.slice(0, 2)).toEqual([person.name, person.unitName]);
    expect(row.slice(3, 9)).toEqual(['核查中', '城关区教育局', '直接责任', '第一种形态', '诫勉', null]);
    // The office reads the recused one: its case is in the office's export, never in the county's.
    const office_ = await listAll<Item>(t, 3, office, '/api/determinations', {});
    const recusedCase = office_.find((d) => d.id === recused)!.caseCode;
    expect(zh.rows.map((r) => r[2])).not.toContain(recusedCase);
    const officeRows = (await sheetOf((await exportOf(t, office, '/api/determinations', {})).rawPayload))
      .rows;
    expect(officeRows.map((r) => r[2])).toContain(recusedCase);
    // Nothing the list leaves out: no conducts, sanctions, note or fault-tolerance request.
    expect(zh.header.join(' ')).not.toMatch(/行为|处分|备注|申请|情形/);
    const en = await sheetOf((await exportOf(t, county, '/api/determinations', {}, 'en-US')).rawPayload);
    expect(en.rows.find((r) => r[2] === item.caseCode)!.slice(5, 8)).toEqual([
      'Direct liability',
      'First form',
      'Admonition',
    ]);
  });

  it("writes a drawn target's inspectors and result as the list shows them", async () => {
    const id = await f.spotCheckTarget('K101');
    await t.database.db
      .update(spotCheckTarget)
      .set({ outcome: 'problems_found', resultSummary: '台账不全', checkedOn: '2026-05-30' })
      .where(eq(spotCheckTarget.id, id));
    const item = (await listAll<Item>(t, 3, county, '/api/spot-checks/targets', {})).find(
      (r) => r.id === id,
    )!;
    const inspectors = item.inspectors as { name: string; unitName: string }[];
    expect(inspectors).toHaveLength(2);
    const zh = await sheetOf((await exportOf(t, county, '/api/spot-checks/targets', {})).rawPayload);
    const row = zh.rows.find((r) => r[0] === item.planCode)!;
    expect(row[5]).toBe(item.unitName);
    expect(row[6]).toBe(inspectors.map((i) => `${i.name}（${i.unitName}）`).join('、'));
    expect(row.slice(7, 9)).toEqual(['发现问题', '台账不全']);
    const en = await sheetOf((await exportOf(t, county, '/api/spot-checks/targets', {}, 'en-US')).rawPayload);
    expect(en.rows.find((r) => r[0] === item.planCode)![7]).toBe('Problems found');
  });

  it("writes an inspector's units to avoid with their reasons, as the roster holds them", async () => {
    const { id } = await f.spotCheckInspector('K101');
    const [avoided, other] = [await f.unitId('K103'), await f.unitId('C010')];
    await t.database.db
      .update(spotCheckInspector)
      .set({
        certificateNo: 'ZF-2026-018',
        conflicts: [
          { unitId: avoided, reason: '配偶在该单位任职' },
          { unitId: other, reason: '曾在该单位工作' },
        ],
      })
      .where(eq(spotCheckInspector.id, id));
    const item = (await listAll<Item>(t, 3, county, '/api/spot-checks/roster/inspectors', {})).find(
      (r) => r.id === id,
    )!;
    const conflicts = item.conflicts as { unitName: string; reason: string }[];
    const zh = await sheetOf(
      (await exportOf(t, county, '/api/spot-checks/roster/inspectors', {})).rawPayload,
    );
    const row = zh.rows.find((r) => r[3] === 'ZF-2026-018')!;
    expect(row[1]).toBe(item.personName);
    expect(row[4]).toBe(conflicts.map((c) => `${c.unitName}（${c.reason}）`).join('；'));
    expect(row[4]).toContain('配偶在该单位任职');
    const en = await sheetOf(
      (await exportOf(t, county, '/api/spot-checks/roster/inspectors', {}, 'en-US')).rawPayload,
    );
    expect(en.rows.find((r) => r[3] === 'ZF-2026-018')![4]).toBe(
      conflicts.map((c) => `${c.unitName} (${c.reason})`).join('; '),
    );
  });

  it("writes an account's roles in the caller's language and no secret", async () => {
    const { id } = await f.account('K101', [{ role: 'unit_staff', dataScope: 'self_unit', unit: 'K101' }]);
    const item = (await listAll<Item>(t, 3, county, '/api/accounts', {})).find((a) => a.id === id)!;
    const zh = await sheetOf((await exportOf(t, county, '/api/accounts', {})).rawPayload);
    expect(zh.rows.find((r) => r[0] === item.username)![3]).toBe('单位填报员（本单位，城关区教育局）');
    const en = await sheetOf((await exportOf(t, county, '/api/accounts', {}, 'en-US')).rawPayload);
    expect(en.rows.find((r) => r[0] === item.username)![3]).toBe('Unit clerk (Own unit, 城关区教育局)');
    expect(zh.header.join(' ')).not.toMatch(/密码哈希|密钥|会话/);
    expect(en.header.join(' ').toLowerCase()).not.toMatch(/hash|secret|totp|session/);
  });

  it('is refused to a caller without the list’s permission, and audits nothing', async () => {
    const before = await lastAuditEvent(t, 'user_account.exported');
    const clerk = await t.login('dept.clerk');
    expect((await exportOf(t, clerk, '/api/accounts', {})).statusCode).toBe(403);
    expect(await lastAuditEvent(t, 'user_account.exported')).toEqual(before);
  });
});

describe("the security administrator's lists", () => {
  it('exports the role grants under the status filter, labelled, audited; refused to the office', async () => {
    const secadmin = await t.login('secadmin');
    const kept = [await f.roleGrant('K101'), await f.roleGrant('C007')];
    const refused = await f.roleGrant('K101');
    await t.database.db.update(roleGrant).set({ status: 'refused' }).where(eq(roleGrant.id, refused));
    const filters = { status: 'pending' };
    const list = await listAll<Item>(t, 3, secadmin, '/api/role-grants', filters);
    expect(list.map((g) => g.id)).toEqual(expect.arrayContaining(kept));
    expect(list.map((g) => g.id)).not.toContain(refused);

    const res = await exportOf(t, secadmin, '/api/role-grants', filters);
    expect(res.statusCode, res.body).toBe(200);
    const { header, rows } = await sheetOf(res.rawPayload);
    expect(header.slice(1, 3)).toEqual(['用户名', '姓名']);
    expect(rows.map((r) => r[0])).toEqual(list.map((g) => g.username));
    const row = rows.find((r) => r[0] === list.find((g) => g.id === kept[0])!.username)!;
    expect(row.slice(3, 7)).toEqual(['评议人', '本单位', '城关区教育局', '待审批']);
    expect(await lastAuditEvent(t, 'role_grant.exported')).toMatchObject({
      after: { operation: 'listRoleGrants', filters, count: list.length, countExact: true },
    });
    const en = await sheetOf((await exportOf(t, secadmin, '/api/role-grants', filters, 'en-US')).rawPayload);
    expect(en.header.slice(1, 3)).toEqual(['Username', 'Name']);

    const before = await lastAuditEvent(t, 'role_grant.exported');
    expect((await exportOf(t, office, '/api/role-grants', filters)).statusCode).toBe(403);
    expect(await lastAuditEvent(t, 'role_grant.exported')).toEqual(before);
  });

  it('exports the active sessions as the list shows them, never a session id or token', async () => {
    const secadmin = await t.login('secadmin');
    const { id: userId } = await f.account('K101', [
      { role: 'unit_staff', dataScope: 'self_unit', unit: 'K101' },
    ]);
    const live = await f.session(userId);
    const list = await listAll<Item>(t, 3, secadmin, '/api/sessions', {});
    expect(list.map((s) => s.id)).toContain(live.id);

    const res = await exportOf(t, secadmin, '/api/sessions', {});
    expect(res.statusCode, res.body).toBe(200);
    const { header, rows } = await sheetOf(res.rawPayload);
    expect(header.slice(1, 4)).toEqual(['用户名', '姓名', '所在单位']);
    expect(rows.map((r) => r[0])).toEqual(list.map((s) => s.username));
    // The caller's own session is marked, as the list marks it.
    expect(rows.map((r) => r[8])).toEqual(list.map((s) => (s.current ? '是' : '否')));
    const [stored] = await t.database.db.select().from(session).where(eq(session.id, live.id));
    const cells = JSON.stringify(rows);
    expect(cells).not.toContain(live.id);
    expect(cells).not.toContain(stored!.tokenHash);
    expect(await lastAuditEvent(t, 'session.exported')).toMatchObject({
      after: { operation: 'listSessions', filters: {}, count: list.length },
    });
    const en = await sheetOf((await exportOf(t, secadmin, '/api/sessions', {}, 'en-US')).rawPayload);
    expect(en.header.slice(1, 4)).toEqual(['Username', 'Name', 'Unit']);
    expect((await exportOf(t, office, '/api/sessions', {})).statusCode).toBe(403);
  });
});

describe("the determinations about a unit's people (申请容错免责)", () => {
  it("exports the unit leader's list: its own people only, labelled, audited; refused to the office", async () => {
    const head = await t.login('dept.head');
    const ours = [await f.determination('C000', 'C007'), await f.determination('C000', 'C007')];
    await f.exemptionRequest('C000');
    const theirs = await f.determination('C000', 'C004');
    const listed = await listAll<Item>(t, 1, head, '/api/unit-determinations', {});
    const ids = listed.map((d) => d.id);
    expect(ids).toEqual(expect.arrayContaining(ours));
    expect(ids).not.toContain(theirs);

    const res = await exportOf(t, head, '/api/unit-determinations', {});
    expect(res.statusCode, res.body).toBe(200);
    const { header, rows } = await sheetOf(res.rawPayload);
    expect(header.slice(1, 5)).toEqual(['姓名', '案件编号', '案件状态', '责任类型']);
    // Exactly the list's rows, in its order: the case codes, the liability as its label.
    expect(rows.map((r) => r[1])).toEqual(listed.map((d) => d.caseCode));
    expect(rows.map((r) => r[3])).toEqual(listed.map(() => '直接责任'));
    const theirCase = (
      await t.database.db.select().from(determination).where(eq(determination.id, theirs))
    )[0]!.caseId;
    const [theirCode] = await t.database.db
      .select({ code: accountabilityCase.code })
      .from(accountabilityCase)
      .where(eq(accountabilityCase.id, theirCase));
    expect(rows.map((r) => r[1])).not.toContain(theirCode!.code);

    const event = await lastAuditEvent(t, 'determination.exported');
    expect(event?.after).toMatchObject({ operation: 'listUnitDeterminations', count: listed.length });
    expect((await exportOf(t, office, '/api/unit-determinations', {})).statusCode).toBe(403);
  });
});

describe('the duty items awaiting approval', () => {
  it("exports the unit leader's approval queue: its own unit's submitted items only, audited", async () => {
    const head = await t.login('dept.head');
    const kept = [await f.dutyItem('C007', 'submitted'), await f.dutyItem('C007', 'submitted')];
    const draft = await f.dutyItem('C007', 'draft');
    const elsewhere = await f.dutyItem('K101', 'submitted');
    const list = await listAll<Item>(t, 3, head, '/api/duty-items/approval-queue', {});
    const ids = list.map((i) => i.id);
    expect(ids).toEqual(expect.arrayContaining(kept));
    expect(ids).not.toContain(draft);
    expect(ids).not.toContain(elsewhere);

    const res = await exportOf(t, head, '/api/duty-items/approval-queue', {});
    expect(res.statusCode, res.body).toBe(200);
    const { header, rows } = await sheetOf(res.rawPayload);
    expect(header.slice(1, 4)).toEqual(['清单', '事项编码', '事项名称']);
    expect(rows.map((r) => r[1])).toEqual(list.map((i) => i.code));
    const row = rows.find((r) => r[1] === list.find((i) => i.id === kept[0])!.code)!;
    expect([row[0], row[2], row[4], row[6]]).toEqual(['权力清单', '测试事项', '市教育局', 1]);
    expect(await lastAuditEvent(t, 'duty_item.exported')).toMatchObject({
      after: { operation: 'listDutyItemApprovals', filters: {}, count: list.length, countExact: true },
    });
    const en = await sheetOf(
      (await exportOf(t, head, '/api/duty-items/approval-queue', {}, 'en-US')).rawPayload,
    );
    expect(en.header.slice(1, 4)).toEqual(['List', 'Code', 'Name']);

    const clerk = await t.login('dept.clerk');
    expect((await exportOf(t, clerk, '/api/duty-items/approval-queue', {})).statusCode).toBe(403);
  });
});
