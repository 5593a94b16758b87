import type {
  BallotAnswers,
  EvaluationResult,
  EvaluatorGroupConfig,
  Indicator,
  LevelScores,
  MutualPair,
} from '@zeren/contracts';
import {
  boolean,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, idColumn, updatedAt } from '../../db/columns';
import { referencedTable } from '../../db/references';
import { person, unit, userAccount } from '../../platform/org/org.table';

const campaign = referencedTable('campaign');

/**
 * 评议轮次: a round of evaluation. Its configuration (categories, groups with weights, indicators,
 * level scores, mutual pairs) is edited as a whole while in preparation and frozen once open.
 * `unitId` is the organising unit: the round's data scope.
 */
export const evaluationRound = pgTable(
  'evaluation_round',
  {
    id: idColumn(),
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => campaign.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => unit.id),
    status: text('status', { enum: ['draft', 'open', 'closed', 'approved', 'published'] }).notNull(),
    title: text('title').notNull(),
    description: text('description').notNull(),
    scale: text('scale', { enum: ['satisfaction', 'score'] }).notNull(),
    levelScores: jsonb('level_scores').$type<LevelScores>().notNull(),
    trimExtremes: boolean('trim_extremes').notNull(),
    opensAt: timestamp('opens_at', { withTimezone: true }).notNull(),
    closesAt: timestamp('closes_at', { withTimezone: true }).notNull(),
    categories: jsonb('categories').$type<{ key: string; name: string }[]>().notNull(),
    groups: jsonb('groups').$type<EvaluatorGroupConfig[]>().notNull(),
    indicators: jsonb('indicators').$type<Indicator[]>().notNull(),
    mutualPairs: jsonb('mutual_pairs').$type<MutualPair[]>().notNull(),
    createdBy: uuid('created_by').references(() => userAccount.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    approvedBy: uuid('approved_by').references(() => userAccount.id),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    publishedAt: timestamp('published_at', { withTimezone: true }),
  },
  (t) => [
    index('evaluation_round_unit_idx').on(t.unitId, t.id),
    index('evaluation_round_status_idx').on(t.status, t.id),
  ],
);

/** A unit evaluated in a round, in one of the round's categories. */
export const evaluationTarget = pgTable(
  'evaluation_target',
  {
    id: idColumn(),
    roundId: uuid('round_id')
      .notNull()
      .references(() => evaluationRound.id, { onDelete: 'cascade' }),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => unit.id),
    category: text('category').notNull(),
  },
  (t) => [
    uniqueIndex('evaluation_target_round_unit_idx').on(t.roundId, t.unitId),
    index('evaluation_target_unit_idx').on(t.unitId),
  ],
);

/**
 * A one-time token of an invited evaluator: found by its digest; kept sealed (field cipher) so
 * the office can print the list again. An account's token puts the round on its workbench.
 */
export const evaluationToken = pgTable(
  'evaluation_token',
  {
    id: idColumn(),
    roundId: uuid('round_id')
      .notNull()
      .references(() => evaluationRound.id, { onDelete: 'cascade' }),
    group: text('group').notNull(),
    label: text('label').notNull(),
    digest: text('digest').notNull(),
    sealed: text('sealed').notNull(),
    accountId: uuid('account_id').references(() => userAccount.id),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('evaluation_token_digest_idx').on(t.digest),
    index('evaluation_token_round_idx').on(t.roundId, t.id),
    index('evaluation_token_account_idx').on(t.accountId),
  ],
);

/**
 * 选票: one voter's scores of one target. `voterKey` is a keyed hash of who voted (a token, a
 * unit, a phone number): unique per target, so each votes once, and no one reading the table learns
 * who it was. `networkKey` (public ballots only) is a keyed hash of the /24 (IPv6 /48) network, for
 * the "many ballots from one network" flag; it is cleared when the results are approved.
 */
