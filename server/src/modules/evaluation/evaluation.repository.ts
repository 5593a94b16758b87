import type {
  BallotAnswers,
  BallotReview,
  EvaluationRoundStatus,
  ExemplarStatus,
  PageQuery,
} from '@zeren/contracts';
import { and, asc, count, desc, eq, ilike, inArray, isNotNull, or, type SQL, sql } from 'drizzle-orm';
import { type DbOrTx, executePrepared } from '../../db/client';
import { insertJsonRows, jsonRowsInsert } from '../../db/json-rows';
import { containsPattern } from '../../db/text-search';
import { auditHeadRead, parseAuditHead } from '../../platform/audit/audit.service';
import { person, roleAssignment, unit, userAccount } from '../../platform/org/org.table';
import {
  countUpTo,
  fetchSize,
  orderOf,
  pageWhere,
  type SortKey,
  scopedPageRows,
  toPage,
} from '../../platform/paging';
import type { Scope } from '../../platform/scope';
import type { CodeSeen, IntakeEvidence } from './evaluation.intake-memory';
import {
  ballot,
  ballotCode,
  evaluationResult,
  evaluationRound,
  evaluationTarget,
  evaluationToken,
  exemplar,
} from './evaluation.table';

export type RoundRow = typeof evaluationRound.$inferSelect;
export type TargetRow = typeof evaluationTarget.$inferSelect;
export type TokenRow = typeof evaluationToken.$inferSelect;
export type BallotRow = typeof ballot.$inferSelect;
export type ExemplarRow = typeof exemplar.$inferSelect;
export type ResultRow = typeof evaluationResult.$inferSelect;

// ---------------------------------------------------------------- rounds

const roundColumns = {
  round: evaluationRound,
  unitId: evaluationRound.unitId,
  unitName: unit.name,
  unitPath: unit.path,
};

function roundQuery(db: DbOrTx) {
  return db.select(roundColumns).from(evaluationRound).innerJoin(unit, eq(unit.id, evaluationRound.unitId));
}
export type RoundWithUnit = Awaited<ReturnType<typeof findRound>> & {};

const ROUND_ORDER: SortKey<RoundWithUnit>[] = [
  { column: evaluationRound.id, direction: 'desc', type: 'uuid', of: (r) => r.round.id },
];

const hasPendingFlags = sql`exists (select 1 from ${ballot}
  where ${ballot.roundId} = ${evaluationRound.id} and ${ballot.review} = 'pending')`;

export interface RoundFilter {
  campaignId?: string | undefined;
  status?: EvaluationRoundStatus | undefined;
  q?: string | undefined;
  /** Rounds in this scope with flagged ballots waiting for review. */
  toReview?: { scope: Scope } | undefined;
}

function roundConditions(filter: RoundFilter): SQL[] {
  const where: SQL[] = [];
  if (filter.campaignId) where.push(eq(evaluationRound.campaignId, filter.campaignId));
  if (filter.status) where.push(eq(evaluationRound.status, filter.status));
  if (filter.q) where.push(ilike(evaluationRound.title, containsPattern(filter.q)));
  if (filter.toReview) where.push(filter.toReview.scope.where(evaluationRound.unitId), hasPendingFlags);
  return where;
}

export async function listRounds(db: DbOrTx, scope: Scope, filter: RoundFilter, page: PageQuery) {
  const own = roundConditions(filter);
  const rows = await scopedPageRows(db, {
    table: evaluationRound,
    id: evaluationRound.id,
    unitId: evaluationRound.unitId,
    scope,
    where: and(...own),
    keys: ROUND_ORDER,
    page,
    rows: (condition) =>
      roundQuery(db)
        .where(condition)
        .orderBy(...orderOf(ROUND_ORDER))
        .limit(fetchSize(page)),
  });
  const counted = await countUpTo(
    db,
    db
      .select({ one: sql`1`.as('one') })
      .from(evaluationRound)
      .where(and(scope.where(evaluationRound.unitId), ...own)),
  );
  return toPage(ROUND_ORDER, page, rows, counted);
}

export function findRound(db: DbOrTx, id: string, scope: Scope) {
  return roundQuery(db)
    .where(and(eq(evaluationRound.id, id), scope.where(evaluationRound.unitId)))
    .limit(1)
    .then((r) => r[0]);
}

