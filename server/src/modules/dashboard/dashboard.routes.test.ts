import {
  CONDUCT_TYPES,
  type DashboardFigure,
  type DashboardHeat,
  type DashboardSummary,
  DISPOSALS,
  fillPath,
  LEAD_SOURCES,
  ROUTES,
  type RouteContract,
} from '@zeren/contracts';
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Factories } from '../../../test/factories';
import { auditRows, createTestApp, type TestApp } from '../../../test/harness';
import { lead } from '../accountability/accountability.table';
import { rectificationItem } from '../rectification/rectification.table';
import {
  supervisionEscalation,
  supervisionItem,
  supervisionReminder,
} from '../supervision/supervision.table';

let t: TestApp;
let f: Factories;
let campaignId: string;

/** City departments and county units: the county office reaches only the latter (城关区, K100's tree). */
const CITY_UNITS = ['C007', 'C012'];
const COUNTY_UNITS = ['K101', 'K102', 'K103'];

/**
 * A varied data set on top of the demo city: leads of every source, conduct, disposal and several
 * months and domains; supervision items of each colour, overdue, closed on time and late; ledger
 * items open, overdue and signed off. Today is 2026-06-01 (the test clock).
 */
async function seed() {
  const domains = [await f.domain(campaignId), await f.domain(campaignId)];
  let n = 0;
  for (const code of [...CITY_UNITS, ...COUNTY_UNITS]) {
    for (let i = 0; i < 8; i++, n++) {
      const id = await f.lead(code, i % 3 === 0 ? 'shelved' : 'received');
      await t.database.db
        .update(lead)
        .set({
          source: LEAD_SOURCES[n % LEAD_SOURCES.length]!,
          conduct: i % 4 === 3 ? null : CONDUCT_TYPES[n % CONDUCT_TYPES.length]!,
          disposal: i % 3 === 0 ? DISPOSALS[n % DISPOSALS.length]! : null,
          domainId: i % 5 === 4 ? null : domains[n % 2]!,
          receivedOn: ['2026-03-15', '2026-04-02', '2026-04-30', '2026-05-20'][i % 4]!,
        })
        .where(eq(lead.id, id));
    }
    const due = ['2026-05-10', '2026-06-01', '2026-06-03', '2026-07-30', '2026-05-30'];
    for (let i = 0; i < due.length; i++) {
      const id = await f.supervisionItem(code, 'in_progress');
      // Domains for the heat table's columns; one item in three has none (only in its row's total).
      await t.database.db
        .update(supervisionItem)
        .set({ dueDate: due[i]!, domainId: i % 3 === 2 ? null : domains[(n + i) % 2]! })
        .where(eq(supervisionItem.id, id));
      // The ladder reminded the first two (the second twice: two due dates), and warned the third.
      const steps =
        i === 0
          ? [['reminder', '2026-05-10']]
          : i === 1
            ? [
                ['reminder', '2026-05-25'],
                ['reminder', '2026-06-01'],
              ]
            : i === 2
              ? [['warning', '2026-06-03']]
              : [];
      for (const [step, dueDate] of steps) {
        await t.database.db.insert(supervisionEscalation).values({
          itemId: id,
          unitId: await f.unitId(code),
          step: step as 'reminder' | 'warning',
          dueDate: dueDate!,
          reachedOn: '2026-05-20',
          workingDaysOverdue: 0,
        });
        // The ladder's reminder step is a reminder record too (runEscalation writes both).
        if (step === 'reminder')
          await t.database.db.insert(supervisionReminder).values({
            itemId: id,
            campaignId: await f.demoCampaign(),
            unitId: await f.unitId(code),
            kind: 'ladder',
            dueDate: dueDate!,
            remindedOn: dueDate === '2026-05-10' ? '2026-04-20' : '2026-05-20',
            remindedAt: new Date(`${dueDate === '2026-05-10' ? '2026-04-20' : '2026-05-20'}T01:00:00Z`),
          });
      }
      // A person reminded the third and fourth items (催办 with a message), the fourth twice.
      if (i === 2 || i === 3) {
        const office = await session('office');
        for (let k = 0; k < i - 1; k++) {
          const res = await t.as(office, {
            method: 'POST',
            url: `/api/supervision-items/${id}/remind`,
            payload: { message: '请抓紧办理' },
          });
          expect(res.statusCode, res.body).toBe(200);
        }
      }
    }
    for (const [dueDate, closedAt] of [
      ['2026-05-20', '2026-05-19T03:00:00Z'],
      ['2026-05-20', '2026-05-25T03:00:00Z'],
      // Closed at 23:30 Beijing time on its due date: on time (the day is Beijing's, not UTC's).
      ['2026-05-21', '2026-05-21T15:30:00Z'],
    ] as const) {
      const id = await f.supervisionItem(code, 'closed');
      await t.database.db
        .update(supervisionItem)
        .set({ dueDate, closedAt: new Date(closedAt) })
        .where(eq(supervisionItem.id, id));
    }
    for (const status of [
      'pending',
      'rectifying',
      'completion_claimed',
      'signed_off',
      'confirmed',
    ] as const) {
      const id = await f.rectificationItem(code, status);
      await t.database.db
        .update(rectificationItem)
        .set({ domainId: status === 'pending' ? null : domains[(n + status.length) % 2]! })
        .where(eq(rectificationItem.id, id));
      if (status === 'rectifying')
        await t.database.db
          .update(rectificationItem)
          .set({ dueDate: '2026-05-01' })
          .where(eq(rectificationItem.id, id));
    }
  }
}

