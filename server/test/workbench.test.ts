import { fillPath, ROUTES, type RouteContract } from '@zeren/contracts';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exemptionRequest } from '../src/modules/accountability/accountability.table';
import { spotCheckPlan, spotCheckTarget } from '../src/modules/spot-checks/spot-checks.table';
import { Factories } from './factories';
import { createTestApp, type TestApp } from './harness';

let t: TestApp;
let f: Factories;
beforeAll(async () => {
  t = await createTestApp();
  f = new Factories(t);
});
afterAll(() => t.close());

interface Entry {
  key: string;
  count: number;
  operationId: string;
  query: Record<string, string | number | boolean>;
}

async function workbenchOf(cookie: string): Promise<Entry[]> {
  const res = await t.as(cookie, { method: 'GET', url: '/api/workbench' });
  expect(res.statusCode).toBe(200);
  return res.json().items;
}

/** The list an entry links to, fetched as the same person. */
async function listed(cookie: string, entry: Entry): Promise<number> {
  const route = ROUTES[entry.operationId as keyof typeof ROUTES] as RouteContract;
  const query = new URLSearchParams(
    Object.entries(entry.query).map(([k, v]): [string, string] => [k, String(v)]),
  ).toString();
  const res = await t.as(cookie, {
    method: 'GET',
    url: `${fillPath(route.path)}${query ? `?${query}` : ''}`,
  });
  expect(res.statusCode, `${entry.key}: ${res.body}`).toBe(200);
  // A paged list says how many rows its filter matches; a whole list is its length.
  const body = res.json();
  return typeof body.total === 'number' ? body.total : body.items.length;
}

/** The ids of the records the list an entry links to holds (one page of 200: enough here). */
async function listedIds(cookie: string, entry: Entry): Promise<string[]> {
  const route = ROUTES[entry.operationId as keyof typeof ROUTES] as RouteContract;
  const query = new URLSearchParams({
    ...Object.fromEntries(Object.entries(entry.query).map(([k, v]) => [k, String(v)])),
    limit: '200',
  });
  const res = await t.as(cookie, { method: 'GET', url: `${fillPath(route.path)}?${query}` });
  expect(res.statusCode, `${entry.key}: ${res.body}`).toBe(200);
  return (res.json().items as { id: string }[]).map((item) => item.id);
}

/** One entry of a person's workbench (undefined: not shown to them), its count checked against its list. */
async function entryOf(cookie: string, key: string): Promise<Entry | undefined> {
  const entry = (await workbenchOf(cookie)).find((e) => e.key === key);
  if (entry) expect(entry.count, key).toBe(await listed(cookie, entry));
  return entry;
}

/** A signed-in session of a factory account. */
const sessionOf = async (account: { id: string }) => (await f.session(account.id)).cookie;

const accountId = (username: string) => t.accountId(username);

describe('the workbench (工作台)', () => {
  it.each([
    'office',
    'county.office',
    'dept.clerk',
    'dept.head',
    'county.inspector',
    'inspector',
    'leader',
    'supervisor',
    'supervisor2',
    'secadmin',
  ])('%s: every count equals the list it links to', async (username) => {
    const cookie = await t.login(username);
    for (const entry of await workbenchOf(cookie))
      expect(entry.count, entry.key).toBe(await listed(cookie, entry));
  });

  it('shows each person what waits for them', async () => {
    const office = await t.login('office');
    const clerk = await t.login('dept.clerk');
    const head = await t.login('dept.head');
    const keys = (entries: Entry[]) => Object.fromEntries(entries.map((e) => [e.key, e.count]));
    // The office decides the bureau's request for more time on the task it set.
    expect(keys(await workbenchOf(office))['keyTasks.extensions']).toBe(1);
    // The clerk drafts; the head approves: nothing to approve yet, one after the clerk submits.
    expect(keys(await workbenchOf(clerk))).not.toHaveProperty('duties.toApprove');
    const before = keys(await workbenchOf(head))['duties.toApprove'];
    const items = (await t.as(clerk, { method: 'GET', url: '/api/duty-items?status=draft' })).json().items;
    expect(items.length).toBeGreaterThan(0);
    const submitted = await t.as(clerk, {
      method: 'POST',
      url: `/api/duty-items/${items[0].id}/submit`,
      payload: {},
    });
    expect(submitted.statusCode).toBe(200);
    expect(keys(await workbenchOf(head))['duties.toApprove']).toBe((before ?? 0) + 1);
    // Administrators have no business entries: only their notifications, as everyone.
    expect((await workbenchOf(await t.login('sysadmin'))).map((e) => e.key)).toEqual([
      'notifications.unread',
    ]);
  });
});

