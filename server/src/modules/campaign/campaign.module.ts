import type { ServerModule } from '../../platform/module';
import { seedDemoCampaign } from './campaign.demo';
import { campaignMessages } from './campaign.messages';
import { campaignRoutes } from './campaign.routes';
import { campaignRecord, domainRecord } from './campaign.service';

/** The campaign: year, owning government, phases, key domains. Other modules hang on it. */
export const campaignModule: ServerModule = {
  name: 'campaign',
  messages: campaignMessages,
  records: [campaignRecord, domainRecord],
  routes: campaignRoutes,
  seedDemo: seedDemoCampaign,
};
