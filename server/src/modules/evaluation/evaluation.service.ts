import { randomBytes } from 'node:crypto';
import {
  type ConductAssessment,
  type CreateEvaluationRoundInput,
  type DashboardGroup,
  DEFAULT_LEVEL_SCORES,
  EVALUATION_ROUND_WORKFLOW,
  type EvaluationResult,
  type EvaluationResults,
  type EvaluationRound,
  type EvaluationRoundAction,
  type EvaluationRoundListQuery,
  type EvaluationToken,
  type EvaluatorGroupConfig,
  type IssueTokensInput,
  type Page,
  type UpdateEvaluationRoundInput,
} from '@zeren/contracts';
import type { DbOrTx } from '../../db/client';
import { changedFields } from '../../platform/audit/audit.service';
import { inTransaction, requireActor, type ServiceContext, type TxContext } from '../../platform/context';
import { hmacSm3, sm3 } from '../../platform/crypto';
import { AppError, fieldError, notFound } from '../../platform/errors';
import { drill, type FigureArea } from '../../platform/figures';
import { findUnitRef } from '../../platform/org/org.repository';
import { defineRecord, requireTargetUnit } from '../../platform/records';
import { grantScope, Scope } from '../../platform/scope';
import { applyTransition } from '../../platform/workflow';
import { activeCampaignIdOfUnit, findCampaignRef } from '../campaign/campaign.service';
import * as repo from './evaluation.repository';
import { forgetCachedRound } from './evaluation.round-cache';
import {
  configProblems,
  type RoundConfig,
  rankCategory,
  targetResult,
  topAndBottom,
} from './evaluation.rules';

/** A round, its ballots (for their review's history) and exemplars belong to a unit's scope. */
export const roundRecord = defineRecord({ type: 'evaluation_round', find: repo.findRound });

// ---------------------------------------------------------------- defaults

export const DEFAULT_CATEGORIES = [
  { key: 'city_department', name: '市直部门' },
  { key: 'county_government', name: '县级政府' },
];

/** The eight groups of the work plan with the weights the demo city uses (editable per round). */
export const DEFAULT_GROUPS: EvaluatorGroupConfig[] = [
  { group: 'npc_deputy', name: '人大代表', weight: 20, channel: 'token' },
  { group: 'cppcc_member', name: '政协委员', weight: 15, channel: 'token' },
  { group: 'democratic_party', name: '民主党派人士', weight: 5, channel: 'token' },
  { group: 'worker', name: '工人代表', weight: 5, channel: 'token' },
  { group: 'rural_resident', name: '农村居民', weight: 10, channel: 'public' },
  { group: 'urban_resident', name: '城镇居民', weight: 15, channel: 'public' },
  { group: 'mutual', name: '互评', weight: 20, channel: 'mutual' },
  { group: 'third_party', name: '第三方机构', weight: 10, channel: 'token' },
];

export const DEFAULT_INDICATORS = [
  { key: 'conduct', name: '工作作风' },
  { key: 'efficiency', name: '办事效率' },
  { key: 'integrity', name: '廉洁自律' },
  { key: 'service', name: '服务质量' },
  { key: 'delivery', name: '工作落实' },
];

export const DEFAULT_MUTUAL_PAIRS = [
  { from: 'city_department', to: 'county_government' },
  { from: 'county_government', to: 'city_department' },
];

// ---------------------------------------------------------------- keyed hashes

/**
 * Who voted is kept only as a keyed hash (HMAC-SM3 with the phone key of the configuration): unique
 * per target, meaningless without the key.
 */
export function voterKey(key: Buffer, kind: 'token' | 'unit' | 'phone', id: string): string {
  return hmacSm3(key, `${kind}:${id}`);
}

export const tokenDigest = (token: string) => sm3(`zeren/evaluation-token/${token}`);

// ---------------------------------------------------------------- presenting

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function configOf(r: repo.RoundRow): RoundConfig {
  return {
    scale: r.scale,
    levelScores: r.levelScores,
    trimExtremes: r.trimExtremes,
    categories: r.categories,
    groups: r.groups,
    indicators: r.indicators,
    mutualPairs: r.mutualPairs,
  };
}

