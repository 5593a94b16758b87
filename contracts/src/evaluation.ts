import { z } from 'zod';
import {
  auditEvent,
  auditField,
  createdEvent,
  deletedEvent,
  transitionEvent,
  updatedEvent,
} from './core/audit';
import {
  idParamsSchema,
  idSchema,
  nameText,
  okSchema,
  optionalText,
  pageOf,
  pageQuery,
  queryInt,
  searchText,
  text,
} from './core/common';
import { binaryResponse, defineRoutes, XLSX_MEDIA_TYPE } from './core/http';
import { type Localized, listExportedEvent, listExportRoute } from './core/list-export';
import { defineModuleContract } from './core/module';
import { defineWorkflow, workflowRoutes } from './core/workflow';
import { DOCX_MEDIA_TYPE } from './monthly-reports';
import { SATISFACTION_LEVELS, type SatisfactionLevel } from './vocabulary';

/**
 * 评责 — evaluate duties. The campaign office runs evaluation rounds (评议轮次): the units evaluated
 * (targets, grouped into categories such as 市直部门 and 县级政府), the evaluator groups with their
 * weights (人大代表、政协委员、民主党派、工人、农村居民、城镇居民、互评、第三方; summing to 100 %),
 * an indicator form scored on the satisfaction levels (满意 100, 基本满意 70, 不满意 30, 不了解 —
 * not a valid answer) or 0–100, and the window it is open. Each group votes through one channel:
 * invited evaluators with one-time tokens (printed with QR codes, anonymous in the results),
 * mutual evaluation between units of paired categories (no unit scores itself), or the public on
 * the portal with a verified phone number (only a keyed hash of it kept). Abnormal public voting
 * is flagged and counts only once reviewed. Results — weighted score, breakdown per group and
 * indicator, rank within the category — are approved by the office, then published; they form
 * each unit's conduct assessment record (作风建设考核). Never ranked by clicks, likes or time online.
 * Exemplars (先进典型) are nominated, reviewed and published on the portal.
 */

// ---------------------------------------------------------------- vocabularies

export const EVALUATOR_GROUPS = [
  'npc_deputy', // 人大代表
  'cppcc_member', // 政协委员
  'democratic_party', // 民主党派人士
  'worker', // 工人代表
  'rural_resident', // 农村居民代表
  'urban_resident', // 城镇居民代表
  'mutual', // 互评
  'third_party', // 第三方机构
] as const;
export const evaluatorGroupSchema = z.enum(EVALUATOR_GROUPS);
export type EvaluatorGroup = z.infer<typeof evaluatorGroupSchema>;

/** How a group's ballots come in. */
export const BALLOT_CHANNELS = [
  'token', // 邀请评议: one-time tokens handed to invited evaluators
  'mutual', // 互评: units of one category score units of another
  'public', // 群众评议: citizens on the portal, one ballot per verified phone number per target
] as const;
export const ballotChannelSchema = z.enum(BALLOT_CHANNELS);
export type BallotChannel = z.infer<typeof ballotChannelSchema>;

export const EVALUATION_SCALES = ['satisfaction', 'score'] as const;
export const evaluationScaleSchema = z.enum(EVALUATION_SCALES);
export type EvaluationScale = z.infer<typeof evaluationScaleSchema>;

/** The answers on the satisfaction scale; 不了解 is an answer but not a score (the indicator does not count). */
export const BALLOT_LEVELS = [...SATISFACTION_LEVELS, 'unknown'] as const;
export const ballotLevelSchema = z.enum(BALLOT_LEVELS);
export type BallotLevel = z.infer<typeof ballotLevelSchema>;

/** The default score of each level (editable per round). */
export const DEFAULT_LEVEL_SCORES: Record<SatisfactionLevel, number> = {
  satisfied: 100,
  basically_satisfied: 70,
  dissatisfied: 30,
};

/** Why a public ballot waits for review before it counts. */
export const BALLOT_FLAGS = [
  'burst', // many ballots for one target in a short window
  'identical', // a run of identical ballots in sequence
  'network', // many ballots from one network
] as const;
export const ballotFlagSchema = z.enum(BALLOT_FLAGS);
export type BallotFlag = z.infer<typeof ballotFlagSchema>;

/** The thresholds of the flags (per round). */
export const BALLOT_FLAG_RULES = {
  /** More than `burstCount` public ballots for one target within `burstMinutes`. */
  burstMinutes: 10,
  burstCount: 30,
  /** This many identical public ballots in a row for one target (the new one included). */
  identicalRun: 5,
  /** More than `networkCount` public ballots of the round from one network within `networkMinutes`. */
  networkMinutes: 60,
  networkCount: 20,
} as const;

export const BALLOT_REVIEWS = ['pending', 'accepted', 'rejected'] as const;
export const ballotReviewSchema = z.enum(BALLOT_REVIEWS);
export type BallotReview = z.infer<typeof ballotReviewSchema>;

/** A public ballot's verification code: digits, lifetime, tries. */
export const BALLOT_CODE = { digits: 6, minutes: 15, maxAttempts: 5 } as const;

/** A mainland mobile number (what the SMS code goes to). */
export const phoneNumberSchema = text()
  .trim()
  .regex(/^1[3-9]\d{9}$/, 'a mainland mobile number of 11 digits');

export const EVALUATION_TEXT_LIMITS = {
  title: 200,
  description: 2_000,
  name: 50,
  citation: 4_000,
} as const;

// ---------------------------------------------------------------- the round's lifecycle

export const EVALUATION_ROUND_STATUSES = [
  'draft', // 筹备
  'open', // 评议中
  'closed', // 已截止（待审核结果）
  'approved', // 结果已审定
  'published', // 结果已公布
] as const;
export const evaluationRoundStatusSchema = z.enum(EVALUATION_ROUND_STATUSES);
export type EvaluationRoundStatus = z.infer<typeof evaluationRoundStatusSchema>;

export const EVALUATION_ROUND_WORKFLOW = defineWorkflow({
  recordType: 'evaluation_round',
  states: EVALUATION_ROUND_STATUSES,
  actions: {
    /** 启动评议: the configuration is checked (weights sum to 100 %, targets, indicators, window). */
    open: {
      from: ['draft'],
      to: 'open',
      permission: 'evaluation.manage',
      audit: 'evaluation_round.opened',
    },
    /** 截止: no ballot is accepted any more (ballots outside the window are refused anyway). */
    close: {
      from: ['open'],
      to: 'closed',
      permission: 'evaluation.manage',
      audit: 'evaluation_round.closed',
    },
    /** 重新开放 (closed by mistake), with the reason. */
    reopen: {
      from: ['closed'],
      to: 'open',
      permission: 'evaluation.manage',
      audit: 'evaluation_round.reopened',
      input: { field: 'reason', required: true },
    },
    /** 审定结果: the results are fixed (snapshot); no flagged ballot may still wait for review. */
    approve: {
      from: ['closed'],
      to: 'approved',
      permission: 'evaluation.manage',
      audit: 'evaluation_round.approved',
      input: { field: 'opinion', required: false },
    },
    /** 公布: the results on the portal. */
    publish: {
      from: ['approved'],
      to: 'published',
      permission: 'evaluation.manage',
      audit: 'evaluation_round.published',
    },
  },
});
export type EvaluationRoundAction = keyof typeof EVALUATION_ROUND_WORKFLOW.actions;

