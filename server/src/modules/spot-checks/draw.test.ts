import { createHash } from 'node:crypto';
import { SPOT_CHECK_ALGORITHM } from '@zeren/contracts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../platform/audit/canonical';
import {
  canonicalDrawInput,
  commitmentOf,
  DrawInfeasible,
  type DrawInput,
  draw,
  drawProblems,
  mayInspect,
  randomNumber,
  ratioCapOf,
  seedOf,
} from './draw';

/** A uuid-like id from a number, so rosters sort predictably but not in generation order. */
const idOf = (prefix: string, n: number) =>
  `${prefix}${createHash('sha256').update(`${prefix}${n}`).digest('hex').slice(0, 7)}-0000-7000-8000-${String(n).padStart(12, '0')}`;

/**
 * Random rosters over a handful of units: targets (distinct units), inspectors (distinct persons,
 * each of a unit, some listing conflicts), and plan parameters that may or may not be feasible.
 */
const rosters = fc
  .record({
    units: fc.integer({ min: 1, max: 12 }),
    targetUnits: fc.uniqueArray(fc.integer({ min: 0, max: 11 }), { maxLength: 12 }),
    inspectors: fc.array(
      fc.record({
        unit: fc.integer({ min: 0, max: 11 }),
        conflicts: fc.uniqueArray(fc.integer({ min: 0, max: 11 }), { maxLength: 4 }),
      }),
      { maxLength: 14 },
    ),
    kind: fc.constantFrom('general' as const, 'key' as const),
    targetCount: fc.integer({ min: 1, max: 8 }),
    ratioCapPercent: fc.integer({ min: 1, max: 100 }),
    inspectorsPerTarget: fc.integer({ min: 2, max: 4 }),
  })
  .map(
    (r): DrawInput => ({
      algorithm: SPOT_CHECK_ALGORITHM,
      plan: {
        id: idOf('p', 0),
        kind: r.kind,
        targetCount: r.targetCount,
        ratioCapPercent: r.kind === 'general' ? r.ratioCapPercent : null,
        inspectorsPerTarget: r.inspectorsPerTarget,
      },
      targets: r.targetUnits.map((u) => ({ id: idOf('t', u), unitId: idOf('u', u % r.units) })),
      inspectors: r.inspectors.map((i, n) => ({
        id: idOf('i', n),
        personId: idOf('h', n),
        unitId: idOf('u', i.unit % r.units),
        conflictUnitIds: i.conflicts.map((c) => idOf('u', c % r.units)),
      })),
    }),
  )
  // Distinct target units (a roster lists a unit once).
  .filter((input) => new Set(input.targets.map((t) => t.unitId)).size === input.targets.length);

const seeds = fc.uint8Array({ minLength: 32, maxLength: 32 }).map((b) => Buffer.from(b).toString('hex'));

/** Shuffles an array by a permutation fast-check chose (the roster's order as stored). */
const shuffled = <T>(items: T[], keys: number[]) =>
  items
    .map((item, i) => ({ item, key: keys[i % Math.max(keys.length, 1)] ?? 0, i }))
    .sort((a, b) => a.key - b.key || a.i - b.i)
    .map((x) => x.item);

