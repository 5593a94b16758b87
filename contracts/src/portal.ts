import { z } from 'zod';
import { auditEvent } from './core/audit';
import { defineRoutes } from './core/http';
import { defineModuleContract } from './core/module';

export const healthSchema = z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgres']) });

/**
 * One entry of the workbench (工作台): what waits for the signed-in person. `operationId` and
 * `query` name the list that holds exactly those `count` records, which the web app links to.
 */
export const workbenchEntrySchema = z.object({
  key: z.string(),
  count: z.number().int(),
  operationId: z.string(),
  query: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])),
});
export type WorkbenchEntry = z.infer<typeof workbenchEntrySchema>;
export const workbenchSchema = z.object({ items: z.array(workbenchEntrySchema) });

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

/** Liveness and the public forms' proof of work: routes of no business module. */
export const platformContract = defineModuleContract({
  name: 'platform',
  permissions: [],
  grants: {},
  records: {},
  auditEvents: [
    auditEvent('demo.seeded', 'demo', {
      after: z
        .object({ units: z.number().int(), persons: z.number().int(), accounts: z.array(z.string()) })
        .strict(),
    }),
  ],
  errors: {},
  routes: defineRoutes({
    getHealth: {
      method: 'GET',
      path: '/api/health',
      tags: ['platform'],
      summary: 'Liveness and database reachability',
      access: { public: true },
      response: { 200: healthSchema },
    },
    getWorkbench: {
      method: 'GET',
      path: '/api/workbench',
      tags: ['platform'],
      summary: 'What waits for the signed-in person, each a count of the list it links to',
      access: { signedIn: true },
      response: { 200: workbenchSchema },
    },
    getProofOfWorkChallenge: {
      method: 'GET',
      path: '/api/portal/altcha-challenge',
      tags: ['portal'],
      summary: 'A proof-of-work challenge (altcha, SHA-256) for a public form; expires in 10 minutes',
      access: { public: true },
      response: { 200: proofOfWorkChallengeSchema },
    },
  }),
});
