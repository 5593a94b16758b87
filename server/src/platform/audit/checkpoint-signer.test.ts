import { describe, expect, it } from 'vitest';
import { TEST_AUDIT_KEY, TEST_AUDIT_SIGNING_KEY } from '../../../test/templates';
import { auditKeys, checkpointSignatureValid, signCheckpoint } from './audit-keys';

const keys = auditKeys(Buffer.from(TEST_AUDIT_KEY, 'hex'), TEST_AUDIT_SIGNING_KEY);

/** How many turns the event loop takes while `work` runs: none when the work holds the loop. */
async function turnsDuring<T>(work: () => Promise<T>): Promise<{ value: T; turns: number }> {
  let turns = 0;
  let running = true;
  const spin = () => {
    if (!running) return;
    turns++;
    setImmediate(spin);
  };
  setImmediate(spin);
  const value = await work();
  running = false;
  return { value, turns };
}

describe('checkpoint signatures', () => {
  it('are made off the event loop, and verify with the public key for exactly what they sign', async () => {
    for (const seq of [1000, 2000, 3000]) {
      const content = { seq, hash: 'ab'.repeat(32), signedAt: '2026-12-06T08:00:00.000Z' };
      const { value: signature, turns } = await turnsDuring(() => signCheckpoint(keys, content));
      // Signing on the event loop (tens of milliseconds of sm-crypto's arithmetic) lets no turn
      // through; on the worker thread the loop keeps turning until the signature arrives.
      expect(turns, `turns of the event loop while checkpoint ${seq} was signed`).toBeGreaterThan(2);
      expect(checkpointSignatureValid(keys.publicKey, content, signature)).toBe(true);
      expect(checkpointSignatureValid(keys.publicKey, { ...content, seq: seq + 1 }, signature)).toBe(false);
    }
  });

  it('sign concurrent checkpoints each with its own content', async () => {
    const contents = [1, 2, 3, 4].map((n) => ({
      seq: n * 1000,
      hash: String(n).repeat(64),
      signedAt: '2026-12-06T08:00:00.000Z',
    }));
    const signatures = await Promise.all(contents.map((c) => signCheckpoint(keys, c)));
    contents.forEach((c, i) => {
      expect(checkpointSignatureValid(keys.publicKey, c, signatures[i]!)).toBe(true);
      expect(checkpointSignatureValid(keys.publicKey, contents[(i + 1) % 4]!, signatures[i]!)).toBe(false);
    });
  });
});
