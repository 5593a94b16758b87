import { DOMAIN_CODES } from '@zeren/contracts';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditCount, auditRows, createTestApp, type TestApp } from '../../../test/harness';
import { unit } from '../../platform/org/org.table';
import { keyTask } from '../key-tasks/key-tasks.table';
import { campaign, campaignDomain, campaignDomainUnit, campaignPhase } from './campaign.table';

let t: TestApp;
let office: string;
let county: string;
let clerk: string;
let demoId: string;
const unitId = new Map<string, string>();

type PhaseInput = { phase: string; startDate: string; endDate: string };

function phasesOf(year: number): [PhaseInput, PhaseInput, PhaseInput, PhaseInput] {
  return [
    { phase: 'mobilization', startDate: `${year}-01-01`, endDate: `${year}-03-31` },
    { phase: 'self_inspection', startDate: `${year}-04-01`, endDate: `${year}-06-30` },
    { phase: 'inspection', startDate: `${year}-07-01`, endDate: `${year}-10-31` },
    { phase: 'summary', startDate: `${year}-11-01`, endDate: `${year}-12-31` },
  ];
}

beforeAll(async () => {
  t = await createTestApp();
  office = await t.login('office');
  county = await t.login('county.office');
  clerk = await t.login('dept.clerk');
  for (const u of await t.database.db.select().from(unit)) unitId.set(u.code!, u.id);
  const [demo] = await t.database.db.select().from(campaign).where(eq(campaign.status, 'active'));
  demoId = demo!.id;
});
afterAll(() => t.close());

const get = (cookie: string, url: string) => t.as(cookie, { method: 'GET', url });
const post = (cookie: string, url: string, payload: object) => t.as(cookie, { method: 'POST', url, payload });
const patch = (cookie: string, url: string, payload: object) =>
  t.as(cookie, { method: 'PATCH', url, payload });

describe('the demo campaign', () => {
  it('is active for this year with its four phases and the ten domains of the source document', async () => {
    const res = await get(office, '/api/campaigns');
    expect(res.statusCode).toBe(200);
    const [c] = res.json().items;
    expect(c).toMatchObject({
      id: demoId,
      name: '示范市2026年懒政怠政为官不为问责年活动',
      year: 2026,
      unitName: '示范市人民政府',
      status: 'active',
      reportDay: 5,
      currentPhase: 'self_inspection', // the test clock starts on 2026-06-01
      clonedFromId: null,
    });
    expect(c.phases.map((p: { phase: string }) => p.phase)).toEqual([
      'mobilization',
      'self_inspection',
      'inspection',
      'summary',
    ]);
    expect(c.domains.map((d: { code: string }) => d.code)).toEqual([...DOMAIN_CODES]);
    const env = c.domains.find((d: { code: string }) => d.code === 'environment_utilities');
    expect(env.title).toBe('环保和城市公用事业领域');
    expect(env.focusProblems).toContain('偷排、偷放废水');
    expect(env.leadUnits.map((u: { name: string }) => u.name)).toEqual(['市生态环境局', '市城市管理局']);
    expect(env.participantUnits.map((u: { name: string }) => u.name).sort()).toEqual(
      ['城关区人民政府', '临河县人民政府', '青山县人民政府'].sort(),
    );
    const stored = await t.database.db
      .select()
      .from(campaignDomain)
      .where(eq(campaignDomain.campaignId, demoId));
    expect(stored).toHaveLength(10);
  });

  it('is the current campaign of a department clerk and of a county office', async () => {
    const mine = await get(clerk, '/api/campaigns/current');
    expect(mine.statusCode).toBe(200);
    expect(mine.json().id).toBe(demoId);
    expect((await get(county, '/api/campaigns/current')).json().id).toBe(demoId);
  });

  it('derives the current phase from the clock in Asia/Shanghai', async () => {
    // Sessions expire as the clock moves, so each moment signs in afresh.
    const phaseAt = async (instant: string) => {
      t.clock.set(new Date(instant));
      const cookie = await t.login('office');
      return (await get(cookie, `/api/campaigns/${demoId}`)).json().currentPhase;
    };
    try {
      expect(await phaseAt('2026-03-31T15:59:00Z')).toBe('mobilization'); // 23:59 on 31 March in Beijing
      expect(await phaseAt('2026-03-31T16:00:00Z')).toBe('self_inspection'); // midnight, 1 April
      expect(await phaseAt('2026-10-31T12:00:00Z')).toBe('inspection');
      expect(await phaseAt('2026-11-01T00:00:00Z')).toBe('summary');
      expect((await t.app.inject({ method: 'GET', url: '/api/portal/campaign' })).json().currentPhase).toBe(
        'summary',
      );
      expect(await phaseAt('2027-01-02T00:00:00Z')).toBeNull();
    } finally {
      t.clock.set(new Date('2026-06-01T02:00:00Z'));
    }
  });
});

