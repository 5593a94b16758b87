import { createHash } from 'node:crypto';
import {
  MIN_INSPECTORS_PER_TARGET,
  type SPOT_CHECK_ALGORITHM,
  type SpotCheckDrawStep,
} from '@zeren/contracts';

/**
 * The draw of a spot check (双随机): which targets, and which inspectors for each, from a seed.
 * Pure: no I/O, no clock, no Math.random. Everything it reads is in `DrawInput`, which is what the
 * commitment hashes, so anyone holding the input and the seed gets the same result. The algorithm
 * is published in docs/design/spot-checks.md; a change to it is a new `SPOT_CHECK_ALGORITHM`.
 *
 * - Random numbers: the k-th (k = 0, 1, …) is the first four bytes, big-endian, of
 *   SHA-256(seed bytes ‖ k as four big-endian bytes).
 * - An integer in [0, n): draw numbers until one is below 2³² − (2³² mod n) (rejection sampling,
 *   so no value is favoured); the integer is that number mod n.
 * - Targets: a partial Fisher–Yates shuffle of the targets sorted by id; slot i swaps in the
 *   entry at i + uniform(N − i).
 * - Inspectors: for each drawn target in draw order, the inspectors who may go there (not of the
 *   target's unit and not listing it as a conflict), sorted by id, partially shuffled the same way.
 */

export interface DrawTarget {
  /** The roster entry. */
  id: string;
  /** The unit inspected. */
  unitId: string;
}

export interface DrawInspector {
  /** The roster entry. */
  id: string;
  personId: string;
  /** The inspector's own unit: never drawn for it. */
  unitId: string;
  /** Other units the inspector must avoid. */
  conflictUnitIds: string[];
}

export interface DrawInput {
  algorithm: typeof SPOT_CHECK_ALGORITHM;
  plan: {
    id: string;
    kind: 'general' | 'key';
    targetCount: number;
    ratioCapPercent: number | null;
    inspectorsPerTarget: number;
  };
  targets: DrawTarget[];
  inspectors: DrawInspector[];
}

export interface DrawnTarget {
  rosterId: string;
  unitId: string;
  inspectors: { rosterId: string; personId: string }[];
}

export interface DrawResult {
  targets: DrawnTarget[];
  steps: SpotCheckDrawStep[];
}

/** Why no draw can keep the rules; `field` names the plan parameter (or roster) at fault. */
export interface DrawProblem {
  field: 'targetCount' | 'inspectorsPerTarget' | 'rosters';
  key:
    | 'spotChecks.no_targets'
    | 'spotChecks.not_enough_targets'
    | 'spotChecks.ratio_cap'
    | 'spotChecks.too_few_inspectors_per_target'
    | 'spotChecks.not_enough_inspectors';
  params: Record<string, string | number>;
}

