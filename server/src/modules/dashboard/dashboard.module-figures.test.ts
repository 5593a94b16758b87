import {
  type DashboardFigure,
  type DashboardGroup,
  type DashboardSummary,
  type EvaluationResults,
  fillPath,
  ROLE_PERMISSIONS,
  ROUTES,
  type RouteContract,
} from '@zeren/contracts';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Factories } from '../../../test/factories';
import { createTestApp, type TestApp } from '../../../test/harness';
import { authenticate, SESSION_COOKIE } from '../../platform/auth/auth.service';
import { figureSources } from '../../platform/figures';
import { evaluationResult, evaluationRound } from '../evaluation/evaluation.table';
import { keyTask } from '../key-tasks/key-tasks.table';
import { monthlyReport } from '../monthly-reports/monthly-reports.table';
import { commitment } from '../statements/statements.table';

/**
 * The figures of the key tasks, commitments, monthly reports and the evaluation ranking on the
 * dashboard: each counted figure equals the total of the list it drills down to, for the same
 * person, the whole city and a county's subtree, with and without a period and for one unit.
 */

let t: TestApp;
let f: Factories;
let campaignId: string;
let cityRound: string;
let countyRound: string;

const CITY_UNITS = ['C007', 'C012'];
const COUNTY_UNITS = ['K101', 'K102', 'K103'];
const SOURCES = ['keyTasks', 'commitments', 'monthlyReports', 'evaluation'];

/** Today is 2026-06-01 (the test clock): the last month whose report is due is April. */
async function seed() {
  const domains = [await f.domain(campaignId), await f.domain(campaignId)];
  let n = 0;
  for (const code of [...CITY_UNITS, ...COUNTY_UNITS]) {
    // Overdue, due soon, on track, completed; the domains alternate, one task has none.
    const tasks: [string, number][] = [
      ['2026-05-20', 40],
      ['2026-06-03', 10],
      ['2026-09-30', 0],
      ['2026-05-10', 100],
      ['2026-08-01', 100],
    ];
    for (const [dueDate, progress] of tasks) {
      const id = await f.keyTask(code);
      await t.database.db
        .update(keyTask)
        .set({ dueDate, progress, domainId: n % 5 === 4 ? null : domains[n % 2]! })
        .where(eq(keyTask.id, id));
      n++;
    }
    const commitments: [string, 'fulfilled' | 'not_fulfilled' | null][] = [
      ['2026-05-25', null],
      ['2026-06-02', null],
      ['2026-07-01', null],
      ['2026-05-30', 'fulfilled'],
      ['2026-05-15', 'not_fulfilled'],
    ];
    for (const [dueDate, outcome] of commitments) {
      const id = await f.commitment(code, 'published');
      await t.database.db.update(commitment).set({ dueDate, outcome }).where(eq(commitment.id, id));
    }
    // February on time, March late, April still a draft (overdue), one waiting, one returned, May's draft.
    const reports: [string, 'draft' | 'awaiting_approval' | 'returned' | 'submitted', boolean][] = [
      ['2026-02', 'submitted', false],
      ['2026-03', 'submitted', true],
      ['2026-04', 'draft', false],
      ['2026-01', 'awaiting_approval', false],
      ['2025-12', 'returned', false],
      // Not due yet (early June): not overdue. (The demo city's departments have May's already.)
      ...(COUNTY_UNITS.includes(code) ? [['2026-05', 'draft', false] as [string, 'draft', boolean]] : []),
    ];
    for (const [month, status, late] of reports) {
      const id = await f.monthlyReport(code, status);
      await t.database.db
        .update(monthlyReport)
        .set({
          month,
          snapshot: status === 'submitted' ? { figures: [], dueDate: `${month}-28`, late } : null,
        })
        .where(eq(monthlyReport.id, id));
    }
  }
  // The city's round ranks seven city departments; the county's, its three units (approved earlier).
  const cityTargets = ['C004', 'C007', 'C008', 'C009', 'C010', 'C011', 'C012'];
  cityRound = await f.evaluationRound(
    'C001',
    'approved',
    cityTargets.map((unit) => ({ unit, category: 'a' as const })),
  );
  countyRound = await f.evaluationRound(
    'K100',
    'published',
    COUNTY_UNITS.map((unit) => ({ unit, category: 'a' as const })),
  );
  await approve(cityRound, cityTargets, new Date('2026-05-20T02:00:00Z'));
  await approve(countyRound, COUNTY_UNITS, new Date('2026-05-10T02:00:00Z'));
}