beforeAll(async () => {
  t = await createTestApp();
  f = new Factories(t);
  campaignId = await f.demoCampaign();
  await seed();
});
afterAll(() => t.close());

/** One session per person for the whole file: signing in again and again meets the rate limit. */
const sessions = new Map<string, Promise<string>>();
function session(username: string): Promise<string> {
  if (!sessions.has(username)) sessions.set(username, t.login(username));
  return sessions.get(username)!;
}

async function summary(cookie: string, query: Record<string, string>) {
  const res = await t.as(cookie, {
    method: 'GET',
    url: `/api/dashboard/summary?${new URLSearchParams(query)}`,
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as DashboardSummary;
}

/**
 * Every counted figure of an answer: the groups' and both sides of each rate. A ranking's figures
 * are ranks, not a list's total (`kind: 'ranking'`): dashboard.module-figures.test.ts checks them
 * against the round's results instead.
 */
const figuresOf = (s: DashboardSummary): DashboardFigure[] =>
  s.groups
    .filter((g) => g.kind !== 'ranking')
    .flatMap((g) => [...g.figures, ...g.rates.flatMap((r) => [r.numerator, r.denominator])]);

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

const value = (s: DashboardSummary, key: string) => figuresOf(s).find((x) => x.key === key)?.value;

describe('the dashboard (领导驾驶舱)', () => {
  it.each([
    ['office', {}],
    ['county.office', {}],
    ['office', { from: '2026-04-01', to: '2026-04-30' }],
    ['county.office', { from: '2026-04-10', to: '2026-05-31' }],
    ['supervisor', {}],
    ['leader', {}],
  ] as const)(
    '%s %j: every figure equals the count of the list it drills down to',
    async (username, period) => {
      const cookie = await t.login(username);
      const s = await summary(cookie, { campaignId, ...period });
      const figures = figuresOf(s);
      expect(figures.length).toBeGreaterThan(10);
      for (const figure of figures) {
        expect(figure.drill.query.campaignId, figure.key).toBe(campaignId);
        expect(figure.value, figure.key).toBe(await listed(cookie, figure));
      }
    },
  );

  it("counts a county office's subtree only, and what the seeded records say", async () => {
    const city = await summary(await t.login('office'), { campaignId });
    const county = await summary(await t.login('county.office'), { campaignId });
    // The county's own rows, counted straight from the tables.
    const countyLeads = await t.database.db
      .select({ id: lead.id })
      .from(lead)
      .where(inArray(lead.unitId, await unitsUnder('K100')));
    expect(value(county, 'leads.total')).toBe(countyLeads.length);
    expect(value(county, 'leads.total')).toBeGreaterThanOrEqual(3 * 8);
    expect(value(city, 'leads.total')!).toBeGreaterThan(value(county, 'leads.total')!);
    // 3 county units × (closed on time 2 of 3), overdue 2 each (due 05-10 and 05-30; 06-01 is today).
    expect(value(county, 'supervision.closedOnTime')).toBeGreaterThanOrEqual(6);
    expect(value(county, 'supervision.closed')).toBeGreaterThanOrEqual(9);
    // Items reminded (by the ladder or a person), not reminders: an item reminded twice counts once.
    const countyReminders = await t.database.db
      .select({ itemId: supervisionReminder.itemId, kind: supervisionReminder.kind })
      .from(supervisionReminder)
      .innerJoin(supervisionItem, eq(supervisionItem.id, supervisionReminder.itemId))
      .where(
        and(
          eq(supervisionItem.campaignId, campaignId),
          inArray(supervisionItem.unitId, await unitsUnder('K100')),
        ),
      );
    const reminded = new Set(countyReminders.map((r) => r.itemId));
    expect(reminded.size).toBeGreaterThanOrEqual(3 * 4);
    expect(value(county, 'supervision.reminded')).toBe(reminded.size);
    // 催办次数: every reminder, the ladder's (3 per unit) and the persons' (3 per unit), the county's only.
    expect(countyReminders.length).toBeGreaterThanOrEqual(3 * 6);
    expect(value(county, 'supervision.reminders')).toBe(countyReminders.length);
    expect(value(county, 'supervision.reminders.ladder')).toBe(
      countyReminders.filter((r) => r.kind === 'ladder').length,
    );
    expect(value(county, 'supervision.reminders.manual')).toBe(
      countyReminders.filter((r) => r.kind === 'manual').length,
    );
    expect(value(city, 'supervision.reminders')!).toBeGreaterThan(value(county, 'supervision.reminders')!);
    // With a period: the reminders of those days (the persons' were today, 2026-06-01).
    const may = await summary(await t.login('county.office'), {
      campaignId,
      from: '2026-05-01',
      to: '2026-05-31',
    });
    expect(value(may, 'supervision.reminders.ladder')).toBe(3 * 2);
    expect(value(may, 'supervision.reminders.manual')).toBe(0);
    const june = await summary(await t.login('county.office'), {
      campaignId,
      from: '2026-06-01',
      to: '2026-06-30',
    });
    expect(value(june, 'supervision.reminders')).toBe(3 * 3);
    expect(value(june, 'supervision.reminders.manual')).toBe(3 * 3);
    const countyLedger = await t.database.db
      .select({ id: rectificationItem.id })
      .from(rectificationItem)
      .where(inArray(rectificationItem.unitId, await unitsUnder('K100')));
    expect(value(county, 'rectification.total')).toBe(countyLedger.length);
    // Month bars cover the period only.
    const april = await summary(await t.login('office'), {
      campaignId,
      from: '2026-04-01',
      to: '2026-04-30',
    });
    const months = april.groups.find((g) => g.key === 'leads.byMonth')!.figures;
    expect(months.map((m) => m.key)).toEqual(['leads.month.2026-04']);
    expect(months[0]!.drill.query).toMatchObject({ receivedFrom: '2026-04-01', receivedTo: '2026-04-30' });
  });

  it('shows only the groups whose records the caller may read, and audits each view', async () => {
    const leader = await t.login('leader');
    const before = (await auditRows(t.database, 'dashboard.viewed', campaignId)).length;
    const s = await summary(leader, { campaignId, from: '2026-05-01' });
    // The leader reads supervision items and the ledger, not the leads (问题线索).
    expect(s.groups.map((g) => g.key)).not.toContain('leads.total');
    expect(s.groups.map((g) => g.key)).toContain('supervision.byColour');
    const rows = await auditRows(t.database, 'dashboard.viewed', campaignId);
    expect(rows.length).toBe(before + 1);
    expect(rows.at(-1)!.after).toMatchObject({ campaignId, from: '2026-05-01', to: null });
    expect(rows.at(-1)!.actorName).toBeTruthy();
  });

  it('refuses a reversed period and bad input with the field named, and callers without the permission', async () => {
    const office = await t.login('office');
    const before = (await auditRows(t.database, 'dashboard.viewed')).length;
    const reversed = await t.as(office, {
      method: 'GET',
      url: `/api/dashboard/summary?campaignId=${campaignId}&from=2026-05-01&to=2026-04-01`,
      headers: { 'accept-language': 'en-US' },
    });
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json().errors[0]).toMatchObject({ path: 'to' });
    expect(reversed.json().errors[0].message).toContain('end of the period');
    const bad = await t.as(office, { method: 'GET', url: '/api/dashboard/summary?campaignId=nope' });
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json().errors)).toContain('campaignId');
    const clerk = await t.login('dept.clerk');
    const refused = await t.as(clerk, {
      method: 'GET',
      url: `/api/dashboard/summary?campaignId=${campaignId}`,
    });
    expect(refused.statusCode).toBe(403);
    expect((await auditRows(t.database, 'dashboard.viewed')).length).toBe(before);
  });
});

