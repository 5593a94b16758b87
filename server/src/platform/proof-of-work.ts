import { createHash, createHmac, randomInt, timingSafeEqual } from 'node:crypto';
import { type ProofOfWorkChallenge, proofOfWorkChallengeSchema } from '@zeren/contracts';
import { createChallenge } from 'altcha/lib';
import { lt, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db, DbOrTx } from '../db/client';
import { jsonRowsInsert } from '../db/json-rows';
import { proofOfWorkUsed } from './proof-of-work.table';

/** How long a challenge may be solved and used. */
export const CHALLENGE_TTL_SECONDS = 10 * 60;
/**
 * The secret counter lies in [MIN_COUNTER, MAX_COUNTER): on average ~30 000 SHA-256 digests,
 * about a second in a phone's browser, while a server verifies with one digest.
 */
const MIN_COUNTER = 5_000;
const MAX_COUNTER = 60_000;
const payloadSchema = z.object({
  challenge: proofOfWorkChallengeSchema,
  solution: z.object({
    counter: z.number().int().min(0).max(MAX_COUNTER),
    derivedKey: z.string().regex(/^[0-9a-f]{2,128}$/),
    time: z.number().optional(),
  }),
});

/** The HMAC key of challenges: derived from the session secret, never the secret itself. */
export function proofOfWorkKey(sessionSecret: string): string {
  return createHmac('sha256', sessionSecret).update('zeren/altcha-challenge/v1').digest('hex');
}

/**
 * Salts of challenges already used, kept in the database (proof_of_work_used) until their
 * challenge expires, so a solution is refused again after a restart and by every other server
 * instance on the same database. The primary key makes a claim atomic: of two concurrent uses,
 * one inserts and the other finds the row.
 */
class UsedChallenges {
  /** When expired salts were last forgotten (seconds): at most once a minute, not on every claim. */
  private sweptAt = Number.NEGATIVE_INFINITY;

  /**
   * Records the salts, in one statement (inside the caller's transaction when `db` is one): per
   * salt, true when this claim took it, false when it was used before or earlier in the same list.
   * Expired salts are forgotten on the way.
   */
  async claim(db: DbOrTx, used: readonly SolvedChallenge[], nowSeconds: number): Promise<boolean[]> {
    if (used.length === 0) return [];
    await this.sweep(db, nowSeconds);
    const inserted = await db
      .insert(proofOfWorkUsed)
      .values(used.map((u) => ({ salt: u.salt, expiresAt: new Date(u.expires * 1000) })))
      .onConflictDoNothing()
      .returning({ salt: proofOfWorkUsed.salt });
    const taken = new Set(inserted.map((r) => r.salt));
    return used.map((u) => taken.delete(u.salt));
  }

  /** Forgets expired salts, at most once a minute. */
  async sweep(db: DbOrTx, nowSeconds: number): Promise<void> {
    if (Math.abs(nowSeconds - this.sweptAt) < 60) return;
    this.sweptAt = nowSeconds;
    await db.delete(proofOfWorkUsed).where(lt(proofOfWorkUsed.expiresAt, new Date(nowSeconds * 1000)));
  }
}

/** A solved challenge, checked and not yet used up. */
export interface SolvedChallenge {
  salt: string;
  /** When its challenge expires (seconds). */
  expires: number;
}

/** altcha's canonical form of what it signs: keys sorted at every level, undefined members left out. */
function sortKeys(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const member = (value as Record<string, unknown>)[key];
    if (member !== undefined) out[key] = sortKeys(member);
  }
  return out;
}

const sameHex = (a: string, b: string) =>
  a.length === b.length && timingSafeEqual(Buffer.from(a, 'latin1'), Buffer.from(b, 'latin1'));

/**
 * altcha's SHA key derivation (SHA-256 of salt and password, `cost` times, cut to `keyLength`) with
 * Node's synchronous hash: the same bytes as altcha's `sha.deriveKey`, which goes through WebCrypto's
 * thread pool, a round trip per digest.
 */
function shaKey(parameters: { cost: number; keyLength?: number }, salt: Uint8Array, password: Uint8Array) {
  let key: Buffer = Buffer.concat([salt, password]);
  for (let i = 0; i < Math.max(1, parameters.cost); i++)
    key = createHash('sha256')
      .update(key)
      .digest()
      .subarray(0, parameters.keyLength ?? 32);
  return key;
}

/** `shaKey` in the form altcha's createChallenge and solveChallenge take. */
export async function deriveKey(
  parameters: { cost: number; keyLength?: number },
  salt: Uint8Array,
  password: Uint8Array,
): Promise<{ parameters: Record<string, never>; derivedKey: Uint8Array }> {
  return { parameters: {}, derivedKey: shaKey(parameters, salt, password) };
}

/**
 * Checks a solution as altcha signs and solves its challenges (the key of salt, nonce and the
 * counter as a big-endian uint32): 'forged' when this key did not sign the challenge; 'solved' when
 * the counter's key is the one sent and starts with the challenge's prefix; 'wrong' otherwise.
 * altcha's own verifySolution (3.2) never compares the key with the prefix, so the key of counter 0
 * passed without any work.
 */
