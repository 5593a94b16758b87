import {
  type DashboardFigure,
  type DashboardGroup,
  type DashboardSummary,
  type DeterminationListItem,
  fillPath,
  LIABILITIES,
  ROUTES,
  type RouteContract,
  SATISFACTION_LEVELS,
} from '@zeren/contracts';
import { and, eq, inArray, isNotNull, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Factories } from '../../../test/factories';
import { auditRows, createTestApp, type TestApp } from '../../../test/harness';
import { authenticate } from '../../platform/auth/auth.service';
import type { FigureArea } from '../../platform/figures';
import { unit } from '../../platform/org/org.table';
import { determinationFigures, leadRateFigures } from './accountability.service';
import { accountabilityCase, determination, lead, leadMessage, publicReport } from './accountability.table';

let t: TestApp;
let f: Factories;
let campaignId: string;

/** City departments and county units: the county office reaches only the latter (城关区, K100's tree). */
const UNITS = ['C007', 'C012', 'K101', 'K102', 'K103'];

/**
 * Per unit: decided cases with determinations of every liability and form (one exempted, one in a
 * case still verifying: neither is held accountable), decided in April and May; leads disposed of
 * on time, late and still open; public reports received, triaged, written to, closed, concluded,
 * with each satisfaction stated and some not. Today is 2026-06-01.
 */
async function seed() {
  const db = t.database.db;
  let n = 0;
  for (const code of UNITS) {
    for (let i = 0; i < 6; i++, n++) {
      const caseId = await f.accountabilityCase(code, 'decided');
      await db
        .update(accountabilityCase)
        .set({ decidedOn: ['2026-04-10', '2026-05-05', '2026-05-28'][i % 3]! })
        .where(eq(accountabilityCase.id, caseId));
      for (let k = 0; k < 1 + (i % 2); k++)
        await db.insert(determination).values({
          caseId,
          personId: await f.person('C004'),
          liability: LIABILITIES[(n + k) % LIABILITIES.length]!,
          measures: [],
          // The fifth is exempted (免予问责: no disposition, no form).
          form: i === 4 && k === 0 ? null : ((n + 2 * k) % 4) + 1,
          exemption: i === 4 && k === 0 ? 'exempt' : null,
        });
    }
    // Determined but not decided: not held accountable yet.
    await f.determination(code);

    const leadsDisposed = [
      ['closed', '2026-05-10', '2026-05-12'], // on time
      ['shelved', '2026-05-10', '2026-05-10'], // on the due day: on time
      ['concluded', '2026-05-20', '2026-05-10'], // late
      ['forwarded', '2026-05-02', '2026-04-30'], // late
      ['received', null, '2026-05-01'], // open, overdue: not disposed of
      ['accepted', null, '2026-09-30'], // open
    ] as const;
    for (const [status, disposedOn, dueDate] of leadsDisposed) {
      const id = await f.lead(code, status);
      await db
        .update(lead)
        .set({ disposedOn, dueDate, receivedOn: i2(n) })
        .where(eq(lead.id, id));
    }

    const reports = [
      ['received', null, false, null],
      ['received', null, true, null], // written to the reporter: responded
      ['accepted', 'preliminary_verification', false, null],
      ['closed', 'closed_no_action', false, 'dissatisfied'],
      ['closed', 'closed_no_action', false, null],
      ['concluded', 'preliminary_verification', false, 'satisfied'],
      ['concluded', 'talk_or_inquiry_letter', true, 'basically_satisfied'],
      ['concluded', 'preliminary_verification', false, null],
    ] as const;
    for (const [status, disposal, written, satisfaction] of reports) {
      const id = await f.lead(code, status, true);
      await db
        .update(lead)
        .set({
          disposal,
          receivedOn: i2(n++),
          disposedOn: status === 'closed' || status === 'concluded' ? '2026-05-25' : null,
        })
        .where(eq(lead.id, id));
      if (satisfaction)
        await db.update(publicReport).set({ satisfaction }).where(eq(publicReport.leadId, id));
      if (written)
        await db.insert(leadMessage).values({ leadId: id, direction: 'from_handler', body: '请补充材料' });
    }
  }
}

/** Received days spread over April and May. */
const i2 = (n: number) => ['2026-04-05', '2026-04-25', '2026-05-08', '2026-05-22'][n % 4]!;

