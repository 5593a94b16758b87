import type { ProofOfWorkChallenge } from '@zeren/contracts';

export interface Solution {
  counter: number;
  derivedKey: string;
  time: number;
}

const BATCH = 500;

const toHex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
const fromHex = (hex: string) => Uint8Array.from(hex.match(/../g) ?? [], (h) => Number.parseInt(h, 16));

/**
 * Solves an altcha (v2, SHA-256) challenge with Web Crypto: finds the counter whose key
 * SHA-256(salt ‖ nonce ‖ uint32be(counter)) — hashed again `cost − 1` times — starts with
 * `keyPrefix`, searching 0…maxCounter. Digests run in batches, so the thread stays responsive
 * between them; `onProgress` gets the fraction searched. Null when aborted or not found.
 */
export async function solveChallenge(
  challenge: ProofOfWorkChallenge,
  onProgress?: (fraction: number) => void,
  signal?: AbortSignal,
): Promise<Solution | null> {
  const started = performance.now();
  const { salt, nonce, keyPrefix, keyLength, cost, data } = challenge.parameters;
  const saltBytes = fromHex(salt);
  const nonceBytes = fromHex(nonce);
  const prefix = keyPrefix.toLowerCase();
  const max = data.maxCounter;
  const rounds = Math.max(1, cost);

  const derive = async (counter: number): Promise<Uint8Array> => {
    const input = new Uint8Array(saltBytes.length + nonceBytes.length + 4);
    input.set(saltBytes, 0);
    input.set(nonceBytes, saltBytes.length);
    new DataView(input.buffer).setUint32(saltBytes.length + nonceBytes.length, counter, false);
    let key = new Uint8Array(await crypto.subtle.digest('SHA-256', input)).slice(0, keyLength);
    for (let i = 1; i < rounds; i++)
      key = new Uint8Array(await crypto.subtle.digest('SHA-256', key)).slice(0, keyLength);
    return key;
  };

  for (let start = 0; start <= max; start += BATCH) {
    if (signal?.aborted) return null;
    const end = Math.min(start + BATCH, max + 1);
    const keys = await Promise.all(Array.from({ length: end - start }, (_, i) => derive(start + i)));
    for (let i = 0; i < keys.length; i++) {
      const hex = toHex(keys[i]!);
      if (hex.startsWith(prefix))
        return { counter: start + i, derivedKey: hex, time: Math.round(performance.now() - started) };
    }
    onProgress?.(Math.min(1, end / (max + 1)));
  }
  return null;
}

/** The form value the server expects: base64 of `{ challenge, solution }` (the altcha widget's format). */
export function encodePayload(challenge: ProofOfWorkChallenge, solution: Solution): string {
  return btoa(JSON.stringify({ challenge, solution }));
}
