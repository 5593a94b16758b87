import { randomInt } from 'node:crypto';
import {
  BALLOT_CODE,
  BALLOT_FLAG_RULES,
  type Ballot,
  type BallotAnswers,
  type BallotChannel,
  type BallotFlag,
  type BallotListQuery,
  type CastBallotInput,
  type EvaluatorGroup,
  type MyBallotRound,
  type Page,
  type PublicEvaluationRound,
  type RequestBallotCodeInput,
  type ReviewBallotsInput,
  type SubmitPublicBallotInput,
  type SubmitTokenBallotInput,
  type TokenBallotForm,
} from '@zeren/contracts';
import type { DbOrTx } from '../../db/client';
import { newId } from '../../db/columns';
import { isUniqueViolation } from '../../db/errors';
import {
  type ChangeAtHead,
  commitAtHead,
  type PlannedAtHead,
  type PreparedAuditEvent,
  prepareAuditEvent,
} from '../../platform/audit/audit.service';
import { Batcher, type Settled } from '../../platform/batcher';
import {
  anonymousContext,
  inTransaction,
  requireActor,
  type ServiceContext,
  type TxContext,
} from '../../platform/context';
import { hmacSm3 } from '../../platform/crypto';
import { AppError, fieldError, forbidden, notFound } from '../../platform/errors';
import type { ProofOfWork } from '../../platform/proof-of-work';
import { defineRecord } from '../../platform/records';
import { grantScope } from '../../platform/scope';
import type { SmsSender } from '../../platform/sms/sms';
import { FlagJudge, IntakeMemory, type WrittenBatch } from './evaluation.intake-memory';
import * as repo from './evaluation.repository';
import { cachedRound, cacheRound } from './evaluation.round-cache';
import { answerProblems, ballotScore, networkOf } from './evaluation.rules';
import { configOf, publishedResults, roundRecord, tokenDigest, voterKey } from './evaluation.service';

/** A ballot's history (cast, reviewed) is read by those who run its round. */
export const ballotRecord = defineRecord({ type: 'ballot', find: repo.findBallot });

/** Keys of the hashes voters are kept as (the configuration's phone key). */
export interface VoterKeys {
  phoneKey: Buffer;
}

// ---------------------------------------------------------------- casting

interface Voter {
  key: string;
  group: EvaluatorGroup;
  channel: BallotChannel;
  /** Public ballots: the keyed hash of the network they came from. */
  networkKey: string | null;
}

/** The round takes ballots now: open, and inside its window. */
function requireOpen(round: repo.RoundRow, now: Date) {
  if (round.status !== 'open' || now < round.opensAt || now >= round.closesAt)
    throw new AppError('EVALUATION_NOT_OPEN');
}

/**
 * Casts one ballot of a known voter (a token, a unit): the round open, the answers those of its
 * form, once per voter and target (409 BALLOT_ALREADY_CAST otherwise). The audit event names the
 * ballot, never the voter.
 */
async function cast(
  tx: TxContext,
  round: repo.RoundRow,
  target: repo.TargetWithUnit,
  voter: Voter,
  answers: BallotAnswers,
): Promise<{ status: 'received' }> {
  const now = tx.clock.now();
  requireOpen(round, now);
  const config = configOf(round);
  const problems = answerProblems(config, answers);
  if (problems.length > 0) throw new AppError('VALIDATION_FAILED', {}, problems);
  // Invited and mutual voters are known (a token, a unit): only public ballots are flagged (castMany).
  const flags: BallotFlag[] = [];
  const [inserted] = await repo.insertBallots(tx.tx, [
    {
      roundId: round.id,
      targetId: target.id,
      group: voter.group,
      channel: voter.channel,
      voterKey: voter.key,
      answers,
      score: ballotScore(config, answers),
      flags,
      review: flags.length > 0 ? 'pending' : null,
      networkKey: voter.networkKey,
      createdAt: now,
    },
  ]);
  if (!inserted) throw new AppError('BALLOT_ALREADY_CAST');
  await tx.audit({
    action: 'ballot.cast',
    recordType: 'ballot',
    recordId: inserted.id,
    unitId: round.unitId,
    after: { roundId: round.id, targetId: target.id, group: voter.group, channel: voter.channel, flags },
  });
  return { status: 'received' };
}

