import { describe, expect, it } from 'vitest';
import { ConcurrencyLimit, MadeAhead } from './concurrency';

/** A promise and the function that settles it. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { opened, open };
}

describe('concurrency limit', () => {
  it('refuses at once when full and frees the slot once released, however often', () => {
    const limit = new ConcurrencyLimit(1);
    const release = limit.tryAcquire();
    expect(release).not.toBeNull();
    expect(limit.tryAcquire()).toBeNull();
    release!();
    release!();
    const again = limit.tryAcquire();
    expect(again).not.toBeNull();
    expect(limit.tryAcquire()).toBeNull();
  });

  it('runs at most max works at once, the waiting ones in the order they came, also after a failure', async () => {
    const limit = new ConcurrencyLimit(2);
    let running = 0;
    let most = 0;
    const started: number[] = [];
    const gates = Array.from({ length: 5 }, gate);
    const works = gates.map((g, i) =>
      limit.run(async () => {
        started.push(i);
        running++;
        most = Math.max(most, running);
        await g.opened;
        running--;
        if (i === 0) throw new Error('work 0 failed');
        return i;
      }),
    );
    await Promise.resolve();
    expect(started).toEqual([0, 1]);
    gates[0]!.open();
    await expect(works[0]).rejects.toThrow('work 0 failed');
    expect(started).toEqual([0, 1, 2]);
    for (const g of gates.slice(1)) g.open();
    expect(await Promise.all(works.slice(1))).toEqual([1, 2, 3, 4]);
    expect(started).toEqual([0, 1, 2, 3, 4]);
    expect(most).toBe(2);
  });

  it('a freed slot goes to the one waiting, not to a newcomer', async () => {
    const limit = new ConcurrencyLimit(1);
    const first = gate();
    const order: string[] = [];
    const running = limit.run(async () => {
      await first.opened;
      order.push('first');
    });
    const waiting = limit.run(async () => {
      order.push('waiting');
    });
    await Promise.resolve();
    first.open();
    await running;
    // The slot is the waiting caller's already: a newcomer is refused even before it has run.
    expect(limit.tryAcquire()).toBeNull();
    await waiting;
    expect(order).toEqual(['first', 'waiting']);
    expect(limit.tryAcquire()).not.toBeNull();
  });
});

describe('made ahead', () => {
  it('makes nothing until the first take, then keeps `ahead` made beyond the one taken, in order', () => {
    let made = 0;
    const values = new MadeAhead(() => ++made, 3);
    expect(made).toBe(0);
    expect(values.take()).toBe(1);
    expect(made).toBe(4);
    expect([values.take(), values.take()]).toEqual([2, 3]);
    // One made for each taken: three always wait.
    expect(made).toBe(6);
    expect(Array.from({ length: 10 }, () => values.take())).toEqual([4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    expect(made).toBe(16);
  });

  it('ahead 0 makes each value as it is taken', () => {
    const log: string[] = [];
    const values = new MadeAhead(() => {
      log.push('made');
      return log.length;
    }, 0);
    expect(log).toEqual([]);
    values.take();
    log.push('taken');
    values.take();
    expect(log).toEqual(['made', 'taken', 'made']);
  });
});
