import {
  AlertOutlined,
  AuditOutlined,
  ClockCircleOutlined,
  FireOutlined,
  InboxOutlined,
  WarningOutlined,
} from '@ant-design/icons';
import type { WebModule } from '../../app/module';
import { supervisionExtensionRecord, supervisionItemRecord, supervisionReminderRecord } from './history';
import { enUS } from './i18n/en-US';
import { type SupervisionMessages, zhCN } from './i18n/zh-CN';

export const SUPERVISION_PATH = '/supervision';
/** 催办记录: every reminder of the items in scope. */
export const SUPERVISION_REMINDERS_PATH = `${SUPERVISION_PATH}/reminders`;

/** The page of one supervision item (linked from notifications, the audit log and histories). */
export function supervisionItemHref(id: string): string {
  return `${SUPERVISION_PATH}/${encodeURIComponent(id)}`;
}

/** 督促检查: supervision items (督办事项) and their three-colour escalation (三色督办). */
export const supervisionModule: WebModule<SupervisionMessages> = {
  name: 'supervision',
  messages: { 'zh-CN': zhCN, 'en-US': enUS },
  records: [
    { ...supervisionItemRecord, link: { permission: 'supervision.read', href: supervisionItemHref } },
    supervisionExtensionRecord,
    supervisionReminderRecord,
  ],
  pages: [
    {
      path: SUPERVISION_PATH,
      permission: 'supervision.read',
      menu: {
        group: 'duties',
        icon: <AlertOutlined />,
        label: 'supervision',
        testId: 'nav-supervision',
        order: 35,
      },
      load: async () => (await import('./pages/supervision-board-page')).SupervisionBoardPage,
    },
    {
      path: SUPERVISION_REMINDERS_PATH,
      permission: 'supervision.read',
      load: async () => (await import('./pages/supervision-reminders-page')).SupervisionRemindersPage,
    },
    {
      path: `${SUPERVISION_PATH}/:id`,
      permission: 'supervision.read',
      load: async () => (await import('./pages/supervision-item-page')).SupervisionItemPage,
    },
  ],
  // The board reads `domainId`, `unitId`, `status`, `colour`, `toAccept` and `pendingDecision`
  // from its address; it always lists the current campaign: its id stays out. A query of every
  // item (the workbench counts sub-items too) opens the board with its sub-items shown.
  lists: [
    {
      operationId: 'listSupervisionItems',
      path: SUPERVISION_PATH,
      // The board lists the campaign a link names (the workbench's: the current one; a
      // dashboard's: the one it shows), else the current one.
      search: ({ topLevel, ...query }) => ({
        ...Object.fromEntries(Object.entries(query).map(([key, value]) => [key, String(value)])),
        ...(topLevel ? {} : { subItems: 'true' }),
      }),
    },
    // 催办记录 reads every filter of its query from the address, the campaign too (a dashboard's).
    { operationId: 'listSupervisionReminders', path: SUPERVISION_REMINDERS_PATH },
  ],
  workbench: [
    {
      key: 'supervision.toAccept',
      label: (t) => t.supervisionWorkbench.toAccept,
      hint: (t) => t.supervisionWorkbench.toAcceptHint,
      icon: <InboxOutlined />,
      tone: 'attention',
      order: 22,
    },
    {
      key: 'supervision.pendingDecision',
      label: (t) => t.supervisionWorkbench.pendingDecision,
      hint: (t) => t.supervisionWorkbench.pendingDecisionHint,
      icon: <AuditOutlined />,
      tone: 'attention',
      order: 24,
    },
    {
      key: 'supervision.red',
      label: (t) => t.supervisionWorkbench.red,
      hint: (t) => t.supervisionWorkbench.redHint,
      icon: <FireOutlined />,
      tone: 'attention',
      order: 26,
    },
    {
      key: 'supervision.yellow',
      label: (t) => t.supervisionWorkbench.yellow,
      hint: (t) => t.supervisionWorkbench.yellowHint,
      icon: <WarningOutlined />,
      tone: 'attention',
      order: 28,
    },
    {
      key: 'supervision.blue',
      label: (t) => t.supervisionWorkbench.blue,
      hint: (t) => t.supervisionWorkbench.blueHint,
      icon: <ClockCircleOutlined />,
      tone: 'info',
      order: 29,
    },
  ],
};