function targetOf(targets: repo.TargetWithUnit[], targetId: string) {
  const target = targets.find((t) => t.id === targetId);
  if (!target) throw fieldError('targetId', 'field.not_found');
  return target;
}

/**
 * In the staff app: an invited evaluator's account casts with its token of the round; otherwise
 * the caller's unit scores another unit (互评) — only a target of a category the round pairs with
 * the target's, never itself.
 */
export async function castBallot(
  ctx: ServiceContext,
  roundId: string,
  input: CastBallotInput,
  keys: VoterKeys,
): Promise<{ status: 'received' }> {
  return inTransaction(ctx, async (tx) => {
    const actor = requireActor(tx);
    const round = await repo.findRoundById(tx.tx, roundId);
    if (!round || round.status === 'draft') throw notFound();
    const targets = await repo.targetsOf(tx.tx, [roundId]);
    const target = targetOf(targets, input.targetId);
    const token = (await repo.openTokensOfAccount(tx.tx, actor.userId)).find((t) => t.round.id === roundId);
    if (token)
      return cast(
        tx,
        round,
        target,
        {
          key: voterKey(keys.phoneKey, 'token', token.token.id),
          group: token.token.group as EvaluatorGroup,
          channel: 'token',
          networkKey: null,
        },
        input.answers,
      );
    if (target.unitId === actor.unitId) throw new AppError('BALLOT_SELF_EVALUATION');
    const own = targets.find((t) => t.unitId === actor.unitId);
    const mutual = round.groups.find((g) => g.channel === 'mutual');
    const paired = own && round.mutualPairs.some((p) => p.from === own.category && p.to === target.category);
    if (!mutual || !paired) throw forbidden();
    return cast(
      tx,
      round,
      target,
      {
        key: voterKey(keys.phoneKey, 'unit', actor.unitId),
        group: mutual.group,
        channel: 'mutual',
        networkKey: null,
      },
      input.answers,
    );
  });
}

/** The open rounds the caller scores in (by its token, or for its unit), with what is left. */
export async function listMyBallots(
  ctx: ServiceContext,
  keys: VoterKeys,
): Promise<{ items: MyBallotRound[] }> {
  const actor = requireActor(ctx);
  const now = ctx.clock.now();
  const within = (r: repo.RoundRow) => now >= r.opensAt && now < r.closesAt;
  const items: MyBallotRound[] = [];
  for (const { token, round } of await repo.openTokensOfAccount(ctx.db, actor.userId)) {
    if (!within(round)) continue;
    const key = voterKey(keys.phoneKey, 'token', token.id);
    const [targets, voted] = await Promise.all([
      repo.targetsOf(ctx.db, [round.id]),
      repo.votedTargets(ctx.db, round.id, [key]),
    ]);
    const done = new Set(voted.map((v) => v.targetId));
    items.push({
      roundId: round.id,
      title: round.title,
      closesAt: round.closesAt.toISOString(),
      channel: 'token',
      group: token.group as EvaluatorGroup,
      scale: round.scale,
      indicators: round.indicators,
      categories: round.categories,
      targets: targets.map((t) => ({
        targetId: t.id,
        unitName: t.unitName,
        category: t.category,
        voted: done.has(t.id),
      })),
    });
  }
  for (const { round, category } of await repo.openRoundsTargeting(ctx.db, actor.unitId)) {
    const mutual = round.groups.find((g) => g.channel === 'mutual');
    if (!mutual || !within(round) || items.some((i) => i.roundId === round.id)) continue;
    const scored = round.mutualPairs.filter((p) => p.from === category).map((p) => p.to);
    if (scored.length === 0) continue;
    const key = voterKey(keys.phoneKey, 'unit', actor.unitId);
    const [targets, voted] = await Promise.all([
      repo.targetsOf(ctx.db, [round.id]),
      repo.votedTargets(ctx.db, round.id, [key]),
    ]);
    const done = new Set(voted.map((v) => v.targetId));
    items.push({
      roundId: round.id,
      title: round.title,
      closesAt: round.closesAt.toISOString(),
      channel: 'mutual',
      group: mutual.group,
      scale: round.scale,
      indicators: round.indicators,
      categories: round.categories,
      targets: targets
        .filter((t) => scored.includes(t.category) && t.unitId !== actor.unitId)
        .map((t) => ({ targetId: t.id, unitName: t.unitName, category: t.category, voted: done.has(t.id) })),
    });
  }
  return { items };
}

