/**
 * At most `max` of a kind of heavy work at once in this server (spreadsheet imports): the next
 * caller is answered 503 SERVER_BUSY at once rather than queued, so a burst of uploads cannot
 * exhaust memory or starve the other requests.
 */
export class ConcurrencyLimit {
  private running = 0;

  constructor(readonly max: number) {}

  /** A release function when a slot is free (call it exactly once), or null when all are taken. */
  tryAcquire(): (() => void) | null {
    if (this.running >= this.max) return null;
    this.running++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.running--;
    };
  }
}

/** Spreadsheet imports one server runs at once. */
export const MAX_CONCURRENT_IMPORTS = 2;
