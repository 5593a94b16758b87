import { sha, solveChallenge } from 'altcha/lib';
import { describe, expect, it } from 'vitest';
import { CHALLENGE_TTL_SECONDS, ProofOfWork, proofOfWorkKey } from './proof-of-work';

const now = new Date('2026-06-01T02:00:00Z');

async function solve(pow: ProofOfWork, at = now): Promise<string> {
  const challenge = await pow.challenge(at);
  const solution = await solveChallenge({ challenge, deriveKey: sha.deriveKey });
  return Buffer.from(JSON.stringify({ challenge, solution })).toString('base64');
}

describe('proof of work', () => {
  it('derives its key from the session secret without being it', () => {
    const key = proofOfWorkKey('test-session-secret-0123456789abcdef');
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(key).not.toContain('test-session-secret');
    expect(proofOfWorkKey('another-secret-0123456789abcdefghij')).not.toBe(key);
  });

  it('signs challenges with an expiry and a search bound', async () => {
    const challenge = await new ProofOfWork('k'.repeat(64)).challenge(now);
    expect(challenge.parameters.algorithm).toBe('SHA-256');
    expect(challenge.parameters.data.expires).toBe(now.getTime() / 1000 + CHALLENGE_TTL_SECONDS);
    expect(challenge.parameters.data.maxCounter).toBeGreaterThan(0);
    expect(challenge.signature).toMatch(/^[0-9a-f]{64}$/);
  });

  it('accepts a solution once, within ten minutes, only from the key that signed it', async () => {
    const pow = new ProofOfWork('k'.repeat(64));
    const payload = await solve(pow);
    expect(await pow.verify(payload, new Date(now.getTime() + 60_000))).toBe(true);
    expect(await pow.verify(payload, new Date(now.getTime() + 60_000))).toBe(false);

    const late = await solve(pow);
    expect(await pow.verify(late, new Date(now.getTime() + (CHALLENGE_TTL_SECONDS + 1) * 1000))).toBe(false);

    const other = new ProofOfWork('x'.repeat(64));
    expect(await other.verify(await solve(pow), now)).toBe(false);
    expect(await pow.verify(undefined, now)).toBe(false);
    expect(await pow.verify('%%%', now)).toBe(false);
  });

  it('two concurrent uses of one solution: exactly one passes', async () => {
    const pow = new ProofOfWork('k'.repeat(64));
    const payload = await solve(pow);
    const results = await Promise.all([pow.verify(payload, now), pow.verify(payload, now)]);
    expect(results.filter(Boolean)).toHaveLength(1);
  });
});
