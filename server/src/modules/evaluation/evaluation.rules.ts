import type {
  BallotAnswers,
  EvaluationResult,
  EvaluationScale,
  EvaluatorGroupConfig,
  Indicator,
  LevelScores,
  MutualPair,
} from '@zeren/contracts';

/**
 * The arithmetic of 评责, without the database: what a round's configuration must satisfy, what a
 * ballot scores, and how ballots become weighted scores and ranks. Scores are kept unrounded and
 * rounded to two decimals only when shown.
 */

export interface RoundConfig {
  scale: EvaluationScale;
  levelScores: LevelScores;
  trimExtremes: boolean;
  categories: { key: string; name: string }[];
  groups: EvaluatorGroupConfig[];
  indicators: Indicator[];
  mutualPairs: MutualPair[];
}

/** A problem with a configuration: the field (path) and the message key. */
export interface ConfigProblem {
  path: string;
  key: string;
  params?: Record<string, string | number>;
}

function duplicates(keys: string[]): string | undefined {
  return keys.find((k, i) => keys.indexOf(k) !== i);
}

/**
 * What may be saved at any time: keys unique, pairs and targets naming the round's categories.
 * (Weights are checked when the round opens and whenever groups are saved.)
 */
export function configProblems(
  config: RoundConfig,
  targets: { unitId: string; category: string }[],
): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const categoryKeys = config.categories.map((c) => c.key);
  const dupCategory = duplicates(categoryKeys);
  if (dupCategory)
    problems.push({ path: 'categories', key: 'evaluation.duplicate_key', params: { key: dupCategory } });
  const dupGroup = duplicates(config.groups.map((g) => g.group));
  if (dupGroup) problems.push({ path: 'groups', key: 'evaluation.duplicate_key', params: { key: dupGroup } });
  const dupIndicator = duplicates(config.indicators.map((i) => i.key));
  if (dupIndicator)
    problems.push({ path: 'indicators', key: 'evaluation.duplicate_key', params: { key: dupIndicator } });
  const weights = config.groups.reduce((sum, g) => sum + g.weight, 0);
  if (weights !== 100)
    problems.push({ path: 'groups', key: 'evaluation.weights_sum', params: { sum: weights } });
  config.mutualPairs.forEach((p, i) => {
    if (!categoryKeys.includes(p.from) || !categoryKeys.includes(p.to))
      problems.push({ path: `mutualPairs.${i}`, key: 'evaluation.unknown_category' });
  });
  if (config.mutualPairs.length > 0 && !config.groups.some((g) => g.channel === 'mutual'))
    problems.push({ path: 'groups', key: 'evaluation.mutual_group_missing' });
  const mutualGroups = config.groups.filter((g) => g.channel === 'mutual').length;
  if (mutualGroups > 1) problems.push({ path: 'groups', key: 'evaluation.one_mutual_group' });
  targets.forEach((t, i) => {
    if (!categoryKeys.includes(t.category))
      problems.push({ path: `targets.${i}.category`, key: 'evaluation.unknown_category' });
  });
  const dupTarget = duplicates(targets.map((t) => t.unitId));
  if (dupTarget) problems.push({ path: 'targets', key: 'evaluation.duplicate_target' });
  return problems;
}

/** The score of each answered indicator of a ballot; 不了解 (or no answer) leaves it out. */
export function indicatorScores(
  config: Pick<RoundConfig, 'scale' | 'levelScores' | 'indicators'>,
  answers: BallotAnswers,
): Map<string, number> {
  const out = new Map<string, number>();
  for (const indicator of config.indicators) {
    const answer = answers[indicator.key];
    if (answer === undefined || answer === 'unknown') continue;
    if (typeof answer === 'number') out.set(indicator.key, answer);
    else out.set(indicator.key, config.levelScores[answer]);
  }
  return out;
}

/**
 * Which answers a ballot may not carry: every indicator of the form answered, nothing else; levels
 * on the satisfaction scale, whole scores 0–100 (or 不了解) on the score scale.
 */
export function answerProblems(
  config: Pick<RoundConfig, 'scale' | 'indicators'>,
  answers: BallotAnswers,
): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const keys = config.indicators.map((i) => i.key);
  for (const key of Object.keys(answers))
    if (!keys.includes(key)) problems.push({ path: `answers.${key}`, key: 'evaluation.unknown_indicator' });
  for (const key of keys) {
    const answer = answers[key];
    if (answer === undefined) problems.push({ path: `answers.${key}`, key: 'evaluation.answer_missing' });
    else if (config.scale === 'satisfaction' && typeof answer === 'number')
      problems.push({ path: `answers.${key}`, key: 'evaluation.answer_level_expected' });
    else if (config.scale === 'score' && typeof answer === 'string' && answer !== 'unknown')
      problems.push({ path: `answers.${key}`, key: 'evaluation.answer_score_expected' });
  }
  return problems;
}

/** A ballot's own score: the mean of its answered indicators; null when nothing was answered. */
export function ballotScore(
  config: Pick<RoundConfig, 'scale' | 'levelScores' | 'indicators'>,
  answers: BallotAnswers,
) {
  const scores = [...indicatorScores(config, answers).values()];
  return scores.length === 0 ? null : scores.reduce((a, b) => a + b, 0) / scores.length;
}

