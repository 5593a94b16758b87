import type { Tx } from '../db/client';
import type { FieldCipher } from '../platform/crypto';

/** Ids of what the demo created so far, by the keys of demo-data.ts, for the modules' demo data. */
export interface DemoRefs {
  tx: Tx;
  now: Date;
  cipher: FieldCipher;
  /** unit key (demo-data.ts) → id */
  unitIds: Map<string, string>;
  /** person key → id */
  personIds: Map<string, string>;
  /** username → account id */
  accountIds: Map<string, string>;
}

/** What the demo campaign created, for the demo lists, tasks and suggestions. */
export interface DemoCampaignRefs {
  campaignId: string;
  /** standard domain code → domain id */
  domainIds: Map<string, string>;
}