export function insertRound(db: DbOrTx, values: typeof evaluationRound.$inferInsert) {
  return db
    .insert(evaluationRound)
    .values(values)
    .returning()
    .then((r) => r[0]!);
}

export function updateRound(db: DbOrTx, id: string, values: Partial<typeof evaluationRound.$inferInsert>) {
  return db.update(evaluationRound).set(values).where(eq(evaluationRound.id, id));
}

export function deleteRound(db: DbOrTx, id: string) {
  return db.delete(evaluationRound).where(eq(evaluationRound.id, id));
}

/** Per round: ballots received, flagged ones waiting, tokens issued. */
export async function roundCounts(db: DbOrTx, ids: string[]) {
  const out = new Map(ids.map((id) => [id, { ballots: 0, pending: 0, tokens: 0 }]));
  if (ids.length === 0) return out;
  const [ballots, tokens] = await Promise.all([
    db
      .select({
        id: ballot.roundId,
        n: count(),
        pending: sql<number>`count(*) filter (where ${ballot.review} = 'pending')::int`,
      })
      .from(ballot)
      .where(inArray(ballot.roundId, ids))
      .groupBy(ballot.roundId),
    db
      .select({ id: evaluationToken.roundId, n: count() })
      .from(evaluationToken)
      .where(inArray(evaluationToken.roundId, ids))
      .groupBy(evaluationToken.roundId),
  ]);
  for (const b of ballots) Object.assign(out.get(b.id)!, { ballots: b.n, pending: b.pending });
  for (const t of tokens) out.get(t.id)!.tokens = t.n;
  return out;
}

// ---------------------------------------------------------------- targets

export async function targetsOf(db: DbOrTx, roundIds: string[]) {
  if (roundIds.length === 0) return [];
  return db
    .select({
      id: evaluationTarget.id,
      roundId: evaluationTarget.roundId,
      unitId: evaluationTarget.unitId,
      unitName: unit.name,
      unitPath: unit.path,
      category: evaluationTarget.category,
    })
    .from(evaluationTarget)
    .innerJoin(unit, eq(unit.id, evaluationTarget.unitId))
    .where(inArray(evaluationTarget.roundId, roundIds))
    .orderBy(asc(evaluationTarget.category), asc(unit.path));
}
export type TargetWithUnit = Awaited<ReturnType<typeof targetsOf>>[number];

/** Replaces a round's targets, keeping the rows (and ids) of units that stay. */
export async function replaceTargets(
  db: DbOrTx,
  roundId: string,
  targets: { unitId: string; category: string }[],
) {
  const existing = await db.select().from(evaluationTarget).where(eq(evaluationTarget.roundId, roundId));
  const wanted = new Map(targets.map((t) => [t.unitId, t.category]));
  const gone = existing.filter((e) => !wanted.has(e.unitId)).map((e) => e.id);
  if (gone.length > 0) await db.delete(evaluationTarget).where(inArray(evaluationTarget.id, gone));
  for (const e of existing)
    if (wanted.has(e.unitId) && wanted.get(e.unitId) !== e.category)
      await db
        .update(evaluationTarget)
        .set({ category: wanted.get(e.unitId)! })
        .where(eq(evaluationTarget.id, e.id));
  const have = new Set(existing.map((e) => e.unitId));
  const added = targets.filter((t) => !have.has(t.unitId));
  if (added.length > 0) await db.insert(evaluationTarget).values(added.map((t) => ({ roundId, ...t })));
}

// ---------------------------------------------------------------- tokens

export function insertTokens(db: DbOrTx, rows: (typeof evaluationToken.$inferInsert)[]) {
  return rows.length === 0 ? Promise.resolve([]) : db.insert(evaluationToken).values(rows).returning();
}

export async function tokensOf(db: DbOrTx, roundId: string) {
  return db
    .select({ token: evaluationToken, accountName: person.name })
    .from(evaluationToken)
    .leftJoin(userAccount, eq(userAccount.id, evaluationToken.accountId))
    .leftJoin(person, eq(person.id, userAccount.personId))
    .where(eq(evaluationToken.roundId, roundId))
    .orderBy(asc(evaluationToken.id));
}

