/** What one item of a batch came to: its value, or the error that refused it alone. */
export type Settled<O> = { ok: true; value: O } | { ok: false; error: unknown };

interface Waiting<I, O> {
  item: I;
  resolve(value: O): void;
  reject(error: unknown): void;
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

  constructor(
    private readonly run: (items: readonly I[]) => Promise<Settled<O>[]>,
    private readonly options: { max: number; concurrency: number } = { max: 32, concurrency: 1 },
  ) {}

  submit(item: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.waiting.push({ item, resolve, reject });
      if (this.running < this.options.concurrency) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.running++;
    try {
      while (this.waiting.length > 0) await this.runBatch(this.waiting.splice(0, this.options.max));
    } finally {
      this.running--;
    }
  }

  private async runBatch(batch: Waiting<I, O>[]): Promise<void> {
    let settled: Settled<O>[];
    try {
      settled = await this.run(batch.map((w) => w.item));
    } catch (error) {
      if (batch.length === 1) {
        batch[0]!.reject(error);
        return;
      }
      for (const one of batch) await this.runBatch([one]);
      return;
    }
    batch.forEach((w, i) => {
      const s = settled[i];
      if (!s) w.reject(new Error('a batch settled fewer items than it was given'));
      else if (s.ok) w.resolve(s.value);
      else w.reject(s.error);
    });
  }
}
