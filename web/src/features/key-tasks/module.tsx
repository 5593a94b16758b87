import { OrderedListOutlined } from '@ant-design/icons';
import type { WebModule } from '../../app/module';
import { openHref } from '../../lib/open-param';
import { keyTaskRecord } from './history';
import { enUS } from './i18n/en-US';
import { type KeyTaskMessages, zhCN } from './i18n/zh-CN';

export const KEY_TASKS_PATH = '/duties/key-tasks';

/** 三个清单: key tasks with their targets, deadlines and responsible officials. */
export const keyTasksModule: WebModule<KeyTaskMessages> = {
  name: 'keyTasks',
  messages: { 'zh-CN': zhCN, 'en-US': enUS },
  records: [
    { ...keyTaskRecord, link: { permission: 'keyTask.read', href: (id) => openHref(KEY_TASKS_PATH, id) } },
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
};
