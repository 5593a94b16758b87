import { eq } from 'drizzle-orm';
import JSZip from 'jszip';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { auditRows, createTestApp, OWN_PAGE_HEADERS, type TestApp } from '../../../test/harness';
import { solveProofOfWork } from '../../../test/proof-of-work';
import { auditEvent } from '../../platform/audit/audit.table';
import { person, unit } from '../../platform/org/org.table';
import { dutyStatement, statementComment } from './statements.table';

let t: TestApp;
let clerk: string;
let head: string;
let office: string;
let countyOffice: string;
let jyj: string;

const unitIdOf = async (code: string) =>
  (await t.database.db.select({ id: unit.id }).from(unit).where(eq(unit.code, code)))[0]!.id;

/** Moves the clock and signs everyone in again (a session idles out over days). */
async function at(iso: string) {
  t.clock.set(new Date(iso));
  clerk = await t.login('dept.clerk');
  head = await t.login('dept.head');
  office = await t.login('office');
  countyOffice = await t.login('county.office');
}

beforeAll(async () => {
  t = await createTestApp();
  jyj = await unitIdOf('C007');
});
beforeEach(() => at('2026-06-01T02:00:00Z'));
afterAll(() => t.close());

const post = (cookie: string, url: string, payload: object = {}) =>
  t.as(cookie, { method: 'POST', url, payload });
const patch = (cookie: string, url: string, payload: object) =>
  t.as(cookie, { method: 'PATCH', url, payload });
const get = (cookie: string, url: string) => t.as(cookie, { method: 'GET', url });
const portal = (url: string) => t.app.inject({ method: 'GET', url });

async function draft(body = '<h2>一、履职情况</h2><p>按权责清单履职。</p>') {
  const res = await post(clerk, '/api/duty-statements', { unitId: jyj, title: '市教育局述责报告', body });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; status: string; body: string };
}

async function publishedStatement() {
  const s = await draft();
  expect((await post(head, `/api/duty-statements/${s.id}/submit`)).statusCode).toBe(200);
  expect((await post(office, `/api/duty-statements/${s.id}/approve`, { opinion: '同意' })).statusCode).toBe(
    200,
  );
  return s;
}

