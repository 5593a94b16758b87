import type { KeyTaskListQuery } from '@zeren/contracts';
import { sql } from 'drizzle-orm';
import type { ServiceContext } from '../../platform/context';
import type { ServerModule } from '../../platform/module';
import { currentCampaignId } from '../campaign/campaign.service';
import { seedDemoKeyTasks } from './key-tasks.demo';
import { keyTasksMessages } from './key-tasks.messages';
import { keyTasksRoutes } from './key-tasks.routes';
import {
  keyTaskExtensionRecord,
  keyTaskFigures,
  keyTaskRecord,
  listKeyTasks,
  PROGRESS_FILE_OWNER,
  recomputeDeadlines,
} from './key-tasks.service';
import { keyTask } from './key-tasks.table';

/** 三个清单: key tasks with target, deadline and responsible persons. */
export const keyTasksModule: ServerModule = {
  name: 'keyTasks',
  search: [
    {
      recordType: 'key_task',
      permission: 'keyTask.read',
      table: keyTask,
      id: keyTask.id,
      unitId: keyTask.unitId,
      status: sql`case when ${keyTask.completedAt} is not null then 'completed' when ${keyTask.dueDate} < (now() at time zone 'Asia/Shanghai')::date then 'overdue' else 'on_track' end`,
      domainId: keyTask.domainId,
      createdAt: keyTask.createdAt,
      title: keyTask.title,
      body: [keyTask.target],
    },
  ],
  messages: keyTasksMessages,
  records: [keyTaskRecord, keyTaskExtensionRecord],
  fileOwners: [{ ownerType: PROGRESS_FILE_OWNER, readPermission: 'keyTask.read' }],
  routes: keyTasksRoutes,
  seedDemo: seedDemoKeyTasks,
  onCalendarChanged: recomputeDeadlines,
  figures: [{ key: 'keyTasks', order: 40, permission: 'keyTask.read', compute: keyTaskFigures }],
  // Within the campaign the person works under, as the key tasks page lists them.
  workbench: (
    [
      ['keyTasks.overdue', 'keyTask.read', { status: 'overdue' }],
      ['keyTasks.dueSoon', 'keyTask.read', { status: 'due_soon' }],
      ['keyTasks.extensions', 'keyTask.manage', { pendingExtension: 'true' }],
    ] as const
  ).map(([key, permission, filter]) => ({
    key,
    permission,
    operationId: 'listKeyTasks' as const,
    query: async (ctx: ServiceContext) => {
      const campaignId = await currentCampaignId(ctx);
      return campaignId ? { ...filter, campaignId } : null;
    },
    count: async (ctx: ServiceContext, query: Record<string, string | number | boolean>) =>
      (await listKeyTasks(ctx, { ...query, limit: 1 } as KeyTaskListQuery)).total,
  })),
};