/** Of these accounts, those holding the evaluator role, with their names. */
export async function evaluatorAccounts(db: DbOrTx, ids: string[]) {
  if (ids.length === 0) return new Map<string, string>();
  const rows = await db
    .selectDistinct({ id: userAccount.id, name: person.name })
    .from(userAccount)
    .innerJoin(person, eq(person.id, userAccount.personId))
    .innerJoin(roleAssignment, eq(roleAssignment.userId, userAccount.id))
    .where(and(inArray(userAccount.id, ids), eq(roleAssignment.role, 'evaluator')));
  return new Map(rows.map((r) => [r.id, r.name]));
}

export function tokenCount(db: DbOrTx, roundId: string, group: string) {
  return db
    .select({ n: count() })
    .from(evaluationToken)
    .where(and(eq(evaluationToken.roundId, roundId), eq(evaluationToken.group, group)))
    .then((r) => r[0]!.n);
}

export function findTokenByDigest(db: DbOrTx, digest: string) {
  return db
    .select()
    .from(evaluationToken)
    .where(eq(evaluationToken.digest, digest))
    .limit(1)
    .then((r) => r[0]);
}

/** The tokens handed to an account, in rounds that are open. */
export function openTokensOfAccount(db: DbOrTx, accountId: string) {
  return db
    .select({ token: evaluationToken, round: evaluationRound })
    .from(evaluationToken)
    .innerJoin(evaluationRound, eq(evaluationRound.id, evaluationToken.roundId))
    .where(and(eq(evaluationToken.accountId, accountId), eq(evaluationRound.status, 'open')));
}

/** Open rounds in which this unit is a target (it may score others in 互评). */
export function openRoundsTargeting(db: DbOrTx, unitId: string) {
  return db
    .select({ round: evaluationRound, category: evaluationTarget.category })
    .from(evaluationTarget)
    .innerJoin(evaluationRound, eq(evaluationRound.id, evaluationTarget.roundId))
    .where(and(eq(evaluationTarget.unitId, unitId), eq(evaluationRound.status, 'open')));
}

export function findRoundById(db: DbOrTx, id: string) {
  return db
    .select()
    .from(evaluationRound)
    .where(eq(evaluationRound.id, id))
    .limit(1)
    .then((r) => r[0]);
}

// ---------------------------------------------------------------- ballots

/** A ballot with its round's unit (a ballot's history is read by those who run the round). */
export function findBallot(db: DbOrTx, id: string, scope: Scope) {
  return db
    .select({ ballot, unitId: evaluationRound.unitId, unitPath: unit.path })
    .from(ballot)
    .innerJoin(evaluationRound, eq(evaluationRound.id, ballot.roundId))
    .innerJoin(unit, eq(unit.id, evaluationRound.unitId))
    .where(and(eq(ballot.id, id), scope.where(evaluationRound.unitId)))
    .limit(1)
    .then((r) => r[0]);
}

/** Of these voter keys, the targets each has scored in a round. */
export async function votedTargets(db: DbOrTx, roundId: string, voterKeys: string[]) {
  if (voterKeys.length === 0) return [];
  return db
    .select({ voterKey: ballot.voterKey, targetId: ballot.targetId })
    .from(ballot)
    .where(and(eq(ballot.roundId, roundId), inArray(ballot.voterKey, voterKeys)));
}

/** A PostgreSQL array literal of ids or hex keys (no quoting needed: checked by the caller's types). */
const keyArray = (values: readonly string[]) => `{${values.join(',')}}`;

/** A timestamp as epoch milliseconds (JSON): ballots are stamped by the app's clock, to the millisecond. */
const epochMs = (column: SQL | typeof ballot.createdAt) =>
  sql`(extract(epoch from ${column}) * 1000)::float8`;

/**
 * What a batch of public ballots of one round needs, read in one statement (one round trip): the
 * code last sent to each number; what the flags look at (per target, the times of its newest public
 * ballots in the burst window and the answers of the last few; per network, the times of the
 * round's newest ballots from it in the network window — each list stopping at its flag's
 * threshold); the targets the numbers already scored; and the audit chain's head, which the batch's
 * statement moves (`appendAtHead`). Times rather than counts, so the intake's memory can age them
 * (`IntakeMemory`).
 */
