import type { BallotAnswers, BallotLevel, EvaluatorGroup } from '@zeren/contracts';
import { hmacSm3 } from '../../platform/crypto';
import type { DemoRefs } from '../../platform/module';
import { findRootActiveCampaignRef } from '../campaign/campaign.service';
import * as repo from './evaluation.repository';
import { ballotScore } from './evaluation.rules';
import {
  computeResults,
  DEFAULT_CATEGORIES,
  DEFAULT_GROUPS,
  DEFAULT_INDICATORS,
  DEFAULT_MUTUAL_PAIRS,
  tokenDigest,
} from './evaluation.service';

const DEPARTMENTS = ['jyj', 'zrzy', 'wjw', 'scjg', 'cgj', 'jtj', 'zwfw'];
const COUNTIES = ['cg', 'lh', 'qs'];

/** A small deterministic generator (the demo is the same on every install). */
function generator(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1_664_525) + 1_013_904_223) >>> 0;
    return s / 2 ** 32;
  };
}

/** A satisfaction answer leaning to `bias` (0 worst, 1 best). */
function level(random: () => number, bias: number): BallotLevel {
  const x = random() * 0.6 + bias * 0.5;
  if (random() < 0.04) return 'unknown';
  if (x > 0.62) return 'satisfied';
  if (x > 0.38) return 'basically_satisfied';
  return 'dissatisfied';
}

/**
 * 评责 of the demo city: the first half-year's round closed, its results approved and published
 * (city departments and county governments ranked, from invited, mutual and public ballots); the
 * second half-year's round open, with a token for the demo deputy (`deputy`) and printed ones;
 * two published exemplars.
 */
