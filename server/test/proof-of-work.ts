import { createHash } from 'node:crypto';
import type { ProofOfWorkChallenge } from '@zeren/contracts';
import { solveChallenge } from 'altcha/lib';

/**
 * altcha's SHA deriveKey with Node's synchronous hash: the same digests as the browser's
 * crypto.subtle, without a thread-pool round trip per try — tens of milliseconds per challenge
 * instead of a second, at the production difficulty.
 */
async function deriveKey(
  parameters: { algorithm: string; cost: number; keyLength?: number },
  salt: Uint8Array,
  password: Uint8Array,
): Promise<{ parameters: Record<string, never>; derivedKey: Uint8Array }> {
  const algorithm = parameters.algorithm.replace('-', '').toLowerCase();
  const keyLength = parameters.keyLength ?? 32;
  let data: Uint8Array = Buffer.concat([salt, password]);
  for (let i = 0; i < Math.max(1, parameters.cost); i++)
    data = createHash(algorithm).update(data).digest().subarray(0, keyLength);
  return { parameters: {}, derivedKey: data };
}

/** Solves a challenge the way the portal's worker does; returns the base64 payload a form sends. */
export async function solveProofOfWork(challenge: ProofOfWorkChallenge): Promise<string> {
  const solution = await solveChallenge({ challenge, deriveKey } as Parameters<typeof solveChallenge>[0]);
  return Buffer.from(JSON.stringify({ challenge, solution })).toString('base64');
}