// ---------------------------------------------------------------- the round's configuration

const keySchema = text()
  .trim()
  .regex(/^[a-z][a-z0-9_]{0,39}$/, 'lower-case letters, digits and _');

export const evaluationCategorySchema = z
  .object({ key: keySchema, name: nameText(EVALUATION_TEXT_LIMITS.name) })
  .strict()
  .meta({ id: 'EvaluationCategory' });

export const evaluatorGroupConfigSchema = z
  .object({
    group: evaluatorGroupSchema,
    /** As printed (editable): 人大代表, 市民代表… */
    name: nameText(EVALUATION_TEXT_LIMITS.name),
    /** Percent, a whole number; the groups' weights sum to 100. */
    weight: z.number().int().min(1).max(100),
    channel: ballotChannelSchema,
  })
  .strict()
  .meta({ id: 'EvaluatorGroupConfig' });
export type EvaluatorGroupConfig = z.infer<typeof evaluatorGroupConfigSchema>;

export const indicatorSchema = z
  .object({ key: keySchema, name: nameText(EVALUATION_TEXT_LIMITS.name) })
  .strict()
  .meta({ id: 'EvaluationIndicator' });
export type Indicator = z.infer<typeof indicatorSchema>;

export const levelScoresSchema = z
  .object({
    satisfied: z.number().int().min(0).max(100),
    basically_satisfied: z.number().int().min(0).max(100),
    dissatisfied: z.number().int().min(0).max(100),
  })
  .strict()
  .meta({ id: 'EvaluationLevelScores' });
export type LevelScores = z.infer<typeof levelScoresSchema>;

/** 互评: units of category `from` score the units of category `to` (never themselves). */
export const mutualPairSchema = z
  .object({ from: keySchema, to: keySchema })
  .strict()
  .meta({ id: 'EvaluationMutualPair' });
export type MutualPair = z.infer<typeof mutualPairSchema>;

export const evaluationTargetInputSchema = z.object({ unitId: idSchema, category: keySchema }).strict();

export const evaluationTargetSchema = z
  .object({ id: idSchema, unitId: idSchema, unitName: z.string(), category: z.string() })
  .meta({ id: 'EvaluationTarget' });
export type EvaluationTarget = z.infer<typeof evaluationTargetSchema>;

/** One answer per indicator: a satisfaction level, or a score 0–100 (`unknown`: 不了解). */
export const ballotAnswerSchema = z.union([ballotLevelSchema, z.number().int().min(0).max(100)]);
export const ballotAnswersSchema = z
  .record(keySchema, ballotAnswerSchema)
  .refine((a) => Object.keys(a).length <= 20, 'at most 20 indicators')
  .meta({ id: 'BallotAnswers' });
export type BallotAnswers = z.infer<typeof ballotAnswersSchema>;

export const evaluationRoundSchema = z
  .object({
    id: idSchema,
    campaignId: idSchema,
    /** The organising unit (the campaign office's): the round's data scope. */
    unitId: idSchema,
    unitName: z.string(),
    title: z.string(),
    description: z.string(),
    status: evaluationRoundStatusSchema,
    scale: evaluationScaleSchema,
    levelScores: levelScoresSchema,
    /** Drop the highest and lowest ballot of each group (when it has at least three). */
    trimExtremes: z.boolean(),
    opensAt: z.string(),
    closesAt: z.string(),
    categories: z.array(evaluationCategorySchema),
    groups: z.array(evaluatorGroupConfigSchema),
    indicators: z.array(indicatorSchema),
    mutualPairs: z.array(mutualPairSchema),
    targets: z.array(evaluationTargetSchema),
    /** Ballots received; null while the round is open for whoever may not manage it. */
    ballotCount: z.number().int().nullable(),
    /** Flagged ballots waiting for review. */
    flaggedPending: z.number().int(),
    tokenCount: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
    approvedAt: z.string().nullable(),
    publishedAt: z.string().nullable(),
  })
  .meta({ id: 'EvaluationRound' });
export type EvaluationRound = z.infer<typeof evaluationRoundSchema>;

const roundFields = {
  title: nameText(EVALUATION_TEXT_LIMITS.title),
  description: text().trim().max(EVALUATION_TEXT_LIMITS.description),
  scale: evaluationScaleSchema,
  levelScores: levelScoresSchema,
  trimExtremes: z.boolean(),
  opensAt: z.iso.datetime({ offset: true }),
  closesAt: z.iso.datetime({ offset: true }),
  categories: z.array(evaluationCategorySchema).min(1).max(10),
  groups: z.array(evaluatorGroupConfigSchema).min(1).max(8),
  indicators: z.array(indicatorSchema).min(1).max(20),
  mutualPairs: z.array(mutualPairSchema).max(20),
  targets: z.array(evaluationTargetInputSchema).max(500),
};

export const createEvaluationRoundSchema = z
  .object({
    /** Default: the campaign the organising unit works under. */
    campaignId: idSchema.optional(),
    unitId: idSchema,
    title: roundFields.title,
    opensAt: roundFields.opensAt,
    closesAt: roundFields.closesAt,
    description: roundFields.description.default(''),
    /** Default: satisfaction levels. */
    scale: roundFields.scale.default('satisfaction'),
    levelScores: roundFields.levelScores.default(DEFAULT_LEVEL_SCORES),
    trimExtremes: roundFields.trimExtremes.default(false),
    /** Default: 市直部门 and 县级政府. */
    categories: roundFields.categories.optional(),
    /** Default: the eight groups with the demo's weights. */
    groups: roundFields.groups.optional(),
    /** Default: 作风、效能、廉洁、服务、落实. */
    indicators: roundFields.indicators.optional(),
    mutualPairs: roundFields.mutualPairs.optional(),
    targets: roundFields.targets.default([]),
  })
  .strict();
export type CreateEvaluationRoundInput = z.infer<typeof createEvaluationRoundSchema>;

export const updateEvaluationRoundSchema = z.object(roundFields).partial().strict();
export type UpdateEvaluationRoundInput = z.infer<typeof updateEvaluationRoundSchema>;