export function solutionVerdict(
  challenge: ProofOfWorkChallenge,
  solution: { counter: number; derivedKey: string },
  hmacKey: string,
): 'forged' | 'wrong' | 'solved' {
  const { parameters } = challenge;
  const signature = createHmac('sha256', hmacKey)
    .update(JSON.stringify(sortKeys(parameters)))
    .digest('hex');
  if (!sameHex(signature, challenge.signature)) return 'forged';
  const counter = Buffer.alloc(4);
  counter.writeUInt32BE(solution.counter);
  const nonce = Buffer.from(parameters.nonce, 'hex');
  const hex = shaKey(
    parameters,
    Buffer.from(parameters.salt, 'hex'),
    Buffer.concat([nonce, counter]),
  ).toString('hex');
  const prefix = parameters.keyPrefix.toLowerCase();
  return prefix.length > 0 && hex.startsWith(prefix) && sameHex(hex, solution.derivedKey.toLowerCase())
    ? 'solved'
    : 'wrong';
}

/** altcha proof of work for public forms: signed challenges, one-time, expiring. */
export class ProofOfWork {
  private readonly used = new UsedChallenges();

  constructor(
    private readonly hmacKey: string,
    private readonly db: Db,
  ) {}

  /** A new signed challenge, valid for CHALLENGE_TTL_SECONDS from `now`. */
  async challenge(now: Date): Promise<ProofOfWorkChallenge> {
    const challenge = await createChallenge({
      algorithm: 'SHA-256',
      cost: 1,
      counter: randomInt(MIN_COUNTER, MAX_COUNTER),
      deriveKey,
      // Expiry goes into the signed data rather than altcha's `expiresAt`: altcha checks that one
      // against the wall clock, Zeren checks time against the service clock (tests move it).
      data: { expires: Math.floor(now.getTime() / 1000) + CHALLENGE_TTL_SECONDS, maxCounter: MAX_COUNTER },
      hmacSignatureSecret: this.hmacKey,
    });
    return challenge as ProofOfWorkChallenge;
  }

  /**
   * The challenge `payload` (base64 JSON, as the altcha widget sends it) solves, when this server
   * signed it and it has not expired at `now`; null otherwise. The solution is not used up yet:
   * `claim` does that, in the transaction of what it lets through. A wrong answer to a real
   * challenge uses the challenge up at once; a forged challenge never reaches the database.
   */
  async check(payload: string | null | undefined, now: Date): Promise<SolvedChallenge | null> {
    if (!payload) return null;
    let parsed: z.infer<typeof payloadSchema>;
    try {
      const result = payloadSchema.safeParse(JSON.parse(Buffer.from(payload, 'base64').toString('utf8')));
      if (!result.success) return null;
      parsed = result.data;
    } catch {
      return null;
    }
    const { parameters } = parsed.challenge;
    const nowSeconds = Math.floor(now.getTime() / 1000);
    if (parameters.algorithm !== 'SHA-256' || parameters.data.expires < nowSeconds) return null;
    const verdict = solutionVerdict(parsed.challenge, parsed.solution, this.hmacKey);
    if (verdict === 'forged') return null;
    const solved = { salt: parameters.salt, expires: parameters.data.expires };
    if (verdict === 'solved') return solved;
    await this.used.claim(this.db, [solved], nowSeconds);
    return null;
  }

  /**
   * Uses the solutions up, per solution true when this claim took it. Atomic (the salt is the
   * primary key): of two concurrent uses of one solution, one passes.
   */
  claim(db: DbOrTx, solved: readonly SolvedChallenge[], now: Date): Promise<boolean[]> {
    return this.used.claim(db, solved, Math.floor(now.getTime() / 1000));
  }

  /**
   * For an intake that commits a batch in one statement (`appendAtHead`): the salts of these
   * solutions already used, as a scalar subquery giving a JSON array (read with the rest of what
   * the batch needs), and the statement that uses them up — a plain insert, so a solution used
   * meanwhile by another request fails the batch's statement instead of passing twice. Expired
   * salts are forgotten on the way (`prepareClaim`, at most once a minute).
   */
  usedAmong(solved: readonly SolvedChallenge[]): SQL {
    const salts = JSON.stringify(solved.map((s) => s.salt));
    return sql`(select coalesce(json_agg(${proofOfWorkUsed.salt}), '[]'::json) from ${proofOfWorkUsed}
      where ${proofOfWorkUsed.salt} in (select json_array_elements_text(${salts}::json)))`;
  }

  claimInsert(solved: readonly SolvedChallenge[], when: SQL): SQL {
    return jsonRowsInsert(
      proofOfWorkUsed,
      solved.map((s) => ({ salt: s.salt, expiresAt: new Date(s.expires * 1000) })),
      { when },
    );
  }

  prepareClaim(db: DbOrTx, now: Date): Promise<void> {
    return this.used.sweep(db, Math.floor(now.getTime() / 1000));
  }

  /** True when `payload` solves a challenge this server signed, unexpired and unused; uses it up. */
  async verify(payload: string | null | undefined, now: Date): Promise<boolean> {
    const solved = await this.check(payload, now);
    return solved !== null && (await this.claim(this.db, [solved], now))[0] === true;
  }
}
