import type { DemoCampaignRefs, DemoRefs } from './demo-refs';

/** A few suggestions, one answered and published. */
export async function seedDemoSuggestions(_refs: DemoRefs, _campaign: DemoCampaignRefs): Promise<void> {}
