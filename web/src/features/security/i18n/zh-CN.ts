import type { AuditAction } from '@zeren/contracts';

/** The security administrator's sessions and locks: the reference catalogue (en-US has exactly these keys). */
export const zhCN = {
  nav: {
    sessions: '会话管理',
    roleGrants: '授权审批',
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
    requestedRole: '申请的角色',
    requestedBy: '申请人',
    requestedAt: '申请时间',
    approveGrant: '批准',
    refuseGrant: '不予授权',
    confirmApproveGrant: '确定批准授予 {name}“{role}”角色吗？批准后立即生效。',
    grantApproved: '已批准，角色已生效',
    grantRefused: '已不予授权',
    refuseReason: '不予授权的理由（必填）',
    noGrants: '没有待审批的授权',
    grantsIntro: '系统管理员新增或扩大的角色须经安全管理员批准才生效（三员分立）。',
  },
  securityWorkbench: {
    grantsToApprove: '待审批的角色授权',
    grantsToApproveHint: '系统管理员新增或扩大的角色，请审核后批准或不予授权',
  },
  auditAction: {
    'session.revoked': '强制下线',
    'session.exported': '导出在线会话一览',
    'account.unlocked': '解除账号锁定',
  } satisfies Partial<Record<AuditAction, string>>,
};

export type SecurityMessages = typeof zhCN;
