import { index, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Salts of proof-of-work challenges already used, until their challenge expires: one solution
 * buys one submission, across restarts and across every server instance on the database.
 */
export const proofOfWorkUsed = pgTable(
  'proof_of_work_used',
  {
    salt: text('salt').primaryKey(),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [index('proof_of_work_used_expires_idx').on(t.expiresAt)],
);
