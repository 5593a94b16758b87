import { noticeText, parseNoticeText } from '@zeren/contracts';
import { eq } from 'drizzle-orm';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRows, createTestApp, type TestApp } from '../../../test/harness';
import { runJob } from '../../platform/jobs';
import { unit } from '../../platform/org/org.table';
import { escalationJob } from '../supervision/supervision.service';
import { supervisionCriticism } from '../supervision/supervision.table';
import { defaultPrefix } from './notices.rules';
import { notice } from './notices.table';

let t: TestApp;
let office: string;
let supervisor: string;
let leader: string;
let clerk: string;
const unitIds = new Map<string, string>();
const CODES = { dcs: 'C001', jyj: 'C007', cgJy: 'K101' } as const;
const uid = (key: keyof typeof CODES) => unitIds.get(CODES[key])!;

beforeAll(async () => {
  t = await createTestApp();
  for (const u of await t.database.db.select({ id: unit.id, code: unit.code }).from(unit))
    if (u.code) unitIds.set(u.code, u.id);
  office = await t.login('office');
  supervisor = await t.login('supervisor');
  leader = await t.login('leader');
  clerk = await t.login('dept.clerk');
});
afterAll(() => t.close());

const post = (cookie: string, url: string, payload: object = {}, headers: Record<string, string> = {}) =>
  t.as(cookie, { method: 'POST', url, payload, headers });
const step = (cookie: string, id: string, action: string, payload: object = {}, headers = {}) =>
  post(cookie, `/api/notices/${id}/${action}`, payload, headers);

