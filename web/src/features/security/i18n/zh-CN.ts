import type { AuditAction } from '@zeren/contracts';

/** The security administrator's sessions and locks: the reference catalogue (en-US has exactly these keys). */
export const zhCN = {
  nav: {
    sessions: '会话管理',
  },
  security: {
    sessions: '在线会话',
    user: '用户',
    unit: '所在单位',
    ip: 'IP 地址',
    signedInAt: '登录时间',
    lastSeenAt: '最近活动',
    expiresAt: '到期时间',
    current: '当前会话',
    revoke: '强制下线',
    confirmRevoke: '确定让 {name} 的此会话下线吗？对方需要重新登录。',
    revoked: '已强制下线',
    noSessions: '没有在线会话',
    lockedAccounts: '锁定的账号',
    lockedUntil: '锁定至',
    unlock: '解锁',
    confirmUnlock: '确定解除 {name} 的登录锁定吗？',
    unlocked: '已解除锁定',
    noLocked: '没有被锁定的账号',
    session: '会话',
  },
  auditAction: {
    'session.revoked': '强制下线',
    'account.unlocked': '解除账号锁定',
  } satisfies Partial<Record<AuditAction, string>>,
};

export type SecurityMessages = typeof zhCN;
