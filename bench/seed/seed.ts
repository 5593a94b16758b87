import type { Config } from '../../server/src/config';
import type { Database } from '../../server/src/db/client';
import { auditKeysOf } from '../../server/src/platform/audit/audit-keys';
import { ManualClock } from '../../server/src/platform/clock';
import { FieldCipher } from '../../server/src/platform/crypto';
import { seedDemo } from '../../server/src/seed/demo';
import { AS_OF, generate, type Scale } from './generate';
import { Random, withFixedEntropy } from './random';

/**
 * Fills a migrated database with its public-holiday calendar: the demo city as of AS_OF, its ids
 * drawn from the seed too, then the generated rows of `scale`. The same seed gives the same rows,
 * ids included, whatever the database (the CLI's, or a test's copy of a template).
 */
export async function seedBench(database: Database, config: Config, seed: number, scale: Scale) {
  const random = new Random(seed);
  await withFixedEntropy(random, AS_OF.getTime(), () =>
    seedDemo({
      db: database.db,
      clock: new ManualClock(AS_OF),
      cipher: new FieldCipher(config.fieldKey),
      auditKeys: auditKeysOf(config),
      password: config.demoPassword,
    }),
  );
  return generate(database.db, random, scale);
}
