import { TRACKING_CODE_PATTERN } from '@zeren/contracts';
import { and, asc, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditCount, auditRows, createTestApp, type TestApp } from '../../../test/harness';
import { solveProofOfWork } from '../../../test/proof-of-work';
import { unit } from '../../platform/org/org.table';
import { campaign, campaignDomain } from '../campaign/campaign.table';
import { suggestion } from './suggestions.table';

let t: TestApp;
let clerk: string;
let office: string;
let county: string;
let cityEdu: string;
let countyEdu: string;
let domainId: string;
/** Each public POST from its own address: the route allows 5 a minute per IP. */
let ipCounter = 10;
const nextIp = () => `198.51.100.${ipCounter++}`;

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const units = await db.select().from(unit);
  const byName = (name: string) => units.find((u) => u.name === name)!.id;
  cityEdu = byName('市教育局');
  countyEdu = byName('城关区教育局');
  // The demo campaign comes from the campaign module; without it, an active one is set up here.
  let [active] = await db.select().from(campaign).where(eq(campaign.status, 'active'));
  if (!active) {
    [active] = await db
      .insert(campaign)
      .values({ name: '测试问责年活动', year: 2026, unitId: byName('示范市人民政府'), status: 'active' })
      .returning();
  }
  let [domain] = await db
    .select()
    .from(campaignDomain)
    .where(eq(campaignDomain.campaignId, active!.id))
    .orderBy(asc(campaignDomain.sortOrder));
  if (!domain) {
    [domain] = await db
      .insert(campaignDomain)
      .values({ campaignId: active!.id, title: '教育领域', sortOrder: 1 })
      .returning();
  }
  domainId = domain!.id;
  clerk = await t.login('dept.clerk');
  office = await t.login('office');
  county = await t.login('county.office');
});
afterAll(() => t.close());

async function solvedPayload(): Promise<string> {
  const res = await t.app.inject({ method: 'GET', url: '/api/portal/altcha-challenge' });
  expect(res.statusCode).toBe(200);
  return solveProofOfWork(res.json());
}

function submit(payload: Record<string, unknown>, remoteAddress = nextIp()) {
  return t.app.inject({ method: 'POST', url: '/api/portal/suggestions', payload, remoteAddress });
}

const suggestionCount = async () => (await t.database.db.select({ n: count() }).from(suggestion))[0]!.n;

const body = {
  unitId: '',
  domainId: null as string | null,
  title: '学校午餐价格公示',
  content: '建议各中小学每月公示午餐的价格和食材来源。',
  name: '王小明',
  contact: '13912345678',
};

