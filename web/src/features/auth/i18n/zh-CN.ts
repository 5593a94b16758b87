import type { AuditAction } from '@zeren/contracts';

/** Signing in and out, and the language preference: the reference catalogue (en-US has exactly these keys). */
export const zhCN = {
  auth: {
    username: '用户名',
    password: '密码',
    signIn: '登录',
    signOut: '退出登录',
    mustChange:
      '您的密码由管理员设置，须先设置自己的新密码（至少 12 个字符，含大写字母、小写字母、数字、符号中的三类）。',
    newPassword: '新密码',
    confirmPassword: '再次输入新密码',
    passwordsDiffer: '两次输入的新密码不一致',
    changeAndSignIn: '修改密码并登录',
    signedOut: '已退出登录',
    showPassword: '显示密码',
    hidePassword: '隐藏密码',
  },
  auditAction: {
    'auth.login': '登录',
    'auth.login_failed': '登录失败',
    'auth.password_changed': '修改密码',
    'auth.logout': '退出登录',
    'auth.account_locked': '账号锁定',
    'account.preferences_updated': '修改偏好设置',
  } satisfies Partial<Record<AuditAction, string>>,
};

export type AuthMessages = typeof zhCN;
