import { AuditOutlined } from '@ant-design/icons';
import type { WebModule } from '../../app/module';
import { enUS } from './i18n/en-US';
import { type AuditMessages, zhCN } from './i18n/zh-CN';

/** 审计日志: the audit administrator's log. */
export const auditModule: WebModule<AuditMessages> = {
  name: 'audit',
  messages: { 'zh-CN': zhCN, 'en-US': enUS },
  records: [
    { type: 'audit_event', label: (t) => t.audit.title },
    { type: 'history', label: (t) => t.history.tab },
  ],
  pages: [
    {
      path: '/audit',
      permission: 'audit.read',
      menu: { icon: <AuditOutlined />, label: 'audit', testId: 'nav-audit', order: 60 },
      load: async () => (await import('./pages/audit-page')).AuditPage,
    },
  ],
};
