import type { DemoCampaignRefs, DemoRefs } from './demo-refs';

/** The source document's campaign, active this year, with its ten domains. */
export async function seedDemoCampaign(_refs: DemoRefs): Promise<DemoCampaignRefs> {
  return { campaignId: '', domainIds: new Map() };
}