/** Rounds in which the caller still has a target to score (the workbench's count). */
export async function ballotsToCast(ctx: ServiceContext, keys: VoterKeys): Promise<number> {
  return (await listMyBallots(ctx, keys)).items.length;
}

// ---------------------------------------------------------------- review of flagged ballots

function presentBallot(row: { ballot: repo.BallotRow; unitName: string }): Ballot {
  const b = row.ballot;
  return {
    id: b.id,
    roundId: b.roundId,
    targetId: b.targetId,
    unitName: row.unitName,
    group: b.group as EvaluatorGroup,
    channel: b.channel,
    answers: b.answers,
    score: b.score,
    flags: b.flags as BallotFlag[],
    review: b.review,
    reviewNote: b.reviewNote,
    createdAt: b.createdAt.toISOString(),
  };
}

/** A round's ballots for the office: what was answered and how it was flagged, never by whom. */
export async function listBallots(
  ctx: ServiceContext,
  roundId: string,
  query: BallotListQuery,
): Promise<Page<Ballot>> {
  const row = await roundRecord.loadForRead(ctx, roundId);
  if (!grantScope(ctx).covers({ id: row.unitId, path: row.unitPath })) throw forbidden();
  const { limit, after, ...filter } = query;
  const page = await repo.listBallots(ctx.db, roundId, filter, { limit, after });
  return { ...page, items: page.items.map(presentBallot) };
}

/** Accepts flagged ballots (they count) or rejects them (invalid), each with its audit event. */
export async function reviewBallots(
  ctx: ServiceContext,
  roundId: string,
  input: ReviewBallotsInput,
): Promise<{ reviewed: number }> {
  return inTransaction(ctx, async (tx) => {
    const row = await roundRecord.loadForChange(tx, roundId);
    if (row.round.status !== 'open' && row.round.status !== 'closed')
      throw new AppError('INVALID_TRANSITION');
    const review = input.decision === 'accept' ? 'accepted' : 'rejected';
    const note = input.note?.trim() || null;
    const done = await repo.reviewBallots(tx.tx, roundId, input.ballotIds, {
      review,
      reviewNote: note,
      reviewedBy: requireActor(tx).userId,
      reviewedAt: tx.clock.now(),
    });
    await tx.auditMany(
      done.map((b) => ({
        action: review === 'accepted' ? ('ballot.accepted' as const) : ('ballot.rejected' as const),
        recordType: 'ballot',
        recordId: b.id,
        unitId: row.unitId,
        before: { status: 'pending' },
        after: { status: review, note },
      })),
    );
    return { reviewed: done.length };
  });
}

// ---------------------------------------------------------------- the portal