/** Fixes a round's results as approval does: scores falling with the order given, two sharing a rank. */
async function approve(roundId: string, codes: string[], at: Date) {
  await t.database.db.update(evaluationRound).set({ approvedAt: at }).where(eq(evaluationRound.id, roundId));
  const scores = codes.map((_, i) => (i === 2 ? 90 - 5 * (i - 1) : 90 - 5 * i));
  for (const [i, code] of codes.entries()) {
    const targetId = await f.evaluationTarget(roundId, code);
    const unitId = await f.unitId(code);
    const rank = 1 + scores.filter((s) => s > scores[i]!).length;
    await t.database.db.insert(evaluationResult).values({
      roundId,
      targetId,
      unitId,
      category: 'a',
      score: scores[i]!,
      rank,
      rankedOf: codes.length,
      detail: {
        targetId,
        unitId,
        unitName: code,
        category: 'a',
        score: scores[i]!,
        rank,
        groups: [],
        indicators: [],
        ballots: { total: 0, valid: 0, invalid: 0, pending: 0, trimmed: 0 },
      },
      approvedAt: at,
    });
  }
}

beforeAll(async () => {
  t = await createTestApp();
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

/**
 * The groups this work added, as the dashboard gives them for a person and an area: through the
 * route, or — for one unit, which the route does not take yet — through the sources themselves,
 * run as the route runs them (the source's permission as the grant).
 */
async function groupsOf(cookie: string, area: { from?: string; to?: string; unitId?: string }) {
  if (!area.unitId)
    return (
      await summary(cookie, {
        campaignId,
        ...(area.from ? { from: area.from } : {}),
        ...(area.to ? { to: area.to } : {}),
      })
    ).groups.filter((g) => SOURCES.includes(g.key.split('.')[0]!));
  const c = t.config;
  const actor = await authenticate(
    { db: t.database.db, clock: t.clock },
    { secret: c.sessionSecret, idleMinutes: c.sessionIdleMinutes, maxHours: c.sessionMaxHours },
    cookie.slice(`${SESSION_COOKIE}=`.length),
  );
  const groups: DashboardGroup[] = [];
  for (const source of figureSources().filter((s) => SOURCES.includes(s.key))) {
    if (!actor!.permissions.has(source.permission)) continue;
    groups.push(
      ...(await source.compute(
        { ...t.systemContext(), actor, grant: source.permission },
        { campaignId, from: area.from ?? null, to: area.to ?? null, unitId: area.unitId },
      )),
    );
  }
  return groups;
}

const figuresOf = (groups: DashboardGroup[]): DashboardFigure[] =>
  groups.flatMap((g) => [...g.figures, ...g.rates.flatMap((r) => [r.numerator, r.denominator])]);

/** The total of the list a figure drills down to, fetched as the same person. */
async function listed(cookie: string, figure: DashboardFigure): Promise<number> {
  const route = ROUTES[figure.drill.operationId as keyof typeof ROUTES] as RouteContract;
  const query = new URLSearchParams({ ...figure.drill.query, limit: '1' });
  const res = await t.as(cookie, { method: 'GET', url: `${fillPath(route.path)}?${query}` });
  expect(res.statusCode, `${figure.key}: ${res.body}`).toBe(200);
  const body = res.json();
  expect(body.totalExact, figure.key).toBe(true);
  return body.total;
}

/** A round's results as its page shows them to the same person. */
async function results(cookie: string, roundId: string): Promise<EvaluationResults> {
  const res = await t.as(cookie, { method: 'GET', url: `/api/evaluation-rounds/${roundId}/results` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

const value = (groups: DashboardGroup[], key: string) => figuresOf(groups).find((x) => x.key === key)?.value;

describe("the other modules' figures on the dashboard", () => {
  it.each([
    ['office', {}],
    ['county.office', {}],
    ['office', { from: '2026-02-01', to: '2026-03-31' }],
    ['county.office', { from: '2026-03-10', to: '2026-05-31' }],
    ['office', { unitId: 'K101' }],
    ['county.office', { unitId: 'K102' }],
    ['office', { unitId: 'C007', from: '2026-03-01', to: '2026-04-30' }],
    ['leader', {}],
  ] as const)(
    '%s %j: every counted figure equals the count of the list it drills down to',
    async (username, given) => {
      const cookie = await t.login(username);
      const area = { ...given, unitId: 'unitId' in given ? await f.unitId(given.unitId) : undefined };
      const groups = await groupsOf(cookie, area);
      const counted = groups.filter((g) => g.kind !== 'ranking');
      expect(counted.map((g) => g.key)).toEqual(
        expect.arrayContaining([
          'keyTasks.total',
          'keyTasks.byDomain',
          'commitments.total',
          'monthlyReports.total',
        ]),
      );
      for (const figure of figuresOf(counted)) {
        expect(figure.drill.query.campaignId, figure.key).toBe(campaignId);
        expect(figure.drill.query.unitId, figure.key).toBe(area.unitId);
        expect(figure.value, figure.key).toBe(await listed(cookie, figure));
      }
      // A ranking is no list's count: each rank is the one the round's results give the unit.
      for (const group of groups.filter((g) => g.kind === 'ranking'))
        for (const figure of group.figures) {
          expect(figure.drill.operationId).toBe('getEvaluationResults');
          const shown = await results(cookie, figure.drill.query.id!);
          const result = shown.categories
            .flatMap((c) => c.results)
            .find((r) => figure.key.endsWith(`.${r.targetId}`));
          expect(result?.rank, figure.key).toBe(figure.value);
          expect(result?.unitName).toBe(figure.label);
          if (area.unitId) expect(result?.unitId).toBe(area.unitId);
        }
    },
  );

  it("counts a county office's subtree only, and what the seeded records say", async () => {
    const city = await groupsOf(await t.login('office'), {});
    const county = await groupsOf(await t.login('county.office'), {});
    // The county's three units: each one task overdue, one due soon, two completed of five.
    expect(value(county, 'keyTasks.total')).toBe(3 * 5);
    expect(value(county, 'keyTasks.status.completed')).toBe(3 * 2);
    expect(value(county, 'keyTasks.status.overdue')).toBe(3);
    expect(value(city, 'keyTasks.total')!).toBeGreaterThanOrEqual(5 * 5);
    const byDomain = county.find((g) => g.key === 'keyTasks.byDomain')!;
    expect(byDomain.figures).toHaveLength(2);
    expect(byDomain.figures.every((x) => x.label?.startsWith('测试领域'))).toBe(true);
    expect(byDomain.figures.reduce((sum, x) => sum + x.value, 0)).toBe(3 * 4);
    expect(value(county, 'commitments.total')).toBe(3 * 5);
    expect(value(county, 'commitments.status.overdue')).toBe(3);
    expect(value(county, 'commitments.status.fulfilled')).toBe(3);
    // April is the last month due: the county's three April drafts are overdue.
    const month = county.find((g) => g.key === 'monthlyReports.total')!.figures[0]!;
    expect(month.drill.query.month).toBe('2026-04');
    expect(value(county, 'monthlyReports.overdue')).toBe(3);
    const period = await groupsOf(await t.login('county.office'), { from: '2026-02-01', to: '2026-03-31' });
    expect(value(period, 'monthlyReports.onTime')).toBe(3);
    expect(value(period, 'monthlyReports.late')).toBe(3);
    // May's drafts are not due yet: of April and May, only April's are overdue.
    const spring = await groupsOf(await t.login('county.office'), { from: '2026-04-01', to: '2026-05-31' });
    expect(value(spring, 'monthlyReports.total')).toBe(3 * 2);
    expect(value(spring, 'monthlyReports.overdue')).toBe(3);
    // The office sees the city's round (approved later), the county office only its own.
    const cityRanking = city.find((g) => g.key === 'evaluation.ranking.a')!;
    expect(cityRanking.kind).toBe('ranking');
    expect(cityRanking.label).toBe('甲类');
    expect(cityRanking.figures.map((x) => [x.label, x.value])).toEqual([
      ['C004', 1],
      ['C007', 2],
      ['C008', 2],
      ['C010', 5],
      ['C011', 6],
      ['C012', 7],
    ]);
    expect(cityRanking.figures[0]!.drill).toEqual({
      operationId: 'getEvaluationResults',
      query: { id: cityRound },
    });
    const countyRanking = county.find((g) => g.key === 'evaluation.ranking.a')!;
    expect(countyRanking.figures.map((x) => x.label)).toEqual(COUNTY_UNITS);
    expect(countyRanking.figures[0]!.drill.query.id).toBe(countyRound);
  });

  it("refuses the monthly reports list's new filters with a bad value, naming the field", async () => {
    const office = await t.login('office');
    for (const [field, bad] of [
      ['submitted', 'soon'],
      ['overdue', 'yes'],
      ['monthFrom', '2026-13'],
    ]) {
      const res = await t.as(office, {
        method: 'GET',
        url: `/api/monthly-reports?${field}=${bad}`,
        headers: { 'accept-language': 'en-US' },
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().errors[0].path, field).toContain(field);
    }
  });

  it('shows the leader the groups his permissions read', async () => {
    const groups = (await summary(await t.login('leader'), { campaignId })).groups.map((g) => g.key);
    const reads = ROLE_PERMISSIONS.leader as readonly string[];
    for (const source of figureSources().filter((s) => SOURCES.includes(s.key)))
      expect(
        groups.some((g) => g.startsWith(`${source.key}.`)),
        source.key,
      ).toBe(reads.includes(source.permission));
    expect(groups).toEqual(
      expect.arrayContaining([
        'keyTasks.total',
        'commitments.total',
        'monthlyReports.total',
        'evaluation.ranking.a',
      ]),
    );
  });
});
