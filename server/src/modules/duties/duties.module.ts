import type { ServerModule } from '../../platform/module';
import { seedDemoDuties } from './duties.demo';
import { dutiesMessages } from './duties.messages';
import { publishedDutyItemsDataset } from './duties.open-data';
import { dutiesRoutes } from './duties.routes';
import { approvalQueue, dutyItemRecord, listItems } from './duties.service';

/** 明责: power and responsibility lists. */
export const dutiesModule: ServerModule = {
  name: 'duties',
  messages: dutiesMessages,
  records: [dutyItemRecord],
  routes: dutiesRoutes,
  seedDemo: seedDemoDuties,
  openData: [publishedDutyItemsDataset],
  workbench: [
    {
      key: 'duties.toApprove',
      permission: 'duties.item.approve',
      operationId: 'listDutyItemApprovals',
      query: {},
      count: async (ctx, _query) => (await approvalQueue(ctx, { limit: 1 })).total,
    },
    {
      key: 'duties.returned',
      permission: 'duties.item.draft',
      operationId: 'listDutyItems',
      query: { status: 'returned' },
      count: async (ctx, _query) => (await listItems(ctx, { status: 'returned', limit: 1 })).total,
    },
  ],
};