export const ballot = pgTable(
  'ballot',
  {
    id: idColumn(),
    roundId: uuid('round_id')
      .notNull()
      .references(() => evaluationRound.id, { onDelete: 'cascade' }),
    targetId: uuid('target_id')
      .notNull()
      .references(() => evaluationTarget.id, { onDelete: 'cascade' }),
    group: text('group').notNull(),
    channel: text('channel', { enum: ['token', 'mutual', 'public'] }).notNull(),
    voterKey: text('voter_key').notNull(),
    answers: jsonb('answers').$type<BallotAnswers>().notNull(),
    /** Mean of the answered indicators; null when every answer was 不了解 (an invalid ballot). */
    score: doublePrecision('score'),
    flags: jsonb('flags').$type<string[]>().notNull().default([]),
    /** null: not flagged; pending until the office accepts or rejects it. */
    review: text('review', { enum: ['pending', 'accepted', 'rejected'] }),
    reviewNote: text('review_note'),
    reviewedBy: uuid('reviewed_by').references(() => userAccount.id),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    networkKey: text('network_key'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('ballot_target_voter_idx').on(t.targetId, t.voterKey),
    index('ballot_round_review_idx').on(t.roundId, t.review, t.id),
    // With the id last, the newest few ballots of a target (the identical-run check) are read in order, not sorted.
    index('ballot_target_time_idx').on(t.targetId, t.channel, t.createdAt, t.id),
    index('ballot_round_network_idx').on(t.roundId, t.networkKey, t.createdAt),
  ],
);

/** A verification code sent to a phone number for a round: only keyed hashes are kept. */
export const ballotCode = pgTable(
  'ballot_code',
  {
    id: idColumn(),
    roundId: uuid('round_id')
      .notNull()
      .references(() => evaluationRound.id, { onDelete: 'cascade' }),
    phoneKey: text('phone_key').notNull(),
    codeDigest: text('code_digest').notNull(),
    attempts: integer('attempts').notNull().default(0),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('ballot_code_round_phone_idx').on(t.roundId, t.phoneKey, t.createdAt)],
);

/** The approved result of one target: fixed at approval, the unit's conduct assessment record. */
export const evaluationResult = pgTable(
  'evaluation_result',
  {
    roundId: uuid('round_id')
      .notNull()
      .references(() => evaluationRound.id, { onDelete: 'cascade' }),
    targetId: uuid('target_id')
      .notNull()
      .references(() => evaluationTarget.id, { onDelete: 'cascade' }),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => unit.id),
    category: text('category').notNull(),
    score: doublePrecision('score'),
    rank: integer('rank'),
    rankedOf: integer('ranked_of').notNull(),
    detail: jsonb('detail').$type<EvaluationResult>().notNull(),
    approvedAt: timestamp('approved_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.roundId, t.targetId] }),
    index('evaluation_result_unit_idx').on(t.unitId, t.approvedAt),
  ],
);

/** 先进典型: a unit or a person nominated by a unit, reviewed by the office, published. */
export const exemplar = pgTable(
  'exemplar',
  {
    id: idColumn(),
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => campaign.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => unit.id),
    kind: text('kind', { enum: ['unit', 'person'] }).notNull(),
    nomineeUnitId: uuid('nominee_unit_id').references(() => unit.id),
    nomineePersonId: uuid('nominee_person_id').references(() => person.id),
    nomineeName: text('nominee_name').notNull(),
    title: text('title').notNull(),
    citation: text('citation').notNull(),
    status: text('status', { enum: ['nominated', 'approved', 'rejected', 'published'] }).notNull(),
    reviewNote: text('review_note'),
    /** Whoever nominated or edited it: none of them reviews it (四眼). */
    authorIds: jsonb('author_ids').$type<string[]>().notNull().default([]),
    reviewedBy: uuid('reviewed_by').references(() => userAccount.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    publishedAt: timestamp('published_at', { withTimezone: true }),
  },
  (t) => [index('exemplar_unit_idx').on(t.unitId, t.id), index('exemplar_status_idx').on(t.status, t.id)],
);