function roundAudit(r: repo.RoundRow, targetUnitIds: string[]) {
  return {
    campaignId: r.campaignId,
    unitId: r.unitId,
    title: r.title,
    scale: r.scale,
    trimExtremes: r.trimExtremes,
    opensAt: r.opensAt.toISOString(),
    closesAt: r.closesAt.toISOString(),
    categories: r.categories,
    groups: r.groups,
    indicators: r.indicators,
    levelScores: r.levelScores,
    mutualPairs: r.mutualPairs,
    targetUnitIds,
  };
}

/** Whether the caller manages this round (its live counts and results are theirs to see). */
function manages(ctx: ServiceContext, row: { unitId: string; unitPath: string }): boolean {
  return ctx.actor
    ? Scope.of(ctx.actor, 'evaluation.manage').covers({ id: row.unitId, path: row.unitPath })
    : false;
}

async function presentRounds(
  ctx: ServiceContext,
  db: DbOrTx,
  rows: repo.RoundWithUnit[],
): Promise<EvaluationRound[]> {
  const ids = rows.map((r) => r.round.id);
  const [targets, counts] = await Promise.all([repo.targetsOf(db, ids), repo.roundCounts(db, ids)]);
  return rows.map(({ round: r, unitName, unitPath }) => {
    const c = counts.get(r.id)!;
    const live = r.status === 'draft' || r.status === 'open';
    return {
      id: r.id,
      campaignId: r.campaignId,
      unitId: r.unitId,
      unitName,
      title: r.title,
      description: r.description,
      status: r.status,
      scale: r.scale,
      levelScores: r.levelScores,
      trimExtremes: r.trimExtremes,
      opensAt: r.opensAt.toISOString(),
      closesAt: r.closesAt.toISOString(),
      categories: r.categories,
      groups: r.groups,
      indicators: r.indicators,
      mutualPairs: r.mutualPairs,
      targets: targets
        .filter((t) => t.roundId === r.id)
        .map((t) => ({ id: t.id, unitId: t.unitId, unitName: t.unitName, category: t.category })),
      // Live counts are hidden until the round closes from all but those who run it.
      ballotCount: live && !manages(ctx, { unitId: r.unitId, unitPath }) ? null : c.ballots,
      flaggedPending: c.pending,
      tokenCount: c.tokens,
      createdAt: r.createdAt.toISOString(),
      updatedAt: r.updatedAt.toISOString(),
      approvedAt: iso(r.approvedAt),
      publishedAt: iso(r.publishedAt),
    };
  });
}

async function loadRound(tx: TxContext, id: string): Promise<EvaluationRound> {
  return (await presentRounds(tx, tx.tx, [await roundRecord.reload(tx.tx, id)]))[0]!;
}

// ---------------------------------------------------------------- reads

export async function listEvaluationRounds(
  ctx: ServiceContext,
  query: EvaluationRoundListQuery,
): Promise<Page<EvaluationRound>> {
  const { limit, after, toReview, ...filter } = query;
  const actor = requireActor(ctx);
  const page = await repo.listRounds(
    ctx.db,
    grantScope(ctx),
    { ...filter, toReview: toReview ? { scope: Scope.of(actor, 'evaluation.manage') } : undefined },
    { limit, after },
  );
  return { ...page, items: await presentRounds(ctx, ctx.db, page.items) };
}

export async function getEvaluationRound(ctx: ServiceContext, id: string): Promise<EvaluationRound> {
  return (await presentRounds(ctx, ctx.db, [await roundRecord.loadForRead(ctx, id)]))[0]!;
}

// ---------------------------------------------------------------- preparing

function checkConfig(
  config: RoundConfig,
  targets: { unitId: string; category: string }[],
  window: { opensAt: Date; closesAt: Date },
) {
  const problems = configProblems(config, targets);
  if (window.closesAt <= window.opensAt) problems.push({ path: 'closesAt', key: 'evaluation.window_order' });
  if (problems.length > 0) throw new AppError('VALIDATION_FAILED', {}, problems);
}

/** Every target unit must exist and lie within the organising unit's tree. */
async function checkTargets(tx: TxContext, organiserPath: string, targets: { unitId: string }[]) {
  for (const [i, t] of targets.entries()) {
    const unit = await findUnitRef(tx.tx, t.unitId);
    if (!unit?.path.startsWith(organiserPath)) throw fieldError(`targets.${i}.unitId`, 'field.not_found');
  }
}

