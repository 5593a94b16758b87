import { AuditOutlined, SafetyOutlined, UserSwitchOutlined } from '@ant-design/icons';
import type { WebModule } from '../../app/module';
import { fmt, LIST_EXPORT_FIELDS } from '../../lib/history';
import { enUS } from './i18n/en-US';
import { type SecurityMessages, zhCN } from './i18n/zh-CN';

/** 会话管理: the security administrator's sessions and sign-in locks. */
export const securityModule: WebModule<SecurityMessages> = {
  name: 'security',
  messages: { 'zh-CN': zhCN, 'en-US': enUS },
  records: [
    {
      type: 'session',
      label: (t) => t.security.session,
      fields: {
        ...LIST_EXPORT_FIELDS,
        userId: { label: (t) => t.security.user },
        username: { label: (t) => t.auth.username },
        createdAt: { label: (t) => t.security.signedInAt, format: fmt.dateTime },
        lastSeenAt: { label: (t) => t.security.lastSeenAt, format: fmt.dateTime },
        ip: { label: (t) => t.security.ip },
      },
    },
  ],
  pages: [
    {
      path: '/security/sessions',
      permission: 'security.session.manage',
      menu: { icon: <SafetyOutlined />, label: 'sessions', testId: 'nav-sessions', order: 50 },
      load: async () => (await import('./pages/sessions-page')).SessionsPage,
    },
    {
      path: '/security/role-grants',
      permission: 'org.grant.approve',
      menu: { icon: <AuditOutlined />, label: 'roleGrants', testId: 'nav-role-grants', order: 51 },
      load: async () => (await import('./pages/role-grants-page')).RoleGrantsPage,
    },
  ],
  // 授权审批 always lists the pending grants (the workbench's query): its address names no filter.
  lists: [{ operationId: 'listRoleGrants', path: '/security/role-grants', search: () => ({}) }],
  workbench: [
    {
      key: 'roleGrants.toApprove',
      label: (t) => t.securityWorkbench.grantsToApprove,
      hint: (t) => t.securityWorkbench.grantsToApproveHint,
      icon: <UserSwitchOutlined />,
      tone: 'attention',
      order: 60,
    },
  ],
};
