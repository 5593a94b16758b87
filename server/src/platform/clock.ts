/** The only source of "now" in services, so tests can move time. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock tests can set and advance. */
export class ManualClock implements Clock {
  constructor(private current = new Date('2026-06-01T02:00:00Z')) {}
  now(): Date {
    return new Date(this.current);
  }
  set(date: Date): void {
    this.current = new Date(date);
  }
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}

/**
 * The clock of a server started with ZEREN_TEST_CLOCK (end-to-end tests): the real time moved
 * forward by an offset the test sets through /api/test/clock. It only ever moves forward, so
 * the audit log's times stay in order. The configuration refuses it in production.
 */
export class TestClock implements Clock {
  private offsetMs = 0;
  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }
  get offset(): number {
    return this.offsetMs;
  }
  advance(ms: number): void {
    if (!(ms > 0)) throw new RangeError('the test clock only moves forward');
    this.offsetMs += ms;
  }
}
