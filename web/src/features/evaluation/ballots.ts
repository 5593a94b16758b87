import type { Messages } from '../../app/module';
import { ApiError } from '../../lib/api';
import type { BallotAnswer, BallotLevel, EvaluationScale, Indicator } from './types';

/** The satisfaction scale's answers, in the order the form lists them (不了解 last). */
export const SATISFACTION_ANSWERS: readonly BallotLevel[] = [
  'satisfied',
  'basically_satisfied',
  'dissatisfied',
  'unknown',
];

/** Whether a value is an answer the scale takes: a level, or a whole score 0–100 (不了解 on both). */
export function isAnswer(scale: EvaluationScale, value: unknown): value is BallotAnswer {
  if (value === 'unknown') return true;
  if (scale === 'satisfaction')
    return typeof value === 'string' && SATISFACTION_ANSWERS.includes(value as never);
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 100;
}

/** The indicators still without an answer: the ballot is sent once every one has one. */
export function missingAnswers(
  scale: EvaluationScale,
  indicators: readonly Indicator[],
  answers: Readonly<Record<string, unknown>>,
): string[] {
  return indicators.filter((i) => !isAnswer(scale, answers[i.key])).map((i) => i.key);
}

/** A ballot answering 不了解 to every indicator counts for nothing (the server records it as invalid). */
export function onlyUnknown(
  indicators: readonly Indicator[],
  answers: Readonly<Record<string, unknown>>,
): boolean {
  return indicators.length > 0 && indicators.every((i) => answers[i.key] === 'unknown');
}

/** The error codes of 评责 the pages explain in their own words. */
const EXPLAINED = [
  'BALLOT_ALREADY_CAST',
  'BALLOT_SELF_EVALUATION',
  'EVALUATION_NOT_OPEN',
  'EVALUATION_RESULTS_HIDDEN',
  'EVALUATION_FLAGS_PENDING',
  'EXEMPLAR_FOUR_EYES',
] as const;
type Explained = (typeof EXPLAINED)[number];

/** The code of a failed call when the pages explain it in their own words; null otherwise. */
export function explainedCode(error: unknown): Explained | null {
  if (!(error instanceof ApiError)) return null;
  const code = error.code as string;
  return (EXPLAINED as readonly string[]).includes(code) ? (code as Explained) : null;
}

/**
 * What a failed call of 评责 says, in the user's language: the page's own message for the codes it
 * knows (a ballot already cast, one's own unit, a round not open…), the server's translated
 * detail otherwise; null for anything that is not an API error (a network failure).
 */
export function evaluationErrorMessage(t: Messages, error: unknown): string | null {
  if (!(error instanceof ApiError)) return null;
  const code = explainedCode(error);
  return code ? t.evaluationError[code] : (error.problem.detail ?? error.problem.title);
}

/** The results are not visible to the caller yet (before the round closes): 403 EVALUATION_RESULTS_HIDDEN. */
export function isResultsHidden(error: unknown): boolean {
  return explainedCode(error) === 'EVALUATION_RESULTS_HIDDEN';
}
