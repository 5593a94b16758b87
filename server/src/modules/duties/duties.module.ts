import type { ServerModule } from '../../platform/module';
import { seedDemoDuties } from './duties.demo';
import { dutiesMessages } from './duties.messages';
import { dutiesRoutes } from './duties.routes';
import { dutyItemRecord } from './duties.service';

/** 明责: power and responsibility lists. */
export const dutiesModule: ServerModule = {
  name: 'duties',
  messages: dutiesMessages,
  records: [dutyItemRecord],
  routes: dutiesRoutes,
  seedDemo: seedDemoDuties,
};
