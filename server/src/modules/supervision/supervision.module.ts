import type { SupervisionItemListQuery } from '@zeren/contracts';
import type { ServiceContext } from '../../platform/context';
import type { ServerModule } from '../../platform/module';
import { currentCampaignId } from '../campaign/campaign.service';
import { seedDemoSupervision } from './supervision.demo';
import { supervisionMessages } from './supervision.messages';
import { itemTally, reminderTally } from './supervision.repository';
import { supervisionRoutes } from './supervision.routes';
import {
  escalationJob,
  listSupervisionItems,
  PROGRESS_FILE_OWNER,
  recomputeDeadlines,
  supervisionExtensionRecord,
  supervisionFigures,
  supervisionItemRecord,
  supervisionOverdueHeat,
} from './supervision.service';
import { supervisionItem } from './supervision.table';

/** 督促检查: supervision items with escalating working-day deadlines. */
export const supervisionModule: ServerModule = {
  name: 'supervision',
  search: [
    {
      recordType: 'supervision_item',
      permission: 'supervision.read',
      table: supervisionItem,
      id: supervisionItem.id,
      unitId: supervisionItem.unitId,
      status: supervisionItem.status,
      domainId: supervisionItem.domainId,
      createdAt: supervisionItem.createdAt,
      title: supervisionItem.title,
      body: [supervisionItem.code, supervisionItem.task, supervisionItem.instruction],
    },
  ],
  messages: supervisionMessages,
  records: [supervisionItemRecord, supervisionExtensionRecord],
  fileOwners: [{ ownerType: PROGRESS_FILE_OWNER, readPermission: 'supervision.read' }],
  routes: supervisionRoutes,
  seedDemo: seedDemoSupervision,
  onCalendarChanged: recomputeDeadlines,
  jobs: [escalationJob],
  tallies: [itemTally, reminderTally],
  figures: [
    {
      key: 'supervision',
      order: 20,
      permission: 'supervision.read',
      compute: supervisionFigures,
      heat: [{ measure: 'supervision.overdue', unitFilter: 'exact', count: supervisionOverdueHeat }],
    },
  ],
  // Within the campaign the person works under, as the board lists them.
  workbench: (
    [
      ['supervision.toAccept', 'supervision.handle', { toAccept: 'true' }],
      ['supervision.red', 'supervision.read', { colour: 'red' }],
      ['supervision.yellow', 'supervision.read', { colour: 'yellow' }],
      ['supervision.blue', 'supervision.handle', { colour: 'blue' }],
      ['supervision.pendingDecision', 'supervision.manage', { pendingDecision: 'true' }],
    ] as const
  ).map(([key, permission, filter]) => ({
    key,
    permission,
    operationId: 'listSupervisionItems' as const,
    query: async (ctx: ServiceContext) => {
      const campaignId = await currentCampaignId(ctx);
      return campaignId ? { ...filter, campaignId } : null;
    },
    count: async (ctx: ServiceContext, query: Record<string, string | number | boolean>) =>
      (await listSupervisionItems(ctx, { ...query, limit: 1 } as SupervisionItemListQuery)).total,
  })),
};
