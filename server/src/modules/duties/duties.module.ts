import type { ServerModule } from '../../platform/module';
import { seedDemoDuties } from './duties.demo';
import { dutiesMessages } from './duties.messages';
import { publishedDutyItemsDataset } from './duties.open-data';
import { isLatestVersion } from './duties.repository';
import { dutiesRoutes } from './duties.routes';
import { approvalQueue, dutyItemRecord, listItems } from './duties.service';
import { dutyItemVersion } from './duties.table';

/** 明责: power and responsibility lists. */
export const dutiesModule: ServerModule = {
  name: 'duties',
  messages: dutiesMessages,
  records: [dutyItemRecord],
  routes: dutiesRoutes,
  seedDemo: seedDemoDuties,
  openData: [publishedDutyItemsDataset],
  search: [
    {
      // An item's text lives in its versions: the latest one is searched, found under the item's
      // id (its page), with that version's status and date.
      recordType: 'duty_item',
      permission: 'duties.item.read',
      table: dutyItemVersion,
      id: dutyItemVersion.itemId,
      unitId: dutyItemVersion.unitId,
      status: dutyItemVersion.status,
      domainId: null,
      createdAt: dutyItemVersion.createdAt,
      title: dutyItemVersion.name,
      body: [
        dutyItemVersion.responsibilities,
        dutyItemVersion.legalBasis,
        dutyItemVersion.implementingBody,
        dutyItemVersion.handlingOffice,
        dutyItemVersion.accountabilityConditions,
        dutyItemVersion.accountabilityBasis,
        dutyItemVersion.remarks,
      ],
      current: isLatestVersion(),
    },
  ],
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