describe('the unit view (one unit on the dashboard)', () => {
  it.each([
    ['office', 'C007'],
    ['office', 'K100'],
    ['office', 'K101'],
    ['county.office', 'K100'],
    ['county.office', 'K102'],
    ['leader', 'K101'],
  ] as const)(
    '%s on %s: every figure equals the count of its list, filtered by the unit',
    async (username, code) => {
      const cookie = await session(username);
      const unitId = await f.unitId(code);
      const s = await summary(cookie, { campaignId, unitId });
      expect(s.unit).toMatchObject({ id: unitId });
      const figures = figuresOf(s);
      expect(figures.length).toBeGreaterThan(5);
      for (const figure of figures) {
        expect(figure.drill.query.unitId, figure.key).toBe(unitId);
        expect(figure.value, figure.key).toBe(await listed(cookie, figure));
      }
      // Part of the caller's whole scope (a county's ledger is its subtree's; its supervision items its own).
      const all = await summary(cookie, { campaignId });
      expect(value(s, 'rectification.total')).toBeGreaterThan(0);
      for (const key of ['rectification.total', 'supervision.total'])
        expect(value(s, key)!, key).toBeLessThanOrEqual(value(all, key)!);
      if (code !== 'K100') expect(value(s, 'supervision.total')!).toBeGreaterThan(0);
      expect(value(s, 'supervision.total')!).toBeLessThan(value(all, 'supervision.total')!);
    },
  );

  it("names the unit's place in the tree as far as the caller's dashboard reaches", async () => {
    const city = await summary(await session('office'), { campaignId, unitId: await f.unitId('K101') });
    expect(city.unit!.ancestors.map((a) => a.id)).toEqual([await f.unitId('C000'), await f.unitId('K100')]);
    const county = await summary(await session('county.office'), {
      campaignId,
      unitId: await f.unitId('K101'),
    });
    expect(county.unit!.ancestors.map((a) => a.id)).toEqual([await f.unitId('K100')]);
  });

  it("refuses a unit outside the caller's dashboard scope as not found, and writes no audit event", async () => {
    const county = await session('county.office');
    const before = (await auditRows(t.database, 'dashboard.viewed')).length;
    for (const code of ['C007', 'C000', 'K200']) {
      const res = await t.as(county, {
        method: 'GET',
        url: `/api/dashboard/summary?campaignId=${campaignId}&unitId=${await f.unitId(code)}`,
      });
      expect(res.statusCode, code).toBe(404);
    }
    expect((await auditRows(t.database, 'dashboard.viewed')).length).toBe(before);
    // A unit view is audited with its unit.
    const unitId = await f.unitId('K101');
    await summary(county, { campaignId, unitId });
    const rows = await auditRows(t.database, 'dashboard.viewed', campaignId);
    expect(rows.at(-1)!.after).toMatchObject({ campaignId, unitId });
  });
});