export const evaluationRoundListQuerySchema = z
  .object({
    campaignId: idSchema.optional(),
    status: evaluationRoundStatusSchema.optional(),
    /** Rounds with flagged ballots waiting for review. */
    toReview: z.enum(['true']).optional(),
    q: searchText(),
    ...pageQuery,
  })
  .strict();
export type EvaluationRoundListQuery = z.infer<typeof evaluationRoundListQuerySchema>;

// ---------------------------------------------------------------- tokens

export const issueTokensSchema = z
  .object({
    /** A group of the round whose channel is `token`. */
    group: evaluatorGroupSchema,
    /** How many anonymous tokens to print (each a line of the list, with its QR code). */
    count: z.number().int().min(0).max(500).default(0),
    /** Accounts (role evaluator) who vote in the staff app: one token each, on their workbench. */
    accountIds: z.array(idSchema).max(200).default([]),
  })
  .strict();
export type IssueTokensInput = z.infer<typeof issueTokensSchema>;

export const evaluationTokenSchema = z
  .object({
    id: idSchema,
    group: evaluatorGroupSchema,
    /** 序号 on the printed list, e.g. 人大代表-007. */
    label: z.string(),
    /** The token itself (printed, and in the QR code). */
    token: z.string(),
    accountId: idSchema.nullable(),
    accountName: z.string().nullable(),
    /** Targets this token has scored (how many, never which). */
    ballotsCast: z.number().int(),
  })
  .meta({ id: 'EvaluationToken' });
export type EvaluationToken = z.infer<typeof evaluationTokenSchema>;

// ---------------------------------------------------------------- ballots

export const ballotSchema = z
  .object({
    id: idSchema,
    roundId: idSchema,
    targetId: idSchema,
    unitName: z.string(),
    group: evaluatorGroupSchema,
    channel: ballotChannelSchema,
    answers: ballotAnswersSchema,
    /** The ballot's score (mean of its answered indicators); null: nothing but 不了解 (invalid). */
    score: z.number().nullable(),
    flags: z.array(ballotFlagSchema),
    review: ballotReviewSchema.nullable(),
    reviewNote: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'Ballot' });
export type Ballot = z.infer<typeof ballotSchema>;

export const ballotListQuerySchema = z
  .object({
    targetId: idSchema.optional(),
    /** Only flagged ballots, by their review. */
    review: ballotReviewSchema.optional(),
    ...pageQuery,
  })
  .strict();
export type BallotListQuery = z.infer<typeof ballotListQuerySchema>;

export const reviewBallotsSchema = z
  .object({
    ballotIds: z.array(idSchema).min(1).max(200),
    decision: z.enum(['accept', 'reject']),
    note: optionalText(500),
  })
  .strict();
export type ReviewBallotsInput = z.infer<typeof reviewBallotsSchema>;

/** A ballot cast in the staff app: by an invited evaluator's account, or for the caller's unit (互评). */
export const castBallotSchema = z.object({ targetId: idSchema, answers: ballotAnswersSchema }).strict();
export type CastBallotInput = z.infer<typeof castBallotSchema>;

/** What the caller can still score, round by round (the workbench's 待评议). */
export const myBallotRoundSchema = z
  .object({
    roundId: idSchema,
    title: z.string(),
    closesAt: z.string(),
    channel: z.enum(['token', 'mutual']),
    group: evaluatorGroupSchema,
    scale: evaluationScaleSchema,
    indicators: z.array(indicatorSchema),
    categories: z.array(z.object({ key: z.string(), name: z.string() })),
    targets: z.array(
      z.object({ targetId: idSchema, unitName: z.string(), category: z.string(), voted: z.boolean() }),
    ),
  })
  .meta({ id: 'MyBallotRound' });
export type MyBallotRound = z.infer<typeof myBallotRoundSchema>;

// ---------------------------------------------------------------- results

export const ballotCountsSchema = z
  .object({
    /** Every ballot received for the target. */
    total: z.number().int(),
    /** Counted in the score. */
    valid: z.number().int(),
    /** Nothing but 不了解, or flagged and rejected. */
    invalid: z.number().int(),
    /** Flagged, waiting for review (not counted yet). */
    pending: z.number().int(),
    /** Dropped as the highest or lowest of their group. */
    trimmed: z.number().int(),
  })
  .meta({ id: 'BallotCounts' });

export const evaluationResultSchema = z
  .object({
    targetId: idSchema,
    unitId: idSchema,
    unitName: z.string(),
    category: z.string(),
    /** Weighted over the groups that have counted ballots; null without any. */
    score: z.number().nullable(),
    /** Within the category, 1 the best; equal scores share a rank. */
    rank: z.number().int().nullable(),
    groups: z.array(
      z.object({
        group: evaluatorGroupSchema,
        weight: z.number().int(),
        score: z.number().nullable(),
        counted: z.number().int(),
      }),
    ),
    indicators: z.array(z.object({ key: z.string(), score: z.number().nullable() })),
    ballots: ballotCountsSchema,
  })
  .meta({ id: 'EvaluationResult' });
export type EvaluationResult = z.infer<typeof evaluationResultSchema>;

export const evaluationResultsSchema = z
  .object({
    roundId: idSchema,
    status: evaluationRoundStatusSchema,
    /** Fixed at approval; before it, computed now from the ballots. */
    final: z.boolean(),
    computedAt: z.string(),
    categories: z.array(
      z.object({
        key: z.string(),
        name: z.string(),
        results: z.array(evaluationResultSchema),
        /** Unit names of the best three and the last three (前三名、后三名). */
        top: z.array(z.string()),
        bottom: z.array(z.string()),
      }),
    ),
  })
  .meta({ id: 'EvaluationResults' });
export type EvaluationResults = z.infer<typeof evaluationResultsSchema>;

/** One line of a unit's conduct assessment record (作风建设考核): an approved round's result. */
export const conductAssessmentSchema = z
  .object({
    roundId: idSchema,
    roundTitle: z.string(),
    campaignId: idSchema,
    unitId: idSchema,
    unitName: z.string(),
    categoryName: z.string(),
    score: z.number().nullable(),
    rank: z.number().int().nullable(),
    /** Units ranked in the category. */
    rankedOf: z.number().int(),
    validBallots: z.number().int(),
    approvedAt: z.string(),
    published: z.boolean(),
  })
  .meta({ id: 'ConductAssessment' });
export type ConductAssessment = z.infer<typeof conductAssessmentSchema>;

export const conductAssessmentQuerySchema = z
  .object({ unitId: idSchema, campaignId: idSchema.optional() })
  .strict();

// ---------------------------------------------------------------- exemplars