async function draft(cookie: string, overrides: object = {}) {
  const res = await post(cookie, '/api/notices', {
    unitId: uid('dcs'),
    title: '关于近期作风问题的通报',
    recipients: '市直各部门',
    body: parseNoticeText(
      '现将有关情况通报如下：\n一、基本情况\n某局办事拖沓。\n二、工作要求\n（一）立即整改\n限期完成。',
    ),
    cc: ['市纪委监委'],
    ...overrides,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

async function docxXml(res: { rawPayload: Buffer }): Promise<string> {
  const zip = await JSZip.loadAsync(res.rawPayload);
  return zip.file('word/document.xml')!.async('string');
}

describe('drafting', () => {
  it('drafts a notice by hand: stored with the caller as its author, audited', async () => {
    const created = await draft(office);
    expect(created).toMatchObject({
      status: 'draft',
      kind: 'free_text',
      visibility: 'internal',
      unitName: '市政府督查室',
      issuer: '市政府督查室',
      signature: '市政府督查室',
      documentNumber: null,
      authoredByYou: true,
      cc: ['市纪委监委'],
    });
    expect(created.body).toEqual([
      { paragraphs: ['现将有关情况通报如下：'] },
      { heading: '基本情况', paragraphs: ['某局办事拖沓。'] },
      { heading: '工作要求', sections: [{ heading: '立即整改', paragraphs: ['限期完成。'] }] },
    ]);
    const [row] = await t.database.db.select().from(notice).where(eq(notice.id, created.id));
    expect(row!.authorIds).toHaveLength(1);
    const [audit] = await auditRows(t.database, 'notice.created', created.id);
    expect(audit!.after).toMatchObject({
      title: '关于近期作风问题的通报',
      body: '现将有关情况通报如下：\n一、基本情况\n某局办事拖沓。\n二、工作要求\n（一）立即整改\n限期完成。',
    });
  });

  it('a unit outside the scope of the caller is "not found"; a unit clerk may not draft', async () => {
    const county = await t.login('county.office');
    const res = await post(county, '/api/notices', { unitId: uid('dcs'), title: '越权通报' });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe('unitId');
    expect((await post(clerk, '/api/notices', { unitId: uid('jyj'), title: '通报' })).statusCode).toBe(403);
  });

  it('composes a 通报批评 from a criticism the supervision ladder recorded', async () => {
    // The demo's items overdue on the ladder get their criticism on the first run.
    await runJob(t.database, t.systemContext(), escalationJob);
    const criticisms = await t.database.db.select().from(supervisionCriticism);
    expect(criticisms.length).toBeGreaterThan(0);
    const c = criticisms[0]!;
    const res = await post(office, '/api/notices/compose', {
      unitId: uid('dcs'),
      kind: 'criticism',
      sourceIds: [c.id],
    });
    expect(res.statusCode, res.body).toBe(201);
    const composed = res.json();
    expect(composed).toMatchObject({ kind: 'criticism', sourceKind: 'criticism', sourceIds: [c.id] });
    expect(composed.title).toMatch(/^关于对.+督办事项逾期未办结的通报批评$/);
    expect(composed.sourceLabels[0]).toMatch(/^督-/);
    const text = noticeText(composed.body);
    expect(text).toContain('一、基本情况');
    expect(text).toContain(`已逾期${c.workingDaysOverdue}个工作日，仍未办结`);
    expect(text).toContain('二、有关要求');
    const [audit] = await auditRows(t.database, 'notice.created', composed.id);
    expect(audit!.after).toMatchObject({ sourceKind: 'criticism', sourceIds: [c.id] });
    // The picker lists what may be quoted.
    const sources = await t.as(office, { method: 'GET', url: '/api/notices/sources?kind=criticism' });
    expect(sources.json().available).toBe(true);
    expect(sources.json().items.map((i: { id: string }) => i.id)).toContain(c.id);
    // Typical cases come from the accountability module's decided cases, persons named as 赵某某.
    const typical = await t.as(office, { method: 'GET', url: '/api/notices/sources?kind=typical_cases' });
    expect(typical.json().available).toBe(true);
    const decided = typical.json().items[0] as { id: string; label: string };
    expect(decided.label).toMatch(/^XS2026-/);
    const typicalNotice = await post(office, '/api/notices/compose', {
      unitId: uid('dcs'),
      kind: 'typical_cases',
      sourceIds: [decided.id],
    });
    expect(typicalNotice.statusCode, typicalNotice.body).toBe(201);
    const typicalText = noticeText(typicalNotice.json().body);
    expect(typicalText).toContain('赵某某给予政务警告处分');
    expect(typicalText).not.toContain('赵立新');
    // A record of another kind is "not found" for this source.
    const refused = await post(office, '/api/notices/compose', {
      unitId: uid('dcs'),
      kind: 'typical_cases',
      sourceIds: [c.id],
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors[0].path).toBe('sourceIds');
    // An unknown record is "not found" on sourceIds, and nothing is stored.
    const before = (await t.database.db.select().from(notice)).length;
    const unknown = await post(office, '/api/notices/compose', {
      unitId: uid('dcs'),
      kind: 'criticism',
      sourceIds: [c.id, '01900000-0000-7000-8000-000000000000'],
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors[0].path).toBe('sourceIds');
    expect((await t.database.db.select().from(notice)).length).toBe(before);
  });

  it('edits a draft (the editor joins the authors, only changed fields logged); deletes a draft', async () => {
    const created = await draft(office);
    const res = await t.as(supervisor, {
      method: 'PATCH',
      url: `/api/notices/${created.id}`,
      payload: { title: '关于近期作风问题的通报（修改稿）', visibility: 'public' },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ visibility: 'public', authoredByYou: true });
    const [audit] = await auditRows(t.database, 'notice.updated', created.id);
    expect(audit!.before).toEqual({ title: '关于近期作风问题的通报', visibility: 'internal' });
    const del = await t.as(office, { method: 'DELETE', url: `/api/notices/${created.id}` });
    expect(del.statusCode).toBe(200);
    expect(await t.database.db.select().from(notice).where(eq(notice.id, created.id))).toEqual([]);
    expect(await auditRows(t.database, 'notice.deleted', created.id)).toHaveLength(1);
  });
});

describe('the workflow', () => {
  it('four eyes: whoever drafted, edited or submitted it cannot approve it, whatever roles they hold', async () => {
    // The supervisor may draft and approve: it drafts and submits, then may not approve.
    const created = await draft(supervisor);
    expect((await step(supervisor, created.id, 'submit')).statusCode).toBe(200);
    const zh = await step(supervisor, created.id, 'approve');
    expect(zh.statusCode).toBe(403);
    expect(zh.json()).toMatchObject({ code: 'NOTICE_FOUR_EYES' });
    expect(zh.json().title).toContain('四眼原则');
    const en = await step(supervisor, created.id, 'approve', {}, { 'accept-language': 'en-US' });
    expect(en.json().title).toContain('four-eyes');
    expect((await t.as(supervisor, { method: 'GET', url: `/api/notices/${created.id}` })).json().status).toBe(
      'submitted',
    );
    expect(await auditRows(t.database, 'notice.approved', created.id)).toEqual([]);
    // Submitting someone else's draft makes the submitter an author too.
    const other = await draft(office);
    expect((await step(supervisor, other.id, 'submit')).statusCode).toBe(200);
    expect((await step(supervisor, other.id, 'approve')).json().code).toBe('NOTICE_FOUR_EYES');
    // Another approver may.
    expect((await step(leader, other.id, 'approve')).statusCode).toBe(200);
  });

  it('submit, return with a reason, submit again, approve, issue: numbered 示督〔2026〕N号 in sequence', async () => {
    const created = await draft(office, { visibility: 'public' });
    expect((await step(office, created.id, 'submit')).json().status).toBe('submitted');
    // The approver's workbench shows it; its author's does not.
    const bench = async (cookie: string) =>
      Object.fromEntries(
        (
          (await t.as(cookie, { method: 'GET', url: '/api/workbench' })).json().items as {
            key: string;
            count: number;
          }[]
        ).map((e) => [e.key, e.count]),
      );
    const waiting = (await bench(leader))['notices.toApprove'];
    expect(waiting).toBeGreaterThanOrEqual(1);
    const listed = await t.as(leader, { method: 'GET', url: '/api/notices?toApprove=true' });
    expect(listed.json().total).toBe(waiting);
    expect(listed.json().items.map((n: { id: string }) => n.id)).toContain(created.id);
    expect(await bench(office)).not.toHaveProperty('notices.toApprove');

    const returned = await step(leader, created.id, 'return', { reason: '请补充典型案例的处理结果' });
    expect(returned.json()).toMatchObject({ status: 'draft', returnReason: '请补充典型案例的处理结果' });
    const [ret] = await auditRows(t.database, 'notice.returned', created.id);
    expect(ret!.after).toEqual({ status: 'draft', reason: '请补充典型案例的处理结果' });
    expect((await step(office, created.id, 'submit')).statusCode).toBe(200);
    // Issue before approval: not allowed by the table.
    expect((await step(office, created.id, 'issue')).json().code).toBe('INVALID_TRANSITION');
    const approved = await step(leader, created.id, 'approve', { opinion: '同意印发' });
    expect(approved.json().status).toBe('approved');
    const issued = await step(office, created.id, 'issue');
    expect(issued.statusCode, issued.body).toBe(200);
    // The demo issued 示督〔2026〕1号 (the unit's first of the year): this is the second.
    expect(issued.json()).toMatchObject({
      status: 'issued',
      documentNumber: '示督〔2026〕2号',
      date: '2026-06-01',
    });
    const [ev] = await auditRows(t.database, 'notice.issued', created.id);
    expect(ev!.after).toEqual({ status: 'issued', documentNumber: '示督〔2026〕2号', date: '2026-06-01' });
    // An issued notice is no longer edited.
    const edit = await t.as(office, {
      method: 'PATCH',
      url: `/api/notices/${created.id}`,
      payload: { title: 'x' },
    });
    expect(edit.json().code).toBe('INVALID_TRANSITION');

    // The next one of the unit that year is 3号: no leading zero, no 第.
    const next = await draft(office);
    await step(office, next.id, 'submit');
    await step(leader, next.id, 'approve');
    expect((await step(office, next.id, 'issue')).json().documentNumber).toBe('示督〔2026〕3号');

    // Another unit numbers on its own, under its own prefix; a prefix set is used from then on.
    const jyjNotice = await draft(office, { unitId: uid('jyj') });
    await step(office, jyjNotice.id, 'submit');
    await step(leader, jyjNotice.id, 'approve');
    expect((await step(office, jyjNotice.id, 'issue')).json().documentNumber).toBe('示教〔2026〕1号');
    const prefix = await t.as(office, {
      method: 'PUT',
      url: '/api/notices/document-prefix',
      payload: { unitId: uid('jyj'), prefix: '示教督' },
    });
    expect(prefix.json()).toMatchObject({ prefix: '示教督', isDefault: false });
    const [set] = await auditRows(t.database, 'notice.prefix_set');
    expect(set!.after).toEqual({ prefix: '示教督' });
    const bad = await t.as(office, {
      method: 'PUT',
      url: '/api/notices/document-prefix',
      payload: { unitId: uid('jyj'), prefix: '示〔教〕' },
    });
    expect(bad.statusCode).toBe(400);
    const again = await draft(office, { unitId: uid('jyj') });
    await step(office, again.id, 'submit');
    await step(leader, again.id, 'approve');
    expect((await step(office, again.id, 'issue')).json().documentNumber).toBe('示教督〔2026〕2号');
  });

  it('two units under the same prefix: the second to reach a number is told to set its own (409)', async () => {
    await t.as(office, {
      method: 'PUT',
      url: '/api/notices/document-prefix',
      payload: { unitId: uid('cgJy'), prefix: '示督' },
    });
    const n = await draft(office, { unitId: uid('cgJy') });
    await step(office, n.id, 'submit');
    await step(leader, n.id, 'approve');
    const res = await step(office, n.id, 'issue');
    // 城关区教育局's first is 示督〔2026〕1号, which the city office already holds.
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('NOTICE_NUMBER_TAKEN');
    expect((await t.as(office, { method: 'GET', url: `/api/notices/${n.id}` })).json().status).toBe(
      'approved',
    );
  });

  it('the record history tells the steps', async () => {
    const n = await draft(office);
    await step(office, n.id, 'submit');
    await step(office, n.id, 'withdraw');
    const res = await t.as(office, { method: 'GET', url: `/api/history/notice/${n.id}` });
    expect(res.statusCode).toBe(200);
    expect(res.json().items.map((e: { action: string }) => e.action)).toEqual([
      'notice.withdrawn',
      'notice.submitted',
      'notice.created',
    ]);
  });
});

describe('the official document (.docx)', () => {
  it('has the layout of GB/T 9704-2012, the number, title, body and fonts; the download is audited', async () => {
    const [issued] = await t.database.db
      .select()
      .from(notice)
      .where(eq(notice.documentNumber, '示督〔2026〕1号'));
    const res = await t.as(office, { method: 'GET', url: `/api/notices/${issued!.id}/docx` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('wordprocessingml');
    expect(decodeURIComponent(String(res.headers['content-disposition']))).toContain('示督〔2026〕1号');
    const xml = await docxXml(res);
    expect(xml).toContain('示范市人民政府督查室');
    expect(xml).toContain('示督〔2026〕1号');
    expect(xml).toContain('关于4起懒政怠政为官不为典型问题的通报');
    expect(xml).toContain('一、典型案例');
    expect(xml).toContain('（一）市某局行政审批科原科长王某某办事拖沓、推诿扯皮问题');
    expect(xml).toContain('王某某受到政务记过处分');
    expect(xml).toContain('2026年6月1日');
    expect(xml).toContain('抄送：市委办公室，市纪委监委。');
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toMatch(/<w:pgMar[^>]*w:top="2098"/);
    expect(xml).toMatch(/<w:pgMar[^>]*w:left="1587"/);
    // The red mark and rule.
    expect(xml).toContain('w:color w:val="FF0000"');
    for (const font of ['仿宋_GB2312', '方正小标宋简体', '黑体', '楷体_GB2312'])
      expect(xml).toContain(`w:eastAsia="${font}"`);
    const [audit] = (await auditRows(t.database, 'notice.downloaded', issued!.id)).slice(-1);
    expect(audit!.after).toEqual({ format: 'docx', documentNumber: '示督〔2026〕1号' });
  });
});

describe('scope', () => {
  it("a unit's staff read their own unit's notices only; other units' are not found", async () => {
    const own = await draft(office, { unitId: uid('jyj'), title: '市教育局内部通报' });
    const other = await draft(office, { title: '督查室内部通报' });
    const list = await t.as(clerk, { method: 'GET', url: '/api/notices?limit=200' });
    expect(list.statusCode).toBe(200);
    const units = new Set(list.json().items.map((n: { unitId: string }) => n.unitId));
    expect([...units]).toEqual([uid('jyj')]);
    expect((await t.as(clerk, { method: 'GET', url: `/api/notices/${own.id}` })).statusCode).toBe(200);
    expect((await t.as(clerk, { method: 'GET', url: `/api/notices/${other.id}` })).statusCode).toBe(404);
    expect((await t.as(clerk, { method: 'GET', url: `/api/notices/${other.id}/docx` })).statusCode).toBe(404);
  });
});

describe('the portal', () => {
  it('shows issued public notices only, with their own text and nothing of their sources', async () => {
    const internal = await draft(office, { title: '内部通报不公开' });
    await step(office, internal.id, 'submit');
    await step(leader, internal.id, 'approve');
    await step(office, internal.id, 'issue');
    const publicDraft = await draft(office, { title: '公开但未印发', visibility: 'public' });
    const res = await t.app.inject({ method: 'GET', url: '/api/portal/notices' });
    expect(res.statusCode).toBe(200);
    const items = res.json().items as Record<string, unknown>[];
    const titles = items.map((n) => n.title);
    expect(titles).toContain('关于4起懒政怠政为官不为典型问题的通报');
    expect(titles).not.toContain('内部通报不公开');
    expect(titles).not.toContain('公开但未印发');
    expect(res.json().total).toBe(items.length);
    for (const item of items) {
      expect(Object.keys(item).sort()).toEqual(
        [
          'body',
          'cc',
          'date',
          'documentNumber',
          'id',
          'issuedAt',
          'issuer',
          'kind',
          'recipients',
          'signature',
          'title',
        ].sort(),
      );
    }
    const first = items.find((n) => n.title === '关于4起懒政怠政为官不为典型问题的通报')!;
    const one = await t.app.inject({ method: 'GET', url: `/api/portal/notices/${first.id}` });
    expect(one.json()).toMatchObject({ documentNumber: '示督〔2026〕1号' });
    expect(one.json()).not.toHaveProperty('sourceIds');
    const docx = await t.app.inject({ method: 'GET', url: `/api/portal/notices/${first.id}/docx` });
    expect(docx.statusCode).toBe(200);
    expect(await docxXml(docx)).toContain('示督〔2026〕1号');
    for (const id of [internal.id, publicDraft.id]) {
      expect((await t.app.inject({ method: 'GET', url: `/api/portal/notices/${id}` })).statusCode).toBe(404);
      expect((await t.app.inject({ method: 'GET', url: `/api/portal/notices/${id}/docx` })).statusCode).toBe(
        404,
      );
    }
  });
});

describe('rules', () => {
  it('derives a unit prefix from its and the city names', () => {
    expect(defaultPrefix('市政府督查室', '示范市人民政府')).toBe('示督');
    expect(defaultPrefix('示范市纪委监委', '示范市人民政府')).toBe('示纪');
    expect(defaultPrefix('市教育局', '示范市人民政府')).toBe('示教');
    expect(defaultPrefix('示范市人民政府', '示范市人民政府')).toBe('示政');
    expect(defaultPrefix('城关区教育局', '示范市人民政府')).toBe('城教');
    expect(defaultPrefix('城关区人民政府', '示范市人民政府')).toBe('城政');
  });

  it('reads the simple text format into sections and back', () => {
    const text =
      '开头段落。\n一、第一部分\n正文一。\n（一）小标题\n1.细目\n（1）更细\n段落。\n二、第二部分\n正文二。';
    const sections = parseNoticeText(text);
    expect(sections).toEqual([
      { paragraphs: ['开头段落。'] },
      {
        heading: '第一部分',
        paragraphs: ['正文一。'],
        sections: [
          {
            heading: '小标题',
            sections: [{ heading: '细目', sections: [{ heading: '更细', paragraphs: ['段落。'] }] }],
          },
        ],
      },
      { heading: '第二部分', paragraphs: ['正文二。'] },
    ]);
    expect(noticeText(sections)).toBe(text);
    // Numbers typed out of order are renumbered by position.
    expect(noticeText(parseNoticeText('三、甲\n五、乙'))).toBe('一、甲\n二、乙');
  });
});