export async function ballotIntakeEvidence(
  db: DbOrTx,
  q: {
    roundId: string;
    phoneKeys: string[];
    targetIds: string[];
    networkKeys: string[];
    burstSince: Date;
    networkSince: Date;
    lastN: number;
    /** Lists stop here: a flag only needs the threshold reached, and a busy target's whole
     * window would otherwise be read again for every batch. */
    burstCap: number;
    networkCap: number;
  },
): Promise<IntakeEvidence> {
  const result = (await executePrepared(
    db,
    sql`select
    (select coalesce(json_agg(c), '[]'::json) from (
      select distinct on (${ballotCode.phoneKey}) ${ballotCode.id} as id, ${ballotCode.phoneKey} as "phoneKey",
        ${ballotCode.codeDigest} as "codeDigest", ${ballotCode.attempts} as attempts, ${ballotCode.expiresAt} as "expiresAt"
      from ${ballotCode} where ${ballotCode.roundId} = ${q.roundId} and ${ballotCode.phoneKey} = any(${keyArray(q.phoneKeys)}::text[])
      order by ${ballotCode.phoneKey}, ${ballotCode.createdAt} desc, ${ballotCode.id} desc) c) as codes,
    (select coalesce(json_agg(t), '[]'::json) from (
      select t.id, (select coalesce(json_agg(b.at order by b.at desc), '[]'::json) from (select ${epochMs(ballot.createdAt)} as at
          from ${ballot} where ${ballot.targetId} = t.id and ${ballot.channel} = 'public' and ${ballot.createdAt} > ${q.burstSince.toISOString()}
          order by ${ballot.createdAt} desc limit ${q.burstCap}) b) as recent,
        (select coalesce(jsonb_agg(l.answers), '[]'::jsonb) from (select ${ballot.answers} as answers from ${ballot}
          where ${ballot.targetId} = t.id and ${ballot.channel} = 'public'
          order by ${ballot.createdAt} desc, ${ballot.id} desc limit ${q.lastN}) l) as last
      from unnest(${keyArray(q.targetIds)}::uuid[]) as t(id)) t) as targets,
    (select coalesce(json_agg(n), '[]'::json) from (
      select k.key, (select coalesce(json_agg(b.at order by b.at desc), '[]'::json) from (select ${epochMs(ballot.createdAt)} as at
          from ${ballot} where ${ballot.roundId} = ${q.roundId}
          and ${ballot.networkKey} = k.key and ${ballot.createdAt} > ${q.networkSince.toISOString()}
          order by ${ballot.createdAt} desc limit ${q.networkCap}) b) as recent
      from unnest(${keyArray(q.networkKeys)}::text[]) as k(key)) n) as networks,
    (select coalesce(json_agg(v), '[]'::json) from (
      select ${ballot.targetId} as "targetId", ${ballot.voterKey} as "voterKey" from ${ballot}
      where ${ballot.targetId} = any(${keyArray(q.targetIds)}::uuid[])
        and ${ballot.voterKey} = any(${keyArray(q.phoneKeys)}::text[])) v) as voted,
    ${auditHeadRead} as head`,
  )) as { rows: Record<string, unknown>[] };
  const row = result.rows[0]!;
  const json = <T>(v: unknown) => (typeof v === 'string' ? JSON.parse(v) : v) as T;
  const codes = json<
    { id: string; phoneKey: string; codeDigest: string; attempts: number; expiresAt: string }[]
  >(row.codes);
  const targets = json<{ id: string; recent: number[]; last: BallotAnswers[] }[]>(row.targets);
  const networks = json<{ key: string; recent: number[] }[]>(row.networks);
  const voted = json<{ targetId: string; voterKey: string }[]>(row.voted);
  return {
    codes: new Map(
      codes.map((c) => [
        c.phoneKey,
        { id: c.id, codeDigest: c.codeDigest, attempts: c.attempts, expiresAt: new Date(c.expiresAt) },
      ]),
    ),
    targets: new Map(targets.map((t) => [t.id, { recent: t.recent.map(Number), last: t.last }])),
    networks: new Map(networks.map((n) => [n.key, n.recent.map(Number)])),
    voted: new Set(voted.map((v) => `${v.targetId}:${v.voterKey}`)),
    head: parseAuditHead(row.head),
  };
}