export async function createEvaluationRound(
  ctx: ServiceContext,
  input: CreateEvaluationRoundInput,
): Promise<EvaluationRound> {
  return inTransaction(ctx, async (tx) => {
    const organiser = await requireTargetUnit(tx, input.unitId, 'unitId');
    const campaignId = input.campaignId ?? (await activeCampaignIdOfUnit(tx.tx, organiser.path));
    const campaign = campaignId ? await findCampaignRef(tx.tx, campaignId) : undefined;
    if (!campaign)
      throw fieldError('campaignId', input.campaignId ? 'field.not_found' : 'evaluation.no_campaign');
    const config: RoundConfig = {
      scale: input.scale,
      levelScores: input.levelScores ?? DEFAULT_LEVEL_SCORES,
      trimExtremes: input.trimExtremes,
      categories: input.categories ?? DEFAULT_CATEGORIES,
      groups: input.groups ?? DEFAULT_GROUPS,
      indicators: input.indicators ?? DEFAULT_INDICATORS,
      mutualPairs: input.mutualPairs ?? (input.categories ? [] : DEFAULT_MUTUAL_PAIRS),
    };
    const window = { opensAt: new Date(input.opensAt), closesAt: new Date(input.closesAt) };
    checkConfig(config, input.targets, window);
    await checkTargets(tx, organiser.path, input.targets);
    const now = tx.clock.now();
    const row = await repo.insertRound(tx.tx, {
      campaignId: campaign.id,
      unitId: organiser.id,
      status: 'draft',
      title: input.title,
      description: input.description,
      ...config,
      ...window,
      createdBy: requireActor(tx).userId,
      createdAt: now,
      updatedAt: now,
    });
    await repo.replaceTargets(tx.tx, row.id, input.targets);
    await tx.audit({
      action: 'evaluation_round.created',
      recordType: 'evaluation_round',
      recordId: row.id,
      unitId: row.unitId,
      after: roundAudit(
        row,
        input.targets.map((t) => t.unitId),
      ),
    });
    return loadRound(tx, row.id);
  });
}

async function loadDraft(tx: TxContext, id: string) {
  const row = await roundRecord.loadForChange(tx, id);
  if (row.round.status !== 'draft') throw new AppError('INVALID_TRANSITION');
  return row;
}

export async function updateEvaluationRound(
  ctx: ServiceContext,
  id: string,
  input: UpdateEvaluationRoundInput,
): Promise<EvaluationRound> {
  return inTransaction(ctx, async (tx) => {
    const row = await loadDraft(tx, id);
    const r = row.round;
    const beforeTargets = (await repo.targetsOf(tx.tx, [id])).map((t) => ({
      unitId: t.unitId,
      category: t.category,
    }));
    const targets = input.targets ?? beforeTargets;
    const was = configOf(r);
    const config: RoundConfig = {
      scale: input.scale ?? was.scale,
      levelScores: input.levelScores ?? was.levelScores,
      trimExtremes: input.trimExtremes ?? was.trimExtremes,
      categories: input.categories ?? was.categories,
      groups: input.groups ?? was.groups,
      indicators: input.indicators ?? was.indicators,
      mutualPairs: input.mutualPairs ?? was.mutualPairs,
    };
    const window = {
      opensAt: input.opensAt ? new Date(input.opensAt) : r.opensAt,
      closesAt: input.closesAt ? new Date(input.closesAt) : r.closesAt,
    };
    checkConfig(config, targets, window);
    if (input.targets) await checkTargets(tx, row.unitPath, input.targets);
    await repo.updateRound(tx.tx, id, {
      ...(input.title !== undefined ? { title: input.title } : {}),
      ...(input.description !== undefined ? { description: input.description } : {}),
      ...config,
      ...window,
      updatedAt: tx.clock.now(),
    });
    if (input.targets) await repo.replaceTargets(tx.tx, id, input.targets);
    const after = (await roundRecord.reload(tx.tx, id)).round;
    const changed = changedFields(
      roundAudit(
        r,
        beforeTargets.map((t) => t.unitId),
      ),
      roundAudit(
        after,
        targets.map((t) => t.unitId),
      ),
    );
    if (Object.keys(changed.after).length > 0)
      await tx.audit({
        action: 'evaluation_round.updated',
        recordType: 'evaluation_round',
        recordId: id,
        unitId: row.unitId,
        ...changed,
      });
    return loadRound(tx, id);
  });
}

