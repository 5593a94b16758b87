/** Types of 评责 (evaluation rounds, ballots, results, conduct assessments, exemplars) come from the contracts. */
import type { BallotAnswers, RouteInput, Routes } from '@zeren/contracts';
import type { QueryOf } from '../../lib/api';

export {
  BALLOT_CHANNELS,
  BALLOT_FLAGS,
  BALLOT_LEVELS,
  BALLOT_REVIEWS,
  type Ballot,
  type BallotAnswers,
  type BallotChannel,
  type BallotFlag,
  type BallotLevel,
  type BallotReview,
  type ConductAssessment,
  DEFAULT_LEVEL_SCORES,
  EVALUATION_ROUND_STATUSES,
  EVALUATION_ROUND_WORKFLOW,
  EVALUATION_SCALES,
  EVALUATION_TEXT_LIMITS,
  EVALUATOR_GROUPS,
  type EvaluationResult,
  type EvaluationResults,
  type EvaluationRound,
  type EvaluationRoundAction,
  type EvaluationRoundStatus,
  type EvaluationScale,
  type EvaluationTarget,
  type EvaluationToken,
  type EvaluatorGroup,
  type EvaluatorGroupConfig,
  EXEMPLAR_STATUSES,
  EXEMPLAR_WORKFLOW,
  type Exemplar,
  type ExemplarAction,
  type ExemplarStatus,
  type Indicator,
  type LevelScores,
  type MutualPair,
  type MyBallotRound,
  type UpdateEvaluationRoundInput,
  type UpdateExemplarInput,
} from '@zeren/contracts';

/** A round list query as the caller writes it (`limit` and `after` optional). */
export type RoundQuery = QueryOf<'listEvaluationRounds'>;
/** The round list's filters: the query without its paging. */
export type RoundFilters = Omit<RoundQuery, 'limit' | 'after'>;

/** A ballot list query (the flagged ballots of a round, by review). */
export type BallotQuery = QueryOf<'listBallots'>;
export type BallotFilters = Omit<BallotQuery, 'limit' | 'after'>;

/** An exemplar list query as the caller writes it. */
export type ExemplarQuery = QueryOf<'listExemplars'>;
export type ExemplarFilters = Omit<ExemplarQuery, 'limit' | 'after'>;

/** A round as prepared, as the caller writes it (everything but the unit, title and window optional). */
export type CreateRoundBody = RouteInput<Routes['createEvaluationRound']>['body'];
/** Tokens as issued to a group: a count of anonymous ones and/or one per evaluator account. */
export type IssueTokensBody = RouteInput<Routes['issueEvaluationTokens']>['body'];
/** A nomination as the caller writes it. */
export type CreateExemplarBody = RouteInput<Routes['createExemplar']>['body'];
/** One answer per indicator: a level of the satisfaction scale, or a score 0–100, or 不了解. */
export type BallotAnswer = BallotAnswers[string];
