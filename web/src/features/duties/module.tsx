import {
  AuditOutlined,
  CheckSquareOutlined,
  ProfileOutlined,
  RollbackOutlined,
  SolutionOutlined,
} from '@ant-design/icons';
import type { WebModule } from '../../app/module';
import { openHref } from '../../lib/open-param';
import { dutyItemRecord } from './history';
import { enUS } from './i18n/en-US';
import { type DutiesMessages, zhCN } from './i18n/zh-CN';

export const DUTIES_PATHS = { items: '/duties/items', approvals: '/duties/approvals' } as const;

/** 明责: power and responsibility lists, and their approval. Opens the 明责 menu group. */
export const dutiesModule: WebModule<DutiesMessages> = {
  name: 'duties',
  messages: { 'zh-CN': zhCN, 'en-US': enUS },
  records: [
    {
      ...dutyItemRecord,
      link: { permission: 'duties.item.read', href: (id) => openHref(DUTIES_PATHS.items, id) },
    },
  ],
  menuGroups: [{ id: 'duties', icon: <SolutionOutlined />, label: 'duties', order: 10 }],
  pages: [
    {
      path: DUTIES_PATHS.items,
      permission: 'duties.item.read',
      menu: {
        group: 'duties',
        icon: <ProfileOutlined />,
        label: 'dutyItems',
        testId: 'nav-duty-items',
        order: 10,
      },
      load: async () => (await import('./pages/duty-items-page')).DutyItemsPage,
    },
    {
      path: DUTIES_PATHS.approvals,
      permission: 'duties.item.approve',
      menu: {
        group: 'duties',
        icon: <CheckSquareOutlined />,
        label: 'approvals',
        testId: 'nav-approvals',
        order: 20,
      },
      load: async () => (await import('./pages/approval-queue-page')).ApprovalQueuePage,
    },
  ],
  // The items page reads `status`, `unitId`, `category` and `q` from its address.
  lists: [
    { operationId: 'listDutyItems', path: DUTIES_PATHS.items },
    { operationId: 'listDutyItemApprovals', path: DUTIES_PATHS.approvals },
  ],
  workbench: [
    {
      key: 'duties.toApprove',
      label: (t) => t.dutyWorkbench.toApprove,
      hint: (t) => t.dutyWorkbench.toApproveHint,
      icon: <AuditOutlined />,
      tone: 'attention',
      order: 10,
    },
    {
      key: 'duties.returned',
      label: (t) => t.dutyWorkbench.returned,
      hint: (t) => t.dutyWorkbench.returnedHint,
      icon: <RollbackOutlined />,
      tone: 'attention',
      order: 15,
    },
  ],
};