/**
 * The condition a batch planned from memory writes under (`PlannedAtHead.guard`): the last code
 * sent to each of these numbers for the round is still the one remembered, with the tries
 * remembered (a code sent or a try counted by another instance sends the batch back to a read).
 */
export function codesStillLast(roundId: string, codes: ReadonlyMap<string, CodeSeen>): SQL {
  const expected = JSON.stringify(
    [...codes].map(([phoneKey, c]) => ({ k: phoneKey, id: c.id, n: c.attempts })),
  );
  return sql`(select count(*) from (
      select distinct on (${ballotCode.phoneKey}) ${ballotCode.phoneKey} as k, ${ballotCode.id} as id, ${ballotCode.attempts} as n
      from ${ballotCode} where ${ballotCode.roundId} = ${roundId} and ${ballotCode.phoneKey} = any(${keyArray([...codes.keys()])}::text[])
      order by ${ballotCode.phoneKey}, ${ballotCode.createdAt} desc, ${ballotCode.id} desc) c
    join json_to_recordset(${expected}::json) as e(k text, id uuid, n int) on e.k = c.k and e.id = c.id and e.n = c.n
  ) = ${codes.size}`;
}

/** Inserts a batch of ballots, when `when` holds (in `appendAtHead`'s statement). */
export const ballotsInsert = (rows: (typeof ballot.$inferInsert)[], when: SQL) =>
  jsonRowsInsert(ballot, rows, { when });

/** Counts a wrong try of these codes, when `when` holds. */
export const codeAttemptsUpdate = (ids: string[], when: SQL) =>
  sql`update ${ballotCode} set attempts = ${ballotCode.attempts} + 1 where ${ballotCode.id} = any(${keyArray(ids)}::uuid[]) and ${when}`;

/** Inserts ballots; a voter's second ballot for a target is left out (not returned). */
export function insertBallots(db: DbOrTx, rows: (typeof ballot.$inferInsert)[]) {
  return insertJsonRows<typeof ballot, { id: string; targetId: string; voterKey: string }>(db, ballot, rows, {
    onConflictDoNothing: [ballot.targetId, ballot.voterKey],
    returning: { id: ballot.id, targetId: ballot.targetId, voterKey: ballot.voterKey },
  });
}

/** Every ballot of a round, for its results. */
export function ballotsForResults(db: DbOrTx, roundId: string) {
  return db
    .select({
      targetId: ballot.targetId,
      group: ballot.group,
      answers: ballot.answers,
      score: ballot.score,
      review: ballot.review,
    })
    .from(ballot)
    .where(eq(ballot.roundId, roundId));
}

const BALLOT_ORDER: SortKey<{ ballot: BallotRow }>[] = [
  { column: ballot.id, direction: 'asc', type: 'uuid', of: (r) => r.ballot.id },
];

export async function listBallots(
  db: DbOrTx,
  roundId: string,
  filter: { targetId?: string | undefined; review?: BallotReview | undefined },
  page: PageQuery,
) {
  const where = and(
    eq(ballot.roundId, roundId),
    filter.targetId ? eq(ballot.targetId, filter.targetId) : undefined,
    filter.review ? eq(ballot.review, filter.review) : undefined,
  );
  const paged = pageWhere(BALLOT_ORDER, page, where);
  const rows = await db
    .select({ ballot, unitName: unit.name })
    .from(ballot)
    .innerJoin(evaluationTarget, eq(evaluationTarget.id, ballot.targetId))
    .innerJoin(unit, eq(unit.id, evaluationTarget.unitId))
    .where(paged)
    .orderBy(...orderOf(BALLOT_ORDER))
    .limit(fetchSize(page));
  const counted = await countUpTo(
    db,
    db
      .select({ one: sql`1`.as('one') })
      .from(ballot)
      .where(where),
  );
  return toPage(BALLOT_ORDER, page, rows, counted);
}

