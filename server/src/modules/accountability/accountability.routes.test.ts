import { Writable } from 'node:stream';
import { eq, like, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Factories } from '../../../test/factories';
import {
  auditRows,
  createTestApp,
  DEMO_PASSWORD,
  OWN_PAGE_HEADERS,
  type TestApp,
} from '../../../test/harness';
import { solveProofOfWork } from '../../../test/proof-of-work';
import { buildApp } from '../../app';
import { FieldCipher } from '../../platform/crypto';
import { fileBlob, storedFile } from '../../platform/files/files.table';
import { jpegWithExif } from '../../platform/files/metadata-test-image';
import { runJob } from '../../platform/jobs';
import { notification } from '../../platform/notifications/notifications.table';
import { person, unit, userAccount } from '../../platform/org/org.table';
import { spotCheckTransfer } from '../spot-checks/spot-checks.table';
import { supervisionItem, supervisionTransfer } from '../supervision/supervision.table';
import { receiptLookupKey } from './accountability.rules';
import { intakeJob, lapseJob } from './accountability.service';
import { accountabilitySettings, lead, publicReport, sanction } from './accountability.table';

let t: TestApp;
let supervisor: string;
let supervisor2: string;
let office: string;
let countyOffice: string;
let clerk: string;
let head: string;
let jyj: string;
let cgj: string;

const unitIdOf = async (code: string) =>
  (await t.database.db.select({ id: unit.id }).from(unit).where(eq(unit.code, code)))[0]!.id;
/** The lookup key the intake stores for a receipt code (under the test app's field key). */
const lookupKeyOf = (code: string) => receiptLookupKey(new FieldCipher(t.config.fieldKey), code);
const personIdOf = async (name: string) =>
  (await t.database.db.select({ id: person.id }).from(person).where(eq(person.name, name)))[0]!.id;

beforeAll(async () => {
  t = await createTestApp();
  t.clock.set(new Date('2026-06-01T02:00:00Z'));
  supervisor = await t.login('supervisor');
  supervisor2 = await t.login('supervisor2');
  office = await t.login('office');
  countyOffice = await t.login('county.office');
  clerk = await t.login('dept.clerk');
  head = await t.login('dept.head');
  jyj = await unitIdOf('C007');
  cgj = await unitIdOf('C010');
});
afterAll(() => t.close());

const post = (cookie: string, url: string, payload: object = {}) =>
  t.as(cookie, { method: 'POST', url, payload });
const get = (cookie: string, url: string) => t.as(cookie, { method: 'GET', url });
/** The kinds of notification an account's inbox holds about a case, oldest first. */
const toldOf = async (cookie: string, caseId: string) =>
  (
    (await get(cookie, '/api/notifications?limit=100')).json().items as {
      kind: string;
      recordId: string;
    }[]
  )
    .filter((n) => n.recordId === caseId)
    .map((n) => n.kind)
    .reverse();