describe('the public portal', () => {
  it('shows the active campaign of the root government with published fields only', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/portal/campaign' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(Object.keys(body).sort()).toEqual(
      ['currentPhase', 'domains', 'id', 'name', 'phases', 'reportDay', 'unitName', 'year'].sort(),
    );
    expect(body).toMatchObject({ id: demoId, unitName: '示范市人民政府', currentPhase: 'self_inspection' });
    expect(body.domains).toHaveLength(10);
    expect(Object.keys(body.domains[0]).sort()).toEqual(
      ['code', 'description', 'focusProblems', 'id', 'leadUnits', 'title'].sort(),
    );
    expect(body.domains[0].leadUnits).toEqual([{ id: unitId.get('C003'), name: '市扶贫办' }]);
  });
});

describe('data scope and permissions', () => {
  it('a county campaign_admin neither sees nor changes the city campaign (404)', async () => {
    expect((await get(county, '/api/campaigns')).json().items).toEqual([]);
    expect((await get(county, `/api/campaigns/${demoId}`)).statusCode).toBe(404);
    const before = await auditCount(t.database);
    expect((await patch(county, `/api/campaigns/${demoId}`, { name: '改名' })).statusCode).toBe(404);
    expect((await post(county, `/api/campaigns/${demoId}/close`, {})).statusCode).toBe(404);
    expect((await post(county, `/api/campaigns/${demoId}/clone`, { year: 2027 })).statusCode).toBe(404);
    expect((await post(county, `/api/campaigns/${demoId}/domains`, { title: '自选' })).statusCode).toBe(404);
    const [domain] = await t.database.db
      .select()
      .from(campaignDomain)
      .where(eq(campaignDomain.campaignId, demoId));
    expect((await patch(county, `/api/campaign-domains/${domain!.id}`, { title: 'x' })).statusCode).toBe(404);
    const [stored] = await t.database.db.select().from(campaign).where(eq(campaign.id, demoId));
    expect(stored!.name).toBe('示范市2026年懒政怠政为官不为问责年活动');
    expect(await auditCount(t.database)).toBe(before);
  });

  it('a unit clerk cannot manage campaigns (403)', async () => {
    const before = await auditCount(t.database);
    const create = await post(clerk, '/api/campaigns', {
      name: '教育局活动',
      year: 2026,
      unitId: unitId.get('C000'),
      phases: phasesOf(2026),
    });
    expect(create.statusCode).toBe(403);
    expect((await patch(clerk, `/api/campaigns/${demoId}`, { reportDay: 9 })).statusCode).toBe(403);
    expect((await post(clerk, `/api/campaigns/${demoId}/close`, {})).statusCode).toBe(403);
    expect((await post(clerk, `/api/campaigns/${demoId}/clone`, { year: 2027 })).statusCode).toBe(403);
    expect(await auditCount(t.database)).toBe(before);
    expect((await t.database.db.select().from(campaign)).length).toBe(1);
  });

  it('a county campaign_admin creates a campaign for its own county government', async () => {
    const res = await post(county, '/api/campaigns', {
      name: '城关区2026年问责年活动',
      year: 2026,
      unitId: unitId.get('K100'),
      reportDay: 8,
      phases: phasesOf(2026),
    });
    expect(res.statusCode).toBe(201);
    const c = res.json();
    expect(c).toMatchObject({
      status: 'draft',
      unitName: '城关区人民政府',
      reportDay: 8,
      currentPhase: null,
    });
    expect(c.domains).toHaveLength(10);
    expect(
      c.domains.every(
        (d: { leadUnits: unknown[]; isLocal: boolean }) => d.leadUnits.length === 0 && !d.isLocal,
      ),
    ).toBe(true);
    const phases = await t.database.db.select().from(campaignPhase).where(eq(campaignPhase.campaignId, c.id));
    expect(phases).toHaveLength(4);
    const [event] = await auditRows(t.database, 'campaign.created', c.id);
    expect(event!.unitId).toBe(unitId.get('K100'));
    expect(event!.after).toMatchObject({ name: '城关区2026年问责年活动', status: 'draft', year: 2026 });
    // Its own government may run one at the same time as the city: activation is per government.
    const active = await post(county, `/api/campaigns/${c.id}/activate`, {});
    expect(active.statusCode).toBe(200);
    expect(active.json()).toMatchObject({ status: 'active', currentPhase: 'self_inspection' });
    // …and the county office now works under its own county's campaign.
    expect((await get(county, '/api/campaigns/current')).json().id).toBe(c.id);
    expect((await get(clerk, '/api/campaigns/current')).json().id).toBe(demoId);
  });

  it('a county campaign_admin cannot create one for the city, nor for a department', async () => {
    const body = { name: '越权', year: 2030, phases: phasesOf(2030) };
    const city = await post(county, '/api/campaigns', { ...body, unitId: unitId.get('C000') });
    expect(city.statusCode).toBe(400);
    expect(city.json().errors).toEqual([{ path: 'unitId', message: expect.any(String) }]);
    const dept = await post(county, '/api/campaigns', { ...body, unitId: unitId.get('K101') });
    expect(dept.statusCode).toBe(400);
    expect(dept.json().errors[0].message).toBe('问责年活动须由一级政府组织');
  });
});