export async function deleteEvaluationRound(ctx: ServiceContext, id: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const row = await loadDraft(tx, id);
    const targets = await repo.targetsOf(tx.tx, [id]);
    await repo.deleteRound(tx.tx, id);
    await tx.audit({
      action: 'evaluation_round.deleted',
      recordType: 'evaluation_round',
      recordId: id,
      unitId: row.unitId,
      before: roundAudit(
        row.round,
        targets.map((t) => t.unitId),
      ),
    });
  });
}

// ---------------------------------------------------------------- the workflow

/**
 * One step of a round's lifecycle. Opening checks the configuration once more (and that it has
 * targets); approving needs every flagged ballot reviewed, fixes the results (the conduct
 * assessment record) and forgets the networks ballots came from.
 */
export async function transitionEvaluationRound(
  ctx: ServiceContext,
  id: string,
  action: EvaluationRoundAction,
  input: Record<string, string | null | undefined>,
): Promise<EvaluationRound> {
  return inTransaction(ctx, async (tx) => {
    const actor = requireActor(tx);
    const row = await roundRecord.loadForChange(tx, id);
    const r = row.round;
    const targets = await repo.targetsOf(tx.tx, [id]);
    if (action === 'open' && r.status === 'draft') {
      checkConfig(configOf(r), targets, r);
      if (targets.length === 0) throw fieldError('targets', 'evaluation.no_targets');
      if (r.closesAt <= tx.clock.now()) throw fieldError('closesAt', 'evaluation.closes_in_past');
    }
    let approvedTargets = 0;
    if (action === 'approve' && r.status === 'closed') {
      const counts = await repo.roundCounts(tx.tx, [id]);
      if (counts.get(id)!.pending > 0)
        throw new AppError('EVALUATION_FLAGS_PENDING', { count: counts.get(id)!.pending });
    }
    await applyTransition(
      tx,
      EVALUATION_ROUND_WORKFLOW,
      action,
      { id, unitId: row.unitId, status: r.status },
      input,
      async (next) => {
        const now = tx.clock.now();
        const base = { status: next, updatedAt: now };
        if (action === 'approve') {
          const results = await computeResults(tx.tx, r, targets);
          const rows = results.categories.flatMap((c) =>
            c.results.map((x) => ({
              roundId: id,
              targetId: x.targetId,
              unitId: x.unitId,
              category: c.key,
              score: x.score,
              rank: x.rank,
              rankedOf: c.results.filter((y) => y.rank !== null).length,
              detail: x,
              approvedAt: now,
            })),
          );
          await repo.insertResults(tx.tx, rows);
          await repo.forgetNetworks(tx.tx, id);
          approvedTargets = rows.length;
          await repo.updateRound(tx.tx, id, { ...base, approvedBy: actor.userId, approvedAt: now });
          return { after: { targets: approvedTargets } };
        }
        if (action === 'publish') await repo.updateRound(tx.tx, id, { ...base, publishedAt: now });
        else await repo.updateRound(tx.tx, id, base);
        return undefined;
      },
    );
    forgetCachedRound(id);
    return loadRound(tx, id);
  });
}

// ---------------------------------------------------------------- tokens

/** Unambiguous and URL-safe: 24 random bytes, base64url (32 characters). */
const newToken = () => randomBytes(24).toString('base64url');

function presentToken(
  ctx: ServiceContext,
  t: repo.TokenRow,
  accountName: string | null,
  cast: Map<string, number>,
  key: Buffer,
): EvaluationToken {
  return {
    id: t.id,
    group: t.group as EvaluationToken['group'],
    label: t.label,
    token: ctx.cipher.decrypt(t.sealed),
    accountId: t.accountId,
    accountName,
    ballotsCast: cast.get(voterKey(key, 'token', t.id)) ?? 0,
  };
}

async function castCounts(db: DbOrTx, roundId: string, tokens: repo.TokenRow[], key: Buffer) {
  const voted = await repo.votedTargets(
    db,
    roundId,
    tokens.map((t) => voterKey(key, 'token', t.id)),
  );
  const out = new Map<string, number>();
  for (const v of voted) out.set(v.voterKey, (out.get(v.voterKey) ?? 0) + 1);
  return out;
}

/**
 * Issues tokens to a group whose channel is `token`: anonymous ones to print, and one for each
 * named evaluator account (it finds the round on its workbench). Labels number on from the
 * group's last (人大代表-001…).
 */