export const EXEMPLAR_STATUSES = ['nominated', 'approved', 'rejected', 'published'] as const;
export const exemplarStatusSchema = z.enum(EXEMPLAR_STATUSES);
export type ExemplarStatus = z.infer<typeof exemplarStatusSchema>;

export const EXEMPLAR_WORKFLOW = defineWorkflow({
  recordType: 'exemplar',
  states: EXEMPLAR_STATUSES,
  actions: {
    /** 审核通过: never by whoever nominated it. */
    approve: {
      from: ['nominated'],
      to: 'approved',
      permission: 'evaluation.manage',
      audit: 'exemplar.approved',
      input: { field: 'opinion', required: false },
    },
    /** 不予推荐, with the reason. */
    reject: {
      from: ['nominated'],
      to: 'rejected',
      permission: 'evaluation.manage',
      audit: 'exemplar.rejected',
      input: { field: 'reason', required: true },
    },
    /** 公开宣传: on the portal. */
    publish: {
      from: ['approved'],
      to: 'published',
      permission: 'evaluation.manage',
      audit: 'exemplar.published',
    },
  },
});
export type ExemplarAction = keyof typeof EXEMPLAR_WORKFLOW.actions;

export const exemplarSchema = z
  .object({
    id: idSchema,
    campaignId: idSchema,
    /** The nominating unit (its data scope). */
    unitId: idSchema,
    unitName: z.string(),
    kind: z.enum(['unit', 'person']),
    nomineeUnitId: idSchema.nullable(),
    nomineePersonId: idSchema.nullable(),
    /** 单位名称 or 姓名（职务）as published. */
    nomineeName: z.string(),
    title: z.string(),
    /** 先进事迹. */
    citation: z.string(),
    status: exemplarStatusSchema,
    reviewNote: z.string().nullable(),
    attachments: z.array(z.object({ id: idSchema, filename: z.string(), size: z.number().int() })),
    nominatedByYou: z.boolean(),
    createdAt: z.string(),
    publishedAt: z.string().nullable(),
  })
  .meta({ id: 'Exemplar' });
export type Exemplar = z.infer<typeof exemplarSchema>;

const exemplarFields = {
  kind: z.enum(['unit', 'person']),
  nomineeUnitId: idSchema.nullable(),
  nomineePersonId: idSchema.nullable(),
  title: nameText(EVALUATION_TEXT_LIMITS.title),
  citation: nameText(EVALUATION_TEXT_LIMITS.citation),
  fileIds: z.array(idSchema).max(20),
};

export const createExemplarSchema = z
  .object({
    campaignId: idSchema.optional(),
    /** The nominating unit. */
    unitId: idSchema,
    ...exemplarFields,
    nomineeUnitId: exemplarFields.nomineeUnitId.default(null),
    nomineePersonId: exemplarFields.nomineePersonId.default(null),
    fileIds: exemplarFields.fileIds.default([]),
  })
  .strict();
export type CreateExemplarInput = z.infer<typeof createExemplarSchema>;

export const updateExemplarSchema = z
  .object({ title: exemplarFields.title, citation: exemplarFields.citation, fileIds: exemplarFields.fileIds })
  .partial()
  .strict();
export type UpdateExemplarInput = z.infer<typeof updateExemplarSchema>;

export const exemplarListQuerySchema = z
  .object({
    campaignId: idSchema.optional(),
    status: exemplarStatusSchema.optional(),
    /** Nominations the caller may review: in scope, not its own. */
    toReview: z.enum(['true']).optional(),
    q: searchText(),
    ...pageQuery,
  })
  .strict();
export type ExemplarListQuery = z.infer<typeof exemplarListQuerySchema>;

// ---------------------------------------------------------------- the portal

export const publicEvaluationRoundSchema = z
  .object({
    id: idSchema,
    title: z.string(),
    description: z.string(),
    status: z.enum(['open', 'published']),
    opensAt: z.string(),
    closesAt: z.string(),
    scale: evaluationScaleSchema,
    indicators: z.array(indicatorSchema),
    /** The groups a citizen may vote as (channel public). */
    publicGroups: z.array(z.object({ group: evaluatorGroupSchema, name: z.string() })),
    categories: z.array(z.object({ key: z.string(), name: z.string() })),
    targets: z.array(z.object({ id: idSchema, unitName: z.string(), category: z.string() })),
    /** Once published: per category, the ranking. */
    results: z
      .array(
        z.object({
          key: z.string(),
          name: z.string(),
          results: z.array(
            z.object({
              unitName: z.string(),
              score: z.number().nullable(),
              rank: z.number().int().nullable(),
              validBallots: z.number().int(),
            }),
          ),
          top: z.array(z.string()),
          bottom: z.array(z.string()),
        }),
      )
      .nullable(),
  })
  .meta({ id: 'PublicEvaluationRound' });
export type PublicEvaluationRound = z.infer<typeof publicEvaluationRoundSchema>;

export const requestBallotCodeSchema = z
  .object({
    phone: phoneNumberSchema,
    /** Required; a missing one is refused like an invalid one (PROOF_OF_WORK_INVALID). */
    altcha: text().min(1).max(10_000),
  })
  .strict();
export type RequestBallotCodeInput = z.infer<typeof requestBallotCodeSchema>;

export const submitPublicBallotSchema = z
  .object({
    phone: phoneNumberSchema,
    code: text()
      .trim()
      .regex(/^\d{6}$/, 'six digits'),
    /** A group of the round whose channel is `public` (城镇居民, 农村居民…). */
    group: evaluatorGroupSchema,
    targetId: idSchema,
    answers: ballotAnswersSchema,
  })
  .strict();
export type SubmitPublicBallotInput = z.infer<typeof submitPublicBallotSchema>;

const tokenText = text()
  .trim()
  .regex(/^[A-Za-z0-9_-]{16,64}$/, 'the token printed on the list');

export const tokenLookupSchema = z.object({ token: tokenText }).strict();
export const submitTokenBallotSchema = z
  .object({ token: tokenText, targetId: idSchema, answers: ballotAnswersSchema })
  .strict();
export type SubmitTokenBallotInput = z.infer<typeof submitTokenBallotSchema>;

export const tokenBallotFormSchema = z
  .object({
    round: publicEvaluationRoundSchema,
    group: evaluatorGroupSchema,
    groupName: z.string(),
    /** Targets this token has already scored. */
    votedTargetIds: z.array(idSchema),
  })
  .meta({ id: 'TokenBallotForm' });
export type TokenBallotForm = z.infer<typeof tokenBallotFormSchema>;

