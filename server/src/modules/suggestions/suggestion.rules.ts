import { randomInt } from 'node:crypto';
import { TRACKING_CODE_ALPHABET, TRACKING_CODE_PATTERN } from '@zeren/contracts';

/** 'SG' + 10 characters drawn uniformly (crypto RNG) from the unambiguous alphabet: ~8·10¹⁴ codes. */
export function newTrackingCode(): string {
  let code = 'SG';
  for (let i = 0; i < 10; i++) code += TRACKING_CODE_ALPHABET[randomInt(TRACKING_CODE_ALPHABET.length)];
  return code;
}

/** A code as typed by a person (lower case, spaces, dashes) in canonical form; null when it cannot be one. */
export function normaliseTrackingCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]/g, '');
  return TRACKING_CODE_PATTERN.test(code) ? code : null;
}
