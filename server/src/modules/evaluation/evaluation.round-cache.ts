import type * as repo from './evaluation.repository';

/**
 * Open public rounds with their targets, kept a moment in this process: a round's form and targets
 * are frozen once it opens, so a busy hour's ballots need not read them again each time. A status
 * change made here empties the entry at once; one made by another instance shows within
 * ROUND_CACHE_MS (the window itself is checked against the clock on every ballot).
 */
const ROUND_CACHE_MS = 2_000;
const MAX_ROUNDS = 100;

interface Entry {
  at: number;
  round: repo.RoundRow;
  targets: repo.TargetWithUnit[];
}
const cache = new Map<string, Entry>();

export function cachedRound(id: string): Entry | undefined {
  const entry = cache.get(id);
  return entry && Date.now() - entry.at < ROUND_CACHE_MS ? entry : undefined;
}

export function cacheRound(round: repo.RoundRow, targets: repo.TargetWithUnit[]): Entry {
  if (cache.size >= MAX_ROUNDS) cache.clear();
  const entry = { at: Date.now(), round, targets };
  cache.set(round.id, entry);
  return entry;
}

export function forgetCachedRound(id: string): void {
  cache.delete(id);
}
