import type { AuditAction } from '@zeren/contracts';

/** Notifications (站内通知): the reference catalogue (en-US has exactly these keys). */
export const zhCN = {
  nav: {
    notifications: '通知',
  },
  notification: {
    record: '通知',
    bell: '通知',
    bellUnread: '通知，{count} 条未读',
    text: '内容',
    about: '相关记录',
    time: '时间',
    unread: '未读',
    read: '已读',
    all: '全部',
    onlyUnread: '未读',
    filterLabel: '显示',
    markRead: '标为已读',
    markAllRead: '全部标为已读',
    markedAll: '已将 {count} 条通知标为已读',
    nothingUnread: '没有未读通知',
    open: '打开',
    empty: '暂无通知',
    emptyUnread: '没有未读通知',
    intro: '与您有关的变动会在这里通知您；打开一条通知即标为已读。',
    kind: '类型',
    recordType: '记录类型',
    recordId: '记录编号',
    recipients: '接收人',
    readAt: '阅读时间',
    count: '数量',
  },
  notificationWorkbench: {
    unread: '未读通知',
    unreadHint: '查看与您有关的最新动态',
  },
  auditAction: {
    'notification.sent': '发送通知',
    'notification.read': '阅读通知',
    'notification.read_all': '全部通知标为已读',
  } satisfies Partial<Record<AuditAction, string>>,
};

export type NotificationMessages = typeof zhCN;
