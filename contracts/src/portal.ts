import { z } from 'zod';

/**
 * An altcha proof-of-work challenge (protocol of altcha 3, algorithm SHA-256): find the counter
 * whose key SHA-256(salt ‖ nonce ‖ uint32be(counter)) starts with `keyPrefix`. `data.expires`
 * (unix seconds) and `data.maxCounter` (the search bound) are covered by the signature.
 */
export const proofOfWorkChallengeSchema = z.object({
  parameters: z
    .object({
      algorithm: z.string(),
      nonce: z.string(),
      salt: z.string(),
      cost: z.number(),
      keyLength: z.number(),
      keyPrefix: z.string(),
      data: z.object({ expires: z.number().int(), maxCounter: z.number().int() }),
    })
    // Signed as a whole: a member the schema does not name must pass through untouched.
    .loose(),
  signature: z.string(),
});
export type ProofOfWorkChallenge = z.infer<typeof proofOfWorkChallengeSchema>;

/** The solution the browser found; `altcha` on a public form is base64(JSON of this). */
export interface ProofOfWorkPayload {
  challenge: ProofOfWorkChallenge;
  solution: { counter: number; derivedKey: string; time?: number };
}