export async function issueEvaluationTokens(
  ctx: ServiceContext,
  roundId: string,
  input: IssueTokensInput,
  phoneKey: Buffer,
): Promise<{ items: EvaluationToken[] }> {
  return inTransaction(ctx, async (tx) => {
    const row = await roundRecord.loadForChange(tx, roundId);
    const r = row.round;
    if (r.status !== 'draft' && r.status !== 'open') throw new AppError('INVALID_TRANSITION');
    const group = r.groups.find((g) => g.group === input.group);
    if (group?.channel !== 'token') throw fieldError('group', 'evaluation.not_token_group');
    if (input.count + input.accountIds.length === 0) throw fieldError('count', 'evaluation.no_tokens');
    const accounts = await repo.evaluatorAccounts(tx.tx, input.accountIds);
    input.accountIds.forEach((id, i) => {
      if (!accounts.has(id)) throw fieldError(`accountIds.${i}`, 'evaluation.not_evaluator');
    });
    const start = await repo.tokenCount(tx.tx, roundId, input.group);
    const owners: (string | null)[] = [...input.accountIds, ...Array<null>(input.count).fill(null)];
    const tokens = owners.map((accountId, i) => {
      const token = newToken();
      return {
        roundId,
        group: input.group,
        label: `${group.name}-${String(start + i + 1).padStart(3, '0')}`,
        digest: tokenDigest(token),
        sealed: tx.cipher.encrypt(token),
        accountId,
        createdAt: tx.clock.now(),
      };
    });
    const inserted = await repo.insertTokens(tx.tx, tokens);
    await tx.audit({
      action: 'evaluation_round.tokens_issued',
      recordType: 'evaluation_round',
      recordId: roundId,
      unitId: row.unitId,
      after: { group: input.group, count: inserted.length, accountIds: input.accountIds },
    });
    return {
      items: inserted.map((t) =>
        presentToken(tx, t, t.accountId ? (accounts.get(t.accountId) ?? null) : null, new Map(), phoneKey),
      ),
    };
  });
}

/** The tokens of a round, to print; reading them is audited (they are ballots not yet cast). */
export async function listEvaluationTokens(
  ctx: ServiceContext,
  roundId: string,
  phoneKey: Buffer,
): Promise<{ items: EvaluationToken[] }> {
  return inTransaction(ctx, async (tx) => {
    const row = await roundRecord.loadForChange(tx, roundId);
    const rows = await repo.tokensOf(tx.tx, roundId);
    const cast = await castCounts(
      tx.tx,
      roundId,
      rows.map((r) => r.token),
      phoneKey,
    );
    await tx.audit({
      action: 'evaluation_round.tokens_viewed',
      recordType: 'evaluation_round',
      recordId: roundId,
      unitId: row.unitId,
      after: { count: rows.length },
    });
    return { items: rows.map((r) => presentToken(tx, r.token, r.accountName, cast, phoneKey)) };
  });
}

// ---------------------------------------------------------------- results

/** The results as they stand: computed from the ballots, ranked within each category. */
export async function computeResults(
  db: DbOrTx,
  r: repo.RoundRow,
  targets: repo.TargetWithUnit[],
): Promise<EvaluationResults> {
  const ballots = await repo.ballotsForResults(db, r.id);
  const config = configOf(r);
  const byTarget = new Map<string, typeof ballots>();
  for (const b of ballots) {
    const list = byTarget.get(b.targetId);
    if (list) list.push(b);
    else byTarget.set(b.targetId, [b]);
  }
  return {
    roundId: r.id,
    status: r.status,
    final: false,
    computedAt: new Date().toISOString(),
    categories: config.categories.map((c) => {
      const ranked = rankCategory(
        targets
          .filter((t) => t.category === c.key)
          .map((t) => targetResult(config, t, byTarget.get(t.id) ?? [])),
      );
      return { key: c.key, name: c.name, results: ranked, ...topAndBottom(ranked) };
    }),
  };
}

/** The approved results, as fixed at approval. */
async function fixedResults(db: DbOrTx, r: repo.RoundRow): Promise<EvaluationResults> {
  const rows = await repo.resultsOf(db, r.id);
  return {
    roundId: r.id,
    status: r.status,
    final: true,
    computedAt: (r.approvedAt ?? r.updatedAt).toISOString(),
    categories: r.categories.map((c) => {
      const ranked = rows
        .filter((x) => x.category === c.key)
        .map((x) => ({ ...x.detail, rank: x.rank }))
        .sort((a, b) => (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER));
      return { key: c.key, name: c.name, results: ranked, ...topAndBottom(ranked) };
    }),
  };
}