async function publicRound(db: DbOrTx, round: repo.RoundRow): Promise<PublicEvaluationRound> {
  const targets = await repo.targetsOf(db, [round.id]);
  const results =
    round.status === 'published'
      ? (await publishedResults(db, round)).map((c) => ({
          key: c.key,
          name: c.name,
          results: c.results.map((r) => ({
            unitName: r.unitName,
            score: r.score,
            rank: r.rank,
            validBallots: r.ballots.valid,
          })),
          top: c.top,
          bottom: c.bottom,
        }))
      : null;
  return {
    id: round.id,
    title: round.title,
    description: round.description,
    status: round.status === 'published' ? 'published' : 'open',
    opensAt: round.opensAt.toISOString(),
    closesAt: round.closesAt.toISOString(),
    scale: round.scale,
    indicators: round.indicators,
    publicGroups: round.groups
      .filter((g) => g.channel === 'public')
      .map((g) => ({ group: g.group, name: g.name })),
    categories: round.categories,
    targets: targets.map((t) => ({ id: t.id, unitName: t.unitName, category: t.category })),
    results,
  };
}

export async function listPublicEvaluationRounds(
  ctx: ServiceContext,
  query: { limit: number; offset: number },
): Promise<{ items: PublicEvaluationRound[]; total: number }> {
  const { rows, total } = await repo.listPublicRounds(ctx.db, ctx.clock.now(), query);
  return { items: await Promise.all(rows.map((r) => publicRound(ctx.db, r))), total };
}

export async function getPublicEvaluationRound(
  ctx: ServiceContext,
  id: string,
): Promise<PublicEvaluationRound> {
  const round = await repo.findPublicRound(ctx.db, id, ctx.clock.now());
  if (!round) throw notFound();
  return publicRound(ctx.db, round);
}

const phoneHash = (keys: VoterKeys, phone: string) => voterKey(keys.phoneKey, 'phone', phone);
const codeDigest = (keys: VoterKeys, roundId: string, phone: string, code: string) =>
  hmacSm3(keys.phoneKey, `code:${roundId}:${phone}:${code}`);

/** A public round taking ballots now, with a public group, and its targets (404 for any other round). */
async function votingRound(db: DbOrTx, id: string, now: Date) {
  const cached = cachedRound(id);
  if (cached) {
    requireOpen(cached.round, now);
    return cached;
  }
  const round = await repo.findPublicRound(db, id, now);
  if (!round) throw notFound();
  requireOpen(round, now);
  return cacheRound(round, await repo.targetsOf(db, [id]));
}

/**
 * Sends a six-digit code to the number a citizen votes with, behind the proof of work; at most one
 * a minute per number and round. Only keyed hashes of the number and the code are stored.
 */
async function requestBallotCode(
  ctx: ServiceContext,
  roundId: string,
  input: RequestBallotCodeInput,
  deps: { proof: ProofOfWork; sms: SmsSender; keys: VoterKeys; memory: IntakeMemory },
): Promise<{ sent: true; minutes: number }> {
  const now = ctx.clock.now();
  if (!(await deps.proof.verify(input.altcha, now)))
    throw new AppError('PROOF_OF_WORK_INVALID', {}, [{ path: 'altcha', key: 'evaluation.proof_of_work' }]);
  const { round } = await votingRound(ctx.db, roundId, now);
  const phone = phoneHash(deps.keys, input.phone);
  const last = await repo.latestCode(ctx.db, roundId, phone);
  if (last && now.getTime() - last.createdAt.getTime() < 60_000) throw new AppError('RATE_LIMITED');
  const code = String(randomInt(0, 1_000_000)).padStart(BALLOT_CODE.digits, '0');
  const sent = {
    codeDigest: codeDigest(deps.keys, roundId, input.phone, code),
    expiresAt: new Date(now.getTime() + BALLOT_CODE.minutes * 60_000),
  };
  const { id } = await repo.insertCode(ctx.db, { roundId, phoneKey: phone, ...sent, createdAt: now });
  deps.memory.codeSent(roundId, phone, { id, ...sent, attempts: 0 }, now.getTime());
  try {
    await deps.sms.send(
      input.phone,
      `【责任平台】您参加“${round.title}”的验证码为${code}，${BALLOT_CODE.minutes}分钟内有效，请勿告诉他人。`,
    );
  } catch {
    throw new AppError('SMS_NOT_SENT');
  }
  return { sent: true, minutes: BALLOT_CODE.minutes };
}

