import type { ProofOfWorkChallenge } from '@zeren/contracts';
import { solveChallenge } from 'altcha/lib';
import { deriveKey } from '../src/platform/proof-of-work';

/**
 * Solves a challenge the way the portal's worker does, with the server's synchronous key
 * derivation (tens of milliseconds per challenge instead of a second through WebCrypto); returns
 * the base64 payload a form sends.
 */
export async function solveProofOfWork(challenge: ProofOfWorkChallenge): Promise<string> {
  const solution = await solveChallenge({ challenge, deriveKey } as Parameters<typeof solveChallenge>[0]);
  return Buffer.from(JSON.stringify({ challenge, solution })).toString('base64');
}
