import type { DemoCampaignRefs, DemoRefs } from './demo-refs';

/** Published power and responsibility lists and key tasks for a few demo units. */
export async function seedDemoDuties(_refs: DemoRefs, _campaign: DemoCampaignRefs): Promise<void> {}