describe('duty statements', () => {
  it('keeps the structure of the body and drops everything that could run, in the stored row', async () => {
    const s = await draft(
      '<h2 onclick="steal()">一、情况</h2><p>正文<strong>加粗</strong><script>alert(1)</script></p>' +
        '<img src=x onerror="alert(2)"><a href="javascript:alert(3)">链接</a><iframe src="//evil"></iframe>' +
        '<p style="background:url(javascript:alert(4))">样式</p>',
    );
    const [row] = await t.database.db.select().from(dutyStatement).where(eq(dutyStatement.id, s.id));
    expect(row!.body).toBe('<h2>一、情况</h2><p>正文<strong>加粗</strong></p>链接<p>样式</p>');
    expect(s.body).toBe(row!.body);
    const [event] = await auditRows(t.database, 'duty_statement.created', s.id);
    expect(event!.after).toMatchObject({ unitId: jyj, title: '市教育局述责报告', bodyLength: 12 });
  });

  it('is drafted only for a unit in scope and read only within it', async () => {
    const other = await post(clerk, '/api/duty-statements', {
      unitId: await unitIdOf('K101'),
      title: '越权',
    });
    expect(other.statusCode).toBe(400);
    expect(other.json().errors[0].path).toBe('unitId');
    const s = await draft();
    expect((await get(countyOffice, `/api/duty-statements/${s.id}`)).statusCode).toBe(404);
    expect((await get(office, `/api/duty-statements/${s.id}`)).statusCode).toBe(200);
  });

  it('is signed by the unit leader only, never approved by anyone who wrote it, and published on the portal', async () => {
    const s = await draft();
    // A clerk drafts; only the leader signs (签发).
    expect((await post(clerk, `/api/duty-statements/${s.id}/submit`)).statusCode).toBe(403);
    const empty = await draft('<script>只有脚本</script>');
    const unsigned = await post(head, `/api/duty-statements/${empty.id}/submit`);
    expect(unsigned.statusCode).toBe(400);
    expect(unsigned.json().errors[0].path).toBe('body');
    const signed = await post(head, `/api/duty-statements/${s.id}/submit`);
    expect(signed.statusCode, signed.body).toBe(200);
    expect(signed.json()).toMatchObject({ status: 'submitted', signedByName: '黄局长' });
    // Not on the portal before publication.
    expect((await portal(`/api/portal/duty-statements/${s.id}`)).statusCode).toBe(404);
    // An approver who edited it (an author) is refused, whatever roles they hold.
    const officeId = (await get(office, '/api/me')).json().user.id as string;
    const [row] = await t.database.db.select().from(dutyStatement).where(eq(dutyStatement.id, s.id));
    await t.database.db
      .update(dutyStatement)
      .set({ authorIds: [...row!.authorIds, officeId] })
      .where(eq(dutyStatement.id, s.id));
    const own = await post(office, `/api/duty-statements/${s.id}/approve`);
    expect(own.statusCode).toBe(403);
    expect(own.json().code).toBe('STATEMENT_FOUR_EYES');
    await t.database.db
      .update(dutyStatement)
      .set({ authorIds: row!.authorIds })
      .where(eq(dutyStatement.id, s.id));
    expect((await post(office, `/api/duty-statements/${s.id}/approve`)).json().status).toBe('approved');
    expect((await post(office, `/api/duty-statements/${s.id}/publish`)).json().status).toBe('published');
    const page = await portal(`/api/portal/duty-statements/${s.id}`);
    expect(page.statusCode).toBe(200);
    expect(page.json()).toMatchObject({
      title: '市教育局述责报告',
      signedByName: '黄局长',
      unitName: '市教育局',
    });
    const list = (await portal('/api/portal/duty-statements')).json();
    expect(list.items.map((i: { id: string }) => i.id)).toContain(s.id);
    // Each step is in the record's history.
    const history = (await get(office, `/api/history/duty_statement/${s.id}`)).json().items as {
      action: string;
    }[];
    expect(history.map((h) => h.action)).toEqual(
      expect.arrayContaining([
        'duty_statement.created',
        'duty_statement.submitted',
        'duty_statement.approved',
        'duty_statement.published',
      ]),
    );
    // Taken off the portal with a reason.
    expect((await post(office, `/api/duty-statements/${s.id}/unpublish`)).statusCode).toBe(400);
    expect(
      (await post(office, `/api/duty-statements/${s.id}/unpublish`, { reason: '数据有误' })).statusCode,
    ).toBe(200);
    expect((await portal(`/api/portal/duty-statements/${s.id}`)).statusCode).toBe(404);
  });
});

describe('the statement as an official document (.docx)', () => {
  const docxXml = async (res: { rawPayload: Buffer }) =>
    (await JSZip.loadAsync(res.rawPayload)).file('word/document.xml')!.async('string');
  const texts = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]!);

  it('writes the body in the official layout with its commitments: staff audited, the portal only once published', async () => {
    const s = await draft(
      '<h2>履职情况</h2><p>按权责清单履职，<strong>全年</strong>办结投诉<br>三百件。</p>' +
        '<h3>存在问题</h3><ol><li>审批时限偏长</li><li>回应不及时</li></ol>' +
        '<table><tr><th>事项</th><th>件数</th></tr><tr><td>投诉</td><td>300</td></tr></table>',
    );
    expect(
      (
        await post(clerk, `/api/duty-statements/${s.id}/commitments`, {
          promise: '两周内办结校外培训收费投诉积案',
          workingDays: 10,
          startDate: '2026-06-01',
        })
      ).statusCode,
    ).toBe(201);
    // A draft: the unit's staff read it (audited), the portal does not have it.
    expect((await portal(`/api/portal/duty-statements/${s.id}/docx`)).statusCode).toBe(404);
    const res = await get(clerk, `/api/duty-statements/${s.id}/docx`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-disposition']).toContain(
      encodeURIComponent('市教育局 市教育局述责报告.docx'),
    );
    const xml = await docxXml(res);
    const words = texts(xml);
    // Issuer, title, the sections numbered by the layout, each block a paragraph, a row's cells side by side.
    expect(words).toEqual(
      expect.arrayContaining([
        '市教育局',
        '市教育局述责报告',
        '一、履职情况',
        '按权责清单履职，全年办结投诉',
        '三百件。',
        '（一）存在问题',
        '1. 审批时限偏长',
        '2. 回应不及时',
        '事项　件数',
        '投诉　300',
        '二、公开承诺事项',
        '1. 两周内办结校外培训收费投诉积案（完成时限：2026年6月15日）',
      ]),
    );
    expect(xml).toContain('仿宋_GB2312');
    expect(xml).toContain('方正小标宋简体');
    const [event] = await auditRows(t.database, 'duty_statement.downloaded', s.id);
    expect(event!.after).toEqual({ format: 'docx', status: 'draft' });
    // Outside the unit's scope: 404, nothing audited.
    expect((await get(countyOffice, `/api/duty-statements/${s.id}/docx`)).statusCode).toBe(404);
    expect(await auditRows(t.database, 'duty_statement.downloaded', s.id)).toHaveLength(1);

    await post(head, `/api/duty-statements/${s.id}/submit`);
    await post(office, `/api/duty-statements/${s.id}/approve`);
    await post(office, `/api/duty-statements/${s.id}/publish`);
    const published = await portal(`/api/portal/duty-statements/${s.id}/docx`);
    expect(published.statusCode).toBe(200);
    expect(published.headers['content-type']).toContain('wordprocessingml');
    expect(texts(await docxXml(published))).toEqual(
      expect.arrayContaining(['市教育局述责报告', '一、履职情况', '2026年6月1日']),
    );
  });
});