/** Two ballots that answered every indicator alike. */
export function sameAnswers(a: BallotAnswers, b: BallotAnswers): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) if (a[key] !== b[key]) return false;
  return true;
}

/** The network an address belongs to, as flagged: IPv4 /24, IPv6 /48. */
export function networkOf(ip: string): string {
  const v4 = ip.replace(/^::ffff:/, '');
  if (/^\d+\.\d+\.\d+\.\d+$/.test(v4)) return `${v4.split('.').slice(0, 3).join('.')}.0/24`;
  const groups = ip.split(':');
  return `${groups.slice(0, 3).join(':')}::/48`;
}

// ---------------------------------------------------------------- results

export interface BallotForResult {
  targetId: string;
  group: string;
  answers: BallotAnswers;
  score: number | null;
  review: 'pending' | 'accepted' | 'rejected' | null;
}

export interface TargetForResult {
  id: string;
  unitId: string;
  unitName: string;
  category: string;
}

const mean = (xs: number[]) => (xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length);

/** Rounds a score for showing and storing (two decimals, half away from zero). */
export function round2(x: number | null): number | null {
  return x === null ? null : Math.round((x + Number.EPSILON) * 100) / 100;
}

/**
 * One target's result. Per group: its valid ballots (a score, and not flagged or accepted after
 * review); with trimming and at least three, the single highest and lowest dropped; the group's
 * score is the mean of the rest, and each indicator's the mean of the rest that answered it. The
 * target's score is the weighted mean over the groups that have counted ballots (a group with
 * none does not pull the score down; its weight is shared by the others).
 */
export function targetResult(
  config: RoundConfig,
  target: TargetForResult,
  ballots: BallotForResult[],
): Omit<EvaluationResult, 'rank'> {
  const counts = { total: ballots.length, valid: 0, invalid: 0, pending: 0, trimmed: 0 };
  const kept: BallotForResult[] = [];
  const groups = config.groups.map((g) => {
    const valid: BallotForResult[] = [];
    for (const b of ballots.filter((x) => x.group === g.group)) {
      if (b.review === 'pending') counts.pending += 1;
      else if (b.review === 'rejected' || b.score === null) counts.invalid += 1;
      else valid.push(b);
    }
    counts.valid += valid.length;
    let counted = valid;
    if (config.trimExtremes && valid.length >= 3) {
      const sorted = [...valid].sort((a, b) => a.score! - b.score!);
      counted = sorted.slice(1, -1);
      counts.trimmed += 2;
    }
    // Not a spread: a target's public group can hold more ballots than a call takes arguments.
    for (const b of counted) kept.push(b);
    return {
      group: g.group,
      weight: g.weight,
      score: mean(counted.map((b) => b.score!)),
      counted: counted.length,
      ballots: counted,
    };
  });
  const present = groups.filter((g) => g.score !== null);
  const weightSum = present.reduce((s, g) => s + g.weight, 0);
  const score = weightSum === 0 ? null : present.reduce((s, g) => s + g.weight * g.score!, 0) / weightSum;
  const indicators = config.indicators.map((indicator) => {
    // Weighted like the score: per group the mean of the indicator, then the groups by weight.
    const perGroup = groups
      .map((g) => ({
        weight: g.weight,
        score: mean(g.ballots.flatMap((b) => indicatorScores(config, b.answers).get(indicator.key) ?? [])),
      }))
      .filter((g): g is { weight: number; score: number } => g.score !== null);
    const w = perGroup.reduce((s, g) => s + g.weight, 0);
    return {
      key: indicator.key,
      score: round2(w === 0 ? null : perGroup.reduce((s, g) => s + g.weight * g.score, 0) / w),
    };
  });
  return {
    targetId: target.id,
    unitId: target.unitId,
    unitName: target.unitName,
    category: target.category,
    score: round2(score),
    groups: groups.map((g) => ({
      group: g.group as never,
      weight: g.weight,
      score: round2(g.score),
      counted: g.counted,
    })),
    indicators,
    ballots: counts,
  };
}

/** Ranks within one category, best first; equal scores share a rank (1, 1, 3); no score, no rank. */
export function rankCategory(results: Omit<EvaluationResult, 'rank'>[]): EvaluationResult[] {
  const sorted = [...results].sort((a, b) => {
    if (a.score === null) return b.score === null ? a.unitName.localeCompare(b.unitName, 'zh-CN') : 1;
    if (b.score === null) return -1;
    return b.score - a.score || a.unitName.localeCompare(b.unitName, 'zh-CN');
  });
  let rank = 0;
  return sorted.map((r, i) => {
    if (r.score === null) return { ...r, rank: null };
    if (i === 0 || sorted[i - 1]!.score !== r.score) rank = i + 1;
    return { ...r, rank };
  });
}

/** The best three and the last three of a ranked category (the last never repeating the first). */
export function topAndBottom(ranked: EvaluationResult[]): { top: string[]; bottom: string[] } {
  const scored = ranked.filter((r) => r.rank !== null);
  return {
    top: scored.slice(0, 3).map((r) => r.unitName),
    bottom: scored.slice(Math.max(3, scored.length - 3)).map((r) => r.unitName),
  };
}