describe('容错申请待认定: fault-tolerance requests for a supervisor to decide', () => {
  const KEY = 'accountability.exemptionsToDecide';
  const caseOf = async (requestId: string) =>
    (await t.database.db.select().from(exemptionRequest).where(eq(exemptionRequest.id, requestId)))[0]!
      .caseId;

  it('counts the cases whose pending request the supervisor may decide: not those they handle or asked for', async () => {
    const supervisor = await t.login('supervisor');
    const supervisor2 = await t.login('supervisor2');
    // A third supervisor of the city, a stranger to both requests.
    const third = await sessionOf(
      await f.account('C002', [{ role: 'supervisor', dataScope: 'all', unit: 'C002' }]),
    );
    const before = {
      supervisor2: (await entryOf(supervisor2, KEY))!.count,
      third: (await entryOf(third, KEY))!.count,
    };
    // Handled and asked for by the demo supervisor.
    const handled = await caseOf(await f.exemptionRequest('C002'));
    // Handled by the demo supervisor, asked for by supervisor2.
    const askedFor = await f.exemptionRequest('C002');
    await t.database.db
      .update(exemptionRequest)
      .set({ requestedBy: await accountId('supervisor2') })
      .where(eq(exemptionRequest.id, askedFor));
    const asked = await caseOf(askedFor);

    const entry = (await entryOf(supervisor2, KEY))!;
    expect(entry).toMatchObject({ operationId: 'listCases', query: { exemptionToDecide: 'true' } });
    expect(entry.count).toBe(before.supervisor2 + 1);
    const ids = await listedIds(supervisor2, entry);
    expect(ids).toContain(handled);
    expect(ids).not.toContain(asked);
    // The handler holds the permission (the entry shows) but decides neither.
    const own = await listedIds(supervisor, (await entryOf(supervisor, KEY))!);
    expect(own).not.toContain(handled);
    expect(own).not.toContain(asked);
    // The stranger may decide both.
    expect((await entryOf(third, KEY))!.count).toBe(before.third + 2);
    // And the decision agrees with the count: refused to the handler, given to supervisor2.
    const decide = (cookie: string, id: string) =>
      t.as(cookie, {
        method: 'POST',
        url: `/api/exemption-requests/${id}/decide`,
        payload: { outcome: 'refuse', opinion: '不符合容错情形' },
      });
    const [pending] = await t.database.db
      .select({ id: exemptionRequest.id })
      .from(exemptionRequest)
      .where(eq(exemptionRequest.caseId, handled));
    expect((await decide(supervisor, pending!.id)).json().code).toBe('FOUR_EYES');
    expect((await decide(supervisor2, pending!.id)).statusCode).toBe(200);
    expect((await entryOf(supervisor2, KEY))!.count).toBe(before.supervisor2);
  });

  it('counts within the scope the supervisor decides in, not the wider one they read in', async () => {
    // Reads every case (as the office), decides only in 城关区.
    const county = await sessionOf(
      await f.account('K100', [
        { role: 'supervisor', dataScope: 'unit_tree', unit: 'K100' },
        { role: 'campaign_admin', dataScope: 'all', unit: 'C000' },
      ]),
    );
    const before = (await entryOf(county, KEY))!.count;
    const inCounty = await caseOf(await f.exemptionRequest('K101'));
    const inCity = await caseOf(await f.exemptionRequest('C002'));
    const entry = (await entryOf(county, KEY))!;
    expect(entry.count).toBe(before + 1);
    const ids = await listedIds(county, entry);
    expect(ids).toContain(inCounty);
    expect(ids).not.toContain(inCity);
    // The city's case is on the list it reads, only not among those it may decide.
    const all = await t.as(county, { method: 'GET', url: '/api/cases?limit=200' });
    expect((all.json().items as { id: string }[]).map((c) => c.id)).toContain(inCity);
  });

  it('is not shown to those who do not decide fault tolerance', async () => {
    for (const username of ['office', 'leader', 'dept.head', 'inspector'])
      expect(await entryOf(await t.login(username), KEY), username).toBeUndefined();
  });
});