describe('commitments', () => {
  it('follow the clock — on track, due soon, overdue — and fulfilment, in the list, its filter and the portal', async () => {
    const s = await draft();
    // 2026-06-01 (Mon) + 10 working days = 2026-06-15 (Mon): 06-19 is the 端午 holiday, not in between.
    const created = await post(clerk, `/api/duty-statements/${s.id}/commitments`, {
      promise: '两周内办结校外培训收费投诉积案',
      workingDays: 10,
      startDate: '2026-06-01',
    });
    expect(created.statusCode, created.body).toBe(201);
    const c = created.json() as { id: string; dueDate: string; status: string };
    expect(c).toMatchObject({ dueDate: '2026-06-15', status: 'on_track' });
    // Progress is reported only once the statement is published.
    expect((await post(clerk, `/api/commitments/${c.id}/progress`, { text: '进展' })).statusCode).toBe(409);
    await post(head, `/api/duty-statements/${s.id}/submit`);
    await post(office, `/api/duty-statements/${s.id}/approve`);
    await post(office, `/api/duty-statements/${s.id}/publish`);
    // Its promise is fixed once published.
    expect((await patch(clerk, `/api/commitments/${c.id}`, { promise: '改' })).statusCode).toBe(409);

    const statusOf = async () =>
      ((await get(clerk, `/api/commitments?statementId=${s.id}`)).json().items[0] as { status: string })
        .status;
    const filtered = async (status: string) =>
      (await get(clerk, `/api/commitments?statementId=${s.id}&status=${status}`)).json().items.length;
    const publicStatus = async () =>
      ((await portal(`/api/portal/duty-statements/${s.id}`)).json().commitments[0] as { status: string })
        .status;

    expect(await statusOf()).toBe('on_track');
    await at('2026-06-09T02:00:00Z'); // 4 working days left
    expect(await statusOf()).toBe('due_soon');
    expect(await filtered('due_soon')).toBe(1);
    expect(await filtered('on_track')).toBe(0);
    expect(await publicStatus()).toBe('due_soon');
    const workbench = (await get(clerk, '/api/workbench')).json().items as { key: string; count: number }[];
    expect(workbench.find((w) => w.key === 'statements.commitmentsDue')?.count).toBeGreaterThanOrEqual(1);
    await at('2026-06-16T02:00:00Z');
    expect(await statusOf()).toBe('overdue');
    expect(await filtered('overdue')).toBe(1);

    const progress = await post(clerk, `/api/commitments/${c.id}/progress`, { text: '已办结8件，剩余2件' });
    expect(progress.statusCode, progress.body).toBe(200);
    const fulfilled = await post(clerk, `/api/commitments/${c.id}/fulfil`, { text: '积案全部办结' });
    expect(fulfilled.json()).toMatchObject({ status: 'fulfilled', fulfilledOn: '2026-06-16' });
    expect(fulfilled.json().progress.map((p: { kind: string }) => p.kind)).toEqual([
      'progress',
      'fulfilment',
    ]);
    expect(await filtered('fulfilled')).toBe(1);
    expect(await publicStatus()).toBe('fulfilled');
    // Once decided, nothing more is recorded on it.
    expect(
      (await post(office, `/api/commitments/${c.id}/not-fulfilled`, { reason: '未完成' })).statusCode,
    ).toBe(409);
    const [event] = await auditRows(t.database, 'commitment.fulfilled', c.id);
    expect(event!.after).toMatchObject({ status: 'fulfilled', text: '积案全部办结' });
  });

  it('is found not fulfilled by the campaign office only, with a reason', async () => {
    const s = await draft();
    const c = (
      await post(clerk, `/api/duty-statements/${s.id}/commitments`, { promise: '承诺', workingDays: 5 })
    ).json() as { id: string };
    await post(head, `/api/duty-statements/${s.id}/submit`);
    await post(office, `/api/duty-statements/${s.id}/approve`);
    await post(office, `/api/duty-statements/${s.id}/publish`);
    expect(
      (await post(clerk, `/api/commitments/${c.id}/not-fulfilled`, { reason: '未完成' })).statusCode,
    ).toBe(403);
    const res = await post(office, `/api/commitments/${c.id}/not-fulfilled`, {
      reason: '逾期未完成且无正当理由',
    });
    expect(res.json()).toMatchObject({ status: 'not_fulfilled' });
  });

  it('refuses a responsible person of another unit and a domain of another campaign, naming the field', async () => {
    const s = await draft();
    // A person of 城关区教育局: not of 市教育局.
    const [otherPerson] = await t.database.db
      .select({ id: person.id })
      .from(person)
      .innerJoin(unit, eq(unit.id, person.unitId))
      .where(eq(unit.code, 'K101'))
      .limit(1);
    const res = await post(clerk, `/api/duty-statements/${s.id}/commitments`, {
      promise: '承诺',
      workingDays: 5,
      responsiblePersonId: otherPerson!.id,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0]).toMatchObject({ path: 'responsiblePersonId' });
    const domain = await post(clerk, `/api/duty-statements/${s.id}/commitments`, {
      promise: '承诺',
      workingDays: 5,
      domainId: '00000000-0000-7000-8000-000000000000',
    });
    expect(domain.statusCode).toBe(400);
    expect(domain.json().errors[0].path).toBe('domainId');
  });
});

