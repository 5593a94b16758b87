import type { EvaluationResults } from './types';

type Category = EvaluationResults['categories'][number];

/** 前三名 / 后三名: how a result's row is highlighted (the server names them). */
export function resultStanding(category: Pick<Category, 'top' | 'bottom'>, unitName: string) {
  if (category.top.includes(unitName)) return 'top' as const;
  if (category.bottom.includes(unitName)) return 'bottom' as const;
  return null;
}

/** A score as the tables show it: two decimals; none: null (the table shows “—”). */
export function formatScore(score: number | null | undefined): string | null {
  return typeof score === 'number' && Number.isFinite(score) ? score.toFixed(2) : null;
}
