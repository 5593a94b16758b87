import type { ServerModule } from '../../platform/module';
import { seedDemoKeyTasks } from './key-tasks.demo';
import { keyTasksMessages } from './key-tasks.messages';
import { keyTasksRoutes } from './key-tasks.routes';
import { keyTaskRecord, PROGRESS_FILE_OWNER } from './key-tasks.service';

/** 三个清单: key tasks with target, deadline and responsible persons. */
export const keyTasksModule: ServerModule = {
  name: 'keyTasks',
  messages: keyTasksMessages,
  records: [keyTaskRecord],
  fileOwners: [{ ownerType: PROGRESS_FILE_OWNER, readPermission: 'keyTask.read' }],
  routes: keyTasksRoutes,
  seedDemo: seedDemoKeyTasks,
};