export class DrawInfeasible extends Error {
  constructor(readonly problems: DrawProblem[]) {
    super(problems.map((p) => p.key).join(', '));
    this.name = 'DrawInfeasible';
  }
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The input in its canonical form: targets and inspectors sorted by id, conflicts sorted and
 * without duplicates. The commitment and the draw both read this form.
 */
export function canonicalDrawInput(input: DrawInput): DrawInput {
  return {
    algorithm: input.algorithm,
    plan: { ...input.plan },
    targets: input.targets.map((t) => ({ id: t.id, unitId: t.unitId })).sort(byId),
    inspectors: input.inspectors
      .map((i) => ({
        id: i.id,
        personId: i.personId,
        unitId: i.unitId,
        conflictUnitIds: [...new Set(i.conflictUnitIds)].sort(),
      }))
      .sort(byId),
  };
}

/** The most targets a general check may draw from `eligible`: ⌊eligible × cap ÷ 100⌋. */
export function ratioCapOf(eligible: number, ratioCapPercent: number): number {
  return Math.floor((eligible * ratioCapPercent) / 100);
}

/** Whether an inspector may go to a unit (回避: not their own, not a listed conflict). */
export function mayInspect(inspector: DrawInspector, unitId: string): boolean {
  return inspector.unitId !== unitId && !inspector.conflictUnitIds.includes(unitId);
}

/**
 * Every reason no draw of this input can keep the rules, whatever the seed: too few targets,
 * more than the cap, fewer than two inspectors per target, or a target on the roster for which
 * too few inspectors are free of conflicts. Checked before the commitment, so a committed plan
 * always draws (and nobody can discard a draw they dislike by making it fail).
 */
export function drawProblems(input: DrawInput): DrawProblem[] {
  const { plan, targets, inspectors } = input;
  const problems: DrawProblem[] = [];
  if (plan.inspectorsPerTarget < MIN_INSPECTORS_PER_TARGET)
    problems.push({
      field: 'inspectorsPerTarget',
      key: 'spotChecks.too_few_inspectors_per_target',
      params: { min: MIN_INSPECTORS_PER_TARGET },
    });
  if (targets.length === 0) problems.push({ field: 'rosters', key: 'spotChecks.no_targets', params: {} });
  else if (plan.targetCount > targets.length)
    problems.push({
      field: 'targetCount',
      key: 'spotChecks.not_enough_targets',
      params: { count: plan.targetCount, eligible: targets.length },
    });
  if (plan.kind === 'general' && targets.length > 0) {
    const cap = ratioCapOf(targets.length, plan.ratioCapPercent ?? 0);
    if (plan.targetCount > cap)
      problems.push({
        field: 'targetCount',
        key: 'spotChecks.ratio_cap',
        params: {
          count: plan.targetCount,
          cap,
          percent: plan.ratioCapPercent ?? 0,
          eligible: targets.length,
        },
      });
  }
  const short = targets.filter(
    (t) => inspectors.filter((i) => mayInspect(i, t.unitId)).length < plan.inspectorsPerTarget,
  );
  if (short.length > 0)
    problems.push({
      field: 'rosters',
      key: 'spotChecks.not_enough_inspectors',
      params: {
        count: short.length,
        needed: plan.inspectorsPerTarget,
        units: short.map((t) => t.unitId).join(','),
      },
    });
  return problems;
}

/** SHA-256 in counter mode over the seed: the k-th 32-bit number, big-endian. */
export function randomNumber(seed: Buffer, counter: number): number {
  const block = Buffer.alloc(4);
  block.writeUInt32BE(counter >>> 0);
  return createHash('sha256').update(seed).update(block).digest().readUInt32BE(0);
}

const TWO_32 = 2 ** 32;

/** The seed of a draw: SHA-256(commitment bytes ‖ UTF-8 public value), hex. */
export function seedOf(commitment: string, publicValue: string): string {
  return createHash('sha256')
    .update(Buffer.from(commitment, 'hex'))
    .update(Buffer.from(publicValue, 'utf8'))
    .digest('hex');
}

/** The commitment to a draw input: SHA-256 of its canonical JSON text (UTF-8), hex. */
export function commitmentOf(canonicalJsonText: string): string {
  return createHash('sha256').update(Buffer.from(canonicalJsonText, 'utf8')).digest('hex');
}

/**
 * Draws from a canonical input and a seed (64 hex characters). Throws DrawInfeasible when the
 * input cannot keep the rules: never a draw that breaks one.
 */
export function draw(input: DrawInput, seedHex: string): DrawResult {
  const problems = drawProblems(input);
  if (problems.length > 0) throw new DrawInfeasible(problems);
  const canonical = canonicalDrawInput(input);
  const seed = Buffer.from(seedHex, 'hex');
  const steps: SpotCheckDrawStep[] = [];
  let counter = 0;

  /** An unbiased integer in [0, bound), logging each number used. */
  const uniform = (
    bound: number,
    kind: 'target' | 'inspector',
    targetIndex: number,
    pick: (i: number) => string,
  ) => {
    const limit = TWO_32 - (TWO_32 % bound);
    for (;;) {
      const value = randomNumber(seed, counter);
      const step: SpotCheckDrawStep = {
        counter,
        value,
        bound,
        accepted: value < limit,
        kind,
        targetIndex,
        rosterId: null,
      };
      counter += 1;
      steps.push(step);
      if (step.accepted) {
        const index = value % bound;
        step.rosterId = pick(index);
        return index;
      }
    }
  };

  /** The first `count` entries of a partial Fisher–Yates shuffle of `pool` (a copy). */
  const choose = <T extends { id: string }>(
    pool: T[],
    count: number,
    kind: 'target' | 'inspector',
    slot: (i: number) => number,
  ): T[] => {
    const a = [...pool];
    for (let i = 0; i < count; i += 1) {
      const offset = uniform(a.length - i, kind, slot(i), (k) => a[i + k]!.id);
      const j = i + offset;
      [a[i], a[j]] = [a[j]!, a[i]!];
    }
    return a.slice(0, count);
  };

  const targets = choose(canonical.targets, canonical.plan.targetCount, 'target', (i) => i);
  const drawn = targets.map((target, index) => {
    const eligible = canonical.inspectors.filter((i) => mayInspect(i, target.unitId));
    const inspectors = choose(eligible, canonical.plan.inspectorsPerTarget, 'inspector', () => index);
    return {
      rosterId: target.id,
      unitId: target.unitId,
      inspectors: inspectors.map((i) => ({ rosterId: i.id, personId: i.personId })),
    };
  });
  return { targets: drawn, steps };
}
