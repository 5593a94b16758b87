import { AuditOutlined, NotificationOutlined } from '@ant-design/icons';
import type { WebModule } from '../../app/module';
import { noticeRecord } from './history';
import { enUS } from './i18n/en-US';
import { type NoticesMessages, zhCN } from './i18n/zh-CN';

export const NOTICES_PATH = '/notices';

/** The page of one notice (linked from notifications, the audit log and histories). */
export function noticeHref(id: string): string {
  return `${NOTICES_PATH}/${encodeURIComponent(id)}`;
}

/** 通报: notices drafted (by hand or from records), approved by another person, issued as official documents. */
export const noticesModule: WebModule<NoticesMessages> = {
  name: 'notices',
  messages: { 'zh-CN': zhCN, 'en-US': enUS },
  records: [{ ...noticeRecord, link: { permission: 'notice.read', href: noticeHref } }],
  pages: [
    {
      path: NOTICES_PATH,
      permission: 'notice.read',
      menu: {
        group: 'duties',
        icon: <NotificationOutlined />,
        label: 'notices',
        testId: 'nav-notices',
        order: 47,
      },
      load: async () => (await import('./pages/notices-page')).NoticesPage,
    },
    {
      path: `${NOTICES_PATH}/:id`,
      permission: 'notice.read',
      load: async () => (await import('./pages/notice-page')).NoticePage,
    },
  ],
  // The list reads every filter from its address.
  lists: [{ operationId: 'listNotices', path: NOTICES_PATH }],
  workbench: [
    {
      key: 'notices.toApprove',
      label: (t) => t.noticesWorkbench.toApprove,
      hint: (t) => t.noticesWorkbench.toApproveHint,
      icon: <AuditOutlined />,
      tone: 'attention',
      order: 47,
    },
  ],
};
