import { createHmac, randomInt } from 'node:crypto';
import { type ProofOfWorkChallenge, proofOfWorkChallengeSchema } from '@zeren/contracts';
import { createChallenge, sha, verifySolution } from 'altcha/lib';
import { eq, lt } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../db/client';
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
  constructor(private readonly db: Db) {}

  /** Records the salt; false when it was already used. Expired salts are forgotten on the way. */
  async claim(salt: string, expires: number, nowSeconds: number): Promise<boolean> {
    await this.db.delete(proofOfWorkUsed).where(lt(proofOfWorkUsed.expiresAt, new Date(nowSeconds * 1000)));
    const inserted = await this.db
      .insert(proofOfWorkUsed)
      .values({ salt, expiresAt: new Date(expires * 1000) })
      .onConflictDoNothing()
      .returning({ salt: proofOfWorkUsed.salt });
    return inserted.length === 1;
  }

  async release(salt: string): Promise<void> {
    await this.db.delete(proofOfWorkUsed).where(eq(proofOfWorkUsed.salt, salt));
  }
}

/** altcha proof of work for public forms: signed challenges, one-time, expiring. */
export class ProofOfWork {
  private readonly used: UsedChallenges;

  constructor(
    private readonly hmacKey: string,
    db: Db,
  ) {
    this.used = new UsedChallenges(db);
  }

  /** A new signed challenge, valid for CHALLENGE_TTL_SECONDS from `now`. */
  async challenge(now: Date): Promise<ProofOfWorkChallenge> {
    const challenge = await createChallenge({
      algorithm: 'SHA-256',
      cost: 1,
      counter: randomInt(MIN_COUNTER, MAX_COUNTER),
      deriveKey: sha.deriveKey,
      // Expiry goes into the signed data rather than altcha's `expiresAt`: altcha checks that one
      // against the wall clock, Zeren checks time against the service clock (tests move it).
      data: { expires: Math.floor(now.getTime() / 1000) + CHALLENGE_TTL_SECONDS, maxCounter: MAX_COUNTER },
      hmacSignatureSecret: this.hmacKey,
    });
    return challenge as ProofOfWorkChallenge;
  }

  /**
   * True when `payload` (base64 JSON, as the altcha widget sends it) solves a challenge this
   * server signed, not expired at `now` and not used before. A valid solution is used up.
   */
  async verify(payload: string | null | undefined, now: Date): Promise<boolean> {
    if (!payload) return false;
    let parsed: z.infer<typeof payloadSchema>;
    try {
      const result = payloadSchema.safeParse(JSON.parse(Buffer.from(payload, 'base64').toString('utf8')));
      if (!result.success) return false;
      parsed = result.data;
    } catch {
      return false;
    }
    const { parameters } = parsed.challenge;
    const nowSeconds = Math.floor(now.getTime() / 1000);
    if (parameters.algorithm !== 'SHA-256' || parameters.data.expires < nowSeconds) return false;
    // Claimed before the (asynchronous) check, so two concurrent uses cannot both pass.
    if (!(await this.used.claim(parameters.salt, parameters.data.expires, nowSeconds))) return false;
    const result = await verifySolution({
      challenge: parsed.challenge,
      solution: parsed.solution,
      deriveKey: sha.deriveKey,
      hmacSignatureSecret: this.hmacKey,
    }).catch(() => null);
    // A forged challenge does not occupy the memory; a real one with a wrong answer stays used.
    if (result?.invalidSignature !== false) await this.used.release(parameters.salt);
    return result?.verified === true;
  }
}