interface BallotToCast {
  ctx: ServiceContext;
  round: repo.RoundRow;
  target: repo.TargetWithUnit;
  voter: Voter;
  answers: BallotAnswers;
  /** The keyed digest of the code the citizen typed, checked against the last one sent. */
  codeDigest: string;
}

type Outcome = Settled<{ status: 'received' }>;
const RECEIVED: Outcome = { ok: true, value: { status: 'received' } };

/**
 * Casts a batch of public ballots, each refused or received on its own. The batch's ballots of
 * one round are written by one statement: a batch of several rounds (rare) writes one a round.
 */
async function castMany(items: readonly BallotToCast[], memory: IntakeMemory): Promise<Outcome[]> {
  const out: Outcome[] = items.map(() => RECEIVED);
  const rounds = new Map<string, { item: BallotToCast; i: number }[]>();
  items.forEach((item, i) => {
    rounds.set(item.round.id, [...(rounds.get(item.round.id) ?? []), { item, i }]);
  });
  for (const ofRound of rounds.values()) await castRound(ofRound, out, memory);
  return out;
}

/** A round's part of a batch; when its statement fails (a race on a voter), each ballot alone. */
async function castRound(
  items: { item: BallotToCast; i: number }[],
  out: Outcome[],
  memory: IntakeMemory,
): Promise<void> {
  try {
    const settled = await castRoundBatch(items, memory);
    items.forEach(({ i }, k) => {
      out[i] = settled[k]!;
    });
  } catch (error) {
    if (items.length === 1) {
      out[items[0]!.i] = { ok: false, error };
      return;
    }
    for (const one of items) await castRound([one], out, memory);
  }
}

/**
 * One or two round trips for the whole batch, with no transaction around them (`commitAtHead`):
 * the batch's evidence (the codes, the flags' evidence, the targets already scored, the audit
 * chain's head) comes from the intake's memory or, when it does not hold it all, from one statement
 * (`ballotIntakeEvidence`); the ballots are judged in arrival order; one statement inserts them,
 * counts the wrong codes' tries and appends their audit events, if no other writer moved the audit
 * chain in between (and, from memory, the codes are still those remembered).
 */
async function castRoundBatch(items: { item: BallotToCast }[], memory: IntakeMemory): Promise<Outcome[]> {
  const ctx = anonymousContext(items[0]!.item.ctx);
  const commit = () =>
    commitAtHead(ctx.db, ctx.auditKeys, { userId: null, name: null, ip: null }, (db, fresh) =>
      planRoundBatch(ctx, db, items, memory, fresh),
    );
  try {
    return await commit();
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // A ballot the memory did not know of (cast before it, or through another instance) met the
    // unique index: forget, and plan the batch once more from a read, which refuses it 409.
    memory.forget();
    return commit();
  }
}

/**
 * A round's batch judged against its evidence — remembered, unless `fresh` (or the memory does not
 * hold it all), else read — with the writes that record it and what the memory learns from them.
 */