async function createLead(cookie: string, overrides: Record<string, unknown> = {}) {
  const res = await post(cookie, '/api/leads', {
    source: 'superior_assignment',
    sourceRef: '省督查室督办函〔2026〕21号',
    summary: '市教育局对校外培训机构违规收费的监督检查走过场',
    details: '群众反映多家校外培训机构超前超标收费，市教育局监督检查流于形式，未见处理结果。',
    concernedUnitIds: [jyj],
    conduct: 'inaction',
    ...overrides,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; code: string; status: string; dueDate: string; unitId: string };
}

async function publicReportOf(
  payload: Record<string, unknown>,
  headers: Record<string, string> = {},
  app = t.app,
) {
  const challenge = (await app.inject({ method: 'GET', url: '/api/portal/altcha-challenge' })).json();
  return app.inject({
    method: 'POST',
    url: '/api/portal/reports',
    headers: { ...OWN_PAGE_HEADERS, ...headers },
    payload: { ...payload, altcha: await solveProofOfWork(challenge) },
  });
}

const portal = (url: string, payload: object) =>
  t.app.inject({ method: 'POST', url, headers: OWN_PAGE_HEADERS, payload });

describe('leads from each source', () => {
  it('registers a lead from each non-public source with its deadline per source and an audit event', async () => {
    for (const source of [
      'superior_assignment',
      'leader_instruction',
      'media_exposure',
      'inspection',
      'other',
    ]) {
      const created = await createLead(office, { source });
      expect(created.code).toMatch(/^XS2026-\d{4}$/);
      const [row] = await t.database.db.select().from(lead).where(eq(lead.id, created.id));
      expect(row!.source).toBe(source);
      expect(row!.status).toBe('received');
      const [event] = await auditRows(t.database, 'lead.created', created.id);
      expect(event!.after).toMatchObject({ source, concernedUnitIds: [jyj] });
    }
    // Leader instructions are handled within 10 working days, superior assignments within 15.
    const a = await createLead(office, { source: 'leader_instruction' });
    const b = await createLead(office, { source: 'superior_assignment' });
    expect(a.dueDate < b.dueDate).toBe(true);
  });

  it('numbers leads past 9,999 with more digits, never cutting them', async () => {
    await t.database.db.execute(sql`select setval('lead_code_seq', 9998)`);
    const first = await createLead(office);
    const second = await createLead(office);
    expect([first.code, second.code]).toEqual(['XS2026-9999', 'XS2026-10000']);
  });

  it('refuses a public report entered by staff and a lead naming nothing concerned', async () => {
    expect(
      (
        await post(office, '/api/leads', {
          source: 'public_report',
          summary: 'x',
          details: 'y',
          concernedUnitIds: [jyj],
        })
      ).statusCode,
    ).toBe(400);
    const res = await post(office, '/api/leads', { source: 'other', summary: '无对象', details: '无对象' });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe('concernedUnitIds');
  });

  it('receives transfers of overdue supervision items and inspection findings as leads, once', async () => {
    const [item] = await t.database.db.select().from(supervisionItem).limit(1);
    await t.database.db.insert(supervisionTransfer).values({
      itemId: item!.id,
      unitId: item!.unitId,
      history: { code: item!.code, title: item!.title, dueDate: item!.dueDate, workingDaysOverdue: 12 },
    });
    const pendingFindings = await t.database.db
      .select()
      .from(spotCheckTransfer)
      .where(eq(spotCheckTransfer.status, 'pending'));
    expect(pendingFindings.length).toBeGreaterThan(0);
    await runJob(t.database, t.systemContext(), intakeJob);
    const fromItem = await t.database.db.select().from(lead).where(eq(lead.sourceRecordId, item!.id));
    expect(fromItem).toHaveLength(1);
    expect(fromItem[0]).toMatchObject({
      source: 'inspection',
      sourceRecordType: 'supervision_item',
      status: 'received',
    });
    expect(fromItem[0]!.concernedUnitIds).toEqual([item!.unitId]);
    const fromFinding = await t.database.db
      .select()
      .from(lead)
      .where(eq(lead.sourceRecordId, pendingFindings[0]!.findingId));
    expect(fromFinding[0]).toMatchObject({ source: 'inspection', sourceRecordType: 'spot_check_finding' });
    const left = await t.database.db
      .select()
      .from(supervisionTransfer)
      .where(eq(supervisionTransfer.status, 'pending'));
    expect(left).toHaveLength(0);
    expect((await auditRows(t.database, 'lead.created', fromItem[0]!.id))[0]!.actorId).toBeNull();
    // A second run finds nothing new.
    const before = (await t.database.db.select({ n: sql<number>`count(*)::int` }).from(lead))[0]!.n;
    await runJob(t.database, t.systemContext(), intakeJob);
    expect((await t.database.db.select({ n: sql<number>`count(*)::int` }).from(lead))[0]!.n).toBe(before);
  });
});

describe('the accountability settings', () => {
  it('refuses an empty change with the reason, storing and auditing nothing, and records a real one', async () => {
    const before = await t.database.db.select().from(accountabilitySettings);
    const empty = await t.as(office, {
      method: 'PATCH',
      url: '/api/accountability-settings',
      payload: {},
      headers: { 'accept-language': 'zh-CN' },
    });
    expect(empty.statusCode, empty.body).toBe(400);
    expect(empty.json().errors).toEqual([{ path: '', message: '请至少填写一项要修改的内容' }]);
    expect(await t.database.db.select().from(accountabilitySettings)).toEqual(before);
    expect(await auditRows(t.database, 'accountability_settings.updated')).toEqual([]);

    const changed = await t.as(office, {
      method: 'PATCH',
      url: '/api/accountability-settings',
      payload: { dualInquiryOverdueWorkingDays: 25 },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json().dualInquiryOverdueWorkingDays).toBe(25);
    expect(await auditRows(t.database, 'accountability_settings.updated')).toHaveLength(1);
  });
});

describe('who sees a lead', () => {
  it('answers 404 to the unit concerned, its leader, a county user, and a handler the lead names', async () => {
    const created = await createLead(office);
    const seen = await get(supervisor, `/api/leads/${created.id}`);
    expect(seen.statusCode, seen.body).toBe(200);
    for (const cookie of [clerk, head, countyOffice])
      expect((await get(cookie, `/api/leads/${created.id}`)).statusCode).toBe(404);
    // A lead about the supervisor himself is never shown to him, whatever his scope.
    const aboutHim = await createLead(office, { concernedPersonIds: [await personIdOf('周监察')] });
    expect((await get(supervisor, `/api/leads/${aboutHim.id}`)).statusCode).toBe(404);
    expect((await get(supervisor2, `/api/leads/${aboutHim.id}`)).statusCode).toBe(200);
    const list = await get(supervisor, '/api/leads?limit=200');
    expect(list.json().items.map((l: { id: string }) => l.id)).not.toContain(aboutHim.id);
    expect((await get(countyOffice, '/api/leads')).json().total).toBe(0);
  });

  it('audits each view of a lead', async () => {
    const created = await createLead(office);
    await get(supervisor, `/api/leads/${created.id}`);
    expect(await auditRows(t.database, 'lead.viewed', created.id)).toHaveLength(1);
  });
});

describe('triage proposals', () => {
  it('proposes a near-identical Chinese lead as a duplicate and not an unrelated one, and flags repeats', async () => {
    const about = { concernedUnitIds: [cgj] };
    const first = await createLead(office, {
      ...about,
      summary: '市城市管理局对夜市油烟噪音扰民投诉长期不处理',
      details: '东门夜市油烟和噪音扰民，居民投诉半年，城管执法人员到场后只拍照不处理。',
    });
    const near = await createLead(office, {
      ...about,
      source: 'media_exposure',
      summary: '城市管理局对东门夜市油烟噪音扰民投诉长期不处理',
      details: '东门夜市的油烟、噪音扰民，居民投诉了半年，城管执法人员到场只拍照不处理。',
    });
    const unrelated = await createLead(office, {
      ...about,
      summary: '市城市管理局共享单车乱停放整治缓慢',
      details: '地铁口共享单车堆积堵塞盲道，多次反映后仍无改善。',
    });
    const detail = (await get(supervisor, `/api/leads/${first.id}`)).json();
    const ids = detail.duplicates.map((d: { id: string }) => d.id);
    expect(ids).toContain(near.id);
    expect(ids).not.toContain(unrelated.id);
    const repeat = detail.repeats.find((r: { unitId: string }) => r.unitId === cgj);
    expect(repeat.count).toBeGreaterThanOrEqual(3);
    expect(repeat.sources).toEqual(expect.arrayContaining(['superior_assignment', 'media_exposure']));
  });

  it('proposes the unit whose published power item matches the text, naming the item', async () => {
    const created = await createLead(office, { concernedUnitIds: [cgj] });
    const detail = (await get(supervisor, `/api/leads/${created.id}`)).json();
    expect(detail.responsibleUnits[0].unitId).toBe(jyj);
    expect(detail.responsibleUnits[0].items.map((i: { name: string }) => i.name)).toContain(
      '对校外培训机构的监督检查',
    );
    // Words every power list shares (检查, 计划, 年度) propose no one.
    const unrelated = await createLead(office, {
      concernedUnitIds: [cgj],
      summary: '市供水集团对老旧小区水压不足问题整改不到位',
      details: '督查发现：老旧小区二次供水改造列入年度计划，但至今未开工，检查发现台账与实际不符。',
    });
    expect((await get(supervisor, `/api/leads/${unrelated.id}`)).json().responsibleUnits).toEqual([]);
  });
});

describe('triage, verification, decision', () => {
  async function acceptedCase() {
    const created = await createLead(office);
    const res = await post(supervisor, `/api/leads/${created.id}/triage`, {
      disposal: 'preliminary_verification',
      dueWorkingDays: 30,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().status).toBe('accepted');
    return { leadId: created.id, caseId: res.json().caseId as string };
  }
  const requirements = [
    'factsClear',
    'evidenceConclusive',
    'characterisationAccurate',
    'dispositionAppropriate',
    'procedureLawful',
    'formalitiesComplete',
  ];

  it('audits each view of a case, and answers 404 without an event to whom may not read it', async () => {
    const { caseId } = await acceptedCase();
    expect((await get(supervisor, `/api/cases/${caseId}`)).statusCode).toBe(200);
    expect(await auditRows(t.database, 'accountability_case.viewed', caseId)).toHaveLength(1);
    expect((await get(countyOffice, `/api/cases/${caseId}`)).statusCode).toBe(404);
    expect(await auditRows(t.database, 'accountability_case.viewed', caseId)).toHaveLength(1);
  });

  it('shelves, closes, forwards and merges with the reasons they need', async () => {
    const a = await createLead(office);
    expect((await post(supervisor, `/api/leads/${a.id}/triage`, { disposal: 'shelved' })).statusCode).toBe(
      400,
    );
    const shelved = await post(supervisor, `/api/leads/${a.id}/triage`, {
      disposal: 'shelved',
      reason: '线索笼统',
    });
    expect(shelved.json().status).toBe('shelved');
    expect((await auditRows(t.database, 'lead.shelved', a.id))[0]!.after).toMatchObject({
      status: 'shelved',
      reason: '线索笼统',
      disposal: 'shelved',
    });
    const reopened = await post(supervisor, `/api/leads/${a.id}/reopen`, { reason: '补充了具体项目' });
    expect(reopened.json().status).toBe('received');
    const b = await createLead(office);
    const forwarded = await post(supervisor, `/api/leads/${b.id}/triage`, {
      disposal: 'forwarded',
      reason: '属教育督导职责',
      forwardedTo: '市政府教育督导室',
    });
    expect(forwarded.json()).toMatchObject({ status: 'forwarded', forwardedTo: '市政府教育督导室' });
    const c = await createLead(office);
    const merged = await post(supervisor, `/api/leads/${c.id}/triage`, {
      disposal: 'merged',
      mergeIntoId: a.id,
    });
    expect(merged.json()).toMatchObject({ status: 'merged', mergedIntoId: a.id });
    expect(
      (await post(supervisor, `/api/leads/${c.id}/triage`, { disposal: 'closed_no_action', reason: 'x' }))
        .statusCode,
    ).toBe(409);
  });

  it('locks the decision until all six requirements are confirmed, and no one approves their own proposal', async () => {
    const { caseId } = await acceptedCase();
    const propose = () => post(supervisor, `/api/cases/${caseId}/propose`, { opinion: '给予政务警告处分' });
    expect((await propose()).json().code).toBe('DECISION_LOCKED');
    await t.as(supervisor, {
      method: 'PUT',
      url: `/api/cases/${caseId}/verification`,
      payload: { findings: '查明监督检查未按计划开展', conclusion: 'substantiated' },
    });
    // A confirmation needs a note.
    expect(
      (
        await t.as(supervisor, {
          method: 'PUT',
          url: `/api/cases/${caseId}/requirements/factsClear`,
          payload: { confirmed: true },
        })
      ).statusCode,
    ).toBe(400);
    for (const r of requirements.slice(0, 5)) {
      const res = await t.as(supervisor, {
        method: 'PUT',
        url: `/api/cases/${caseId}/requirements/${r}`,
        payload: { confirmed: true, note: '已核实' },
      });
      expect(res.statusCode, res.body).toBe(200);
    }
    const locked = await propose();
    expect(locked.statusCode).toBe(409);
    expect(locked.json().code).toBe('DECISION_LOCKED');
    await t.as(supervisor, {
      method: 'PUT',
      url: `/api/cases/${caseId}/requirements/formalitiesComplete`,
      payload: { confirmed: true, note: '文书齐全' },
    });
    expect(await auditRows(t.database, 'accountability_case.requirement_confirmed', caseId)).toHaveLength(6);

    const personId = await personIdOf('马晓明');
    const det = await post(supervisor, `/api/cases/${caseId}/determinations`, {
      personId,
      liability: 'direct',
      conducts: ['inaction'],
      measures: ['admonition'],
      sanctions: ['gov_demerit'],
    });
    expect(det.statusCode, det.body).toBe(201);
    expect(det.json()).toMatchObject({
      form: 2,
      sanctions: [{ kind: 'gov_demerit', months: 12, status: 'proposed', lapsesOn: null }],
    });

    const proposed = await propose();
    expect(proposed.statusCode, proposed.body).toBe(200);
    expect(proposed.json().status).toBe('proposed');
    // The second pair of eyes is told; the one who proposed is not.
    expect(await toldOf(supervisor2, caseId)).toEqual(['accountability.decision_proposed']);
    expect(await toldOf(supervisor, caseId)).toEqual([]);
    // The handler who proposed cannot approve; neither can anyone else acting as him.
    const own = await post(supervisor, `/api/cases/${caseId}/approve`, {});
    expect(own.statusCode).toBe(403);
    expect(own.json().code).toBe('FOUR_EYES');
    const approved = await post(supervisor2, `/api/cases/${caseId}/approve`, { opinion: '同意' });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(await toldOf(supervisor, caseId)).toEqual(['accountability.decision_approved']);
    expect(approved.json()).toMatchObject({
      status: 'decided',
      decidedOn: '2026-06-01',
      approvedByName: '钱正清',
    });
    const [stored] = await t.database.db
      .select()
      .from(sanction)
      .where(eq(sanction.determinationId, det.json().id));
    expect(stored).toMatchObject({ status: 'active', decidedOn: '2026-06-01', lapsesOn: '2027-06-01' });
    expect((await auditRows(t.database, 'accountability_case.approved', caseId))[0]!.after).toMatchObject({
      status: 'decided',
      decidedOn: '2026-06-01',
    });

    // The sanction lapses by itself on its day, under the clock.
    t.clock.set(new Date('2027-05-31T02:00:00Z'));
    await runJob(t.database, t.systemContext(), lapseJob);
    expect((await t.database.db.select().from(sanction).where(eq(sanction.id, stored!.id)))[0]!.status).toBe(
      'active',
    );
    t.clock.set(new Date('2027-06-01T02:00:00Z'));
    await runJob(t.database, t.systemContext(), lapseJob);
    expect((await t.database.db.select().from(sanction).where(eq(sanction.id, stored!.id)))[0]!.status).toBe(
      'lapsed',
    );
    expect(
      (await auditRows(t.database, 'determination.sanction_lapsed', det.json().id))[0]!.after,
    ).toMatchObject({ kind: 'gov_demerit', lapsesOn: '2027-06-01' });
    t.clock.set(new Date('2026-06-01T02:00:00Z'));

    // The case's history holds its own steps and those of its determinations.
    const history = await get(supervisor, `/api/history/accountability_case/${caseId}`);
    expect(history.statusCode, history.body).toBe(200);
    const actions = (history.json().items as { action: string }[]).map((e) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'accountability_case.created',
        'accountability_case.requirement_confirmed',
        'determination.created',
        'accountability_case.proposed',
        'accountability_case.approved',
        'determination.sanction_lapsed',
      ]),
    );

    const record = await get(supervisor, `/api/persons/${personId}/accountability`);
    expect(record.statusCode, record.body).toBe(200);
    expect(record.json().items.find((i: { caseId: string }) => i.caseId === caseId).sanctions[0].status).toBe(
      'lapsed',
    );
    expect(await auditRows(t.database, 'person.accountability_viewed', personId)).toHaveLength(1);
  });

  it('decides fault tolerance by a supervisor other than the handler and applies it', async () => {
    const { caseId } = await acceptedCase();
    const det = await post(supervisor, `/api/cases/${caseId}/determinations`, {
      personId: await personIdOf('黄局长'),
      liability: 'main_leadership',
      measures: ['circulated_criticism'],
    });
    const request = await post(supervisor, `/api/determinations/${det.json().id}/exemption-requests`, {
      ground: 'reform_pilot',
      statement: '属于先行先试中的失误，已及时纠正',
    });
    expect(request.statusCode, request.body).toBe(201);
    const decide = (cookie: string) =>
      post(cookie, `/api/exemption-requests/${request.json().id}/decide`, {
        outcome: 'exempt',
        opinion: '符合容错情形',
      });
    expect((await decide(supervisor)).json().code).toBe('FOUR_EYES');
    const decided = await decide(supervisor2);
    expect(decided.statusCode, decided.body).toBe(200);
    const detail = (await get(supervisor, `/api/cases/${caseId}`)).json();
    expect(detail.determinations[0]).toMatchObject({ exemption: 'exempt', measures: [], form: null });
    expect(
      (await auditRows(t.database, 'exemption_request.decided', request.json().id))[0]!.after,
    ).toMatchObject({ outcome: 'exempt' });
  });

  it('lets the unit apply for fault tolerance for its own people, without reading the case', async () => {
    const { caseId } = await acceptedCase();
    const ours = await post(supervisor, `/api/cases/${caseId}/determinations`, {
      personId: await personIdOf('马晓明'),
      liability: 'direct',
      conducts: ['inaction'],
      measures: ['admonition'],
    });
    const theirs = await post(supervisor, `/api/cases/${caseId}/determinations`, {
      personId: await personIdOf('林春华'),
      liability: 'important_leadership',
      measures: ['admonition'],
    });
    expect(ours.statusCode, ours.body).toBe(201);
    expect(theirs.statusCode, theirs.body).toBe(201);

    // 市教育局's head sees its own person's determination, not another unit's, and not the case.
    const list = await get(head, '/api/unit-determinations?open=true');
    expect(list.statusCode, list.body).toBe(200);
    const ids = (list.json().items as { id: string }[]).map((i) => i.id);
    expect(ids).toContain(ours.json().id);
    expect(ids).not.toContain(theirs.json().id);
    const item = list.json().items.find((i: { id: string }) => i.id === ours.json().id);
    expect(item).toMatchObject({ person: { name: '马晓明' }, liability: 'direct', caseStatus: 'verifying' });
    expect(Object.keys(item)).not.toEqual(expect.arrayContaining(['measures']));
    // The head holds no permission to read cases at all.
    expect((await get(head, `/api/cases/${caseId}`)).statusCode).toBe(403);
    expect((await get(clerk, '/api/unit-determinations')).statusCode).toBe(403);

    const apply = (id: string) =>
      post(head, `/api/unit-determinations/${id}/exemption-requests`, {
        ground: 'exploratory_trial',
        statement: '该同志在改革探索中出现失误，本单位申请容错免责',
      });
    expect((await apply(theirs.json().id)).statusCode).toBe(404);
    const applied = await apply(ours.json().id);
    expect(applied.statusCode, applied.body).toBe(201);
    expect(applied.json().requests).toMatchObject([
      { ground: 'exploratory_trial', status: 'pending', requestedByName: '黄局长' },
    ]);
    const requestId = applied.json().requests[0].id as string;
    const [event] = await auditRows(t.database, 'exemption_request.created', requestId);
    expect(event!.after).toMatchObject({ determinationId: ours.json().id, ground: 'exploratory_trial' });
    // One pending request at a time; the handler sees it on the case and the approvers are told.
    const again = await apply(ours.json().id);
    expect(again.statusCode).toBe(400);
    expect(again.json().errors[0].path).toBe('ground');
    const detail = (await get(supervisor, `/api/cases/${caseId}`)).json();
    expect(
      detail.determinations.find((d: { id: string }) => d.id === ours.json().id).exemptionRequests,
    ).toMatchObject([{ id: requestId, requestedByName: '黄局长', status: 'pending' }]);
    expect(await toldOf(supervisor2, caseId)).toContain('accountability.exemption_requested');

    const decided = await post(supervisor2, `/api/exemption-requests/${requestId}/decide`, {
      outcome: 'mitigate',
      opinion: '符合容错情形，从轻处理',
    });
    expect(decided.statusCode, decided.body).toBe(200);
    const after = (await get(head, '/api/unit-determinations')).json().items;
    expect(after.find((i: { id: string }) => i.id === ours.json().id)).toMatchObject({
      exemption: 'mitigate',
      requests: [{ status: 'decided', outcome: 'mitigate', opinion: '符合容错情形，从轻处理' }],
    });
  });

  it('opens the two linked inquiries of one case, two investigations', async () => {
    const { caseId } = await acceptedCase();
    const res = await post(supervisor, `/api/cases/${caseId}/dual-inquiries`, {
      kinds: ['primary_responsibility', 'oversight_responsibility'],
      concernedUnitIds: [jyj],
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().items.map((l: { inquiryKind: string }) => l.inquiryKind)).toEqual([
      'primary_responsibility',
      'oversight_responsibility',
    ]);
    const detail = (await get(supervisor, `/api/cases/${caseId}`)).json();
    expect(detail.dualInquiries).toHaveLength(2);
    expect(
      (
        await post(supervisor, `/api/cases/${caseId}/dual-inquiries`, {
          kinds: ['primary_responsibility'],
          concernedUnitIds: [jyj],
        })
      ).statusCode,
    ).toBe(400);
  });
});

describe('public reports', () => {
  it('answers a 20-digit receipt code once and stores only its argon2 hash', async () => {
    const res = await publicReportOf({
      anonymous: true,
      unitName: '市城市管理局',
      unitId: cgj,
      summary: '占道经营投诉无人处理',
      details: '小区门口占道经营半年无人处理',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.headers['cache-control']).toBe('no-store');
    const code = res.json().receiptCode as string;
    expect(code).toMatch(/^\d{20}$/);
    const [row] = await t.database.db
      .select()
      .from(publicReport)
      .where(eq(publicReport.lookupKey, lookupKeyOf(code)));
    expect(row!.codeHash).toMatch(/^\$argon2id\$v=19\$m=1024,t=1,p=1\$/);
    // Found by a keyed digest of the whole code, not by its first digits.
    expect(row!.lookupKey).toMatch(/^[0-9a-f]{10}$/);
    expect(row!.lookupKey).not.toBe(code.slice(0, 10));
    expect(JSON.stringify(row)).not.toContain(code);
    const status = await portal('/api/portal/reports/status', {
      receiptCode: code.replace(/(\d{4})/g, '$1 '),
    });
    expect(status.statusCode, status.body).toBe(200);
    expect(status.json()).toMatchObject({ stage: 'received', anonymous: true, canRate: false });
    const wrong = await portal('/api/portal/reports/status', {
      receiptCode: `${code.slice(0, 19)}${(Number(code[19]) + 1) % 10}`,
    });
    expect(wrong.statusCode).toBe(404);
    expect(wrong.json().code).toBe('RECEIPT_NOT_FOUND');
  });

  it('files reports sent at the same moment each as its own lead, and a solution sent twice once', async () => {
    const solved = await Promise.all(
      Array.from({ length: 6 }, async () =>
        solveProofOfWork((await t.app.inject({ method: 'GET', url: '/api/portal/altcha-challenge' })).json()),
      ),
    );
    const send = (altcha: string, n: number) =>
      t.app.inject({
        method: 'POST',
        url: '/api/portal/reports',
        headers: OWN_PAGE_HEADERS,
        // Seven citizens: each from their own address, under the portal's rate limit.
        remoteAddress: `198.51.100.${n}`,
        payload: {
          anonymous: true,
          unitName: '市城市管理局',
          summary: `同时提交的举报第${n}件`,
          details: '夜间施工噪音扰民，多次投诉无人处理。',
          altcha,
        },
      });
    const answers = await Promise.all([...solved.map(send), send(solved[5]!, 99)]);
    const statuses = answers.map((a) => a.statusCode).sort();
    expect(statuses).toEqual([201, 201, 201, 201, 201, 201, 400]);
    expect(answers.find((a) => a.statusCode === 400)!.json().code).toBe('PROOF_OF_WORK_INVALID');
    const codes = answers.filter((a) => a.statusCode === 201).map((a) => a.json().receiptCode as string);
    expect(new Set(codes).size).toBe(6);
    const rows = await t.database.db.select().from(lead).where(like(lead.summary, '同时提交的举报第%'));
    expect(rows).toHaveLength(6);
    for (const row of rows) expect(await auditRows(t.database, 'lead.created', row.id)).toHaveLength(1);
    for (const code of codes) {
      const status = await portal('/api/portal/reports/status', { receiptCode: code });
      expect(status.statusCode, status.body).toBe(200);
      expect(status.json().summary).toMatch(/^同时提交的举报第\d+件$/);
    }
    // Of the two reports with one solution, whichever came first was filed.
    const filed = rows.map((r) => Number(/第(\d+)件/.exec(r.summary)![1])).sort((a, b) => a - b);
    expect(filed.slice(0, 5)).toEqual([0, 1, 2, 3, 4]);
    expect([5, 99]).toContain(filed[5]);
  });

  it('keeps a named reporter out of the database, the logs and the unit concerned; reveals with password and reason', async () => {
    const lines: string[] = [];
    const logged = await buildApp({
      config: t.config,
      database: t.database,
      clock: t.clock,
      jobs: false,
      logger: {
        level: 'trace',
        stream: new Writable({
          write: (chunk, _enc, done) => {
            lines.push(String(chunk));
            done();
          },
        }),
      } as never,
    });
    await logged.ready();
    const marker = 'ZerenMarkerAgent/7.7';
    const res = await publicReportOf(
      {
        anonymous: false,
        name: '欧阳测试举报人',
        contact: '13912345678',
        unitName: '市教育局',
        unitId: jyj,
        summary: '学校违规补课无人管',
        details: '暑期学校组织违规补课，教育局接到反映后未处理',
      },
      { 'user-agent': marker, 'x-forwarded-for': '203.0.113.77' },
      logged,
    );
    expect(res.statusCode, res.body).toBe(201);
    const code = res.json().receiptCode as string;
    await logged.inject({
      method: 'POST',
      url: '/api/portal/reports/status',
      remoteAddress: '203.0.113.77',
      headers: { ...OWN_PAGE_HEADERS, 'user-agent': marker },
      payload: { receiptCode: code },
    });
    await logged.close();
    const secrets = ['欧阳测试举报人', '13912345678', marker, '203.0.113.77', code];
    const log = lines.join('\n');
    for (const s of secrets) expect(log).not.toContain(s);
    // Every table, every row, as text.
    const tables = (await t.database.db.execute(
      sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`,
    )) as unknown as { rows?: { table_name: string }[] } & { table_name: string }[];
    const names = (tables.rows ?? tables).map((r) => r.table_name);
    expect(names).toContain('public_report');
    for (const name of names) {
      const dump = await t.database.db.execute(sql`select t::text as row from ${sql.identifier(name)} t`);
      const text = JSON.stringify(dump);
      for (const s of secrets) expect(text, `${name} holds ${s}`).not.toContain(s);
    }

    const [row] = await t.database.db
      .select()
      .from(publicReport)
      .where(eq(publicReport.lookupKey, lookupKeyOf(code)));
    const leadId = row!.leadId;
    for (const cookie of [clerk, head, countyOffice])
      expect((await get(cookie, `/api/leads/${leadId}`)).statusCode).toBe(404);
    const detail = (await get(supervisor, `/api/leads/${leadId}`)).json();
    expect(JSON.stringify(detail)).not.toContain('欧阳测试举报人');
    expect(detail.reporter).toMatchObject({ named: true, revealed: false });

    const reveal = (payload: object) => post(supervisor, `/api/leads/${leadId}/reveal-reporter`, payload);
    expect((await reveal({ password: DEMO_PASSWORD })).statusCode).toBe(400);
    const wrong = await reveal({ password: 'not-my-password', reason: '需当面核实举报内容' });
    expect(wrong.statusCode).toBe(403);
    expect(wrong.json().code).toBe('REVEAL_PASSWORD_WRONG');
    expect(await auditRows(t.database, 'lead.reporter_revealed', leadId)).toHaveLength(0);
    const shown = await reveal({ password: DEMO_PASSWORD, reason: '需当面核实举报内容' });
    expect(shown.statusCode, shown.body).toBe(200);
    expect(shown.json()).toEqual({ name: '欧阳测试举报人', contact: '13912345678' });
    const [event] = await auditRows(t.database, 'lead.reporter_revealed', leadId);
    expect(event!.after).toEqual({ reason: '需当面核实举报内容' });
    const status = (await portal('/api/portal/reports/status', { receiptCode: code })).json();
    expect(status.identityRevealed).toBe(true);
  });

  it('lets the reporter follow, reply, rate after closure and appeal once', async () => {
    const res = await publicReportOf({
      anonymous: true,
      unitName: '市城市管理局',
      summary: '路灯长期不亮',
      details: '小区路灯坏了三个月',
    });
    const code = res.json().receiptCode as string;
    const [row] = await t.database.db
      .select()
      .from(publicReport)
      .where(eq(publicReport.lookupKey, lookupKeyOf(code)));
    const leadId = row!.leadId;
    // Evidence from the reporter: stored under a neutral name, the photo without its EXIF.
    const boundary = '----zerenreport';
    const photo = jpegWithExif('GPS 31.2304N 121.4737E');
    const upload = await t.app.inject({
      method: 'POST',
      url: '/api/portal/reports/evidence',
      headers: { ...OWN_PAGE_HEADERS, 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: Buffer.concat([
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="receiptCode"\r\n\r\n${code}\r\n` +
            `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="张三拍的.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`,
        ),
        photo,
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]),
    });
    expect(upload.statusCode, upload.body).toBe(200);
    expect(upload.json().evidenceCount).toBe(1);
    const [file] = await t.database.db.select().from(storedFile).where(eq(storedFile.ownerId, leadId));
    expect(file).toMatchObject({ filename: '举报材料-1.jpg', uploadedBy: null, mimeType: 'image/jpeg' });
    const [blob] = await t.database.db.select().from(fileBlob).where(eq(fileBlob.fileId, file!.id));
    expect(blob!.bytes.includes('GPS 31.2304N')).toBe(false);
    expect((await auditRows(t.database, 'lead.evidence_added', leadId))[0]!.after).toEqual({
      fileIds: [file!.id],
      byReporter: true,
    });

    const sent = await post(supervisor, `/api/leads/${leadId}/messages`, { body: '已收到，正在核实' });
    expect(sent.statusCode, sent.body).toBe(201);
    const reply = await portal('/api/portal/reports/messages', { receiptCode: code, body: '补充：东门路段' });
    expect(reply.json().messages.map((m: { direction: string }) => m.direction)).toEqual([
      'from_handler',
      'from_reporter',
    ]);
    expect(
      (await portal('/api/portal/reports/satisfaction', { receiptCode: code, satisfaction: 'satisfied' }))
        .statusCode,
    ).toBe(409);
    await post(supervisor, `/api/leads/${leadId}/triage`, {
      disposal: 'closed_no_action',
      reason: '已转相关街道修复',
    });
    const rated = await portal('/api/portal/reports/satisfaction', {
      receiptCode: code,
      satisfaction: 'dissatisfied',
    });
    expect(rated.statusCode, rated.body).toBe(200);
    expect(rated.json()).toMatchObject({
      stage: 'not_pursued',
      satisfaction: 'dissatisfied',
      canRate: false,
      canAppeal: true,
    });
    const appealed = await portal('/api/portal/reports/appeal', {
      receiptCode: code,
      reason: '路灯仍未修复',
    });
    expect(appealed.json()).toMatchObject({ stage: 'received', appealed: true, canAppeal: false });
    expect((await t.database.db.select().from(lead).where(eq(lead.id, leadId)))[0]!.status).toBe('received');
    expect((await auditRows(t.database, 'lead.appealed', leadId))[0]!.actorId).toBeNull();
    expect((await auditRows(t.database, 'lead.appealed', leadId))[0]!.ip).toBeNull();
    await post(supervisor, `/api/leads/${leadId}/triage`, {
      disposal: 'closed_no_action',
      reason: '复核后维持',
    });
    expect(
      (await portal('/api/portal/reports/appeal', { receiptCode: code, reason: '再次申诉' })).statusCode,
    ).toBe(409);
  });
});

