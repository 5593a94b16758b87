/**
 * The generator's only source of chance: a seeded PRNG (sfc32), so the same `--seed` gives the
 * same rows on every machine, and ids derived from it (UUIDv7 with the row's own creation time,
 * so ids still sort by creation time as the app's lists expect).
 */
import { v7 as uuidv7 } from 'uuid';

export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    // splitmix32 spreads a small seed over the four words of state.
    let s = seed >>> 0;
    const next = () => {
      s = (s + 0x9e3779b9) >>> 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = next();
    this.b = next();
    this.c = next();
    this.d = next();
    for (let i = 0; i < 12; i++) this.u32();
  }

  u32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** In [0, 1). */
  next(): number {
    return this.u32() / 4_294_967_296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** One of the keys, with probability proportional to its weight. */
  weighted<T extends string>(weights: Readonly<Partial<Record<T, number>>>): T {
    const entries = Object.entries(weights) as [T, number][];
    const total = entries.reduce((s, [, w]) => s + w, 0);
    let x = this.next() * total;
    for (const [k, w] of entries) {
      x -= w;
      if (x < 0) return k;
    }
    return entries[entries.length - 1]![0];
  }

  /** `n` distinct items (or all when fewer). */
  sample<T>(items: readonly T[], n: number): T[] {
    if (n >= items.length) return [...items];
    const picked = new Set<number>();
    while (picked.size < n) picked.add(Math.floor(this.next() * items.length));
    return [...picked].map((i) => items[i]!);
  }

  bytes(n: number): Uint8Array {
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i += 4) {
      const v = this.u32();
      for (let j = 0; j < 4 && i + j < n; j++) out[i + j] = (v >>> (8 * j)) & 0xff;
    }
    return out;
  }

  /** A UUIDv7 stamped with `at` (ms) whose random part comes from this generator. */
  id(at: number): string {
    return uuidv7({ msecs: at, random: this.bytes(16) });
  }
}

/**
 * Runs `fn` with the process's random bytes and clock fixed, so the ids the demo seed draws
 * itself (uuid's v7 reads crypto.getRandomValues and Date.now) are the same on every run.
 * Only the generator does this, only around the demo seed: its CLI, and its test (in a test
 * worker that runs nothing else meanwhile).
 */
export async function withFixedEntropy<T>(random: Random, at: number, fn: () => Promise<T>): Promise<T> {
  const crypto = globalThis.crypto;
  const getRandomValues = crypto.getRandomValues;
  const now = Date.now;
  Object.defineProperty(crypto, 'getRandomValues', {
    configurable: true,
    value: <A extends ArrayBufferView | null>(array: A): A => {
      if (array) {
        const view = new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
        view.set(random.bytes(view.length));
      }
      return array;
    },
  });
  Date.now = () => at;
  try {
    return await fn();
  } finally {
    Object.defineProperty(crypto, 'getRandomValues', { configurable: true, value: getRandomValues });
    Date.now = now;
  }
}