export async function seedDemoEvaluation(refs: DemoRefs): Promise<void> {
  const { tx, now } = refs;
  const campaign = await findRootActiveCampaignRef(tx);
  if (!campaign) return;
  const unit = (key: string) => refs.unitIds.get(key)!;
  const account = (name: string) => refs.accountIds.get(name)!;
  const day = 86_400_000;
  const random = generator(2026);
  const key = (kind: string, id: string) => hmacSm3(Buffer.from('zeren-demo-voters'), `${kind}:${id}`);
  const base = {
    campaignId: campaign.id,
    unitId: unit('city'),
    scale: 'satisfaction' as const,
    levelScores: { satisfied: 100, basically_satisfied: 70, dissatisfied: 30 },
    categories: DEFAULT_CATEGORIES,
    groups: DEFAULT_GROUPS,
    indicators: DEFAULT_INDICATORS,
    mutualPairs: DEFAULT_MUTUAL_PAIRS,
    createdBy: account('office'),
  };
  const targetsOf = async (roundId: string) => {
    await repo.replaceTargets(tx, roundId, [
      ...DEPARTMENTS.map((k) => ({ unitId: unit(k), category: 'city_department' })),
      ...COUNTIES.map((k) => ({ unitId: unit(k), category: 'county_government' })),
    ]);
    return repo.targetsOf(tx, [roundId]);
  };
  // How well each unit is thought of: the ranking the demo shows.
  const standing = new Map<string, number>(
    [...DEPARTMENTS, ...COUNTIES].map((k, i) => [unit(k), 0.95 - ((i * 0.37) % 0.8)]),
  );
  const answersFor = (unitId: string): BallotAnswers =>
    Object.fromEntries(DEFAULT_INDICATORS.map((i) => [i.key, level(random, standing.get(unitId)!)]));

  // ---- the first half-year: closed, approved, published
  const closed = await repo.insertRound(tx, {
    ...base,
    status: 'published',
    title: '2026年上半年作风建设群众评议',
    description: '对市直部门和县（市、区）人民政府上半年履职尽责、作风建设情况开展评议。',
    trimExtremes: true,
    opensAt: new Date(now.getTime() - 60 * day),
    closesAt: new Date(now.getTime() - 40 * day),
    createdAt: new Date(now.getTime() - 70 * day),
    updatedAt: new Date(now.getTime() - 30 * day),
    approvedBy: account('office'),
    approvedAt: new Date(now.getTime() - 35 * day),
    publishedAt: new Date(now.getTime() - 30 * day),
  });
  const closedTargets = await targetsOf(closed.id);
  const ballots: Parameters<typeof repo.insertBallots>[1] = [];
  const ballot = (
    targetId: string,
    unitId: string,
    group: EvaluatorGroup,
    channel: 'token' | 'mutual' | 'public',
    voter: string,
  ) => {
    const answers = answersFor(unitId);
    ballots.push({
      roundId: closed.id,
      targetId,
      group,
      channel,
      voterKey: key(channel, voter),
      answers,
      score: ballotScore(base, answers),
      createdAt: new Date(now.getTime() - (45 + random() * 10) * day),
    });
  };
  for (const t of closedTargets) {
    for (const [group, n] of [
      ['npc_deputy', 6],
      ['cppcc_member', 5],
      ['democratic_party', 3],
      ['worker', 3],
      ['third_party', 3],
    ] as const)
      for (let i = 0; i < n; i += 1) ballot(t.id, t.unitId, group, 'token', `${group}-${i}`);
    for (let i = 0; i < 12; i += 1) ballot(t.id, t.unitId, 'urban_resident', 'public', `urban-${i}`);
    for (let i = 0; i < 6; i += 1) ballot(t.id, t.unitId, 'rural_resident', 'public', `rural-${i}`);
    const scorers = t.category === 'city_department' ? COUNTIES : DEPARTMENTS;
    for (const s of scorers) ballot(t.id, t.unitId, 'mutual', 'mutual', unit(s));
  }
  // In one statement per few hundred rows: the demo loads at every first start.
  for (let i = 0; i < ballots.length; i += 500) await repo.insertBallots(tx, ballots.slice(i, i + 500));
  const results = await computeResults(tx, closed, closedTargets);
  await repo.insertResults(
    tx,
    results.categories.flatMap((c) =>
      c.results.map((r) => ({
        roundId: closed.id,
        targetId: r.targetId,
        unitId: r.unitId,
        category: c.key,
        score: r.score,
        rank: r.rank,
        rankedOf: c.results.filter((x) => x.rank !== null).length,
        detail: r,
        approvedAt: closed.approvedAt!,
      })),
    ),
  );

  // ---- the second half-year: open, a token for the demo deputy and ten printed ones
  const open = await repo.insertRound(tx, {
    ...base,
    status: 'open',
    title: '2026年下半年作风建设群众评议',
    description: '请对各单位下半年的工作作风、办事效率、廉洁自律、服务质量和工作落实情况作出评价。',
    trimExtremes: true,
    opensAt: new Date(now.getTime() - 3 * day),
    closesAt: new Date(now.getTime() + 25 * day),
    createdAt: new Date(now.getTime() - 10 * day),
    updatedAt: new Date(now.getTime() - 3 * day),
  });
  const openTargets = await targetsOf(open.id);
  const tokens = ['deputy', ...Array.from({ length: 10 }, () => null)].map((owner, i) => {
    const token = `demo${String(i + 1).padStart(2, '0')}-${hmacSm3('zeren-demo-tokens', String(i)).slice(0, 24)}`;
    return {
      roundId: open.id,
      group: 'npc_deputy',
      label: `人大代表-${String(i + 1).padStart(3, '0')}`,
      digest: tokenDigest(token),
      sealed: refs.cipher.encrypt(token),
      accountId: owner ? account(owner) : null,
      createdAt: new Date(now.getTime() - 3 * day),
    };
  });
  await repo.insertTokens(tx, tokens);
  await repo.insertBallots(
    tx,
    openTargets.slice(0, 4).flatMap((t) =>
      [0, 1, 2].map((i) => {
        const answers = answersFor(t.unitId);
        return {
          roundId: open.id,
          targetId: t.id,
          group: 'urban_resident',
          channel: 'public' as const,
          voterKey: key('public', `open-${i}`),
          answers,
          score: ballotScore(base, answers),
          createdAt: new Date(now.getTime() - 2 * day),
        };
      }),
    ),
  );

  // ---- exemplars
  await repo.insertExemplar(tx, {
    campaignId: campaign.id,
    unitId: unit('zwfw'),
    kind: 'unit',
    nomineeUnitId: unit('zwfw'),
    nomineeName: '市政务服务和大数据管理局',
    title: '“一窗通办”让群众办事只跑一次',
    citation:
      '该局推行“一窗受理、集成服务”，将企业开办、不动产登记等高频事项纳入综合窗口，平均办理时限由12个工作日压缩至3个工作日，群众满意率达99.2%。',
    status: 'published',
    authorIds: [account('office')],
    reviewedBy: account('supervisor'),
    createdAt: new Date(now.getTime() - 20 * day),
    updatedAt: new Date(now.getTime() - 15 * day),
    publishedAt: new Date(now.getTime() - 15 * day),
  });
  await repo.insertExemplar(tx, {
    campaignId: campaign.id,
    unitId: unit('cg-jy'),
    kind: 'person',
    nomineeUnitId: unit('cg-jy'),
    nomineePersonId: refs.personIds.get('cg-jy-1')!,
    nomineeName: '林春华（城关区教育局）',
    title: '扎根一线解难题的“民生局长”',
    citation:
      '林春华同志带队走访辖区全部42所中小学，建立校舍安全隐患“发现—整改—销号”闭环台账，半年内整改隐患117处，群众反映的入学难问题全部按期办结。',
    status: 'published',
    authorIds: [account('county.inspector')],
    reviewedBy: account('office'),
    createdAt: new Date(now.getTime() - 18 * day),
    updatedAt: new Date(now.getTime() - 12 * day),
    publishedAt: new Date(now.getTime() - 12 * day),
  });
}
