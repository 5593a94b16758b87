import { createHash } from 'node:crypto';
import { sha } from 'altcha/lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../../test/harness';
import { solveProofOfWork } from '../../test/proof-of-work';
import type { Database } from '../db/client';
import {
  CHALLENGE_TTL_SECONDS,
  deriveKey,
  ProofOfWork,
  proofOfWorkKey,
  solutionVerdict,
} from './proof-of-work';
import { proofOfWorkUsed } from './proof-of-work.table';

let fresh: { database: Database; drop: () => Promise<void> };
beforeAll(async () => {
  fresh = await freshDatabase();
});
afterAll(() => fresh.drop());
const db = () => fresh.database.db;

const now = new Date('2026-06-01T02:00:00Z');

async function solve(pow: ProofOfWork, at = now): Promise<string> {
  return solveProofOfWork(await pow.challenge(at));
}

describe('proof of work', () => {
  it('derives its key from the session secret without being it', () => {
    const key = proofOfWorkKey('test-session-secret-0123456789abcdef');
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(key).not.toContain('test-session-secret');
    expect(proofOfWorkKey('another-secret-0123456789abcdefghij')).not.toBe(key);
  });

  it('signs challenges with an expiry and a search bound', async () => {
    const challenge = await new ProofOfWork('k'.repeat(64), db()).challenge(now);
    expect(challenge.parameters.algorithm).toBe('SHA-256');
    expect(challenge.parameters.data.expires).toBe(now.getTime() / 1000 + CHALLENGE_TTL_SECONDS);
    expect(challenge.parameters.data.maxCounter).toBeGreaterThan(0);
    expect(challenge.signature).toMatch(/^[0-9a-f]{64}$/);
  });

  it('accepts a solution once, within ten minutes, only from the key that signed it', async () => {
    const pow = new ProofOfWork('k'.repeat(64), db());
    const payload = await solve(pow);
    expect(await pow.verify(payload, new Date(now.getTime() + 60_000))).toBe(true);
    expect(await pow.verify(payload, new Date(now.getTime() + 60_000))).toBe(false);

    const late = await solve(pow);
    expect(await pow.verify(late, new Date(now.getTime() + (CHALLENGE_TTL_SECONDS + 1) * 1000))).toBe(false);

    const other = new ProofOfWork('x'.repeat(64), db());
    expect(await other.verify(await solve(pow), now)).toBe(false);
    expect(await pow.verify(undefined, now)).toBe(false);
    expect(await pow.verify('%%%', now)).toBe(false);
  });

  it('two concurrent uses of one solution: exactly one passes', async () => {
    const pow = new ProofOfWork('k'.repeat(64), db());
    const payload = await solve(pow);
    const results = await Promise.all([pow.verify(payload, now), pow.verify(payload, now)]);
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it('a used solution is refused after a restart and by a second instance on the same database', async () => {
    const first = new ProofOfWork('k'.repeat(64), db());
    const payload = await solve(first);
    expect(await first.verify(payload, now)).toBe(true);
    // A restart (a new verifier with nothing in memory) and another instance: both refuse it.
    expect(await new ProofOfWork('k'.repeat(64), db()).verify(payload, now)).toBe(false);
    // Expired salts are forgotten once their challenge can no longer be used anyway.
    const later = new Date(now.getTime() + (CHALLENGE_TTL_SECONDS + 5) * 1000);
    await first.verify(await solve(first, later), later);
    const kept = await db().select().from(proofOfWorkUsed);
    expect(kept.every((row) => row.expiresAt.getTime() > now.getTime() + CHALLENGE_TTL_SECONDS * 1000)).toBe(
      true,
    );
  });

  it('refuses a counter whose key does not start with the prefix: the work must be done', async () => {
    const pow = new ProofOfWork('k'.repeat(64), db());
    const challenge = await pow.challenge(now);
    const { salt, nonce } = challenge.parameters;
    // The key of counter 0, honestly computed: right for its counter, but no search was made.
    const counter = Buffer.alloc(4);
    const derivedKey = createHash('sha256')
      .update(Buffer.concat([Buffer.from(salt, 'hex'), Buffer.from(nonce, 'hex'), counter]))
      .digest('hex');
    expect(derivedKey.startsWith(challenge.parameters.keyPrefix)).toBe(false);
    const payload = Buffer.from(JSON.stringify({ challenge, solution: { counter: 0, derivedKey } })).toString(
      'base64',
    );
    expect(await pow.verify(payload, now)).toBe(false);
    // The challenge is used up by the wrong answer: its real solution no longer passes either.
    expect(await pow.verify(await solveProofOfWork(challenge), now)).toBe(false);
  });

  it('judges a solution: solved, wrong key, or a challenge this key did not sign', async () => {
    const key = 'k'.repeat(64);
    const challenge = await new ProofOfWork(key, db()).challenge(now);
    const { solution } = JSON.parse(Buffer.from(await solveProofOfWork(challenge), 'base64').toString()) as {
      solution: { counter: number; derivedKey: string };
    };
    expect(solutionVerdict(challenge, solution, key)).toBe('solved');
    expect(solutionVerdict(challenge, { ...solution, counter: solution.counter + 1 }, key)).toBe('wrong');
    expect(solutionVerdict(challenge, { ...solution, derivedKey: 'ab'.repeat(32) }, key)).toBe('wrong');
    expect(solutionVerdict(challenge, solution, 'x'.repeat(64))).toBe('forged');
    const longer = {
      ...challenge,
      parameters: { ...challenge.parameters, data: { expires: 9_999_999_999, maxCounter: 60_000 } },
    };
    expect(solutionVerdict(longer, solution, key)).toBe('forged');
  });

  it("derives altcha's keys byte for byte, so what the browser solves passes here", async () => {
    const salt = Buffer.from('00112233445566778899aabbccddeeff', 'hex');
    const password = Buffer.from('0123456789abcdef00000bb8', 'hex');
    for (const parameters of [
      { algorithm: 'SHA-256', cost: 1, keyLength: 32 },
      { algorithm: 'SHA-256', cost: 3, keyLength: 16 },
    ]) {
      const ours = await deriveKey(parameters, salt, password);
      const altcha = await sha.deriveKey(parameters as Parameters<typeof sha.deriveKey>[0], salt, password);
      expect(Buffer.from(ours.derivedKey).toString('hex')).toBe(
        Buffer.from(altcha.derivedKey).toString('hex'),
      );
    }
  });
});