export const publicExemplarSchema = z
  .object({
    id: idSchema,
    kind: z.enum(['unit', 'person']),
    nomineeName: z.string(),
    unitName: z.string(),
    title: z.string(),
    citation: z.string(),
    publishedAt: z.string(),
  })
  .meta({ id: 'PublicExemplar' });
export type PublicExemplar = z.infer<typeof publicExemplarSchema>;

const publicPageQuery = z
  .object({
    limit: queryInt({ min: 1, max: 100 }).default(20),
    offset: queryInt({ min: 0, max: 100_000 }).default(0),
  })
  .strict();

const ballotReceivedSchema = z.object({ status: z.literal('received') });

// ---------------------------------------------------------------- the contract

const roundAuditShape = {
  campaignId: auditField.id,
  unitId: auditField.id,
  title: auditField.text,
  scale: auditField.text,
  trimExtremes: auditField.bool,
  opensAt: auditField.date,
  closesAt: auditField.date,
  categories: auditField.any,
  groups: auditField.any,
  indicators: auditField.any,
  levelScores: auditField.any,
  mutualPairs: auditField.any,
  targetUnitIds: auditField.ids,
};
const exemplarAuditShape = {
  campaignId: auditField.id,
  unitId: auditField.id,
  kind: auditField.text,
  nomineeUnitId: auditField.id,
  nomineePersonId: auditField.id,
  title: auditField.text,
  citation: auditField.text,
  fileIds: auditField.ids,
};

const READ = 'evaluation.read';
const MANAGE = 'evaluation.manage';
const VOTE = 'evaluation.vote';
const NOMINATE = 'exemplar.nominate';

const listEvaluationRoundsRoute = {
  method: 'GET',
  path: '/api/evaluation-rounds',
  tags: ['evaluation'],
  summary: "Evaluation rounds organised by units in the caller's scope, newest first",
  access: { permission: READ },
  query: evaluationRoundListQuerySchema,
  response: { 200: pageOf(evaluationRoundSchema) },
} as const;

const ROUND_STATUS_LABELS: Record<EvaluationRoundStatus, Localized> = {
  draft: { 'zh-CN': '筹备中', 'en-US': 'In preparation' },
  open: { 'zh-CN': '评议中', 'en-US': 'Open' },
  closed: { 'zh-CN': '已截止', 'en-US': 'Closed' },
  approved: { 'zh-CN': '结果已审定', 'en-US': 'Results approved' },
  published: { 'zh-CN': '结果已公布', 'en-US': 'Results published' },
};
const SCALE_LABELS: Record<EvaluationScale, Localized> = {
  satisfaction: { 'zh-CN': '满意度', 'en-US': 'Satisfaction' },
  score: { 'zh-CN': '百分制', 'en-US': 'Score (0–100)' },
};

/**
 * 评议轮次一览: one row per round as the list shows it — the ballots only as the list counts them
 * (none while a round is open, for whoever may not manage it), never a ballot or a token.
 */
const evaluationRoundExport = {
  recordType: 'evaluation_round',
  title: { 'zh-CN': '评议轮次一览', 'en-US': 'Evaluation rounds' },
  fileName: { 'zh-CN': '评议轮次一览', 'en-US': 'evaluation-rounds' },
  columns: [
    { header: { 'zh-CN': '评议名称', 'en-US': 'Title' }, value: (r) => r.title, width: 36 },
    { header: { 'zh-CN': '组织单位', 'en-US': 'Organising unit' }, value: (r) => r.unitName, width: 22 },
    {
      header: { 'zh-CN': '计分方式', 'en-US': 'Scale' },
      value: (r) => r.scale,
      format: { labels: SCALE_LABELS },
      width: 12,
    },
    {
      header: { 'zh-CN': '开始时间', 'en-US': 'Opens at' },
      value: (r) => r.opensAt,
      format: 'datetime',
      width: 18,
    },
    {
      header: { 'zh-CN': '截止时间', 'en-US': 'Closes at' },
      value: (r) => r.closesAt,
      format: 'datetime',
      width: 18,
    },
    {
      header: { 'zh-CN': '被评议对象数', 'en-US': 'Targets' },
      value: (r) => r.targets.length,
      format: 'number',
      width: 10,
    },
    {
      header: { 'zh-CN': '收到选票', 'en-US': 'Ballots' },
      value: (r) => r.ballotCount,
      format: 'number',
      width: 10,
    },
    {
      header: { 'zh-CN': '状态', 'en-US': 'Status' },
      value: (r) => r.status,
      format: { labels: ROUND_STATUS_LABELS },
      width: 12,
    },
    {
      header: { 'zh-CN': '公布时间', 'en-US': 'Published at' },
      value: (r) => r.publishedAt,
      format: 'datetime',
      width: 18,
    },
  ],
} satisfies Parameters<typeof listExportRoute<'listEvaluationRounds', typeof listEvaluationRoundsRoute>>[2];

const listExemplarsRoute = {
  method: 'GET',
  path: '/api/exemplars',
  tags: ['evaluation'],
  summary: "Exemplars (先进典型) nominated by units in the caller's scope",
  access: { permission: READ },
  query: exemplarListQuerySchema,
  response: { 200: pageOf(exemplarSchema) },
} as const;

const listBallotsRoute = {
  method: 'GET',
  path: '/api/evaluation-rounds/:id/ballots',
  tags: ['evaluation'],
  summary: "The round's ballots (never who cast them): flagged ones by review, for the office",
  access: { permission: MANAGE },
  record: 'evaluation_round',
  params: idParamsSchema,
  query: ballotListQuerySchema,
  response: { 200: pageOf(ballotSchema) },
} as const;

const EVALUATOR_GROUP_LABELS: Record<EvaluatorGroup, Localized> = {
  npc_deputy: { 'zh-CN': '人大代表', 'en-US': 'People’s Congress deputies' },
  cppcc_member: { 'zh-CN': '政协委员', 'en-US': 'CPPCC members' },
  democratic_party: { 'zh-CN': '民主党派人士', 'en-US': 'Democratic parties' },
  worker: { 'zh-CN': '工人代表', 'en-US': 'Workers' },
  rural_resident: { 'zh-CN': '农村居民代表', 'en-US': 'Rural residents' },
  urban_resident: { 'zh-CN': '城镇居民代表', 'en-US': 'Urban residents' },
  mutual: { 'zh-CN': '互评', 'en-US': 'Mutual evaluation' },
  third_party: { 'zh-CN': '第三方机构', 'en-US': 'Third party' },
};
const BALLOT_CHANNEL_LABELS: Record<BallotChannel, Localized> = {
  token: { 'zh-CN': '邀请评议（凭证）', 'en-US': 'Invited (tokens)' },
  mutual: { 'zh-CN': '单位互评', 'en-US': 'Units score each other' },
  public: { 'zh-CN': '群众评议（公开平台）', 'en-US': 'Public (portal)' },
};
const BALLOT_FLAG_LABELS: Record<BallotFlag, Localized> = {
  burst: { 'zh-CN': '短时集中投票', 'en-US': 'Burst of ballots' },
  identical: { 'zh-CN': '连续相同选票', 'en-US': 'Run of identical ballots' },
  network: { 'zh-CN': '同一网络大量投票', 'en-US': 'Many ballots from one network' },
};
const BALLOT_REVIEW_LABELS: Record<BallotReview, Localized> = {
  pending: { 'zh-CN': '待复核', 'en-US': 'To review' },
  accepted: { 'zh-CN': '有效', 'en-US': 'Valid' },
  rejected: { 'zh-CN': '无效', 'en-US': 'Invalid' },
};

