import { AuditOutlined, FieldTimeOutlined, FileDoneOutlined, FileSearchOutlined } from '@ant-design/icons';
import type { WebModule } from '../../app/module';
import { rectificationItemRecord } from './history';
import { enUS } from './i18n/en-US';
import { type RectificationMessages, zhCN } from './i18n/zh-CN';

export const RECTIFICATION_PATH = '/rectification';

/** The page of one ledger item (linked from notifications, the audit log and histories). */
export function rectificationItemHref(id: string): string {
  return `${RECTIFICATION_PATH}/${encodeURIComponent(id)}`;
}

/**
 * The ledger with the form open to enter an item from a source record (a supervision item, a
 * suggestion): the form reads the source and fills in what it can.
 */
export function openRectificationFromHref(source: 'supervision_item' | 'suggestion', id: string): string {
  return `${RECTIFICATION_PATH}?${new URLSearchParams({ from: source, fromId: id })}`;
}

/** 整改台账: the rectification ledger, signed off by the unit leader (销号) and confirmed by inspectors. */
export const rectificationModule: WebModule<RectificationMessages> = {
  name: 'rectification',
  messages: { 'zh-CN': zhCN, 'en-US': enUS },
  records: [
    {
      ...rectificationItemRecord,
      link: { permission: 'rectification.item.read', href: rectificationItemHref },
    },
  ],
  pages: [
    {
      path: RECTIFICATION_PATH,
      permission: 'rectification.item.read',
      menu: {
        group: 'duties',
        icon: <FileSearchOutlined />,
        label: 'rectification',
        testId: 'nav-rectification',
        order: 37,
      },
      load: async () => (await import('./pages/ledger-page')).LedgerPage,
    },
    {
      path: `${RECTIFICATION_PATH}/:id`,
      permission: 'rectification.item.read',
      load: async () => (await import('./pages/rectification-item-page')).RectificationItemPage,
    },
  ],
  // The ledger reads every filter of the list from its address.
  lists: [{ operationId: 'listRectificationItems', path: RECTIFICATION_PATH }],
  workbench: [
    {
      key: 'rectification.toSignOff',
      label: (t) => t.rectificationWorkbench.toSignOff,
      hint: (t) => t.rectificationWorkbench.toSignOffHint,
      icon: <FileDoneOutlined />,
      tone: 'attention',
      order: 30,
    },
    {
      key: 'rectification.toConfirm',
      label: (t) => t.rectificationWorkbench.toConfirm,
      hint: (t) => t.rectificationWorkbench.toConfirmHint,
      icon: <AuditOutlined />,
      tone: 'attention',
      order: 31,
    },
    {
      key: 'rectification.overdue',
      label: (t) => t.rectificationWorkbench.overdue,
      hint: (t) => t.rectificationWorkbench.overdueHint,
      icon: <FieldTimeOutlined />,
      tone: 'attention',
      order: 32,
    },
  ],
};