describe('phase validation', () => {
  const create = (phases: object[]) =>
    post(office, '/api/campaigns', {
      name: '示范市2030年问责年活动',
      year: 2030,
      unitId: unitId.get('C000'),
      phases,
    });
  const p = phasesOf(2030);

  async function expectInvalid(phases: object[], paths: string[], code = 'PHASES_INVALID') {
    const before = await auditCount(t.database);
    const res = await create(phases);
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe(code);
    expect(res.json().errors.map((e: { path: string }) => e.path)).toEqual(paths);
    for (const e of res.json().errors) expect(e.message).not.toMatch(/^campaign\./);
    expect(await auditCount(t.database)).toBe(before);
    expect((await t.database.db.select().from(campaign).where(eq(campaign.year, 2030))).length).toBe(0);
    return res.json();
  }

  it('rejects an overlap on the later start', async () => {
    const body = await expectInvalid(
      [p[0], { ...p[1], startDate: '2030-03-20' }, p[2], p[3]],
      ['phases.1.startDate'],
    );
    expect(body.errors[0].message).toBe('与上一阶段重叠，应从 2030-04-01 开始');
  });

  it('rejects a reversed range on its end', async () => {
    await expectInvalid(
      [p[0], p[1], p[2], { ...p[3], startDate: '2030-11-01', endDate: '2030-10-01' }],
      ['phases.3.endDate'],
    );
  });

  it('rejects a gap', async () => {
    const body = await expectInvalid(
      [p[0], p[1], { ...p[2], startDate: '2030-07-02' }, p[3]],
      ['phases.2.startDate'],
    );
    expect(body.errors[0].message).toContain('2030-07-01');
  });

  it('rejects a wrong order and a wrong count', async () => {
    await expectInvalid(
      [p[1], p[0], p[2], p[3]],
      ['phases.0.phase', 'phases.1.phase', 'phases.1.startDate', 'phases.2.startDate'],
    );
    // The count is in the schema (exactly four), so the API description says so too.
    await expectInvalid(p.slice(0, 3), ['phases'], 'VALIDATION_FAILED');
  });

  it('applies to edits too; a valid edit is stored and audited', async () => {
    const bad = await patch(office, `/api/campaigns/${demoId}`, { phases: [p[0], p[2], p[1], p[3]] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe('PHASES_INVALID');
    const moved = phasesOf(2026).map((x, i) =>
      i === 0 ? { ...x, endDate: '2026-04-15' } : i === 1 ? { ...x, startDate: '2026-04-16' } : x,
    );
    const res = await patch(office, `/api/campaigns/${demoId}`, { phases: moved, reportDay: 6 });
    expect(res.statusCode).toBe(200);
    expect(res.json().phases[1]).toEqual({
      phase: 'self_inspection',
      startDate: '2026-04-16',
      endDate: '2026-06-30',
    });
    const [stored] = await t.database.db.select().from(campaign).where(eq(campaign.id, demoId));
    expect(stored!.reportDay).toBe(6);
    const [event] = await auditRows(t.database, 'campaign.updated', demoId);
    expect(event!.before).toEqual({
      reportDay: 5,
      phases: phasesOf(2026).map((x) => `${x.phase}:${x.startDate}..${x.endDate}`),
    });
    expect((event!.after as { reportDay: number }).reportDay).toBe(6);
    // Back to the demo's values for the tests that follow.
    expect(
      (await patch(office, `/api/campaigns/${demoId}`, { phases: phasesOf(2026), reportDay: 5 })).statusCode,
    ).toBe(200);
  });
});

describe('status', () => {
  it('allows one active campaign per government (409) and only draft → active → closed', async () => {
    const created = await post(office, '/api/campaigns', {
      name: '示范市2031年问责年活动',
      year: 2031,
      unitId: unitId.get('C000'),
      phases: phasesOf(2031),
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    const before = await auditCount(t.database);
    const second = await post(office, `/api/campaigns/${id}/activate`, {});
    expect(second.statusCode).toBe(409);
    expect(second.json().code).toBe('CAMPAIGN_ALREADY_ACTIVE');
    expect(second.json().title).toBe('该政府已有一个进行中的问责年活动，请先结束它');
    expect(await auditCount(t.database)).toBe(before);
    const [stored] = await t.database.db.select().from(campaign).where(eq(campaign.id, id));
    expect(stored!.status).toBe('draft');

    const skip = await post(office, `/api/campaigns/${id}/close`, {});
    expect(skip.statusCode).toBe(409);
    expect(skip.json().code).toBe('INVALID_TRANSITION');

    // Closing the demo frees the government for the other one.
    expect((await post(office, `/api/campaigns/${demoId}/close`, {})).json().status).toBe('closed');
    const [closed] = await auditRows(t.database, 'campaign.closed', demoId);
    expect(closed).toMatchObject({ before: { status: 'active' }, after: { status: 'closed' } });
    expect((await t.app.inject({ method: 'GET', url: '/api/portal/campaign' })).statusCode).toBe(404);
    const reopen = await post(office, `/api/campaigns/${demoId}/activate`, {});
    expect(reopen.statusCode).toBe(409);
    expect(reopen.json().code).toBe('INVALID_TRANSITION');
    expect((await post(office, `/api/campaigns/${id}/activate`, {})).statusCode).toBe(200);
    expect((await get(clerk, '/api/campaigns/current')).json().id).toBe(id);

    // The partial unique index holds even if the service check were bypassed.
    await expect(
      t.database.db.update(campaign).set({ status: 'active' }).where(eq(campaign.id, demoId)),
    ).rejects.toThrow();
    // Restore the demo for the tests that follow.
    await t.database.db.update(campaign).set({ status: 'draft' }).where(eq(campaign.id, id));
    await t.database.db.update(campaign).set({ status: 'active' }).where(eq(campaign.id, demoId));
  });
});

describe('cloning', () => {
  it('copies domains, their units and settings into a draft of another year, dates shifted, no records', async () => {
    const [domain] = await t.database.db
      .select()
      .from(campaignDomain)
      .where(eq(campaignDomain.campaignId, demoId));
    await t.database.db.insert(keyTask).values({
      campaignId: demoId,
      domainId: domain!.id,
      unitId: unitId.get('C003')!,
      setByUnitId: unitId.get('C003')!,
      title: '扶贫项目资金拨付',
      target: '按期拨付',
      dueDate: '2026-09-30',
    });
    await t.database.db
      .update(campaign)
      .set({ settings: { warningDays: 3 } })
      .where(eq(campaign.id, demoId));
    const res = await post(office, `/api/campaigns/${demoId}/clone`, { year: 2027 });
    expect(res.statusCode).toBe(201);
    const c = res.json();
    expect(c).toMatchObject({
      name: '示范市2027年懒政怠政为官不为问责年活动',
      year: 2027,
      status: 'draft',
      reportDay: 5,
      clonedFromId: demoId,
    });
    expect(c.phases).toEqual(phasesOf(2027));
    const source = (await get(office, `/api/campaigns/${demoId}`)).json();
    const strip = (d: { id: string }) => ({ ...d, id: undefined });
    expect(c.domains.map(strip)).toEqual(source.domains.map(strip));
    expect(new Set(c.domains.map((d: { id: string }) => d.id)).size).toBe(10);
    const [stored] = await t.database.db.select().from(campaign).where(eq(campaign.id, c.id));
    expect(stored!.settings).toEqual({ warningDays: 3 });
    expect(await t.database.db.select().from(keyTask).where(eq(keyTask.campaignId, c.id))).toEqual([]);
    const [event] = await auditRows(t.database, 'campaign.cloned', c.id);
    expect(event!.after).toMatchObject({ clonedFromId: demoId, year: 2027 });
    // The same government and year twice is refused.
    const again = await post(office, `/api/campaigns/${demoId}/clone`, { year: 2027 });
    expect(again.statusCode).toBe(400);
    expect(again.json().errors[0].path).toBe('year');
  });

  it('moves Feb 29 to Feb 28 and keeps the phases contiguous', async () => {
    const leap = [
      { phase: 'mobilization', startDate: '2028-01-01', endDate: '2028-02-29' },
      { phase: 'self_inspection', startDate: '2028-03-01', endDate: '2028-06-30' },
      { phase: 'inspection', startDate: '2028-07-01', endDate: '2028-10-31' },
      { phase: 'summary', startDate: '2028-11-01', endDate: '2028-12-31' },
    ];
    const created = await post(office, '/api/campaigns', {
      name: '闰年活动',
      year: 2028,
      unitId: unitId.get('C000'),
      phases: leap,
      domains: [{ code: 'education', leadUnitIds: [unitId.get('C007')] }, { title: '优化营商环境' }],
    });
    expect(created.statusCode).toBe(201);
    expect(created.json().domains).toMatchObject([
      { code: 'education', title: '教育领域', isLocal: false, leadUnits: [{ name: '市教育局' }] },
      { code: null, title: '优化营商环境', isLocal: true },
    ]);
    const res = await post(office, `/api/campaigns/${created.json().id}/clone`, {
      year: 2029,
      name: '2029年活动',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().name).toBe('2029年活动');
    expect(res.json().phases.slice(0, 2)).toEqual([
      { phase: 'mobilization', startDate: '2029-01-01', endDate: '2029-02-28' },
      { phase: 'self_inspection', startDate: '2029-03-01', endDate: '2029-06-30' },
    ]);
  });
});

describe('local domains (自选动作)', () => {
  let domainId: string;

  it('adds one with its units', async () => {
    const res = await post(office, `/api/campaigns/${demoId}/domains`, {
      title: '优化营商环境领域',
      description: '督促各级政府优化营商环境',
      leadUnitIds: [unitId.get('C004')],
      participantUnitIds: [unitId.get('K100'), unitId.get('K200')],
    });
    expect(res.statusCode).toBe(201);
    const d = res.json();
    expect(d).toMatchObject({
      code: null,
      isLocal: true,
      sortOrder: 10,
      title: '优化营商环境领域',
      focusProblems: null,
      leadUnits: [{ id: unitId.get('C004'), name: '市发展改革委' }],
    });
    expect(d.participantUnits).toHaveLength(2);
    domainId = d.id;
    const units = await t.database.db
      .select()
      .from(campaignDomainUnit)
      .where(eq(campaignDomainUnit.domainId, domainId));
    expect(units).toHaveLength(3);
    const [event] = await auditRows(t.database, 'campaign.domain_created', domainId);
    expect(event!.after).toMatchObject({ campaignId: demoId, title: '优化营商环境领域', isLocal: true });
    expect((await get(office, `/api/campaigns/${demoId}`)).json().domains).toHaveLength(11);
  });

  it('edits it; units keep their roles unless named', async () => {
    const res = await patch(office, `/api/campaign-domains/${domainId}`, {
      title: '营商环境领域',
      leadUnitIds: [unitId.get('C004'), unitId.get('C011')],
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().leadUnits.map((u: { name: string }) => u.name)).toEqual([
      '市发展改革委',
      '市市场监管局',
    ]);
    expect(res.json().participantUnits).toHaveLength(2);
    const [stored] = await t.database.db.select().from(campaignDomain).where(eq(campaignDomain.id, domainId));
    expect(stored!.title).toBe('营商环境领域');
    const [event] = await auditRows(t.database, 'campaign.domain_updated', domainId);
    // The changed fields, and the campaign the domain belongs to (so the campaign's history shows it).
    const campaignId = stored!.campaignId;
    expect(event!.before).toEqual({
      title: '优化营商环境领域',
      leadUnitIds: [unitId.get('C004')],
      campaignId,
    });
    expect(event!.after).toEqual({
      title: '营商环境领域',
      leadUnitIds: [unitId.get('C004'), unitId.get('C011')],
      campaignId,
    });
  });

  it('refuses a unit both leading and participating, or outside the government', async () => {
    const both = await patch(office, `/api/campaign-domains/${domainId}`, {
      participantUnitIds: [unitId.get('C011')],
    });
    expect(both.statusCode).toBe(400);
    expect(both.json().errors[0].path).toBe('participantUnitIds.0');
    const countyCampaign = (await get(county, '/api/campaigns')).json().items[0];
    const outside = await post(county, `/api/campaigns/${countyCampaign.id}/domains`, {
      title: '自选',
      leadUnitIds: [unitId.get('K101'), unitId.get('C007')],
    });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().errors).toEqual([
      { path: 'leadUnitIds.1', message: '该单位不在本活动所属政府的范围内' },
    ]);
  });

  it('cannot delete a standard domain, nor a local one that records refer to', async () => {
    const [standard] = await t.database.db
      .select()
      .from(campaignDomain)
      .where(eq(campaignDomain.code, 'land'));
    const res = await t.as(office, { method: 'DELETE', url: `/api/campaign-domains/${standard!.id}` });
    expect(res.statusCode).toBe(409);
    const [task] = await t.database.db
      .insert(keyTask)
      .values({
        campaignId: demoId,
        domainId,
        unitId: unitId.get('C004')!,
        setByUnitId: unitId.get('C004')!,
        title: '清理涉企收费',
        target: '全面清理',
        dueDate: '2026-12-31',
      })
      .returning();
    const used = await t.as(office, { method: 'DELETE', url: `/api/campaign-domains/${domainId}` });
    expect(used.statusCode).toBe(409);
    expect(used.json().code).toBe('CONFLICT');
    await t.database.db.delete(keyTask).where(eq(keyTask.id, task!.id));
  });

  it('deletes a local domain and its units', async () => {
    const res = await t.as(office, { method: 'DELETE', url: `/api/campaign-domains/${domainId}` });
    expect(res.statusCode).toBe(200);
    expect(await t.database.db.select().from(campaignDomain).where(eq(campaignDomain.id, domainId))).toEqual(
      [],
    );
    expect(
      await t.database.db.select().from(campaignDomainUnit).where(eq(campaignDomainUnit.domainId, domainId)),
    ).toEqual([]);
    const [event] = await auditRows(t.database, 'campaign.domain_deleted', domainId);
    expect(event!.before).toMatchObject({ title: '营商环境领域', campaignId: demoId });
  });
});