/**
 * 异常选票复核表: a round's ballots as the office's review list shows them — never who cast them
 * (no voter, number, token or network is in the list either): the unit scored, the group and
 * channel, the score, why it was flagged, the review and its note, and when it was cast.
 */
const ballotExport = {
  recordType: 'ballot',
  title: { 'zh-CN': '评议选票复核表', 'en-US': 'Ballots under review' },
  fileName: { 'zh-CN': '评议选票复核表', 'en-US': 'ballots' },
  columns: [
    { header: { 'zh-CN': '被评议单位', 'en-US': 'Unit evaluated' }, value: (b) => b.unitName, width: 24 },
    {
      header: { 'zh-CN': '评议群体', 'en-US': 'Group' },
      value: (b) => b.group,
      format: { labels: EVALUATOR_GROUP_LABELS },
      width: 14,
    },
    {
      header: { 'zh-CN': '评议渠道', 'en-US': 'Channel' },
      value: (b) => b.channel,
      format: { labels: BALLOT_CHANNEL_LABELS },
      width: 18,
    },
    {
      header: { 'zh-CN': '得分', 'en-US': 'Score' },
      value: (b) => (b.score === null ? null : Math.round(b.score * 100) / 100),
      format: 'number',
      width: 8,
    },
    {
      header: { 'zh-CN': '异常原因', 'en-US': 'Flagged for' },
      value: (b, _, locale) =>
        b.flags.map((f) => BALLOT_FLAG_LABELS[f][locale]).join(locale === 'zh-CN' ? '、' : '; '),
      width: 28,
    },
    {
      header: { 'zh-CN': '复核结果', 'en-US': 'Review' },
      value: (b) => b.review,
      format: { labels: BALLOT_REVIEW_LABELS },
      width: 10,
    },
    { header: { 'zh-CN': '复核意见', 'en-US': 'Review note' }, value: (b) => b.reviewNote, width: 30 },
    {
      header: { 'zh-CN': '投票时间', 'en-US': 'Cast at' },
      value: (b) => b.createdAt,
      format: 'datetime',
      width: 18,
    },
  ],
} satisfies Parameters<typeof listExportRoute<'listBallots', typeof listBallotsRoute>>[2];

const EXEMPLAR_KIND_LABELS: Record<Exemplar['kind'], Localized> = {
  unit: { 'zh-CN': '先进集体', 'en-US': 'Unit' },
  person: { 'zh-CN': '先进个人', 'en-US': 'Person' },
};
const EXEMPLAR_STATUS_LABELS: Record<ExemplarStatus, Localized> = {
  nominated: { 'zh-CN': '待审核', 'en-US': 'To review' },
  approved: { 'zh-CN': '审核通过', 'en-US': 'Approved' },
  rejected: { 'zh-CN': '不予推荐', 'en-US': 'Declined' },
  published: { 'zh-CN': '已公开', 'en-US': 'Published' },
};

/**
 * 先进典型推荐汇总表: one row per nomination — the nominee as published, the honour, the
 * nominating unit, the citation, the review and its note, when nominated and published. Not the
 * attachments (the files open from the exemplar's page).
 */
const exemplarExport = {
  recordType: 'exemplar',
  title: { 'zh-CN': '先进典型推荐汇总表', 'en-US': 'Exemplar nominations' },
  fileName: { 'zh-CN': '先进典型推荐汇总表', 'en-US': 'exemplars' },
  columns: [
    { header: { 'zh-CN': '推荐对象', 'en-US': 'Nominee' }, value: (e) => e.nomineeName, width: 24 },
    {
      header: { 'zh-CN': '类别', 'en-US': 'Kind' },
      value: (e) => e.kind,
      format: { labels: EXEMPLAR_KIND_LABELS },
      width: 10,
    },
    { header: { 'zh-CN': '典型称号', 'en-US': 'Title' }, value: (e) => e.title, width: 30 },
    { header: { 'zh-CN': '推荐单位', 'en-US': 'Nominating unit' }, value: (e) => e.unitName, width: 22 },
    { header: { 'zh-CN': '先进事迹', 'en-US': 'Citation' }, value: (e) => e.citation, width: 60 },
    {
      header: { 'zh-CN': '状态', 'en-US': 'Status' },
      value: (e) => e.status,
      format: { labels: EXEMPLAR_STATUS_LABELS },
      width: 10,
    },
    { header: { 'zh-CN': '审核意见', 'en-US': 'Review note' }, value: (e) => e.reviewNote, width: 30 },
    {
      header: { 'zh-CN': '推荐时间', 'en-US': 'Nominated at' },
      value: (e) => e.createdAt,
      format: 'datetime',
      width: 18,
    },
    {
      header: { 'zh-CN': '公开时间', 'en-US': 'Published at' },
      value: (e) => e.publishedAt,
      format: 'datetime',
      width: 18,
    },
  ],
} satisfies Parameters<typeof listExportRoute<'listExemplars', typeof listExemplarsRoute>>[2];