async function planRoundBatch(
  ctx: ServiceContext,
  db: DbOrTx,
  items: { item: BallotToCast }[],
  memory: IntakeMemory,
  fresh: boolean,
): Promise<PlannedAtHead<Outcome[]>> {
  const now = ctx.clock.now();
  const out: Outcome[] = items.map(() => RECEIVED);
  const round = items[0]!.item.round;
  const open = items.flatMap(({ item }, i) => {
    try {
      requireOpen(item.round, now);
      return [{ item, i }];
    } catch (error) {
      out[i] = { ok: false, error };
      return [];
    }
  });
  if (open.length === 0) return { head: null, at: now, events: [], changes: [], result: out };
  const minutes = (n: number) => new Date(now.getTime() - n * 60_000);
  const want = {
    phoneKeys: [...new Set(open.map(({ item }) => item.voter.key))],
    targetIds: [...new Set(open.map(({ item }) => item.target.id))],
    networkKeys: [
      ...new Set(open.flatMap(({ item }) => (item.voter.networkKey ? [item.voter.networkKey] : []))),
    ],
  };
  const recalled = fresh
    ? null
    : memory.recall(
        round.id,
        { ...want, pairs: open.map(({ item }) => `${item.target.id}:${item.voter.key}`) },
        now.getTime(),
      );
  const evidence =
    recalled ??
    (await repo.ballotIntakeEvidence(db, {
      roundId: round.id,
      ...want,
      burstSince: minutes(BALLOT_FLAG_RULES.burstMinutes),
      networkSince: minutes(BALLOT_FLAG_RULES.networkMinutes),
      lastN: BALLOT_FLAG_RULES.identicalRun - 1,
      burstCap: BALLOT_FLAG_RULES.burstCount,
      networkCap: BALLOT_FLAG_RULES.networkCount,
    }));
  // The codes: the last one sent to each number, within its lifetime and tries; each wrong code
  // counts a try (written with the batch).
  const wrong: string[] = [];
  const live = open.filter(({ item, i }) => {
    const code = evidence.codes.get(item.voter.key);
    if (code && code.expiresAt > now && code.attempts < BALLOT_CODE.maxAttempts) {
      if (code.codeDigest === item.codeDigest) return true;
      wrong.push(code.id);
    }
    out[i] = { ok: false, error: new AppError('BALLOT_CODE_INVALID') };
    return false;
  });
  const judge = new FlagJudge(evidence, now.getTime());
  const voted = new Set(evidence.voted);
  const cast: string[] = [];
  const rows: Parameters<typeof repo.ballotsInsert>[0] = [];
  const events: PreparedAuditEvent[] = [];
  for (const { item, i } of live) {
    const key = `${item.target.id}:${item.voter.key}`;
    // A second ballot of the same voter for the same target, in the table or earlier in this batch.
    if (voted.has(key)) {
      out[i] = { ok: false, error: new AppError('BALLOT_ALREADY_CAST') };
      continue;
    }
    voted.add(key);
    cast.push(key);
    const flags = judge.judge(item.target.id, item.voter.networkKey, item.answers);
    const id = newId();
    rows.push({
      id,
      roundId: round.id,
      targetId: item.target.id,
      group: item.voter.group,
      channel: 'public',
      voterKey: item.voter.key,
      answers: item.answers,
      score: ballotScore(configOf(item.round), item.answers),
      flags,
      review: flags.length > 0 ? 'pending' : null,
      networkKey: item.voter.networkKey,
      createdAt: now,
    });
    events.push(
      prepareAuditEvent({
        action: 'ballot.cast',
        recordType: 'ballot',
        recordId: id,
        unitId: round.unitId,
        after: {
          roundId: round.id,
          targetId: item.target.id,
          group: item.voter.group,
          channel: 'public',
          flags,
        },
      }),
    );
  }
  const changes: ChangeAtHead[] = [];
  if (rows.length > 0) changes.push((when) => repo.ballotsInsert(rows, when));
  if (wrong.length > 0) changes.push((when) => repo.codeAttemptsUpdate(wrong, when));
  const batch: WrittenBatch = {
    roundId: round.id,
    recalled: !!recalled,
    evidence,
    judge,
    wrong,
    cast,
    now: now.getTime(),
  };
  return {
    head: evidence.head,
    at: now,
    events,
    changes,
    guard: recalled ? repo.codesStillLast(round.id, evidence.codes) : undefined,
    written: (head) => memory.written(batch, head),
    result: out,
  };
}

/**
 * How long a batch of ballots waits for the voters the previous batch answered (Batcher's
 * `linger`): a citizen scores the targets one after another, and the server takes about 3 ms to
 * answer sixteen ballots and read their next ones. Measured at 16 connections: batches of 16
 * instead of two halves of 8, 1,426–1,640 ballots/s instead of 1,248–1,276
 * (docs/design/evaluation.md).
 */
const BALLOT_LINGER_MS = 5;