describe('public comments', () => {
  it('are kept pending behind the proof of work, shown once approved, and store nothing of the commenter', async () => {
    const s = await publishedStatement();
    await post(office, `/api/duty-statements/${s.id}/publish`);
    const refused = await t.app.inject({
      method: 'POST',
      url: `/api/portal/duty-statements/${s.id}/comments`,
      headers: OWN_PAGE_HEADERS,
      payload: { body: '留言', altcha: 'x' },
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().code).toBe('PROOF_OF_WORK_INVALID');
    const challenge = (await portal('/api/portal/altcha-challenge')).json();
    const sent = await t.app.inject({
      method: 'POST',
      url: `/api/portal/duty-statements/${s.id}/comments`,
      headers: { ...OWN_PAGE_HEADERS, 'user-agent': 'marker-agent-7731' },
      remoteAddress: '203.0.113.91',
      payload: {
        body: '希望公开整改时间表',
        displayName: '一位家长',
        altcha: await solveProofOfWork(challenge),
      },
    });
    expect(sent.statusCode, sent.body).toBe(201);
    expect((await portal(`/api/portal/duty-statements/${s.id}`)).json().comments).toEqual([]);
    const [comment] = await t.database.db
      .select()
      .from(statementComment)
      .where(eq(statementComment.statementId, s.id));
    expect(comment).toMatchObject({ status: 'pending', displayName: '一位家长' });
    const [event] = await auditRows(t.database, 'statement_comment.created', comment!.id);
    expect(event!.ip).toBeNull();
    expect(event!.actorId).toBeNull();
    expect(JSON.stringify(await t.database.db.select().from(auditEvent))).not.toContain('203.0.113.91');

    const queue = (await get(office, '/api/duty-statements?toModerate=true')).json();
    expect(queue.items.map((i: { id: string }) => i.id)).toContain(s.id);
    // The unit cannot moderate comments about itself.
    expect(
      (await post(clerk, `/api/statement-comments/${comment!.id}/moderate`, { decision: 'approve' }))
        .statusCode,
    ).toBe(403);
    const approved = await post(office, `/api/statement-comments/${comment!.id}/moderate`, {
      decision: 'approve',
    });
    expect(approved.json()).toMatchObject({ status: 'approved', moderatedByName: expect.any(String) });
    expect((await portal(`/api/portal/duty-statements/${s.id}`)).json().comments).toMatchObject([
      { displayName: '一位家长', body: '希望公开整改时间表' },
    ]);
    expect(
      (await post(office, `/api/statement-comments/${comment!.id}/moderate`, { decision: 'reject' }))
        .statusCode,
    ).toBe(409);
  });
});