/** A round's results for whoever may see them: the office at any time, other readers once it closed. */
export async function resultsFor(ctx: ServiceContext, r: repo.RoundWithUnit): Promise<EvaluationResults> {
  const round = r.round;
  if ((round.status === 'draft' || round.status === 'open') && !manages(ctx, r))
    throw new AppError('EVALUATION_RESULTS_HIDDEN');
  if (round.status === 'approved' || round.status === 'published') return fixedResults(ctx.db, round);
  return computeResults(ctx.db, round, await repo.targetsOf(ctx.db, [round.id]));
}

export async function getEvaluationResults(ctx: ServiceContext, id: string): Promise<EvaluationResults> {
  return resultsFor(ctx, await roundRecord.loadForRead(ctx, id));
}

/** How many units the dashboard names at each end of a category's ranking (前三名、后三名). */
const RANKING_ENDS = 3;

/**
 * The dashboard's evaluation ranking (评议排名): of the campaign's newest round in the caller's
 * scope whose results are approved, per category the best three and the last three units, each
 * figure's value its rank — or, for one unit (`area.unitId`), that unit's rank in its category.
 * A ranking, not counts (`kind: 'ranking'`): each figure opens the round's results. The period
 * does not cut it: a round's results are approved once for the campaign.
 */
export async function evaluationRankingFigures(
  ctx: ServiceContext,
  area: FigureArea,
): Promise<DashboardGroup[]> {
  const round = await repo.latestRoundWithResults(ctx.db, grantScope(ctx), area.campaignId);
  if (!round) return [];
  const results = await repo.resultsOf(ctx.db, round.id);
  const link = drill('getEvaluationResults', { id: round.id });
  return round.categories.flatMap((c) => {
    const ranked = results
      .filter((r) => r.category === c.key && r.rank !== null)
      .sort((a, b) => a.rank! - b.rank! || a.detail.unitName.localeCompare(b.detail.unitName, 'zh-CN'));
    const shown = area.unitId
      ? ranked.filter((r) => r.unitId === area.unitId).map((r) => ['unit', r] as const)
      : [
          ...ranked.slice(0, RANKING_ENDS).map((r) => ['top', r] as const),
          ...ranked
            .slice(Math.max(RANKING_ENDS, ranked.length - RANKING_ENDS))
            .map((r) => ['bottom', r] as const),
        ];
    if (shown.length === 0) return [];
    return [
      {
        key: `evaluation.ranking.${c.key}`,
        kind: 'ranking' as const,
        label: c.name,
        figures: shown.map(([end, r]) => ({
          key: `evaluation.${end}.${r.targetId}`,
          label: r.detail.unitName,
          value: r.rank!,
          drill: link,
        })),
        rates: [],
      },
    ];
  });
}

/** A published round's ranking, for the portal. */
export async function publishedResults(db: DbOrTx, round: repo.RoundRow) {
  return (await fixedResults(db, round)).categories;
}

/**
 * A unit's conduct assessment record: its approved results. Readable by whoever reads the unit's
 * records in the scope of evaluation.read — the unit itself included, once approved.
 */
export async function listConductAssessments(
  ctx: ServiceContext,
  query: { unitId: string; campaignId?: string | undefined },
): Promise<{ items: ConductAssessment[] }> {
  const unit = await findUnitRef(ctx.db, query.unitId);
  if (!unit || !grantScope(ctx).covers(unit)) throw notFound();
  const rows = await repo.resultsOfUnit(ctx.db, query.unitId, query.campaignId);
  return {
    items: rows.map(({ result: x, round, unitName }) => ({
      roundId: round.id,
      roundTitle: round.title,
      campaignId: round.campaignId,
      unitId: x.unitId,
      unitName,
      categoryName: round.categories.find((c) => c.key === x.category)?.name ?? x.category,
      score: x.score,
      rank: x.rank,
      rankedOf: x.rankedOf,
      validBallots: (x.detail as EvaluationResult).ballots.valid,
      approvedAt: x.approvedAt.toISOString(),
      published: round.status === 'published',
    })),
  };
}
