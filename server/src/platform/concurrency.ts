/**
 * At most `max` of a kind of heavy work at once in this server. Spreadsheet imports take a slot or
 * are refused (`tryAcquire`: the caller is answered 503 SERVER_BUSY at once rather than queued, so
 * a burst of uploads cannot exhaust memory or starve the other requests); short CPU-bound work
 * waits its turn (`run`).
 */
export class ConcurrencyLimit {
  private running = 0;
  /** Callers of `run` waiting for a slot, first come first served. */
  private readonly queue: ((release: () => void) => void)[] = [];

  constructor(readonly max: number) {}

  /** A release function when a slot is free (call it exactly once), or null when all are taken. */
  tryAcquire(): (() => void) | null {
    if (this.running >= this.max) return null;
    this.running++;
    return this.releaser();
  }

  /** Runs `work` once a slot is free, in the order callers came. */
  async run<T>(work: () => Promise<T>): Promise<T> {
    const release =
      this.tryAcquire() ?? (await new Promise<() => void>((resolve) => this.queue.push(resolve)));
    try {
      return await work();
    } finally {
      release();
    }
  }

  /** Frees the slot once, or hands it straight to the next waiting caller (no one overtakes them). */
  private releaser(): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.queue.shift();
      if (next) next(this.releaser());
      else this.running--;
    };
  }
}

/**
 * Values made before they are needed: `ahead` of them wait beyond the one taken, handed out in the
 * order made. For values whose slow part is a promise started when made (a receipt code's hash):
 * a burst of requests takes values whose work was done while the server was idle, instead of each
 * waiting for the work of those before it. Nothing is made until the first take; `ahead` 0 makes
 * each value when it is taken.
 */
export class MadeAhead<T> {
  private readonly made: T[] = [];

  constructor(
    private readonly make: () => T,
    readonly ahead: number,
  ) {}

  take(): T {
    while (this.made.length <= this.ahead) this.made.push(this.make());
    return this.made.shift()!;
  }
}

/** Spreadsheet imports one server runs at once. */
export const MAX_CONCURRENT_IMPORTS = 2;
