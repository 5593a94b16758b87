import {
  ClockCircleOutlined,
  ExclamationCircleOutlined,
  FieldTimeOutlined,
  OrderedListOutlined,
} from '@ant-design/icons';
import type { WebModule } from '../../app/module';
import { openHref } from '../../lib/open-param';
import { keyTaskExtensionRecord, keyTaskRecord } from './history';
import { enUS } from './i18n/en-US';
import { type KeyTaskMessages, zhCN } from './i18n/zh-CN';

export const KEY_TASKS_PATH = '/duties/key-tasks';

/** 三个清单: key tasks with their targets, deadlines and responsible officials. */
export const keyTasksModule: WebModule<KeyTaskMessages> = {
  name: 'keyTasks',
  messages: { 'zh-CN': zhCN, 'en-US': enUS },
  records: [
    { ...keyTaskRecord, link: { permission: 'keyTask.read', href: (id) => openHref(KEY_TASKS_PATH, id) } },
    keyTaskExtensionRecord,
  ],
  pages: [
    {
      path: KEY_TASKS_PATH,
      permission: 'keyTask.read',
      menu: {
        group: 'duties',
        icon: <OrderedListOutlined />,
        label: 'keyTasks',
        testId: 'nav-key-tasks',
        order: 30,
      },
      load: async () => (await import('./pages/key-tasks-page')).KeyTasksPage,
    },
  ],
  // The page reads `status`, `pendingExtension`, `unitId`, `domainId` and `campaignId` from its
  // address: it lists the campaign a link names (the workbench's: the current one; a dashboard
  // figure's: the campaign it shows, perhaps an earlier one), else the current one.
  lists: [{ operationId: 'listKeyTasks', path: KEY_TASKS_PATH }],
  workbench: [
    {
      key: 'keyTasks.extensions',
      label: (t) => t.keyTaskWorkbench.extensions,
      hint: (t) => t.keyTaskWorkbench.extensionsHint,
      icon: <FieldTimeOutlined />,
      tone: 'attention',
      order: 20,
    },
    {
      key: 'keyTasks.overdue',
      label: (t) => t.keyTaskWorkbench.overdue,
      hint: (t) => t.keyTaskWorkbench.overdueHint,
      icon: <ExclamationCircleOutlined />,
      tone: 'attention',
      order: 30,
    },
    {
      key: 'keyTasks.dueSoon',
      label: (t) => t.keyTaskWorkbench.dueSoon,
      hint: (t) => t.keyTaskWorkbench.dueSoonHint,
      icon: <ClockCircleOutlined />,
      tone: 'info',
      order: 40,
    },
  ],
};
