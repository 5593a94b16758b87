/** What one item of a batch came to: its value, or the error that refused it alone. */
export type Settled<O> = { ok: true; value: O } | { ok: false; error: unknown };

interface Waiting<I, O> {
  item: I;
  resolve(value: O): void;
  reject(error: unknown): void;
}

export interface BatcherOptions {
  /** Items in one batch at most. */
  max: number;
  /** Batches running at once. */
  concurrency: number;
  /**
   * After a batch of two or more, wait up to this many milliseconds before the next batch starts,
   * until as many items wait as that batch answered plus those that waited for it (the idea of
   * PostgreSQL's commit_delay). At a busy hour the callers a batch just answered come back a moment
   * later with their next item; without the wait they miss the batch that starts at once, and the
   * load runs as two half batches, each paying the batch's round trips. A batch of one (a quiet
   * hour) never waits. Absent: no wait. Only with `concurrency` 1.
   */
  linger?: number;
}

/**
 * Runs what arrives concurrently in batches (group commit): an item that finds the batcher idle
 * runs at once, alone; items that arrive while a batch runs wait and go together in the next, up
 * to `max`. Whoever comes alone waits for nothing; at a busy hour many share one transaction's
 * round trips and one commit, which is what bounds a write's throughput.
 *
 * `run` settles each item of a batch on its own (a refused item does not refuse the others). When
 * it throws, the batch is all rolled back and each item runs again alone, so one item's failure
 * (a constraint, say) reaches only its own caller.
 */
export class Batcher<I, O> {
  private readonly waiting: Waiting<I, O>[] = [];
  private running = 0;
  /** While the batcher lingers: how many waiting items end the wait, and how to end it. */
  private gathering: { want: number; done(): void } | undefined;

  constructor(
    private readonly run: (items: readonly I[]) => Promise<Settled<O>[]>,
    private readonly options: BatcherOptions = { max: 32, concurrency: 1 },
  ) {
    // One wait at a time: the next batch is the one batch that lingers.
    if (options.linger && options.concurrency !== 1) throw new Error('a linger needs one batch at a time');
  }

  submit(item: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.waiting.push({ item, resolve, reject });
      if (this.gathering) {
        if (this.waiting.length >= this.gathering.want) this.gathering.done();
      } else if (this.running < this.options.concurrency) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.running++;
    try {
      while (this.waiting.length > 0) {
        const batch = this.waiting.splice(0, this.options.max);
        const waitedMeanwhile = await this.runBatch(batch);
        // Everyone this batch answered and everyone who waited for it: at a busy hour, the next
        // batch's size.
        const want = Math.min(this.options.max, batch.length + waitedMeanwhile);
        if (this.options.linger && batch.length >= 2 && this.waiting.length < want)
          await this.gather(want, this.options.linger);
      }
    } finally {
      this.running--;
    }
  }

  /** Until `want` items wait, or `ms` milliseconds, whichever comes first. */
  private gather(want: number, ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.gathering = undefined;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.gathering = { want, done };
    });
  }

  /**
   * Runs a batch and answers its callers; returns how many items waited when it was done, counted
   * before its callers hear (one who comes back at once is not counted twice). A failed batch run
   * again item by item counts at its end: a rare path, where a linger at most waits its time.
   */
  private async runBatch(batch: Waiting<I, O>[]): Promise<number> {
    let settled: Settled<O>[];
    try {
      settled = await this.run(batch.map((w) => w.item));
    } catch (error) {
      if (batch.length === 1) {
        const waited = this.waiting.length;
        batch[0]!.reject(error);
        return waited;
      }
      for (const one of batch) await this.runBatch([one]);
      return this.waiting.length;
    }
    const waited = this.waiting.length;
    batch.forEach((w, i) => {
      const s = settled[i];
      if (!s) w.reject(new Error('a batch settled fewer items than it was given'));
      else if (s.ok) w.resolve(s.value);
      else w.reject(s.error);
    });
    return waited;
  }
}