beforeAll(async () => {
  t = await createTestApp();
  t.clock.set(new Date('2026-06-01T02:00:00Z'));
  f = new Factories(t);
  campaignId = await f.demoCampaign();
  await seed();
});
afterAll(() => t.close());

async function summary(cookie: string, query: Record<string, string>) {
  const res = await t.as(cookie, {
    method: 'GET',
    url: `/api/dashboard/summary?${new URLSearchParams(query)}`,
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as DashboardSummary;
}

const OUR_GROUPS = [
  'leads.timeliness',
  'publicReports.rates',
  'publicReports.bySatisfaction',
  'determinations.total',
  'determinations.byLiability',
  'determinations.byForm',
];
const ours = (groups: DashboardGroup[]) => groups.filter((g) => OUR_GROUPS.includes(g.key));
const figuresOf = (groups: DashboardGroup[]): DashboardFigure[] =>
  groups.flatMap((g) => [...g.figures, ...g.rates.flatMap((r) => [r.numerator, r.denominator])]);
const value = (groups: DashboardGroup[], key: string) => figuresOf(groups).find((x) => x.key === key)!.value;

/** The total of the list a figure drills down to, fetched as the same person. */
async function listed(cookie: string, figure: DashboardFigure): Promise<number> {
  const route = ROUTES[figure.drill.operationId as keyof typeof ROUTES] as RouteContract;
  const query = new URLSearchParams({ ...figure.drill.query, limit: '1' });
  const res = await t.as(cookie, { method: 'GET', url: `${fillPath(route.path)}?${query}` });
  expect(res.statusCode, `${figure.key}: ${res.body}`).toBe(200);
  expect(res.json().totalExact, figure.key).toBe(true);
  return res.json().total;
}

async function expectEveryFigureListed(cookie: string, groups: DashboardGroup[]) {
  for (const figure of figuresOf(groups)) {
    expect(figure.drill.query.campaignId, figure.key).toBe(campaignId);
    expect(figure.value, figure.key).toBe(await listed(cookie, figure));
  }
}

/** The figures a source computes for a signed-in caller over an area (the unit view's `unitId` included). */
async function computeAs(cookie: string, area: Omit<FigureArea, 'campaignId'>) {
  const actor = await authenticate(
    t.systemContext(),
    {
      secret: t.config.sessionSecret,
      idleMinutes: t.config.sessionIdleMinutes,
      maxHours: t.config.sessionMaxHours,
    },
    cookie.replace(/^zeren_session=/, ''),
  );
  const ctx = { ...t.systemContext(), actor, grant: 'accountability.lead.read' as const };
  const full = { campaignId, ...area };
  return [...(await leadRateFigures(ctx, full)), ...(await determinationFigures(ctx, full))];
}

async function unitsUnder(code: string): Promise<string[]> {
  const root = await f.unit(code);
  return (
    await t.database.db
      .select({ id: unit.id })
      .from(unit)
      .where(like(unit.path, `${root.path}%`))
  ).map((u) => u.id);
}

describe('accountability figures of the dashboard', () => {
  it.each([
    ['office', {}],
    ['county.office', {}],
    ['office', { from: '2026-05-01', to: '2026-05-31' }],
    ['county.office', { from: '2026-04-10', to: '2026-05-10' }],
    ['supervisor', {}],
  ] as const)(
    '%s %j: every figure equals the count of the list it drills down to',
    async (username, period) => {
      const cookie = await t.login(username);
      const groups = ours((await summary(cookie, { campaignId, ...period })).groups);
      expect(groups.map((g) => g.key).sort()).toEqual([...OUR_GROUPS].sort());
      await expectEveryFigureListed(cookie, groups);
    },
  );

  it.each([
    ['office', 'C012'],
    ['county.office', 'K102'],
  ])(
    '%s, unit %s: the unit view counts that unit and puts it into every drill-down',
    async (username, code) => {
      const cookie = await t.login(username);
      const unitId = await f.unitId(code);
      const groups = await computeAs(cookie, { from: null, to: null, unitId });
      const all = await computeAs(cookie, { from: null, to: null, unitId: null });
      for (const figure of figuresOf(groups)) expect(figure.drill.query.unitId, figure.key).toBe(unitId);
      expect(value(groups, 'determinations.total')).toBeGreaterThan(0);
      expect(value(groups, 'determinations.total')).toBeLessThan(value(all, 'determinations.total'));
      await expectEveryFigureListed(cookie, groups);
    },
  );

  it('counts what the seeded records say, a county only over its subtree', async () => {
    const city = (await summary(await t.login('office'), { campaignId })).groups;
    const county = (await summary(await t.login('county.office'), { campaignId })).groups;
    const countyUnits = await unitsUnder('K100');
    // Per unit: 6 decided cases, 9 determinations, one exempted: 8 held accountable.
    const held = await t.database.db
      .select({ id: determination.id })
      .from(determination)
      .innerJoin(accountabilityCase, eq(accountabilityCase.id, determination.caseId))
      .where(
        and(
          eq(accountabilityCase.status, 'decided'),
          isNotNull(determination.form),
          inArray(accountabilityCase.unitId, countyUnits),
        ),
      );
    expect(held.length).toBeGreaterThanOrEqual(3 * 8);
    expect(value(county, 'determinations.total')).toBe(held.length);
    expect(value(city, 'determinations.total')).toBeGreaterThan(value(county, 'determinations.total'));
    // The forms add up to the persons held accountable; the shares are over them.
    const forms = [1, 2, 3, 4].map((form) => value(county, `determinations.form.${form}`));
    expect(forms.reduce((a, b) => a + b, 0)).toBe(value(county, 'determinations.total'));
    const byForm = county.find((g) => g.key === 'determinations.byForm')!;
    expect(byForm.rates.map((r) => r.key)).toEqual([1, 2, 3, 4].map((k) => `determinations.formShare.${k}`));
    expect(byForm.rates.every((r) => r.denominator.value === value(county, 'determinations.total'))).toBe(
      true,
    );
    const liabilities = LIABILITIES.map((l) => value(county, `determinations.liability.${l}`));
    expect(liabilities.every((v) => v > 0)).toBe(true);
    expect(liabilities.reduce((a, b) => a + b, 0)).toBe(value(county, 'determinations.total'));
    // Three county units: 2 on time, 2 late of 4 disposed (plus the public reports closed on 05-25, due later).
    expect(value(county, 'leads.timeliness.late')).toBeGreaterThanOrEqual(3 * 2);
    expect(value(county, 'leads.timeliness.onTime') + value(county, 'leads.timeliness.late')).toBe(
      value(county, 'leads.timeliness.disposed'),
    );
    // Public reports per unit: 8 received, 7 responded (triaged or written to), 5 closed, 3 concluded,
    // 3 rated, 2 satisfied or basically satisfied.
    const countyReports = await t.database.db
      .select({ id: lead.id })
      .from(lead)
      .where(and(eq(lead.source, 'public_report'), inArray(lead.unitId, countyUnits)));
    expect(value(county, 'publicReports.received')).toBe(countyReports.length);
    expect(value(county, 'publicReports.responded')).toBe(3 * 7);
    expect(value(county, 'publicReports.closed')).toBe(3 * 5);
    expect(value(county, 'publicReports.resolved')).toBe(3 * 3);
    expect(value(county, 'publicReports.rated')).toBe(3 * 3);
    expect(value(county, 'publicReports.satisfied')).toBe(3 * 2);
    for (const level of SATISFACTION_LEVELS)
      expect(value(county, `publicReports.satisfaction.${level}`)).toBe(3);
    const rates = county.find((g) => g.key === 'publicReports.rates')!.rates;
    expect(rates.map((r) => [r.key, r.numerator.key, r.denominator.key])).toEqual([
      ['publicReports.responseRate', 'publicReports.responded', 'publicReports.received'],
      ['publicReports.resolutionRate', 'publicReports.resolved', 'publicReports.closed'],
      ['publicReports.satisfactionRate', 'publicReports.satisfied', 'publicReports.rated'],
    ]);
  });

  it('the leader, who reads no leads, gets none of these groups', async () => {
    const groups = (await summary(await t.login('leader'), { campaignId })).groups;
    expect(ours(groups)).toEqual([]);
  });
});

describe('the determinations list (GET /api/determinations)', () => {
  it("shows a county user only the determinations of its subtree's cases", async () => {
    const cookie = await t.login('county.office');
    const countyUnits = await unitsUnder('K100');
    const res = await t.as(cookie, {
      method: 'GET',
      url: `/api/determinations?campaignId=${campaignId}&limit=200`,
    });
    expect(res.statusCode, res.body).toBe(200);
    const items = res.json().items as DeterminationListItem[];
    expect(items.length).toBeGreaterThanOrEqual(3 * 10);
    expect(items.every((d) => countyUnits.includes(d.unitId))).toBe(true);
    const city = await f.unitId('C007');
    const cityOnly = await t.as(cookie, { method: 'GET', url: `/api/determinations?unitId=${city}` });
    expect(cityOnly.json().total).toBe(0);
    // The office (the whole city) reads the city department's.
    const office = await t.as(await t.login('office'), {
      method: 'GET',
      url: `/api/determinations?unitId=${city}`,
    });
    expect(office.json().total).toBeGreaterThan(0);
  });

  it('pages newest first with a cursor, and audits every read with its filter', async () => {
    const cookie = await t.login('office');
    const before = (await auditRows(t.database, 'determination.list_viewed')).length;
    const first = await t.as(cookie, {
      method: 'GET',
      url: `/api/determinations?campaignId=${campaignId}&heldAccountable=true&form=2&limit=3`,
    });
    expect(first.statusCode, first.body).toBe(200);
    const page = first.json();
    expect(page.items).toHaveLength(3);
    expect(page.items.every((d: DeterminationListItem) => d.form === 2 && d.caseStatus === 'decided')).toBe(
      true,
    );
    const second = await t.as(cookie, {
      method: 'GET',
      url: `/api/determinations?campaignId=${campaignId}&heldAccountable=true&form=2&limit=3&after=${page.nextCursor}`,
    });
    const ids = [...page.items, ...second.json().items].map((d: DeterminationListItem) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids.slice(0, 3)].sort().reverse()).toEqual(ids.slice(0, 3));
    const rows = await auditRows(t.database, 'determination.list_viewed');
    expect(rows.length).toBe(before + 2);
    expect(rows.at(-2)!.after).toMatchObject({ filter: { campaignId, heldAccountable: 'true', form: '2' } });
    expect(rows.at(-1)!.actorName).toBeTruthy();
  });

  it('refuses bad input naming the field, in the caller language, and callers without the permission', async () => {
    const office = await t.login('office');
    const bad = await t.as(office, {
      method: 'GET',
      url: '/api/determinations?form=5',
      headers: { 'accept-language': 'en-US' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0]).toMatchObject({ path: 'query.form' });
    const before = (await auditRows(t.database, 'determination.list_viewed')).length;
    const refused = await t.as(await t.login('leader'), { method: 'GET', url: '/api/determinations' });
    expect(refused.statusCode).toBe(403);
    expect((await auditRows(t.database, 'determination.list_viewed')).length).toBe(before);
  });
});

describe('the day a lead was disposed of (线索处置时效)', () => {
  it('is set when triage ends its handling and cleared when it is reopened', async () => {
    const supervisor = await t.login('supervisor');
    const created = await t.as(supervisor, {
      method: 'POST',
      url: '/api/leads',
      payload: {
        source: 'other',
        summary: '某局窗口推诿',
        details: '群众反映窗口推诿，久拖不办。',
        concernedUnitIds: [await f.unitId('C004')],
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as string;
    expect(created.json().disposedOn).toBeNull();
    t.clock.set(new Date('2026-06-03T17:00:00Z')); // 01:00 on the 4th in Beijing
    const later = await t.login('supervisor');
    const shelved = await t.as(later, {
      method: 'POST',
      url: `/api/leads/${id}/triage`,
      payload: { disposal: 'shelved', reason: '线索笼统，暂存' },
    });
    expect(shelved.statusCode, shelved.body).toBe(200);
    expect(shelved.json().disposedOn).toBe('2026-06-04');
    const [stored] = await t.database.db.select().from(lead).where(eq(lead.id, id));
    expect(stored!.disposedOn).toBe('2026-06-04');
    const reopened = await t.as(later, {
      method: 'POST',
      url: `/api/leads/${id}/reopen`,
      payload: { reason: '补充了材料' },
    });
    expect(reopened.statusCode, reopened.body).toBe(200);
    expect(reopened.json().disposedOn).toBeNull();
    t.clock.set(new Date('2026-06-01T02:00:00Z'));
  });
});
