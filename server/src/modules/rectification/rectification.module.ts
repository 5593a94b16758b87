import type { RectificationItemListQuery } from '@zeren/contracts';
import type { ServiceContext } from '../../platform/context';
import type { ServerModule } from '../../platform/module';
import { seedDemoRectification } from './rectification.demo';
import { rectificationMessages } from './rectification.messages';
import { itemTally } from './rectification.repository';
import { rectificationRoutes } from './rectification.routes';
import {
  EVIDENCE_FILE_OWNER,
  listRectificationItems,
  recomputeDeadlines,
  rectificationFigures,
  rectificationItemRecord,
  rectificationOpenHeat,
} from './rectification.service';
import { rectificationItem } from './rectification.table';

/** 整改台账: the rectification ledger, signed off by the unit leader and confirmed by inspectors. */
export const rectificationModule: ServerModule = {
  name: 'rectification',
  search: [
    {
      recordType: 'rectification_item',
      permission: 'rectification.item.read',
      table: rectificationItem,
      id: rectificationItem.id,
      unitId: rectificationItem.unitId,
      status: rectificationItem.status,
      domainId: rectificationItem.domainId,
      createdAt: rectificationItem.createdAt,
      title: rectificationItem.problem,
      body: [rectificationItem.sourceLabel, rectificationItem.measures, rectificationItem.completion],
    },
  ],
  messages: rectificationMessages,
  records: [rectificationItemRecord],
  fileOwners: [{ ownerType: EVIDENCE_FILE_OWNER, readPermission: 'rectification.item.read' }],
  routes: rectificationRoutes,
  seedDemo: seedDemoRectification,
  onCalendarChanged: recomputeDeadlines,
  tallies: [itemTally],
  figures: [
    {
      key: 'rectification',
      order: 30,
      permission: 'rectification.item.read',
      compute: rectificationFigures,
      heat: [{ measure: 'rectification.open', unitFilter: 'subtree', count: rectificationOpenHeat }],
    },
  ],
  workbench: (
    [
      ['rectification.toSignOff', 'rectification.item.sign_off', { toSignOff: 'true' }],
      ['rectification.toConfirm', 'rectification.item.confirm', { toConfirm: 'true' }],
      ['rectification.overdue', 'rectification.item.manage', { overdue: 'true' }],
    ] as const
  ).map(([key, permission, query]) => ({
    key,
    permission,
    operationId: 'listRectificationItems' as const,
    query,
    count: async (ctx: ServiceContext, q: Record<string, string | number | boolean>) =>
      (await listRectificationItems(ctx, { ...q, limit: 1 } as RectificationItemListQuery)).total,
  })),
};
