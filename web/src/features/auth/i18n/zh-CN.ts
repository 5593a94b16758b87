import type { AuditAction } from '@zeren/contracts';

/** Signing in and out, and the language preference: the reference catalogue (en-US has exactly these keys). */
export const zhCN = {
  auth: {
    username: '用户名',
    password: '密码',
    signIn: '登录',
    signOut: '退出登录',
    signedOut: '已退出登录',
  },
  auditAction: {
    'auth.login': '登录',
    'auth.login_failed': '登录失败',
    'auth.logout': '退出登录',
    'auth.account_locked': '账号锁定',
    'account.preferences_updated': '修改偏好设置',
  } satisfies Partial<Record<AuditAction, string>>,
};

export type AuthMessages = typeof zhCN;