describe('the spot-check draw', () => {
  it('keeps every rule on every feasible roster: the cap, distinct targets, enough distinct inspectors, recusal', () => {
    fc.assert(
      fc.property(rosters, seeds, (input, seed) => {
        fc.pre(drawProblems(input).length === 0);
        const result = draw(input, seed);
        const { plan } = input;
        expect(result.targets).toHaveLength(plan.targetCount);
        if (plan.kind === 'general')
          expect(result.targets.length).toBeLessThanOrEqual(
            ratioCapOf(input.targets.length, plan.ratioCapPercent!),
          );
        const rosterTargets = new Map(input.targets.map((t) => [t.id, t]));
        const rosterInspectors = new Map(input.inspectors.map((i) => [i.id, i]));
        expect(new Set(result.targets.map((t) => t.rosterId)).size).toBe(plan.targetCount);
        for (const target of result.targets) {
          expect(rosterTargets.get(target.rosterId)?.unitId).toBe(target.unitId);
          expect(target.inspectors).toHaveLength(plan.inspectorsPerTarget);
          expect(target.inspectors.length).toBeGreaterThanOrEqual(2);
          expect(new Set(target.inspectors.map((i) => i.personId)).size).toBe(target.inspectors.length);
          for (const assigned of target.inspectors) {
            const inspector = rosterInspectors.get(assigned.rosterId)!;
            expect(inspector.personId).toBe(assigned.personId);
            // 回避: never their own unit, never a unit they listed.
            expect(inspector.unitId).not.toBe(target.unitId);
            expect(inspector.conflictUnitIds).not.toContain(target.unitId);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('is reproducible from its seed, whatever order the rosters come in', () => {
    fc.assert(
      fc.property(
        rosters,
        seeds,
        fc.array(fc.integer(), { minLength: 1, maxLength: 30 }),
        (input, seed, keys) => {
          fc.pre(drawProblems(input).length === 0);
          const reordered: DrawInput = {
            ...input,
            targets: shuffled(input.targets, keys),
            inspectors: shuffled(input.inspectors, keys.slice().reverse()),
          };
          expect(draw(reordered, seed)).toEqual(draw(input, seed));
          // The canonical form is what the commitment hashes: the same text either way.
          expect(canonicalJson(canonicalDrawInput(reordered))).toBe(canonicalJson(canonicalDrawInput(input)));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('refuses an infeasible roster with the reasons, never a draw that breaks a rule', () => {
    fc.assert(
      fc.property(rosters, seeds, (input, seed) => {
        const problems = drawProblems(input);
        fc.pre(problems.length > 0);
        let thrown: unknown;
        try {
          draw(input, seed);
        } catch (error) {
          thrown = error;
        }
        expect(thrown).toBeInstanceOf(DrawInfeasible);
        expect((thrown as DrawInfeasible).problems).toEqual(problems);
      }),
      { numRuns: 300 },
    );
  });

  it('calls a roster feasible exactly when every rule can be kept', () => {
    fc.assert(
      fc.property(rosters, (input) => {
        const { plan, targets, inspectors } = input;
        const feasible =
          targets.length >= plan.targetCount &&
          (plan.kind === 'key' || plan.targetCount <= ratioCapOf(targets.length, plan.ratioCapPercent!)) &&
          targets.every(
            (t) => inspectors.filter((i) => mayInspect(i, t.unitId)).length >= plan.inspectorsPerTarget,
          );
        expect(drawProblems(input).length === 0).toBe(feasible);
      }),
      { numRuns: 500 },
    );
  });

  it('logs every number it used, and each accepted one picks what the result holds', () => {
    fc.assert(
      fc.property(rosters, seeds, (input, seed) => {
        fc.pre(drawProblems(input).length === 0);
        const { targets, steps } = draw(input, seed);
        expect(steps.map((s) => s.counter)).toEqual(steps.map((_, i) => i));
        for (const step of steps) {
          expect(step.value).toBe(randomNumber(Buffer.from(seed, 'hex'), step.counter));
          expect(step.accepted).toBe(step.value < 2 ** 32 - (2 ** 32 % step.bound));
          expect(step.rosterId === null).toBe(!step.accepted);
        }
        const accepted = steps.filter((s) => s.accepted);
        expect(accepted.filter((s) => s.kind === 'target').map((s) => s.rosterId)).toEqual(
          targets.map((t) => t.rosterId),
        );
        expect(accepted.filter((s) => s.kind === 'inspector').map((s) => s.rosterId)).toEqual(
          targets.flatMap((t) => t.inspectors.map((i) => i.rosterId)),
        );
      }),
      { numRuns: 200 },
    );
  });

  it('follows the published algorithm on a worked example (docs/design/spot-checks.md)', () => {
    // SHA-256 in counter mode: the first four bytes of SHA-256(seed ‖ 00000000), big-endian.
    const seed = seedOf(commitmentOf('{}'), '03 09 15 21 27 33 + 08');
    expect(seed).toBe(
      createHash('sha256')
        .update(Buffer.from(createHash('sha256').update('{}').digest('hex'), 'hex'))
        .update('03 09 15 21 27 33 + 08')
        .digest('hex'),
    );
    const first = createHash('sha256')
      .update(Buffer.concat([Buffer.from(seed, 'hex'), Buffer.from([0, 0, 0, 0])]))
      .digest()
      .readUInt32BE(0);
    expect(randomNumber(Buffer.from(seed, 'hex'), 0)).toBe(first);
    const input: DrawInput = {
      algorithm: SPOT_CHECK_ALGORITHM,
      plan: { id: idOf('p', 1), kind: 'key', targetCount: 1, ratioCapPercent: null, inspectorsPerTarget: 2 },
      targets: [0, 1, 2].map((n) => ({ id: idOf('t', n), unitId: idOf('u', n) })),
      inspectors: [0, 1, 2, 3].map((n) => ({
        id: idOf('i', n),
        personId: idOf('h', n),
        unitId: idOf('u', 9),
        conflictUnitIds: [],
      })),
    };
    const sortedTargets = [...input.targets].sort((a, b) => (a.id < b.id ? -1 : 1));
    const result = draw(input, seed);
    // No rejection is possible with three targets unless the value is ≥ 2³² − 1: slot 0 takes value mod 3.
    expect(result.targets[0]!.rosterId).toBe(sortedTargets[first % 3]!.id);
  });

  it('a different public value gives a different seed, the same one the same seed', () => {
    const c = commitmentOf('{"a":1}');
    expect(seedOf(c, '123')).toBe(seedOf(c, '123'));
    expect(seedOf(c, '123')).not.toBe(seedOf(c, '124'));
    expect(seedOf(c, '123')).toMatch(/^[0-9a-f]{64}$/);
  });
});
