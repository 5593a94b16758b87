import type {
  EvaluationRound,
  EvaluationTarget,
  EvaluatorGroup,
  EvaluatorGroupConfig,
  UpdateEvaluationRoundInput,
} from './types';

/** The groups' weights are percent and sum to this (the server checks it when the round opens). */
export const WEIGHT_TOTAL = 100;

/** The sum of the groups' weights as the form holds them (rows half filled in count as 0). */
export function weightSum(
  groups: readonly (Partial<EvaluatorGroupConfig> | undefined)[] | undefined,
): number {
  return (groups ?? []).reduce((sum, group) => sum + (Number(group?.weight) || 0), 0);
}

/** The keys of categories and indicators: lower-case letters, digits and _, a letter first. */
export const KEY_PATTERN = /^[a-z][a-z0-9_]{0,39}$/;

/**
 * A key for a new category or indicator (`c3`, `i6`): the prefix and the first number no row
 * uses. People name the rows; the key only ties targets, pairs and answers to them.
 */
export function nextKey(prefix: string, taken: readonly (string | undefined)[]): string {
  const used = new Set(taken);
  let n = 1;
  while (used.has(`${prefix}${n}`)) n++;
  return `${prefix}${n}`;
}

/** A round's targets as the form holds them: the unit ids of each category. */
export function targetsByCategory(targets: readonly Pick<EvaluationTarget, 'unitId' | 'category'>[]) {
  const out: Record<string, string[]> = {};
  for (const target of targets) out[target.category] = [...(out[target.category] ?? []), target.unitId];
  return out;
}

/**
 * The targets to save: each category's units, in the categories' order, a unit once (in the first
 * category that lists it); units of a category that was removed are dropped.
 */
export function targetInputs(
  byCategory: Readonly<Record<string, readonly string[] | undefined>> | undefined,
  categoryKeys: readonly string[],
): { unitId: string; category: string }[] {
  const seen = new Set<string>();
  const out: { unitId: string; category: string }[] = [];
  for (const category of categoryKeys)
    for (const unitId of byCategory?.[category] ?? []) {
      if (seen.has(unitId)) continue;
      seen.add(unitId);
      out.push({ unitId, category });
    }
  return out;
}

/** The configuration a draft round's form edits (all of it but the window, held as two moments). */
export interface RoundConfig {
  title: string;
  description: string;
  opensAt: string;
  closesAt: string;
  scale: EvaluationRound['scale'];
  levelScores: EvaluationRound['levelScores'];
  trimExtremes: boolean;
  categories: EvaluationRound['categories'];
  groups: EvaluationRound['groups'];
  indicators: EvaluationRound['indicators'];
  mutualPairs: EvaluationRound['mutualPairs'];
  targets: Record<string, string[]>;
}

export function roundConfigOf(round: EvaluationRound): RoundConfig {
  return {
    title: round.title,
    description: round.description,
    opensAt: round.opensAt,
    closesAt: round.closesAt,
    scale: round.scale,
    levelScores: round.levelScores,
    trimExtremes: round.trimExtremes,
    categories: round.categories,
    groups: round.groups,
    indicators: round.indicators,
    mutualPairs: round.mutualPairs,
    targets: targetsByCategory(round.targets),
  };
}

/** The PATCH of a draft round: the whole configuration (targets replaced as a whole), trimmed. */
export function roundUpdateOf(config: RoundConfig): UpdateEvaluationRoundInput {
  const categories = config.categories.map((c) => ({ key: c.key, name: c.name.trim() }));
  const keys = categories.map((c) => c.key);
  return {
    title: config.title.trim(),
    description: (config.description ?? '').trim(),
    opensAt: config.opensAt,
    closesAt: config.closesAt,
    scale: config.scale,
    levelScores: config.levelScores,
    trimExtremes: config.trimExtremes,
    categories,
    groups: config.groups.map((g) => ({ ...g, name: g.name.trim() })),
    indicators: config.indicators.map((i) => ({ key: i.key, name: i.name.trim() })),
    // A pair naming a category that was removed would be refused: it goes with the category.
    mutualPairs: config.mutualPairs.filter((p) => keys.includes(p.from) && keys.includes(p.to)),
    targets: targetInputs(config.targets, keys),
  };
}

/** The groups that vote with printed tokens: the ones tokens are issued to. */
export function tokenGroups(round: Pick<EvaluationRound, 'groups'>): EvaluatorGroupConfig[] {
  return round.groups.filter((group) => group.channel === 'token');
}

/** A group's name as the round prints it, or the vocabulary's label. */
export function groupName(
  round: Pick<EvaluationRound, 'groups'> | undefined,
  group: EvaluatorGroup,
  labels: Record<EvaluatorGroup, string>,
): string {
  return round?.groups.find((g) => g.group === group)?.name ?? labels[group];
}

/** The channel a group votes through unless the office says otherwise. */
export function defaultChannel(group: EvaluatorGroup): EvaluatorGroupConfig['channel'] {
  if (group === 'mutual') return 'mutual';
  if (group === 'urban_resident' || group === 'rural_resident') return 'public';
  return 'token';
}

/** The weight a new group starts with: what is left of 100 %, at least 1. */
export function remainingWeight(groups: Parameters<typeof weightSum>[0]): number {
  return Math.min(WEIGHT_TOTAL, Math.max(1, WEIGHT_TOTAL - weightSum(groups)));
}
