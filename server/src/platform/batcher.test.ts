import { describe, expect, it } from 'vitest';
import { Batcher, type BatcherOptions, type Settled } from './batcher';

/** A batcher whose runs are recorded and finish when the test lets them. */
function recorded(
  fail: (items: readonly number[]) => boolean = () => false,
  options: BatcherOptions = { max: 3, concurrency: 1 },
) {
  const runs: number[][] = [];
  const batcher = new Batcher<number, string>(async (items) => {
    runs.push([...items]);
    await new Promise((r) => setTimeout(r, 5));
    if (fail(items)) throw new Error(`batch ${items.join(',')} failed`);
    return items.map(
      (n): Settled<string> =>
        n < 0 ? { ok: false, error: new Error(`refused ${n}`) } : { ok: true, value: `v${n}` },
    );
  }, options);
  return { runs, batcher };
}

describe('Batcher', () => {
  it('runs an item alone at once and takes those that arrive meanwhile together, up to the maximum', async () => {
    const { runs, batcher } = recorded();
    const results = await Promise.all([1, 2, 3, 4, 5].map((n) => batcher.submit(n)));
    expect(results).toEqual(['v1', 'v2', 'v3', 'v4', 'v5']);
    expect(runs).toEqual([[1], [2, 3, 4], [5]]);
  });

  it('settles each item on its own: a refused item does not refuse the others', async () => {
    const { batcher } = recorded();
    const results = await Promise.allSettled([1, -2, 3].map((n) => batcher.submit(n)));
    expect(results.map((r) => (r.status === 'fulfilled' ? r.value : String(r.reason)))).toEqual([
      'v1',
      'Error: refused -2',
      'v3',
    ]);
  });

  it('runs each item of a failed batch again alone, so only the item that fails sees its error', async () => {
    const { runs, batcher } = recorded((items) => items.includes(7));
    const results = await Promise.allSettled([1, 6, 7, 8].map((n) => batcher.submit(n)));
    expect(results.map((r) => (r.status === 'fulfilled' ? r.value : String(r.reason)))).toEqual([
      'v1',
      'v6',
      'Error: batch 7 failed',
      'v8',
    ]);
    expect(runs).toEqual([[1], [6, 7, 8], [6], [7], [8]]);
  });

  describe('with a linger', () => {
    const later = (ms: number) => new Promise((r) => setTimeout(r, ms));

    it('waits after a batch for the callers it answered, and starts as soon as they are back', async () => {
      const { runs, batcher } = recorded(undefined, { max: 10, concurrency: 1, linger: 1_000 });
      const first = [1, 2, 3].map((n) => batcher.submit(n));
      // Callers 2 and 3 come back with their next item, one at once and one a moment later, as a
      // busy hour's do; someone else comes well after them, long before the linger would end.
      const back = Promise.all(first.slice(1)).then(async () => {
        const twelve = batcher.submit(12);
        await later(10);
        const thirteen = batcher.submit(13);
        await later(50);
        return Promise.all([twelve, thirteen, batcher.submit(99)]);
      });
      await Promise.all(first);
      expect(await back).toEqual(['v12', 'v13', 'v99']);
      // The wait ended when both were back: 99 found the batcher idle.
      expect(runs).toEqual([[1], [2, 3], [12, 13], [99]]);
    });

    it('never waits after a batch of one', async () => {
      // A linger longer than the test's timeout: waiting would fail the test.
      const { runs, batcher } = recorded(undefined, { max: 10, concurrency: 1, linger: 60_000 });
      // 2 waits while 1 runs alone; then 2 runs at once, though 1's caller has not come back.
      expect(await Promise.all([batcher.submit(1), batcher.submit(2)])).toEqual(['v1', 'v2']);
      expect(runs).toEqual([[1], [2]]);
    });

    it('is refused with more than one batch at a time', () => {
      expect(() => recorded(undefined, { max: 10, concurrency: 2, linger: 5 })).toThrow(
        /one batch at a time/,
      );
    });

    it('goes on with those who came back once the linger is over', async () => {
      const { runs, batcher } = recorded(undefined, { max: 10, concurrency: 1, linger: 30 });
      const first = [1, 2, 3].map((n) => batcher.submit(n));
      await Promise.all(first);
      // Only one of the two callers comes back.
      expect(await batcher.submit(12)).toBe('v12');
      expect(runs).toEqual([[1], [2, 3], [12]]);
    });
  });
});