export const evaluationContract = defineModuleContract({
  name: 'evaluation',
  permissions: [READ, MANAGE, VOTE, NOMINATE],
  grants: {
    campaign_admin: [READ, MANAGE, NOMINATE],
    supervisor: [READ, MANAGE, NOMINATE],
    leader: [READ],
    inspector: [READ],
    unit_staff: [READ, NOMINATE],
    unit_leader: [READ, VOTE, NOMINATE],
    evaluator: [VOTE],
  },
  records: {
    evaluation_round: { readPermission: READ },
    ballot: { readPermission: MANAGE },
    exemplar: { readPermission: READ },
  },
  auditEvents: [
    createdEvent('evaluation_round.created', 'evaluation_round', roundAuditShape),
    listExportedEvent('evaluation_round'),
    listExportedEvent('exemplar'),
    listExportedEvent('ballot'),
    updatedEvent('evaluation_round.updated', 'evaluation_round', roundAuditShape),
    deletedEvent('evaluation_round.deleted', 'evaluation_round', roundAuditShape),
    transitionEvent('evaluation_round.opened', 'evaluation_round'),
    transitionEvent('evaluation_round.closed', 'evaluation_round'),
    transitionEvent('evaluation_round.reopened', 'evaluation_round'),
    transitionEvent('evaluation_round.approved', 'evaluation_round', { targets: auditField.int }),
    transitionEvent('evaluation_round.published', 'evaluation_round'),
    auditEvent('evaluation_round.tokens_issued', 'evaluation_round', {
      after: z.object({ group: z.string(), count: auditField.int, accountIds: auditField.ids }).strict(),
    }),
    auditEvent('evaluation_round.tokens_viewed', 'evaluation_round', {
      after: z.object({ count: auditField.int }).strict(),
    }),
    auditEvent('evaluation_round.results_exported', 'evaluation_round', {
      after: z.object({ format: z.string() }).strict(),
    }),
    createdEvent('ballot.cast', 'ballot', {
      roundId: auditField.id,
      targetId: auditField.id,
      group: auditField.text,
      channel: auditField.text,
      flags: auditField.ids,
    }),
    transitionEvent('ballot.accepted', 'ballot', { note: auditField.text }),
    transitionEvent('ballot.rejected', 'ballot', { note: auditField.text }),
    createdEvent('exemplar.created', 'exemplar', exemplarAuditShape),
    updatedEvent('exemplar.updated', 'exemplar', exemplarAuditShape),
    deletedEvent('exemplar.deleted', 'exemplar', exemplarAuditShape),
    transitionEvent('exemplar.approved', 'exemplar'),
    transitionEvent('exemplar.rejected', 'exemplar'),
    transitionEvent('exemplar.published', 'exemplar'),
  ],
  errors: {
    /** A token or a unit already scored this target, or a phone number already voted for it. */
    BALLOT_ALREADY_CAST: 409,
    /** Outside the round's window, or the round is not open. */
    EVALUATION_NOT_OPEN: 409,
    /** 互评: no unit scores itself. */
    BALLOT_SELF_EVALUATION: 403,
    /** The token is unknown (or of a round that is gone). */
    BALLOT_TOKEN_INVALID: 404,
    /** The SMS code is wrong, expired or used up its tries. */
    BALLOT_CODE_INVALID: 400,
    /** Results are not visible to the caller yet (before the round closes). */
    EVALUATION_RESULTS_HIDDEN: 403,
    /** Flagged ballots still wait for review: results cannot be approved. */
    EVALUATION_FLAGS_PENDING: 409,
    /** The SMS gateway did not take the verification code: try again later. */
    SMS_NOT_SENT: 503,
    /** 四眼: whoever nominated an exemplar does not review it. */
    EXEMPLAR_FOUR_EYES: 403,
  },
  routes: defineRoutes({
    listEvaluationRounds: listEvaluationRoundsRoute,
    exportEvaluationRounds: listExportRoute(
      'listEvaluationRounds',
      listEvaluationRoundsRoute,
      evaluationRoundExport,
    ),
    createEvaluationRound: {
      method: 'POST',
      path: '/api/evaluation-rounds',
      tags: ['evaluation'],
      summary: 'Prepare an evaluation round: targets, groups and weights, indicators, window',
      access: { permission: MANAGE },
      body: createEvaluationRoundSchema,
      response: { 201: evaluationRoundSchema },
    },
    getEvaluationRound: {
      method: 'GET',
      path: '/api/evaluation-rounds/:id',
      tags: ['evaluation'],
      summary: 'One evaluation round',
      access: { permission: READ },
      record: 'evaluation_round',
      params: idParamsSchema,
      response: { 200: evaluationRoundSchema },
    },
    updateEvaluationRound: {
      method: 'PATCH',
      path: '/api/evaluation-rounds/:id',
      tags: ['evaluation'],
      summary: 'Edit a round in preparation (targets are replaced as a whole)',
      access: { permission: MANAGE },
      record: 'evaluation_round',
      params: idParamsSchema,
      body: updateEvaluationRoundSchema,
      response: { 200: evaluationRoundSchema },
    },
    deleteEvaluationRound: {
      method: 'DELETE',
      path: '/api/evaluation-rounds/:id',
      tags: ['evaluation'],
      summary: 'Delete a round in preparation',
      access: { permission: MANAGE },
      record: 'evaluation_round',
      params: idParamsSchema,
      response: { 200: okSchema },
    },
    ...workflowRoutes(EVALUATION_ROUND_WORKFLOW, {
      name: 'EvaluationRound',
      basePath: '/api/evaluation-rounds/:id',
      tags: ['evaluation'],
      response: evaluationRoundSchema,
      summaries: {
        open: 'Open the round (the weights must sum to 100 %, with targets and indicators)',
        close: 'Close the round: no more ballots',
        reopen: 'Reopen a closed round, with the reason',
        approve: 'Approve the results (fixed from now on); no flagged ballot may wait for review',
        publish: 'Publish the results on the portal',
      },
    }),
    issueEvaluationTokens: {
      method: 'POST',
      path: '/api/evaluation-rounds/:id/tokens',
      tags: ['evaluation'],
      summary: 'Issue one-time tokens to a group of invited evaluators (anonymous, or one per account)',
      access: { permission: MANAGE },
      record: 'evaluation_round',
      params: idParamsSchema,
      body: issueTokensSchema,
      response: { 201: z.object({ items: z.array(evaluationTokenSchema) }) },
    },
    listEvaluationTokens: {
      method: 'GET',
      path: '/api/evaluation-rounds/:id/tokens',
      tags: ['evaluation'],
      summary: "The round's tokens, to print with their QR codes (the view is audited)",
      access: { permission: MANAGE },
      record: 'evaluation_round',
      params: idParamsSchema,
      response: { 200: z.object({ items: z.array(evaluationTokenSchema) }) },
    },
    listBallots: listBallotsRoute,
    exportBallots: listExportRoute('listBallots', listBallotsRoute, ballotExport),
    reviewBallots: {
      method: 'POST',
      path: '/api/evaluation-rounds/:id/ballots/review',
      tags: ['evaluation'],
      summary: 'Accept flagged ballots (they count) or reject them (invalid), with a note',
      access: { permission: MANAGE },
      record: 'evaluation_round',
      params: idParamsSchema,
      body: reviewBallotsSchema,
      response: { 200: z.object({ reviewed: z.number().int() }) },
    },
    castBallot: {
      method: 'POST',
      path: '/api/evaluation-rounds/:id/ballots',
      tags: ['evaluation'],
      summary: "Score a target: as an invited evaluator (the caller's token) or for the caller's unit (互评)",
      access: { permission: VOTE },
      params: idParamsSchema,
      body: castBallotSchema,
      errors: [404],
      response: { 201: ballotReceivedSchema },
    },
    listMyBallots: {
      method: 'GET',
      path: '/api/my-ballots',
      tags: ['evaluation'],
      summary:
        'Open rounds in which the caller still has targets to score, with every target marked scored or not',
      access: { permission: VOTE },
      response: { 200: z.object({ items: z.array(myBallotRoundSchema) }) },
    },
    getEvaluationResults: {
      method: 'GET',
      path: '/api/evaluation-rounds/:id/results',
      tags: ['evaluation'],
      summary:
        'Results per category: weighted scores, breakdown, ballot counts, ranks (the office any time; others once closed)',
      access: { permission: READ },
      record: 'evaluation_round',
      params: idParamsSchema,
      response: { 200: evaluationResultsSchema },
    },
    getEvaluationResultsXlsx: {
      method: 'GET',
      path: '/api/evaluation-rounds/:id/results.xlsx',
      tags: ['evaluation'],
      summary: 'The results as an Excel workbook (one sheet per category, with the breakdown)',
      access: { permission: READ },
      record: 'evaluation_round',
      params: idParamsSchema,
      response: { 200: binaryResponse(XLSX_MEDIA_TYPE, 'An Excel workbook') },
    },
    getEvaluationResultsDocx: {
      method: 'GET',
      path: '/api/evaluation-rounds/:id/results.docx',
      tags: ['evaluation'],
      summary: 'The results notice (评议结果通报) as a Word document in the official layout',
      access: { permission: READ },
      record: 'evaluation_round',
      params: idParamsSchema,
      response: { 200: binaryResponse(DOCX_MEDIA_TYPE, 'A Word document') },
    },
    listConductAssessments: {
      method: 'GET',
      path: '/api/conduct-assessments',
      tags: ['evaluation'],
      summary: "A unit's conduct assessment record (作风建设考核): its approved evaluation results",
      access: { permission: READ },
      query: conductAssessmentQuerySchema,
      errors: [404],
      response: { 200: z.object({ items: z.array(conductAssessmentSchema) }) },
    },

    listExemplars: listExemplarsRoute,
    exportExemplars: listExportRoute('listExemplars', listExemplarsRoute, exemplarExport),
    createExemplar: {
      method: 'POST',
      path: '/api/exemplars',
      tags: ['evaluation'],
      summary: 'Nominate a unit or a person as an exemplar, with the citation and evidence',
      access: { permission: NOMINATE },
      body: createExemplarSchema,
      response: { 201: exemplarSchema },
    },
    getExemplar: {
      method: 'GET',
      path: '/api/exemplars/:id',
      tags: ['evaluation'],
      summary: 'One exemplar nomination',
      access: { permission: READ },
      record: 'exemplar',
      params: idParamsSchema,
      response: { 200: exemplarSchema },
    },
    updateExemplar: {
      method: 'PATCH',
      path: '/api/exemplars/:id',
      tags: ['evaluation'],
      summary: 'Edit a nomination not yet reviewed',
      access: { permission: NOMINATE },
      record: 'exemplar',
      params: idParamsSchema,
      body: updateExemplarSchema,
      response: { 200: exemplarSchema },
    },
    deleteExemplar: {
      method: 'DELETE',
      path: '/api/exemplars/:id',
      tags: ['evaluation'],
      summary: 'Withdraw a nomination not yet reviewed',
      access: { permission: NOMINATE },
      record: 'exemplar',
      params: idParamsSchema,
      response: { 200: okSchema },
    },
    ...workflowRoutes(EXEMPLAR_WORKFLOW, {
      name: 'Exemplar',
      basePath: '/api/exemplars/:id',
      tags: ['evaluation'],
      response: exemplarSchema,
      summaries: {
        approve: 'Approve a nomination (never by whoever nominated it)',
        reject: 'Decline a nomination, with the reason',
        publish: 'Publish an approved exemplar on the portal',
      },
    }),

    // ---- public portal
    listPublicEvaluationRounds: {
      method: 'GET',
      path: '/api/portal/evaluation-rounds',
      tags: ['portal'],
      summary: 'Rounds open to public voting, and rounds with published results, newest first',
      access: { public: true },
      query: publicPageQuery,
      response: {
        200: z.object({ items: z.array(publicEvaluationRoundSchema), total: z.number().int() }),
      },
    },
    getPublicEvaluationRound: {
      method: 'GET',
      path: '/api/portal/evaluation-rounds/:id',
      tags: ['portal'],
      summary: 'One open or published round: its form and targets, and the ranking once published',
      access: { public: true },
      params: idParamsSchema,
      errors: [404],
      response: { 200: publicEvaluationRoundSchema },
    },
    requestBallotCode: {
      method: 'POST',
      path: '/api/portal/evaluation-rounds/:id/phone-code',
      tags: ['portal'],
      summary: 'Send a verification code by SMS to the phone number a citizen votes with (proof of work)',
      access: { public: true },
      params: idParamsSchema,
      body: requestBallotCodeSchema,
      errors: [404],
      response: { 200: z.object({ sent: z.literal(true), minutes: z.number().int() }) },
    },
    submitPublicBallot: {
      method: 'POST',
      path: '/api/portal/evaluation-rounds/:id/ballots',
      tags: ['portal'],
      summary: 'A citizen scores a target with a verified phone number (one ballot per number per target)',
      access: { public: true },
      params: idParamsSchema,
      body: submitPublicBallotSchema,
      errors: [404],
      response: { 201: ballotReceivedSchema },
    },
    lookupEvaluationToken: {
      method: 'POST',
      path: '/api/portal/evaluation-tokens/lookup',
      tags: ['portal'],
      summary: "An invited evaluator's ballot form: the round, the token's group, the targets already scored",
      access: { public: true },
      body: tokenLookupSchema,
      errors: [404],
      response: { 200: tokenBallotFormSchema },
    },
    submitTokenBallot: {
      method: 'POST',
      path: '/api/portal/evaluation-tokens/ballots',
      tags: ['portal'],
      summary: 'An invited evaluator scores a target with the token (once per target)',
      access: { public: true },
      body: submitTokenBallotSchema,
      errors: [404],
      response: { 201: ballotReceivedSchema },
    },
    listPublicExemplars: {
      method: 'GET',
      path: '/api/portal/exemplars',
      tags: ['portal'],
      summary: 'Published exemplars (先进典型), newest first',
      access: { public: true },
      query: publicPageQuery,
      response: { 200: z.object({ items: z.array(publicExemplarSchema), total: z.number().int() }) },
    },
  }),
});