describe('public submission and proof of work', () => {
  it('refuses a missing, malformed, forged or expired proof of work and stores nothing', async () => {
    const before = { rows: await suggestionCount(), audit: await auditCount(t.database) };
    const base = { ...body, unitId: cityEdu };

    // Required by the schema (and so by the API description): a missing one is a field error on it.
    const missing = await submit(base);
    expect(missing.statusCode).toBe(400);
    expect(missing.json().code).toBe('VALIDATION_FAILED');
    expect(missing.json().errors[0].path).toBe('altcha');

    expect((await submit({ ...base, altcha: 'not-base64-json' })).json().code).toBe('PROOF_OF_WORK_INVALID');

    // A solution of a challenge the server did not sign (another key).
    const valid = JSON.parse(Buffer.from(await solvedPayload(), 'base64').toString());
    valid.challenge.signature = 'ab'.repeat(32);
    const forged = await submit({ ...base, altcha: Buffer.from(JSON.stringify(valid)).toString('base64') });
    expect(forged.statusCode).toBe(400);
    expect(forged.json().code).toBe('PROOF_OF_WORK_INVALID');

    // A wrong answer to a real challenge.
    const wrong = JSON.parse(Buffer.from(await solvedPayload(), 'base64').toString());
    wrong.solution.counter += 1;
    expect(
      (await submit({ ...base, altcha: Buffer.from(JSON.stringify(wrong)).toString('base64') })).statusCode,
    ).toBe(400);

    // Solved, but older than ten minutes.
    const stale = await solvedPayload();
    t.clock.advance(11 * 60 * 1000);
    const expired = await submit({ ...base, altcha: stale });
    t.clock.advance(-11 * 60 * 1000);
    expect(expired.statusCode).toBe(400);
    expect(expired.json().code).toBe('PROOF_OF_WORK_INVALID');

    expect(await suggestionCount()).toBe(before.rows);
    expect(await auditCount(t.database)).toBe(before.audit);
  });

  it('stores a suggestion with a valid proof, name and contact sealed, and refuses the same proof twice', async () => {
    const altcha = await solvedPayload();
    const res = await submit({ ...body, unitId: cityEdu, domainId, altcha });
    expect(res.statusCode).toBe(201);
    const { trackingCode } = res.json();
    expect(trackingCode).toMatch(TRACKING_CODE_PATTERN);
    expect(Object.keys(res.json())).toEqual(['trackingCode']);

    const [row] = await t.database.db
      .select()
      .from(suggestion)
      .where(eq(suggestion.trackingCode, trackingCode));
    expect(row!.unitId).toBe(cityEdu);
    expect(row!.channel).toBe('public');
    expect(row!.status).toBe('received');
    expect(row!.submitterContactEnc).toMatch(/^v1\./);
    expect(row!.submitterContactEnc).not.toContain('13912345678');
    expect(row!.submitterNameEnc).not.toContain('王小明');
    const [event] = await auditRows(t.database, 'suggestion.submitted', row!.id);
    expect(event!.actorId).toBeNull();
    expect(event!.unitId).toBe(cityEdu);
    expect(JSON.stringify(event)).not.toContain('13912345678');
    expect(JSON.stringify(event)).not.toContain('王小明');

    const again = await submit({ ...body, unitId: cityEdu, altcha });
    expect(again.statusCode).toBe(400);
    expect(again.json().code).toBe('PROOF_OF_WORK_INVALID');
  });

  it("goes to the active campaign's government when no unit is named", async () => {
    const res = await submit({
      title: '关于政务公开',
      content: '希望公开更多办事指南。',
      altcha: await solvedPayload(),
    });
    expect(res.statusCode).toBe(201);
    const [row] = await t.database.db
      .select({ unitName: unit.name, name: suggestion.submitterNameEnc })
      .from(suggestion)
      .innerJoin(unit, eq(unit.id, suggestion.unitId))
      .where(eq(suggestion.trackingCode, res.json().trackingCode));
    expect(row!.unitName).toBe('示范市人民政府');
    expect(row!.name).toBeNull();
  });

  it('rejects an unknown unit on the field, and rate-limits an address to 5 a minute', async () => {
    const res = await submit({
      ...body,
      unitId: '0190aaaa-0000-7000-8000-000000000000',
      altcha: await solvedPayload(),
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([{ path: 'unitId', message: expect.any(String) }]);

    const ip = nextIp();
    const codes: number[] = [];
    for (let i = 0; i < 6; i++) codes.push((await submit({ ...body, unitId: cityEdu }, ip)).statusCode);
    expect(codes.slice(0, 5)).toEqual([400, 400, 400, 400, 400]);
    expect(codes[5]).toBe(429);
  });
});

describe('the unit answers, publishes and closes; the public follows by tracking code', () => {
  let id: string;
  let trackingCode: string;

  beforeAll(async () => {
    const res = await submit({ ...body, unitId: cityEdu, domainId, altcha: await solvedPayload() });
    trackingCode = res.json().trackingCode;
    const [row] = await t.database.db
      .select()
      .from(suggestion)
      .where(eq(suggestion.trackingCode, trackingCode));
    id = row!.id;
  });

  it('shows the status by tracking code (any case), without an answer yet', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/portal/suggestions/${trackingCode.toLowerCase()}`,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      trackingCode,
      title: body.title,
      status: 'received',
      unitName: '市教育局',
      answer: null,
      answeredAt: null,
    });
    expect(JSON.stringify(res.json())).not.toContain('13912345678');
    const unknown = await t.app.inject({ method: 'GET', url: '/api/portal/suggestions/SGAAAAAAAAAA' });
    expect(unknown.statusCode).toBe(404);
  });

  it('lists it to the unit with the submitter masked, and in full on the audited single view', async () => {
    const list = await t.as(clerk, { method: 'GET', url: '/api/suggestions?status=received' });
    expect(list.statusCode).toBe(200);
    const item = list.json().items.find((s: { id: string }) => s.id === id);
    expect(item.submitterContact).toBe('*******5678');
    expect(item.submitterName).toBe('****');
    expect(item.unitName).toBe('市教育局');

    const view = await t.as(clerk, { method: 'GET', url: `/api/suggestions/${id}` });
    expect(view.statusCode).toBe(200);
    expect(view.json().submitterContact).toBe('13912345678');
    expect(view.json().submitterName).toBe('王小明');
    const events = await auditRows(t.database, 'suggestion.viewed', id);
    expect(events).toHaveLength(1);
    expect(events[0]!.unitId).toBe(cityEdu);
  });

  it('is invisible to a county user (404) and not theirs to answer', async () => {
    expect((await t.as(county, { method: 'GET', url: `/api/suggestions/${id}` })).statusCode).toBe(404);
    const list = await t.as(county, { method: 'GET', url: '/api/suggestions' });
    expect(list.json().items.map((s: { id: string }) => s.id)).not.toContain(id);
    const answer = await t.as(county, {
      method: 'POST',
      url: `/api/suggestions/${id}/answer`,
      payload: { answer: '不是我们的' },
    });
    expect(answer.statusCode).toBe(404);
    expect(await auditRows(t.database, 'suggestion.answered', id)).toHaveLength(0);
  });

  it('cannot be published before it is answered (409)', async () => {
    const res = await t.as(clerk, {
      method: 'POST',
      url: `/api/suggestions/${id}/publish`,
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('INVALID_TRANSITION');
  });

  it('records what the unit did (立行立改) only once it has answered (409 before)', async () => {
    const res = await t.as(clerk, {
      method: 'POST',
      url: `/api/suggestions/${id}/actions`,
      payload: { text: '已约谈相关学校' },
    });
    expect(res.statusCode).toBe(409);
    expect(await auditRows(t.database, 'suggestion.action_recorded', id)).toHaveLength(0);
  });

  it('the unit answers: the submitter sees the answer; the public list does not have it yet', async () => {
    const res = await t.as(clerk, {
      method: 'POST',
      url: `/api/suggestions/${id}/answer`,
      payload: { answer: '已要求各校自下月起在校门口和网站公示。' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'answered', isPublic: false });
    const [row] = await t.database.db.select().from(suggestion).where(eq(suggestion.id, id));
    expect(row!.answer).toBe('已要求各校自下月起在校门口和网站公示。');
    expect(row!.answeredAt).not.toBeNull();
    const [event] = await auditRows(t.database, 'suggestion.answered', id);
    expect(event!.after).toMatchObject({ status: 'answered' });

    const tracked = (
      await t.app.inject({ method: 'GET', url: `/api/portal/suggestions/${trackingCode}` })
    ).json();
    expect(tracked.status).toBe('answered');
    expect(tracked.answer).toBe('已要求各校自下月起在校门口和网站公示。');
    const list = (await t.app.inject({ method: 'GET', url: '/api/portal/suggestions' })).json();
    expect(list.items.map((s: { id: string }) => s.id)).not.toContain(id);
  });

  it('publishes: the public list shows it with the answer and nothing of the submitter', async () => {
    const res = await t.as(clerk, {
      method: 'POST',
      url: `/api/suggestions/${id}/publish`,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'published', isPublic: true });
    expect(await auditRows(t.database, 'suggestion.published', id)).toHaveLength(1);

    const list = await t.app.inject({ method: 'GET', url: '/api/portal/suggestions?limit=10' });
    expect(list.statusCode).toBe(200);
    const { items, total } = list.json();
    expect(total).toBeGreaterThanOrEqual(1);
    const item = items.find((s: { id: string }) => s.id === id);
    expect(item).toMatchObject({ title: body.title, unitName: '市教育局', answer: expect.any(String) });
    for (const s of items) {
      expect(Object.keys(s).sort()).toEqual(
        [
          'actions',
          'answer',
          'answeredAt',
          'content',
          'domainTitle',
          'id',
          'publishedAt',
          'title',
          'unitName',
        ].sort(),
      );
    }
    const text = list.body;
    for (const secret of ['13912345678', '5678', '王小明', trackingCode, 'submitter', 'contact']) {
      expect(text).not.toContain(secret);
    }
    const tracked = (
      await t.app.inject({ method: 'GET', url: `/api/portal/suggestions/${trackingCode}` })
    ).json();
    expect(tracked.status).toBe('published');
  });

  it('records 立行立改 after publishing: beside the answer on the portal and by tracking code, audited', async () => {
    const res = await t.as(clerk, {
      method: 'POST',
      url: `/api/suggestions/${id}/actions`,
      payload: { text: '  已督促3所学校退还超标收费，建立收费公示制度  ' },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().actions).toMatchObject([
      { text: '已督促3所学校退还超标收费，建立收费公示制度', byName: '刘填报' },
    ]);
    const list = (await t.app.inject({ method: 'GET', url: '/api/portal/suggestions?limit=50' })).json();
    const item = list.items.find((s: { id: string }) => s.id === id);
    expect(item.actions).toEqual([
      { date: expect.any(String), text: '已督促3所学校退还超标收费，建立收费公示制度' },
    ]);
    const tracked = (
      await t.app.inject({ method: 'GET', url: `/api/portal/suggestions/${trackingCode}` })
    ).json();
    expect(tracked.actions).toHaveLength(1);
    const [event] = await auditRows(t.database, 'suggestion.action_recorded', id);
    expect(event!.after).toMatchObject({ text: '已督促3所学校退还超标收费，建立收费公示制度' });
    // Not the county's to record.
    const other = await t.as(county, {
      method: 'POST',
      url: `/api/suggestions/${id}/actions`,
      payload: { text: 'x' },
    });
    expect(other.statusCode).toBe(404);
  });

  it('unpublishes and publishes again, then closes; each step audited', async () => {
    const off = await t.as(clerk, {
      method: 'POST',
      url: `/api/suggestions/${id}/unpublish`,
    });
    expect(off.json()).toMatchObject({ status: 'answered', isPublic: false, publishedAt: null });
    expect(await auditRows(t.database, 'suggestion.unpublished', id)).toHaveLength(1);
    const list = (await t.app.inject({ method: 'GET', url: '/api/portal/suggestions' })).json();
    expect(list.items.map((s: { id: string }) => s.id)).not.toContain(id);

    await t.as(clerk, { method: 'POST', url: `/api/suggestions/${id}/publish` });
    const closed = await t.as(clerk, { method: 'POST', url: `/api/suggestions/${id}/close` });
    expect(closed.statusCode).toBe(200);
    expect(closed.json()).toMatchObject({ status: 'closed', isPublic: true });
    const [event] = await auditRows(t.database, 'suggestion.closed', id);
    expect(event!.before).toMatchObject({ status: 'published' });
    expect(event!.after).toMatchObject({ status: 'closed' });
    const again = await t.as(clerk, {
      method: 'POST',
      url: `/api/suggestions/${id}/answer`,
      payload: { answer: '再答' },
    });
    expect(again.statusCode).toBe(409);
  });
});

describe('staff submission', () => {
  it('office sends a suggestion to a county department; the county sees it, the city clerk does not', async () => {
    const res = await t.as(office, {
      method: 'POST',
      url: '/api/suggestions',
      payload: { unitId: countyEdu, title: '校车安全', content: '建议开展校车安全专项检查。' },
    });
    expect(res.statusCode).toBe(201);
    const created = res.json();
    expect(created).toMatchObject({ channel: 'staff', unitName: '城关区教育局', status: 'received' });
    expect(created.trackingCode).toMatch(TRACKING_CODE_PATTERN);
    const [row] = await t.database.db
      .select()
      .from(suggestion)
      .where(and(eq(suggestion.id, created.id), eq(suggestion.channel, 'staff')));
    expect(row!.submittedBy).not.toBeNull();
    expect(await auditRows(t.database, 'suggestion.submitted', created.id)).toHaveLength(1);

    expect((await t.as(county, { method: 'GET', url: `/api/suggestions/${created.id}` })).statusCode).toBe(
      200,
    );
    expect((await t.as(clerk, { method: 'GET', url: `/api/suggestions/${created.id}` })).statusCode).toBe(
      404,
    );
  });

  it('a domain of another campaign is refused on its field', async () => {
    const res = await t.as(office, {
      method: 'POST',
      url: '/api/suggestions',
      payload: {
        unitId: countyEdu,
        domainId: '0190aaaa-0000-7000-8000-000000000000',
        title: '校车安全',
        content: '建议。',
      },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe('domainId');
  });
});

describe('demo suggestions', () => {
  it('the demo has a published answer from 市教育局 to look up by its code', async () => {
    const [demo] = await t.database.db
      .select()
      .from(suggestion)
      .where(eq(suggestion.trackingCode, 'SGDEMQANSWER'));
    if (!demo) return; // seeded only with the demo campaign
    const tracked = await t.app.inject({ method: 'GET', url: '/api/portal/suggestions/SGDEMQANSWER' });
    expect(tracked.json()).toMatchObject({
      status: 'published',
      unitName: '市教育局',
      answer: expect.any(String),
    });
    const list = (await t.app.inject({ method: 'GET', url: '/api/portal/suggestions?limit=50' })).json();
    expect(list.items.map((s: { id: string }) => s.id)).toContain(demo.id);
    expect(JSON.stringify(list)).not.toContain('13800001234');
    const staff = await t.database.db.select().from(suggestion).where(eq(suggestion.channel, 'staff'));
    expect(staff.map((s) => s.trackingCode)).toContain('SGDEMQSTAFF2');
  });
});