/**
 * Citizens' ballots from the portal. Each is checked on its own — the round open, the group one of
 * its public groups, the target and the answers — then goes with the ballots arriving at the same
 * time into one batch (group commit, `castRoundBatch`) that checks their codes, judges their
 * flags, inserts them and chains their audit events — in one statement when the intake's memory
 * holds what the batch needs (`IntakeMemory`), else in two — each ballot refused or received on
 * its own.
 */
export function publicBallotIntake(keys: VoterKeys) {
  const memory = new IntakeMemory();
  const batcher = new Batcher<BallotToCast, { status: 'received' }>((items) => castMany(items, memory), {
    max: 64,
    concurrency: 1,
    linger: BALLOT_LINGER_MS,
  });
  return {
    /** A code for a citizen's number (`requestBallotCode`), remembered for the batches that check it. */
    requestCode(
      ctx: ServiceContext,
      roundId: string,
      input: RequestBallotCodeInput,
      deps: { proof: ProofOfWork; sms: SmsSender },
    ): Promise<{ sent: true; minutes: number }> {
      return requestBallotCode(ctx, roundId, input, { ...deps, keys, memory });
    },
    async submit(
      ctx: ServiceContext,
      roundId: string,
      input: SubmitPublicBallotInput,
    ): Promise<{ status: 'received' }> {
      const now = ctx.clock.now();
      const { round, targets } = await votingRound(ctx.db, roundId, now);
      const group = round.groups.find((g) => g.group === input.group && g.channel === 'public');
      if (!group) throw fieldError('group', 'evaluation.not_public_group');
      const target = targets.find((t) => t.id === input.targetId);
      if (!target) throw fieldError('targetId', 'field.not_found');
      const problems = answerProblems(configOf(round), input.answers);
      if (problems.length > 0) throw new AppError('VALIDATION_FAILED', {}, problems);
      const phone = phoneHash(keys, input.phone);
      // The network is hashed before the context forgets the address; the address itself is never kept.
      const networkKey = ctx.ip ? hmacSm3(keys.phoneKey, `net:${networkOf(ctx.ip)}`) : null;
      return batcher.submit({
        ctx,
        round,
        target,
        voter: { key: phone, group: group.group, channel: 'public', networkKey },
        answers: input.answers,
        codeDigest: codeDigest(keys, roundId, input.phone, input.code),
      });
    },
  };
}

async function tokenRound(db: DbOrTx, token: string) {
  const row = await repo.findTokenByDigest(db, tokenDigest(token));
  const round = row ? await repo.findRoundById(db, row.roundId) : undefined;
  if (!row || !round || round.status === 'draft') throw new AppError('BALLOT_TOKEN_INVALID');
  return { row, round };
}

/** What an invited evaluator's token opens: the round's form and the targets already scored. */
export async function lookupEvaluationToken(
  ctx: ServiceContext,
  token: string,
  keys: VoterKeys,
): Promise<TokenBallotForm> {
  const { row, round } = await tokenRound(ctx.db, token);
  requireOpen(round, ctx.clock.now());
  const voted = await repo.votedTargets(ctx.db, round.id, [voterKey(keys.phoneKey, 'token', row.id)]);
  return {
    round: await publicRound(ctx.db, round),
    group: row.group as EvaluatorGroup,
    groupName: round.groups.find((g) => g.group === row.group)?.name ?? row.group,
    votedTargetIds: voted.map((v) => v.targetId),
  };
}

export async function submitTokenBallot(
  ctx: ServiceContext,
  input: SubmitTokenBallotInput,
  keys: VoterKeys,
): Promise<{ status: 'received' }> {
  const { row, round } = await tokenRound(ctx.db, input.token);
  const target = targetOf(await repo.targetsOf(ctx.db, [round.id]), input.targetId);
  return inTransaction(anonymousContext(ctx), (tx) =>
    cast(
      tx,
      round,
      target,
      {
        key: voterKey(keys.phoneKey, 'token', row.id),
        group: row.group as EvaluatorGroup,
        channel: 'token',
        networkKey: null,
      },
      input.answers,
    ),
  );
}