describe('the heat table (sibling units × domains)', () => {
  async function heat(cookie: string, query: Record<string, string>) {
    const res = await t.as(cookie, {
      method: 'GET',
      url: `/api/dashboard/heat?${new URLSearchParams(query)}`,
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as DashboardHeat;
  }

  it.each([
    ['office', {}],
    ['office', { parentUnitId: 'K100' }],
    ['county.office', {}],
    ['leader', {}],
  ] as const)('%s %j: every cell of every measure equals its list', async (username, where) => {
    const cookie = await session(username);
    const parent: Record<string, string> =
      'parentUnitId' in where ? { parentUnitId: await f.unitId(where.parentUnitId) } : {};
    const first = await heat(cookie, { campaignId, ...parent });
    expect(first.measures.length).toBeGreaterThan(0);
    let nonZero = 0;
    for (const measure of first.measures) {
      const h = await heat(cookie, { campaignId, ...parent, measure });
      expect(h.measure).toBe(measure);
      expect(h.domains.length).toBeGreaterThanOrEqual(2);
      expect(h.cells.length).toBe(h.units.length * (h.domains.length + 1));
      for (const cell of h.cells) {
        const label = `${measure} ${cell.unitId} ${cell.domainId}`;
        expect(cell.drill.query, label).toMatchObject({ campaignId, unitId: cell.unitId });
        if (cell.domainId) expect(cell.drill.query.domainId, label).toBe(cell.domainId);
        const figure = { key: label, label: null, value: cell.value, drill: cell.drill };
        expect(cell.value, label).toBe(await listed(cookie, figure));
        if (cell.value > 0) nonZero++;
      }
    }
    expect(nonZero).toBeGreaterThan(0);
  });

  it("shows a county office its own county's units only, and refuses a parent outside its scope", async () => {
    const county = await session('county.office');
    const h = await heat(county, { campaignId, measure: 'rectification.open' });
    expect(h.parent.id).toBe(await f.unitId('K100'));
    const mine = await unitsUnder('K100');
    const ids = h.units.map((u) => u.id);
    expect(ids).toEqual(expect.arrayContaining([await f.unitId('K101'), await f.unitId('K102')]));
    for (const id of ids) expect(mine).toContain(id);
    expect(h.cells.every((c) => ids.includes(c.unitId))).toBe(true);
    // The city office's rows are the units below the city: its departments and the counties.
    const city = await heat(await session('office'), { campaignId });
    expect(city.units.map((u) => u.id)).toEqual(
      expect.arrayContaining([await f.unitId('C007'), await f.unitId('K100'), await f.unitId('K200')]),
    );
    expect(city.units.find((u) => u.id === ids[0])).toBeUndefined();
    // A lead about the county office's own unit is kept from it (回避), in the list and the cell alike.
    const k101 = await f.unitId('K101');
    const about = await f.lead('K101');
    await t.database.db
      .update(lead)
      .set({ concernedUnitIds: [await f.unitId('K100')] })
      .where(eq(lead.id, about));
    const total = (h: DashboardHeat) => h.cells.find((c) => c.unitId === k101 && c.domainId === null)!;
    const countyLeads = total(await heat(county, { campaignId, measure: 'leads.received' }));
    const cityLeads = total(
      await heat(await session('office'), {
        campaignId,
        parentUnitId: await f.unitId('K100'),
        measure: 'leads.received',
      }),
    );
    expect(countyLeads.value).toBe(cityLeads.value - 1);
    expect(countyLeads.value).toBe(await listed(county, { ...countyLeads, key: 'k101', label: null }));
    for (const code of ['C000', 'K200', 'C007']) {
      const res = await t.as(county, {
        method: 'GET',
        url: `/api/dashboard/heat?campaignId=${campaignId}&parentUnitId=${await f.unitId(code)}`,
      });
      expect(res.statusCode, code).toBe(404);
    }
  });

  it('offers only the measures whose records the caller may read, and audits each view', async () => {
    const leader = await session('leader');
    const h = await heat(leader, { campaignId });
    // The leader reads supervision items and the ledger, not the leads (问题线索).
    expect(h.measures).toEqual(expect.arrayContaining(['supervision.overdue', 'rectification.open']));
    expect(h.measures).not.toContain('leads.received');
    const before = (await auditRows(t.database, 'dashboard.heat_viewed', campaignId)).length;
    const refused = await t.as(leader, {
      method: 'GET',
      url: `/api/dashboard/heat?campaignId=${campaignId}&measure=leads.received`,
    });
    expect(refused.statusCode).toBe(403);
    expect((await auditRows(t.database, 'dashboard.heat_viewed', campaignId)).length).toBe(before);
    const office = await session('office');
    const parentUnitId = await f.unitId('K100');
    await heat(office, { campaignId, parentUnitId, measure: 'leads.received', from: '2026-04-01' });
    const rows = await auditRows(t.database, 'dashboard.heat_viewed', campaignId);
    expect(rows.length).toBe(before + 1);
    expect(rows.at(-1)!.after).toMatchObject({
      campaignId,
      parentUnitId,
      measure: 'leads.received',
      from: '2026-04-01',
      to: null,
    });
    expect(rows.at(-1)!.actorName).toBeTruthy();
  });

  it('refuses bad input with the field named, and callers without the permission', async () => {
    const office = await session('office');
    const bad = await t.as(office, {
      method: 'GET',
      url: `/api/dashboard/heat?campaignId=${campaignId}&measure=nope`,
    });
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json().errors)).toContain('measure');
    const reversed = await t.as(office, {
      method: 'GET',
      url: `/api/dashboard/heat?campaignId=${campaignId}&from=2026-05-01&to=2026-04-01`,
      headers: { 'accept-language': 'zh-CN' },
    });
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json().errors[0]).toMatchObject({ path: 'to' });
    expect(reversed.json().errors[0].message).toContain('结束日期');
    const clerk = await session('dept.clerk');
    const refused = await t.as(clerk, { method: 'GET', url: `/api/dashboard/heat?campaignId=${campaignId}` });
    expect(refused.statusCode).toBe(403);
  });
});

/** The ids of a unit's subtree, by its code. */
async function unitsUnder(code: string): Promise<string[]> {
  const { unit } = await import('../../platform/org/org.table');
  const { like } = await import('drizzle-orm');
  const root = await f.unit(code);
  return (
    await t.database.db
      .select({ id: unit.id })
      .from(unit)
      .where(like(unit.path, `${root.path}%`))
  ).map((u) => u.id);
}