describe('授权待审批: role grants for the security administrator', () => {
  const KEY = 'roleGrants.toApprove';

  it('counts the pending grants of accounts in the administrator’s scope', async () => {
    const secadmin = await t.login('secadmin');
    const county = await sessionOf(
      await f.account('K100', [{ role: 'security_admin', dataScope: 'unit_tree', unit: 'K100' }]),
    );
    const before = {
      city: (await entryOf(secadmin, KEY))!.count,
      county: (await entryOf(county, KEY))!.count,
    };
    const inCounty = await f.roleGrant('K101');
    const inCity = await f.roleGrant('C007');
    const entry = (await entryOf(secadmin, KEY))!;
    expect(entry).toMatchObject({ operationId: 'listRoleGrants', query: { status: 'pending' } });
    expect(entry.count).toBe(before.city + 2);
    const countyEntry = (await entryOf(county, KEY))!;
    expect(countyEntry.count).toBe(before.county + 1);
    const ids = await listedIds(county, countyEntry);
    expect(ids).toContain(inCounty);
    expect(ids).not.toContain(inCity);
    // A decided grant no longer waits.
    const approved = await t.as(secadmin, {
      method: 'POST',
      url: `/api/role-grants/${inCity}/approve`,
      payload: { opinion: null },
    });
    expect(approved.statusCode, approved.body).toBe(200);
    expect((await entryOf(secadmin, KEY))!.count).toBe(before.city + 1);
  });

  it('is shown only to those who approve grants', async () => {
    for (const username of ['sysadmin', 'auditadmin', 'office', 'supervisor'])
      expect(await entryOf(await t.login(username), KEY), username).toBeUndefined();
  });
});

describe('抽查结果待登记: spot-check results an inspector owes', () => {
  const KEY = 'spotChecks.resultsOwed';

  it('counts the inspector’s own targets of plans in progress without a result, in their scope', async () => {
    const inspector = await t.login('inspector');
    const countyInspector = await t.login('county.inspector');
    const me = await f.personOfAccount(await accountId('inspector'));
    const countyMe = await f.personOfAccount(await accountId('county.inspector'));
    const before = {
      inspector: (await entryOf(inspector, KEY))!.count,
      county: (await entryOf(countyInspector, KEY))!.count,
    };
    const owed = await f.spotCheckTarget('C007', me);
    // Someone else's target, one with its result recorded, one whose plan is completed.
    const others = await f.spotCheckTarget('C007');
    const recorded = await f.spotCheckTarget('C007', me);
    await t.database.db
      .update(spotCheckTarget)
      .set({ outcome: 'no_problem', resultSummary: '未发现问题', checkedOn: '2026-05-30' })
      .where(eq(spotCheckTarget.id, recorded));
    const completed = await f.spotCheckTarget('C007', me);
    const [plan] = await t.database.db
      .select({ planId: spotCheckTarget.planId })
      .from(spotCheckTarget)
      .where(eq(spotCheckTarget.id, completed));
    await t.database.db
      .update(spotCheckPlan)
      .set({ status: 'completed' })
      .where(eq(spotCheckPlan.id, plan!.planId));

    const entry = (await entryOf(inspector, KEY))!;
    expect(entry).toMatchObject({
      operationId: 'listSpotCheckTargets',
      query: { assignedToMe: 'true', open: 'true' },
    });
    expect(entry.count).toBe(before.inspector + 1);
    const ids = await listedIds(inspector, entry);
    expect(ids).toContain(owed);
    for (const id of [others, recorded, completed]) expect(ids).not.toContain(id);

    // The county's inspector, drawn for a target in 城关区 and one outside the county: only the first counts.
    const inCounty = await f.spotCheckTarget('K101', countyMe);
    const outside = await f.spotCheckTarget('C007', countyMe);
    const countyEntry = (await entryOf(countyInspector, KEY))!;
    expect(countyEntry.count).toBe(before.county + 1);
    const countyIds = await listedIds(countyInspector, countyEntry);
    expect(countyIds).toContain(inCounty);
    expect(countyIds).not.toContain(outside);

    // Recording the result takes it off the workbench.
    const result = await t.as(inspector, {
      method: 'PUT',
      url: `/api/spot-checks/targets/${owed}/result`,
      payload: {
        outcome: 'no_problem',
        resultSummary: '抽查办件 10 件，未发现问题。',
        checkedOn: '2026-05-30',
      },
    });
    expect(result.statusCode, result.body).toBe(200);
    expect((await entryOf(inspector, KEY))!.count).toBe(before.inspector);
  });

  it('is shown only to inspectors', async () => {
    for (const username of ['office', 'supervisor', 'dept.head', 'leader'])
      expect(await entryOf(await t.login(username), KEY), username).toBeUndefined();
  });
});
