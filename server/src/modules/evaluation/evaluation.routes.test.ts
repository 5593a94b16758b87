import { BALLOT_CODE } from '@zeren/contracts';
import { and, eq, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { auditCount, auditRows, createTestApp, type TestApp } from '../../../test/harness';
import { exportOf, lastAuditEvent, sheetOf } from '../../../test/list-export-helpers';
import { solveProofOfWork } from '../../../test/proof-of-work';
import { buildApp } from '../../app';
import { verifyAuditChain } from '../../platform/audit/audit.service';
import { auditKeysOf } from '../../platform/audit/audit-keys';
import { unit } from '../../platform/org/org.table';
import { ballot, ballotCode } from './evaluation.table';

let t: TestApp;
let office: string;
let head: string;
let leader: string;
let deputy: string;
let ids: Record<'city' | 'jyj' | 'wjw' | 'zrzy' | 'cg', string>;

/** The rows of db.execute (node-postgres and PGlite both answer `{ rows }`). */
const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;

const unitIdOf = async (code: string) =>
  (await t.database.db.select({ id: unit.id }).from(unit).where(eq(unit.code, code)))[0]!.id;

const START = '2026-06-01T02:00:00Z';

/** Moves the clock and signs everyone in again (a session idles out over days). */
async function at(iso: string) {
  t.clock.set(new Date(iso));
  office = await t.login('office');
  head = await t.login('dept.head');
  leader = await t.login('leader');
  deputy = await t.login('deputy');
}

beforeAll(async () => {
  t = await createTestApp();
  await at(START);
  ids = {
    city: await unitIdOf('C000'),
    jyj: await unitIdOf('C007'),
    zrzy: await unitIdOf('C006'),
    wjw: await unitIdOf('C008'),
    cg: await unitIdOf('K100'),
  };
});
// Each test starts on the first day of the round; sign-ins are kept (the sign-in route is rate limited).
beforeEach(() => t.clock.set(new Date(START)));
afterAll(() => t.close());

const post = (cookie: string, url: string, payload: object = {}) =>
  t.as(cookie, { method: 'POST', url, payload });
const get = (cookie: string, url: string) => t.as(cookie, { method: 'GET', url });
let ipSeq = 0;
const nextIp = () => {
  ipSeq += 1;
  return `198.18.${ipSeq}.${(ipSeq % 200) + 1}`;
};
const portalPost = (url: string, payload: object, remoteAddress = nextIp()) =>
  t.app.inject({ method: 'POST', url, payload, remoteAddress });

const TWO_GROUPS = [
  { group: 'npc_deputy', name: '人大代表', weight: 60, channel: 'token' },
  { group: 'urban_resident', name: '城镇居民', weight: 40, channel: 'public' },
];

/** A round of the office's with two indicators, opening now and closing in nine days. */
async function prepare(overrides: object = {}) {
  const res = await post(office, '/api/evaluation-rounds', {
    unitId: ids.city,
    title: '作风建设评议（测试）',
    opensAt: '2026-06-01T00:00:00+08:00',
    closesAt: '2026-06-10T00:00:00+08:00',
    trimExtremes: true,
    categories: [
      { key: 'city_department', name: '市直部门' },
      { key: 'county_government', name: '县级政府' },
    ],
    groups: TWO_GROUPS,
    indicators: [
      { key: 'conduct', name: '工作作风' },
      { key: 'service', name: '服务质量' },
    ],
    targets: [
      { unitId: ids.jyj, category: 'city_department' },
      { unitId: ids.wjw, category: 'city_department' },
      { unitId: ids.cg, category: 'county_government' },
    ],
    ...overrides,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as {
    id: string;
    status: string;
    targets: { id: string; unitId: string; category: string }[];
    ballotCount: number | null;
  };
}

async function opened(overrides: object = {}) {
  const r = await prepare(overrides);
  const res = await post(office, `/api/evaluation-rounds/${r.id}/open`);
  expect(res.statusCode, res.body).toBe(200);
  const target = (unitId: string) => r.targets.find((x) => x.unitId === unitId)!.id;
  return { ...r, target };
}

async function tokens(roundId: string, count: number) {
  const res = await post(office, `/api/evaluation-rounds/${roundId}/tokens`, { group: 'npc_deputy', count });
  expect(res.statusCode, res.body).toBe(201);
  expect(res.headers['cache-control']).toBe('no-store');
  return (res.json().items as { token: string }[]).map((x) => x.token);
}

const tokenBallot = (token: string, targetId: string, answers: object) =>
  portalPost('/api/portal/evaluation-tokens/ballots', { token, targetId, answers });

/** A citizen's whole path: proof of work, the SMS code, the ballot. */
async function publicBallot(roundId: string, phone: string, targetId: string, answers: object) {
  const ip = nextIp();
  const challenge = (
    await t.app.inject({ method: 'GET', url: '/api/portal/altcha-challenge', remoteAddress: ip })
  ).json();
  if (t.sms.lastCode(phone) === undefined || !sentFor.has(`${roundId}:${phone}`)) {
    const sent = await portalPost(
      `/api/portal/evaluation-rounds/${roundId}/phone-code`,
      { phone, altcha: await solveProofOfWork(challenge) },
      ip,
    );
    expect(sent.statusCode, sent.body).toBe(200);
    sentFor.add(`${roundId}:${phone}`);
  }
  return portalPost(
    `/api/portal/evaluation-rounds/${roundId}/ballots`,
    { phone, code: t.sms.lastCode(phone), group: 'urban_resident', targetId, answers },
    ip,
  );
}
const sentFor = new Set<string>();

describe('evaluation rounds', () => {
  it('refuse weights that do not sum to 100 %, naming the field, and store nothing', async () => {
    const before = (await get(office, '/api/evaluation-rounds')).json().total as number;
    const res = await post(office, '/api/evaluation-rounds', {
      unitId: ids.city,
      title: '权重有误',
      opensAt: '2026-06-01T00:00:00+08:00',
      closesAt: '2026-06-10T00:00:00+08:00',
      groups: [
        { group: 'npc_deputy', name: '人大代表', weight: 60, channel: 'token' },
        { group: 'urban_resident', name: '城镇居民', weight: 30, channel: 'public' },
      ],
      categories: [{ key: 'city_department', name: '市直部门' }],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toContainEqual(expect.objectContaining({ path: 'groups' }));
    expect(res.json().errors[0].message).toContain('90%');
    expect((await get(office, '/api/evaluation-rounds')).json().total).toBe(before);
  });

  it('open with their audit events and history; live counts are hidden from readers who do not run them', async () => {
    const r = await opened();
    const history = (await get(office, `/api/history/evaluation_round/${r.id}`)).json().items as {
      action: string;
    }[];
    expect(history.map((h) => h.action)).toEqual(['evaluation_round.opened', 'evaluation_round.created']);
    expect((await get(office, `/api/evaluation-rounds/${r.id}`)).json().ballotCount).toBe(0);
    expect((await get(leader, `/api/evaluation-rounds/${r.id}`)).json().ballotCount).toBeNull();
    // The organiser is the city: a department's leader does not read the round at all.
    expect((await get(head, `/api/evaluation-rounds/${r.id}`)).statusCode).toBe(404);
  });
});

describe('ballots', () => {
  it('a token scores each target once; a second attempt is 409 and changes nothing', async () => {
    const r = await opened();
    const [token] = await tokens(r.id, 1);
    const answers = { conduct: 'satisfied', service: 'basically_satisfied' };
    const first = await tokenBallot(token!, r.target(ids.jyj), answers);
    expect(first.statusCode, first.body).toBe(201);
    expect(first.headers['cache-control']).toBe('no-store');
    const again = await tokenBallot(token!, r.target(ids.jyj), {
      conduct: 'dissatisfied',
      service: 'dissatisfied',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('BALLOT_ALREADY_CAST');
    expect((await tokenBallot(token!, r.target(ids.wjw), answers)).statusCode).toBe(201);
    const rows = await t.database.db.select().from(ballot).where(eq(ballot.roundId, r.id));
    expect(rows).toHaveLength(2);
    expect(rows.find((b) => b.targetId === r.target(ids.jyj))!.score).toBe(85);
    const lookup = await portalPost('/api/portal/evaluation-tokens/lookup', { token });
    expect(lookup.json().votedTargetIds.sort()).toEqual([r.target(ids.jyj), r.target(ids.wjw)].sort());
    const [cast] = await auditRows(t.database, 'ballot.cast', rows[0]!.id);
    expect(cast).toMatchObject({ actorId: null, ip: null });
  });

  it("an invited evaluator's account casts in the staff app with its token, once per target", async () => {
    const r = await opened();
    const deputyId = (await get(deputy, '/api/me')).json().user.id as string;
    const issued = await post(office, `/api/evaluation-rounds/${r.id}/tokens`, {
      group: 'npc_deputy',
      accountIds: [deputyId],
    });
    expect(issued.statusCode, issued.body).toBe(201);
    const mine = (await get(deputy, '/api/my-ballots')).json().items as {
      roundId: string;
      targets: unknown[];
    }[];
    expect(mine.find((m) => m.roundId === r.id)!.targets).toHaveLength(3);
    const answers = { conduct: 'satisfied', service: 'satisfied' };
    expect(
      (await post(deputy, `/api/evaluation-rounds/${r.id}/ballots`, { targetId: r.target(ids.cg), answers }))
        .statusCode,
    ).toBe(201);
    expect(
      (await post(deputy, `/api/evaluation-rounds/${r.id}/ballots`, { targetId: r.target(ids.cg), answers }))
        .statusCode,
    ).toBe(409);
    const after = (await get(deputy, '/api/my-ballots')).json().items as {
      roundId: string;
      targets: { targetId: string; voted: boolean }[];
    }[];
    expect(
      after
        .find((m) => m.roundId === r.id)!
        .targets.filter((x) => x.voted)
        .map((x) => x.targetId),
    ).toEqual([r.target(ids.cg)]);
  });

  it('in mutual evaluation a unit scores the paired category once, never itself nor an unpaired one', async () => {
    const r = await opened({
      groups: [
        { group: 'npc_deputy', name: '人大代表', weight: 50, channel: 'token' },
        { group: 'mutual', name: '互评', weight: 50, channel: 'mutual' },
      ],
      mutualPairs: [{ from: 'city_department', to: 'county_government' }],
    });
    const answers = { conduct: 'satisfied', service: 'dissatisfied' };
    const self = await post(head, `/api/evaluation-rounds/${r.id}/ballots`, {
      targetId: r.target(ids.jyj),
      answers,
    });
    expect(self.statusCode).toBe(403);
    expect(self.json().code).toBe('BALLOT_SELF_EVALUATION');
    const sibling = await post(head, `/api/evaluation-rounds/${r.id}/ballots`, {
      targetId: r.target(ids.wjw),
      answers,
    });
    expect(sibling.statusCode).toBe(403);
    const county = await post(head, `/api/evaluation-rounds/${r.id}/ballots`, {
      targetId: r.target(ids.cg),
      answers,
    });
    expect(county.statusCode, county.body).toBe(201);
    expect(
      (await post(head, `/api/evaluation-rounds/${r.id}/ballots`, { targetId: r.target(ids.cg), answers }))
        .statusCode,
    ).toBe(409);
    const rows = await t.database.db.select().from(ballot).where(eq(ballot.roundId, r.id));
    expect(rows).toMatchObject([
      { group: 'mutual', channel: 'mutual', targetId: r.target(ids.cg), score: 65 },
    ]);
  });

  it('the public votes once per number and target; the number is nowhere in the database in clear', async () => {
    const r = await opened();
    const phone = '13912345678';
    const answers = { conduct: 'satisfied', service: 'satisfied' };
    const first = await publicBallot(r.id, phone, r.target(ids.jyj), answers);
    expect(first.statusCode, first.body).toBe(201);
    const second = await publicBallot(r.id, phone, r.target(ids.jyj), answers);
    expect(second.statusCode).toBe(409);
    expect((await publicBallot(r.id, phone, r.target(ids.wjw), answers)).statusCode).toBe(201);
    // A wrong code is refused and counts as a try.
    const wrong = await portalPost(`/api/portal/evaluation-rounds/${r.id}/ballots`, {
      phone,
      code: t.sms.lastCode(phone) === '000000' ? '111111' : '000000',
      group: 'urban_resident',
      targetId: r.target(ids.cg),
      answers,
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().code).toBe('BALLOT_CODE_INVALID');
    // The dump: every row of every table, as text.
    const tables = rowsOf<{ name: string }>(
      await t.database.db.execute(
        sql`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`,
      ),
    );
    for (const { name } of tables) {
      const found = rowsOf<{ n: number }>(
        await t.database.db.execute(
          sql`select count(*)::int as n from ${sql.identifier(name)} x where x::text like ${`%${phone}%`}`,
        ),
      );
      expect(Number(found[0]!.n), `table ${name} holds the number`).toBe(0);
    }
  });

  it('refuses ballots outside the open window and before the round opens', async () => {
    const draft = await prepare();
    const [token] = await (async () => {
      const res = await post(office, `/api/evaluation-rounds/${draft.id}/tokens`, {
        group: 'npc_deputy',
        count: 1,
      });
      return (res.json().items as { token: string }[]).map((x) => x.token);
    })();
    const answers = { conduct: 'satisfied', service: 'satisfied' };
    expect((await tokenBallot(token!, draft.targets[0]!.id, answers)).statusCode).toBe(404);
    const r = await opened({ opensAt: '2026-06-03T00:00:00+08:00' });
    const [early] = await tokens(r.id, 1);
    const before = await tokenBallot(early!, r.target(ids.jyj), answers);
    expect(before.statusCode).toBe(409);
    expect(before.json().code).toBe('EVALUATION_NOT_OPEN');
    await at('2026-06-10T01:00:00Z');
    const after = await tokenBallot(early!, r.target(ids.jyj), answers);
    expect(after.statusCode).toBe(409);
    expect(after.json().code).toBe('EVALUATION_NOT_OPEN');
    expect(await t.database.db.select().from(ballot).where(eq(ballot.roundId, r.id))).toHaveLength(0);
    await at(START);
  });
});

describe('results', () => {
  it('weigh the groups and trim each group’s highest and lowest, as computed by hand', async () => {
    const r = await opened();
    const jyj = r.target(ids.jyj);
    const ts = await tokens(r.id, 5);
    // 人大代表 (60 %), four ballots: 100, 85, 50, 30 → trimmed to 85 and 50 → 67.5.
    for (const [i, answers] of [
      { conduct: 'satisfied', service: 'satisfied' },
      { conduct: 'satisfied', service: 'basically_satisfied' },
      { conduct: 'basically_satisfied', service: 'dissatisfied' },
      { conduct: 'dissatisfied', service: 'dissatisfied' },
    ].entries())
      expect((await tokenBallot(ts[i]!, jyj, answers)).statusCode).toBe(201);
    // 城镇居民 (40 %), two ballots (too few to trim): 100 (service 不了解) and 70 → 85; a third all 不了解: invalid.
    expect(
      (await publicBallot(r.id, '13700000001', jyj, { conduct: 'satisfied', service: 'unknown' })).statusCode,
    ).toBe(201);
    expect(
      (
        await publicBallot(r.id, '13700000002', jyj, {
          conduct: 'basically_satisfied',
          service: 'basically_satisfied',
        })
      ).statusCode,
    ).toBe(201);
    expect(
      (await publicBallot(r.id, '13700000003', jyj, { conduct: 'unknown', service: 'unknown' })).statusCode,
    ).toBe(201);
    // 市卫生健康委: one ballot of 100 from 人大代表 only → 100 (the weight of a group without ballots is shared).
    expect(
      (await tokenBallot(ts[4]!, r.target(ids.wjw), { conduct: 'satisfied', service: 'satisfied' }))
        .statusCode,
    ).toBe(201);

    const res = await get(office, `/api/evaluation-rounds/${r.id}/results`);
    expect(res.statusCode, res.body).toBe(200);
    const departments = res.json().categories.find((c: { key: string }) => c.key === 'city_department');
    const [first, second] = departments.results;
    expect(first).toMatchObject({ unitId: ids.wjw, score: 100, rank: 1 });
    expect(second).toMatchObject({
      unitId: ids.jyj,
      // (60 × 67.5 + 40 × 85) / 100
      score: 74.5,
      rank: 2,
      groups: [
        { group: 'npc_deputy', weight: 60, score: 67.5, counted: 2 },
        { group: 'urban_resident', weight: 40, score: 85, counted: 2 },
      ],
      // 作风: (60 × 85 + 40 × 85) / 100; 服务: (60 × 50 + 40 × 70) / 100
      indicators: [
        { key: 'conduct', score: 85 },
        { key: 'service', score: 58 },
      ],
      ballots: { total: 7, valid: 6, invalid: 1, pending: 0, trimmed: 2 },
    });
    expect(departments.top).toEqual(['市卫生健康委', '市教育局']);
  });

  it('count a flagged ballot only once it is reviewed, and cannot be approved while one waits', async () => {
    const r = await opened();
    const jyj = r.target(ids.jyj);
    const same = { conduct: 'satisfied', service: 'satisfied' };
    // The fifth identical public ballot in a row is flagged.
    for (let i = 1; i <= 5; i += 1)
      expect((await publicBallot(r.id, `1360000000${i}`, jyj, same)).statusCode).toBe(201);
    const flagged = (await get(office, `/api/evaluation-rounds/${r.id}/ballots?review=pending`)).json();
    expect(flagged.items).toHaveLength(1);
    expect(flagged.items[0].flags).toEqual(['identical']);
    // The review list exports as the office sees it, never who voted; audited with the round.
    const file = await exportOf(t, office, `/api/evaluation-rounds/${r.id}/ballots`, { review: 'pending' });
    expect(file.statusCode, file.body).toBe(200);
    const sheet = await sheetOf(file.rawPayload);
    expect(sheet.rows).toHaveLength(1);
    expect(sheet.rows[0]!.slice(0, 3)).toEqual(['市教育局', '城镇居民代表', '群众评议（公开平台）']);
    expect(sheet.rows[0]!.slice(4, 6)).toEqual(['连续相同选票', '待复核']);
    expect(JSON.stringify(sheet.rows)).not.toContain('1360000000');
    const exported = await lastAuditEvent(t, 'ballot.exported');
    expect(exported?.after).toMatchObject({
      operation: 'listBallots',
      filters: { id: r.id, review: 'pending' },
      count: 1,
    });
    const all = await exportOf(t, office, `/api/evaluation-rounds/${r.id}/ballots`, {});
    expect((await sheetOf(all.rawPayload)).rows).toHaveLength(5);
    expect((await exportOf(t, head, `/api/evaluation-rounds/${r.id}/ballots`, {})).statusCode).toBe(403);
    const counted = async () =>
      (await get(office, `/api/evaluation-rounds/${r.id}/results`))
        .json()
        .categories[0].results.find((x: { unitId: string }) => x.unitId === ids.jyj).ballots;
    expect(await counted()).toMatchObject({ total: 5, valid: 4, pending: 1 });
    expect((await post(office, `/api/evaluation-rounds/${r.id}/close`)).statusCode).toBe(200);
    const blocked = await post(office, `/api/evaluation-rounds/${r.id}/approve`, {});
    expect(blocked.statusCode).toBe(409);
    expect(blocked.json().code).toBe('EVALUATION_FLAGS_PENDING');
    const reviewed = await post(office, `/api/evaluation-rounds/${r.id}/ballots/review`, {
      ballotIds: [flagged.items[0].id],
      decision: 'accept',
      note: '经核实为不同居民',
    });
    expect(reviewed.json()).toEqual({ reviewed: 1 });
    expect(await counted()).toMatchObject({ total: 5, valid: 5, pending: 0 });
    const [event] = await auditRows(t.database, 'ballot.accepted', flagged.items[0].id);
    expect(event!.after).toMatchObject({ status: 'accepted', note: '经核实为不同居民' });
    expect((await post(office, `/api/evaluation-rounds/${r.id}/approve`, {})).statusCode).toBe(200);
  });

  it('cast at the same moment, public ballots are judged and refused exactly as one by one, each with its audit event', async () => {
    const r = await opened();
    const jyj = r.target(ids.jyj);
    const same = { conduct: 'satisfied', service: 'satisfied' };
    const phones = Array.from({ length: 12 }, (_, i) => `1351000${String(i).padStart(4, '0')}`);
    // The codes first, one by one (each behind its own proof of work).
    for (const phone of phones) {
      const ip = nextIp();
      const challenge = (
        await t.app.inject({ method: 'GET', url: '/api/portal/altcha-challenge', remoteAddress: ip })
      ).json();
      const sent = await portalPost(
        `/api/portal/evaluation-rounds/${r.id}/phone-code`,
        { phone, altcha: await solveProofOfWork(challenge) },
        ip,
      );
      expect(sent.statusCode, sent.body).toBe(200);
    }
    const cast = (phone: string) =>
      portalPost(`/api/portal/evaluation-rounds/${r.id}/ballots`, {
        phone,
        code: t.sms.lastCode(phone),
        group: 'urban_resident',
        targetId: jyj,
        answers: same,
      });
    // Then every ballot at once, the first citizen's twice: batches overlap on the server.
    const answers = await Promise.all([...phones, phones[0]!].map(cast));
    const codes = answers.map((a) => a.statusCode);
    expect(codes.filter((c) => c === 201)).toHaveLength(12);
    expect(codes.filter((c) => c === 409)).toHaveLength(1);
    const stored = await t.database.db.select().from(ballot).where(eq(ballot.roundId, r.id));
    expect(stored).toHaveLength(12);
    // Twelve identical ballots in a row: from the fifth on, each waits for review.
    expect(stored.filter((b) => (b.flags as string[]).includes('identical'))).toHaveLength(8);
    for (const b of stored) expect(await auditRows(t.database, 'ballot.cast', b.id)).toHaveLength(1);
    expect(await verifyAuditChain(t.database.db, auditKeysOf(t.config))).toMatchObject({ ok: true });
  });

  it('flag a burst: with 30 public ballots for a target in the last ten minutes, the next waits for review', async () => {
    const r = await opened();
    const wjw = r.target(ids.wjw);
    // Earlier ballots of other citizens, straight into the table (30 citizens' codes would cost a minute).
    const earlier = (n: number, minutesAgo: number) =>
      t.database.db.insert(ballot).values(
        Array.from({ length: n }, (_, i) => ({
          roundId: r.id,
          targetId: wjw,
          group: 'urban_resident' as const,
          channel: 'public' as const,
          voterKey: `burst-${minutesAgo}-${i}`,
          answers: { conduct: 'satisfied', service: 'basically_satisfied' } as const,
          score: 90,
          flags: [],
          createdAt: new Date(new Date(START).getTime() - minutesAgo * 60_000),
        })),
      );
    const flagsOf = async () =>
      (
        (await get(office, `/api/evaluation-rounds/${r.id}/ballots?review=pending`)).json().items as {
          targetId: string;
          flags: string[];
        }[]
      ).filter((b) => b.targetId === wjw);
    await earlier(29, 5);
    await earlier(40, 11); // outside the window: not counted
    const answers = (i: number) => ({ conduct: i % 2 ? 'satisfied' : 'dissatisfied', service: 'satisfied' });
    expect((await publicBallot(r.id, '13700000031', wjw, answers(1))).statusCode).toBe(201);
    expect(await flagsOf()).toEqual([]);
    expect((await publicBallot(r.id, '13700000032', wjw, answers(2))).statusCode).toBe(201);
    expect((await flagsOf()).map((b) => b.flags)).toEqual([['burst']]);
  });

  it('are hidden from readers before the round closes, and public only once approved and published', async () => {
    const r = await opened();
    const [token] = await tokens(r.id, 1);
    await tokenBallot(token!, r.target(ids.jyj), { conduct: 'satisfied', service: 'satisfied' });
    const hidden = await get(leader, `/api/evaluation-rounds/${r.id}/results`);
    expect(hidden.statusCode).toBe(403);
    expect(hidden.json().code).toBe('EVALUATION_RESULTS_HIDDEN');
    expect((await get(head, `/api/evaluation-rounds/${r.id}/results`)).statusCode).toBe(404);
    const record = async () =>
      (await get(head, `/api/conduct-assessments?unitId=${ids.jyj}`))
        .json()
        .items.filter((x: { roundId: string }) => x.roundId === r.id);
    expect(await record()).toEqual([]);
    const portalRound = () => t.app.inject({ method: 'GET', url: `/api/portal/evaluation-rounds/${r.id}` });
    // Open, with no public group? This round has one: the portal shows the form, never a count.
    expect((await portalRound()).json().results).toBeNull();

    expect((await post(office, `/api/evaluation-rounds/${r.id}/close`)).statusCode).toBe(200);
    expect((await get(leader, `/api/evaluation-rounds/${r.id}/results`)).statusCode).toBe(200);
    expect((await portalRound()).statusCode).toBe(404);
    expect(
      (await post(office, `/api/evaluation-rounds/${r.id}/approve`, { opinion: '同意' })).statusCode,
    ).toBe(200);
    expect((await portalRound()).statusCode).toBe(404);
    expect(await record()).toMatchObject([{ score: 100, rank: 1, rankedOf: 1, published: false }]);
    expect((await post(office, `/api/evaluation-rounds/${r.id}/publish`)).statusCode).toBe(200);
    const published = (await portalRound()).json();
    expect(published.results[0].results[0]).toMatchObject({ unitName: '市教育局', score: 100, rank: 1 });
    const xlsx = await get(office, `/api/evaluation-rounds/${r.id}/results.xlsx`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const docx = await get(office, `/api/evaluation-rounds/${r.id}/results.docx`);
    expect(docx.statusCode).toBe(200);
    expect(await auditRows(t.database, 'evaluation_round.results_exported', r.id)).toHaveLength(2);
  });
});

describe("public ballots planned from the intake's memory", () => {
  // A second instance on the same database: its own memory, nothing shared but the database.
  let second: FastifyInstance;
  beforeAll(async () => {
    second = await buildApp({
      config: t.config,
      database: t.database,
      clock: t.clock,
      sms: t.sms,
      logger: false,
      jobs: false,
    });
    await second.ready();
  });
  afterAll(() => second.close());

  const same = { conduct: 'satisfied', service: 'satisfied' };
  /** A code for the number, asked of `app` (behind its proof of work). */
  async function codeVia(app: FastifyInstance, roundId: string, phone: string) {
    const ip = nextIp();
    const challenge = (
      await app.inject({ method: 'GET', url: '/api/portal/altcha-challenge', remoteAddress: ip })
    ).json();
    const sent = await app.inject({
      method: 'POST',
      url: `/api/portal/evaluation-rounds/${roundId}/phone-code`,
      payload: { phone, altcha: await solveProofOfWork(challenge) },
      remoteAddress: ip,
    });
    expect(sent.statusCode, sent.body).toBe(200);
  }
  /**
   * A ballot sent to `app`, with the number's last code unless told, from 203.0.113.7 unless told
   * (one network: 203.0.113.0/24).
   */
  const castVia = (
    app: FastifyInstance,
    roundId: string,
    phone: string,
    targetId: string,
    { ip = '203.0.113.7', code = t.sms.lastCode(phone) }: { ip?: string; code?: string } = {},
  ) =>
    app.inject({
      method: 'POST',
      url: `/api/portal/evaluation-rounds/${roundId}/ballots`,
      payload: { phone, code, group: 'urban_resident', targetId, answers: same },
      remoteAddress: ip,
    });
  /** The flags of a round's ballots (of one target), oldest first. */
  const flagsOf = async (roundId: string, targetId?: string) =>
    (
      await t.database.db
        .select()
        .from(ballot)
        .where(and(eq(ballot.roundId, roundId), targetId ? eq(ballot.targetId, targetId) : undefined))
        .orderBy(ballot.createdAt, ballot.id)
    ).map((b) => b.flags);

  /**
   * An open round this instance's memory holds (a ballot of `first` for jyj from 203.0.113.0/24:
   * the round, the target and the network), and a code sent here to `phone`.
   */
  async function remembered(first: string, phone: string) {
    const r = await opened();
    const jyj = r.target(ids.jyj);
    await codeVia(t.app, r.id, first);
    expect((await castVia(t.app, r.id, first, jyj)).statusCode).toBe(201);
    await codeVia(t.app, r.id, phone);
    return { r, jyj, phone };
  }

  it('are judged across batches exactly as from a read, and another instance’s ballots are read before the next', async () => {
    const r = await opened();
    const [jyj, wjw] = [r.target(ids.jyj), r.target(ids.wjw)];
    const phones = Array.from({ length: 7 }, (_, i) => `1361000${String(i).padStart(4, '0')}`);
    for (const phone of phones) await codeVia(t.app, r.id, phone);
    const cast = async (app: FastifyInstance, phone: string, targetId: string) => {
      t.clock.advance(1000);
      expect((await castVia(app, r.id, phone, targetId)).statusCode).toBe(201);
    };
    // One at a time, each its own batch: the first reads, the next ones are planned from memory.
    for (const phone of phones.slice(0, 3)) await cast(t.app, phone, jyj);
    await cast(t.app, phones[0]!, wjw);
    // The fourth identical ballot for jyj comes through the other instance: this one's memory of
    // jyj no longer holds, though its next batch (wjw) reads only what it needs itself.
    await cast(second, phones[3]!, jyj);
    await cast(t.app, phones[1]!, wjw);
    for (const phone of phones.slice(4)) await cast(t.app, phone, jyj);
    // From the fifth identical ballot in a row on, each waits for review.
    expect(await flagsOf(r.id, jyj)).toEqual([[], [], [], [], ['identical'], ['identical'], ['identical']]);
    expect(await flagsOf(r.id, wjw)).toEqual([[], []]);
    expect(await verifyAuditChain(t.database.db, auditKeysOf(t.config))).toMatchObject({ ok: true });
  });

  it('a code sent by another instance is checked against the database, not the code remembered', async () => {
    const { r, jyj, phone } = await remembered('13610001000', '13610001001');
    const first = t.sms.lastCode(phone);
    // A minute on, the citizen asks again, of the other instance: only its new code counts.
    t.clock.advance(61_000);
    await codeVia(second, r.id, phone);
    expect(t.sms.lastCode(phone)).not.toBe(first);
    expect((await castVia(t.app, r.id, phone, jyj)).statusCode).toBe(201);
    const stale = await castVia(t.app, r.id, phone, r.target(ids.wjw), { ip: '203.0.113.9', code: first });
    expect(stale.statusCode).toBe(400);
    expect(stale.json().code).toBe('BALLOT_CODE_INVALID');
    expect(await flagsOf(r.id)).toHaveLength(2);
  });

  it('wrong codes planned from memory count their tries as from a read: after five, the right code is refused', async () => {
    const { r, jyj, phone } = await remembered('13610003000', '13610003001');
    const right = t.sms.lastCode(phone)!;
    const wrongCode = right === '000000' ? '111111' : '000000';
    const attempt = (code: string) => castVia(t.app, r.id, phone, jyj, { ip: '203.0.113.8', code });
    const tries = async () =>
      (await t.database.db.select().from(ballotCode).where(eq(ballotCode.roundId, r.id))).map(
        (c) => c.attempts,
      );
    for (let i = 1; i <= BALLOT_CODE.maxAttempts; i++) {
      const res = await attempt(wrongCode);
      expect(res.statusCode).toBe(400);
      expect(res.json().code).toBe('BALLOT_CODE_INVALID');
      expect((await tries()).sort()).toEqual([0, i]);
    }
    expect((await attempt(right)).json().code).toBe('BALLOT_CODE_INVALID');
    expect(await flagsOf(r.id)).toHaveLength(1);
  });

  it('a number that voted through another instance is refused 409 here, though this memory never saw it', async () => {
    const r = await opened();
    const jyj = r.target(ids.jyj);
    const phone = '13610002000';
    await codeVia(t.app, r.id, phone);
    await codeVia(t.app, r.id, '13610002001');
    await codeVia(t.app, r.id, '13610002002');
    expect((await castVia(t.app, r.id, '13610002001', jyj)).statusCode).toBe(201);
    expect((await castVia(second, r.id, phone, jyj)).statusCode).toBe(201);
    // This instance reads again (the head moved) and remembers on from there, without that ballot.
    expect((await castVia(t.app, r.id, '13610002002', jyj)).statusCode).toBe(201);
    const before = await auditCount(t.database);
    const again = await castVia(t.app, r.id, phone, jyj);
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('BALLOT_ALREADY_CAST');
    expect(await flagsOf(r.id)).toHaveLength(3);
    expect(await auditCount(t.database)).toBe(before);
    // And it goes on: the next ballot is received.
    expect((await castVia(t.app, r.id, phone, r.target(ids.wjw))).statusCode).toBe(201);
    expect(await verifyAuditChain(t.database.db, auditKeysOf(t.config))).toMatchObject({ ok: true });
  });
});

describe('exemplars', () => {
  it('are nominated, reviewed by someone else and published on the portal', async () => {
    const clerk = await t.login('dept.clerk');
    const nominated = await post(clerk, '/api/exemplars', {
      unitId: ids.jyj,
      kind: 'unit',
      nomineeUnitId: ids.jyj,
      title: '校外培训治理见实效',
      citation: '联合执法三轮，查处违规机构12家。',
    });
    expect(nominated.statusCode, nominated.body).toBe(201);
    const id = nominated.json().id as string;
    const outside = await post(clerk, '/api/exemplars', {
      unitId: ids.jyj,
      kind: 'unit',
      nomineeUnitId: ids.wjw,
      title: '越权推荐',
      citation: '不是本单位',
    });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().errors[0].path).toBe('nomineeUnitId');
    expect((await post(office, `/api/exemplars/${id}/approve`, {})).statusCode).toBe(200);
    expect((await post(office, `/api/exemplars/${id}/publish`)).statusCode).toBe(200);
    const list = (await t.app.inject({ method: 'GET', url: '/api/portal/exemplars?limit=100' })).json();
    expect(list.items.map((e: { title: string }) => e.title)).toContain('校外培训治理见实效');
    const own = await post(office, '/api/exemplars', {
      unitId: ids.city,
      kind: 'unit',
      nomineeUnitId: ids.zrzy,
      title: '自荐自审',
      citation: '四眼原则',
    });
    const refused = await post(office, `/api/exemplars/${own.json().id}/approve`, {});
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('EXEMPLAR_FOUR_EYES');
  });
});