describe('a reporter waiting for an answer', () => {
  const accountIdOf = (username: string) => t.accountId(username);
  /** Who was told of a lead, and what, oldest first: the stored rows. */
  const toldAbout = (leadId: string) =>
    t.database.db
      .select()
      .from(notification)
      .where(eq(notification.recordId, leadId))
      .orderBy(notification.id);

  // Each citizen from their own address, under the portal's rate limits.
  let citizens = 0;
  const citizen = () => `192.0.2.${++citizens}`;

  async function fileReport(summary: string, extra: Record<string, unknown> = {}) {
    const challenge = (await t.app.inject({ method: 'GET', url: '/api/portal/altcha-challenge' })).json();
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/portal/reports',
      headers: OWN_PAGE_HEADERS,
      remoteAddress: citizen(),
      payload: {
        anonymous: true,
        unitName: '市教育局',
        unitId: jyj,
        summary,
        details: '学校食堂收费不公示，家长反映多次无人答复。',
        ...extra,
        altcha: await solveProofOfWork(challenge),
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    const code = res.json().receiptCode as string;
    const [row] = await t.database.db
      .select({ leadId: publicReport.leadId, code: lead.code })
      .from(publicReport)
      .innerJoin(lead, eq(lead.id, publicReport.leadId))
      .where(eq(publicReport.lookupKey, lookupKeyOf(code)));
    return { receiptCode: code, id: row!.leadId, code: row!.code };
  }
  const reply = async (receiptCode: string, body: string) => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/portal/reports/messages',
      headers: OWN_PAGE_HEADERS,
      remoteAddress: citizen(),
      payload: { receiptCode, body },
    });
    expect(res.statusCode, res.body).toBe(200);
  };
  const evidence = async (receiptCode: string) => {
    const boundary = '----zerenwaiting';
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/portal/reports/evidence',
      headers: { ...OWN_PAGE_HEADERS, 'content-type': `multipart/form-data; boundary=${boundary}` },
      remoteAddress: citizen(),
      payload: Buffer.concat([
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="receiptCode"\r\n\r\n${receiptCode}\r\n` +
            `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="photo.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`,
        ),
        jpegWithExif('no position'),
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]),
    });
    expect(res.statusCode, res.body).toBe(200);
  };
  const write = async (cookie: string, leadId: string, body: string) =>
    expect((await post(cookie, `/api/leads/${leadId}/messages`, { body })).statusCode).toBe(201);

  it('tells the handler that the reporter replied or added evidence — not the unit concerned, a county supervisor or one the lead is about — naming no one and quoting nothing', async () => {
    const f = new Factories(t);
    const county = await f.account('K100', [{ role: 'supervisor', dataScope: 'unit_tree', unit: 'K100' }]);
    // A city-wide supervisor who works at the bureau the report is about (回避).
    const recused = await f.account('C007', [{ role: 'supervisor', dataScope: 'all', unit: 'C002' }]);
    const report = await fileReport('食堂收费不公示（通知测试）', {
      anonymous: false,
      name: '司马测试举报人',
      contact: '13700004321',
    });
    // Evidence sent with the report, before any handler took it up: it waits for triage, told to no one.
    await evidence(report.receiptCode);
    expect(await toldAbout(report.id)).toEqual([]);

    await write(supervisor, report.id, '已收到，请补充具体时间');
    const secret = '补充ZerenReplyText：每周三中午';
    await reply(report.receiptCode, secret);
    await evidence(report.receiptCode);
    const told = await toldAbout(report.id);
    const handler = await accountIdOf('supervisor');
    expect(told.map((n) => [n.recipientId, n.kind])).toEqual([
      [handler, 'accountability.reporter_replied'],
      [handler, 'accountability.reporter_added_evidence'],
    ]);
    for (const n of told) {
      expect(n).toMatchObject({ recordType: 'lead', recordId: report.id, params: { code: report.code } });
      for (const s of ['司马测试举报人', '13700004321', secret, 'ZerenReplyText'])
        expect(JSON.stringify(n)).not.toContain(s);
    }
    // Not the unit concerned, its leader, the county, the other supervisor, the one it is about.
    for (const id of [
      county.id,
      recused.id,
      await accountIdOf('supervisor2'),
      await accountIdOf('dept.clerk'),
      await accountIdOf('dept.head'),
      await accountIdOf('county.office'),
    ])
      expect(told.map((n) => n.recipientId)).not.toContain(id);

    // Audited as before, and the notification's event names the recipient, not the text.
    const sentEvents = (await auditRows(t.database, 'lead.message_sent', report.id)).map((e) => e.after);
    expect(sentEvents).toContainEqual({ messageId: expect.any(String), direction: 'from_reporter' });
    const notified = (await auditRows(t.database, 'notification.sent')).filter(
      (e) => (e.after as { recordId?: string }).recordId === report.id,
    );
    expect(notified.map((e) => e.after)).toEqual([
      {
        kind: 'accountability.reporter_replied',
        recordType: 'lead',
        recordId: report.id,
        recipients: [handler],
      },
      {
        kind: 'accountability.reporter_added_evidence',
        recordType: 'lead',
        recordId: report.id,
        recipients: [handler],
      },
    ]);
    for (const e of notified) {
      expect(e.actorId).toBeNull();
      expect(JSON.stringify(e)).not.toContain('ZerenReplyText');
    }
    // The handler reads it in their language.
    const inbox = (await get(supervisor, '/api/notifications?limit=100')).json().items as {
      recordId: string;
      text: string;
    }[];
    expect(inbox.filter((n) => n.recordId === report.id).map((n) => n.text)).toEqual([
      `举报人在线索${report.code}中补充了材料，请及时答复`,
      `举报人在线索${report.code}中回复了留言，请及时答复`,
    ]);
  });

  it('tells everyone who may answer when its handler no longer may, never one the lead is about', async () => {
    const f = new Factories(t);
    const handler = await f.account('C002', [{ role: 'supervisor', dataScope: 'all', unit: 'C002' }]);
    const recused = await f.account('C007', [{ role: 'supervisor', dataScope: 'all', unit: 'C002' }]);
    const county = await f.account('K100', [{ role: 'supervisor', dataScope: 'unit_tree', unit: 'K100' }]);
    const report = await fileReport('食堂收费不公示（承办人离岗）');
    await write((await f.session(handler.id)).cookie, report.id, '已收到');
    await t.database.db.update(userAccount).set({ disabled: true }).where(eq(userAccount.id, handler.id));
    await reply(report.receiptCode, '请问进展如何？');
    const recipients = (await toldAbout(report.id)).map((n) => n.recipientId);
    expect(recipients).toContain(await accountIdOf('supervisor'));
    expect(recipients).toContain(await accountIdOf('supervisor2'));
    for (const id of [handler.id, recused.id, county.id]) expect(recipients).not.toContain(id);
  });

  it('lists exactly the open reports whose reporter wrote last, in the caller scope and recusal, and counts them on the workbench', async () => {
    const tag = `待回复筛选${Date.now()}`;
    // Replied after the handler's message: waits.
    const replied = await fileReport(`${tag} 甲`);
    await write(supervisor, replied.id, '请补充时间地点');
    await reply(replied.receiptCode, '每周三中午');
    // Answered after the reply: does not wait.
    const answered = await fileReport(`${tag} 乙`);
    await write(supervisor, answered.id, '请补充时间地点');
    await reply(answered.receiptCode, '每周三中午');
    await write(supervisor, answered.id, '已转学校核实');
    // Written to before any handler took it up: waits for triage, not for a reply.
    const untouched = await fileReport(`${tag} 丙`);
    await reply(untouched.receiptCode, '补充：二号食堂');
    // Triaged (accepted) without a message, then evidence: waits.
    const accepted = await fileReport(`${tag} 丁`);
    const triaged = await post(supervisor, `/api/leads/${accepted.id}/triage`, {
      disposal: 'preliminary_verification',
    });
    expect(triaged.statusCode, triaged.body).toBe(200);
    await evidence(accepted.receiptCode);
    // Closed after the reply: no longer open, not listed.
    const closed = await fileReport(`${tag} 戊`);
    await write(supervisor, closed.id, '请补充时间地点');
    await reply(closed.receiptCode, '每周三中午');
    await post(supervisor, `/api/leads/${closed.id}/triage`, {
      disposal: 'closed_no_action',
      reason: '已转学校处理',
    });
    // About another unit than the bureau: one the bureau's supervisor may read.
    const elsewhere = await fileReport(`${tag} 己`, { unitName: '市城市管理局', unitId: cgj });
    await write(supervisor, elsewhere.id, '请补充时间地点');
    await reply(elsewhere.receiptCode, '每周三中午');

    const listed = async (cookie: string, extra = `&q=${encodeURIComponent(tag)}`) => {
      const res = await get(cookie, `/api/leads?awaitingReply=true&limit=200${extra}`);
      expect(res.statusCode, res.body).toBe(200);
      return res.json() as { total: number; items: { id: string; awaitingReply: boolean }[] };
    };
    const page = await listed(supervisor);
    expect(page.items.map((l) => l.id)).toEqual([elsewhere.id, accepted.id, replied.id]);
    expect(page.items.every((l) => l.awaitingReply)).toBe(true);
    expect(page.total).toBe(3);
    // The marker on the lead's page, as on the list.
    for (const [id, waiting] of [
      [replied.id, true],
      [answered.id, false],
      [untouched.id, false],
      [accepted.id, true],
      [closed.id, false],
    ] as const)
      expect((await get(supervisor, `/api/leads/${id}`)).json().lead.awaitingReply, id).toBe(waiting);
    // Stored: the answered report waits no longer; the closed one's reporter still wrote last.
    const since = async (id: string) =>
      (await t.database.db.select().from(publicReport).where(eq(publicReport.leadId, id)))[0]!
        .awaitingReplySince;
    expect(await since(replied.id)).toBeInstanceOf(Date);
    expect(await since(answered.id)).toBeNull();
    expect(await since(untouched.id)).toBeNull();
    expect(await since(closed.id)).toBeInstanceOf(Date);

    // Out of scope or about the caller: never.
    const f = new Factories(t);
    const county = await f.account('K100', [{ role: 'supervisor', dataScope: 'unit_tree', unit: 'K100' }]);
    const countyCookie = (await f.session(county.id)).cookie;
    expect((await listed(countyCookie, '')).total).toBe(0);
    const recused = await f.account('C007', [{ role: 'supervisor', dataScope: 'all', unit: 'C002' }]);
    const recusedCookie = (await f.session(recused.id)).cookie;
    expect((await listed(recusedCookie)).items.map((l) => l.id)).toEqual([elsewhere.id]);

    // The workbench counts the list: for those who handle leads, with the list's filter.
    type Entry = { key: string; count: number; query: Record<string, string> };
    const entryOf = async (cookie: string) =>
      ((await get(cookie, '/api/workbench')).json().items as Entry[]).find(
        (e) => e.key === 'accountability.awaitingReply',
      );
    for (const cookie of [supervisor, countyCookie, recusedCookie]) {
      const entry = await entryOf(cookie);
      expect(entry?.query).toMatchObject({ awaitingReply: 'true', campaignId: expect.any(String) });
      const total = (await listed(cookie, `&campaignId=${entry!.query.campaignId}`)).total;
      expect(entry!.count).toBe(total);
    }
    expect((await entryOf(supervisor))!.count).toBeGreaterThanOrEqual(3);
    expect(await entryOf(office)).toBeUndefined();
  });
});
