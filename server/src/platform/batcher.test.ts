import { describe, expect, it } from 'vitest';
import { Batcher, type Settled } from './batcher';

/** A batcher whose runs are recorded and finish when the test lets them. */
function recorded(fail: (items: readonly number[]) => boolean = () => false) {
  const runs: number[][] = [];
  const batcher = new Batcher<number, string>(
    async (items) => {
      runs.push([...items]);
      await new Promise((r) => setTimeout(r, 5));
      if (fail(items)) throw new Error(`batch ${items.join(',')} failed`);
      return items.map(
        (n): Settled<string> =>
          n < 0 ? { ok: false, error: new Error(`refused ${n}`) } : { ok: true, value: `v${n}` },
      );
    },
    { max: 3, concurrency: 1 },
  );
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
});