/** Sets the review of flagged ballots of a round that still wait; returns the ids reviewed. */
export function reviewBallots(
  db: DbOrTx,
  roundId: string,
  ids: string[],
  values: {
    review: 'accepted' | 'rejected';
    reviewNote: string | null;
    reviewedBy: string;
    reviewedAt: Date;
  },
) {
  return db
    .update(ballot)
    .set(values)
    .where(and(eq(ballot.roundId, roundId), inArray(ballot.id, ids), eq(ballot.review, 'pending')))
    .returning({ id: ballot.id, targetId: ballot.targetId });
}

/** Network hashes are kept only while flags may need them. */
export function forgetNetworks(db: DbOrTx, roundId: string) {
  return db
    .update(ballot)
    .set({ networkKey: null })
    .where(and(eq(ballot.roundId, roundId), isNotNull(ballot.networkKey)));
}

// ---------------------------------------------------------------- verification codes

export async function insertCode(
  db: DbOrTx,
  values: typeof ballotCode.$inferInsert,
): Promise<{ id: string }> {
  const [row] = await db.insert(ballotCode).values(values).returning({ id: ballotCode.id });
  return row!;
}

/** The newest code sent to a number for a round. */
export function latestCode(db: DbOrTx, roundId: string, phoneKey: string) {
  return db
    .select()
    .from(ballotCode)
    .where(and(eq(ballotCode.roundId, roundId), eq(ballotCode.phoneKey, phoneKey)))
    .orderBy(desc(ballotCode.createdAt), desc(ballotCode.id))
    .limit(1)
    .then((r) => r[0]);
}

/** The newest code sent to each of these numbers for its round, by `roundId:phoneKey`. */
// ---------------------------------------------------------------- results

export function insertResults(db: DbOrTx, rows: (typeof evaluationResult.$inferInsert)[]) {
  return rows.length === 0
    ? Promise.resolve()
    : db
        .insert(evaluationResult)
        .values(rows)
        .then(() => undefined);
}

/** The newest round of a campaign in scope whose results are fixed (approved or published). */
export function latestRoundWithResults(db: DbOrTx, scope: Scope, campaignId: string) {
  return db
    .select()
    .from(evaluationRound)
    .where(
      and(
        scope.where(evaluationRound.unitId),
        eq(evaluationRound.campaignId, campaignId),
        inArray(evaluationRound.status, ['approved', 'published']),
      ),
    )
    .orderBy(desc(evaluationRound.approvedAt), desc(evaluationRound.id))
    .limit(1)
    .then((r) => r[0]);
}

export function resultsOf(db: DbOrTx, roundId: string) {
  return db.select().from(evaluationResult).where(eq(evaluationResult.roundId, roundId));
}

/** The approved results of a unit, newest first, with their round and its category's name. */
export function resultsOfUnit(db: DbOrTx, unitId: string, campaignId: string | undefined) {
  return db
    .select({ result: evaluationResult, round: evaluationRound, unitName: unit.name })
    .from(evaluationResult)
    .innerJoin(evaluationRound, eq(evaluationRound.id, evaluationResult.roundId))
    .innerJoin(unit, eq(unit.id, evaluationResult.unitId))
    .where(
      and(
        eq(evaluationResult.unitId, unitId),
        campaignId ? eq(evaluationRound.campaignId, campaignId) : undefined,
      ),
    )
    .orderBy(desc(evaluationResult.approvedAt));
}

// ---------------------------------------------------------------- the portal

/** Rounds the public sees: open ones with a public group, and published ones. */
function publicRoundWhere(now: Date) {
  return or(
    and(
      eq(evaluationRound.status, 'open'),
      sql`${evaluationRound.opensAt} <= ${now}`,
      sql`exists (select 1 from jsonb_array_elements(${evaluationRound.groups}) g where g->>'channel' = 'public')`,
    ),
    eq(evaluationRound.status, 'published'),
  );
}

export async function listPublicRounds(db: DbOrTx, now: Date, page: { limit: number; offset: number }) {
  const where = publicRoundWhere(now);
  const [rows, total] = await Promise.all([
    db
      .select()
      .from(evaluationRound)
      .where(where)
      .orderBy(desc(evaluationRound.id))
      .limit(page.limit)
      .offset(page.offset),
    db
      .select({ n: count() })
      .from(evaluationRound)
      .where(where)
      .then((r) => r[0]!.n),
  ]);
  return { rows, total };
}

export function findPublicRound(db: DbOrTx, id: string, now: Date) {
  return db
    .select()
    .from(evaluationRound)
    .where(and(eq(evaluationRound.id, id), publicRoundWhere(now)))
    .limit(1)
    .then((r) => r[0]);
}

// ---------------------------------------------------------------- exemplars

const exemplarColumns = { exemplar, unitId: exemplar.unitId, unitName: unit.name, unitPath: unit.path };

function exemplarQuery(db: DbOrTx) {
  return db.select(exemplarColumns).from(exemplar).innerJoin(unit, eq(unit.id, exemplar.unitId));
}
export type ExemplarWithUnit = Awaited<ReturnType<typeof findExemplar>> & {};

const EXEMPLAR_ORDER: SortKey<ExemplarWithUnit>[] = [
  { column: exemplar.id, direction: 'desc', type: 'uuid', of: (r) => r.exemplar.id },
];

export interface ExemplarFilter {
  campaignId?: string | undefined;
  status?: ExemplarStatus | undefined;
  q?: string | undefined;
  toReview?: { scope: Scope; userId: string } | undefined;
}

function exemplarConditions(filter: ExemplarFilter): SQL[] {
  const where: SQL[] = [];
  if (filter.campaignId) where.push(eq(exemplar.campaignId, filter.campaignId));
  if (filter.status) where.push(eq(exemplar.status, filter.status));
  if (filter.q)
    where.push(
      or(
        ilike(exemplar.title, containsPattern(filter.q)),
        ilike(exemplar.nomineeName, containsPattern(filter.q)),
      )!,
    );
  if (filter.toReview)
    where.push(
      eq(exemplar.status, 'nominated'),
      filter.toReview.scope.where(exemplar.unitId),
      sql`not (${exemplar.authorIds} @> ${JSON.stringify([filter.toReview.userId])}::jsonb)`,
    );
  return where;
}

export async function listExemplars(db: DbOrTx, scope: Scope, filter: ExemplarFilter, page: PageQuery) {
  const own = exemplarConditions(filter);
  const rows = await scopedPageRows(db, {
    table: exemplar,
    id: exemplar.id,
    unitId: exemplar.unitId,
    scope,
    where: and(...own),
    keys: EXEMPLAR_ORDER,
    page,
    rows: (condition) =>
      exemplarQuery(db)
        .where(condition)
        .orderBy(...orderOf(EXEMPLAR_ORDER))
        .limit(fetchSize(page)),
  });
  const counted = await countUpTo(
    db,
    db
      .select({ one: sql`1`.as('one') })
      .from(exemplar)
      .where(and(scope.where(exemplar.unitId), ...own)),
  );
  return toPage(EXEMPLAR_ORDER, page, rows, counted);
}

export function findExemplar(db: DbOrTx, id: string, scope: Scope) {
  return exemplarQuery(db)
    .where(and(eq(exemplar.id, id), scope.where(exemplar.unitId)))
    .limit(1)
    .then((r) => r[0]);
}

export function insertExemplar(db: DbOrTx, values: typeof exemplar.$inferInsert) {
  return db
    .insert(exemplar)
    .values(values)
    .returning()
    .then((r) => r[0]!);
}

export function updateExemplar(db: DbOrTx, id: string, values: Partial<typeof exemplar.$inferInsert>) {
  return db.update(exemplar).set(values).where(eq(exemplar.id, id));
}

export function deleteExemplar(db: DbOrTx, id: string) {
  return db.delete(exemplar).where(eq(exemplar.id, id));
}

export async function listPublishedExemplars(db: DbOrTx, page: { limit: number; offset: number }) {
  const where = eq(exemplar.status, 'published');
  const [rows, total] = await Promise.all([
    exemplarQuery(db)
      .where(where)
      .orderBy(desc(exemplar.publishedAt), desc(exemplar.id))
      .limit(page.limit)
      .offset(page.offset),
    db
      .select({ n: count() })
      .from(exemplar)
      .where(where)
      .then((r) => r[0]!.n),
  ]);
  return { rows, total };
}
