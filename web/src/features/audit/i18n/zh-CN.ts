import type { AuditAction } from '@zeren/contracts';

/** The audit administrator's log: the reference catalogue (en-US has exactly these keys). */
export const zhCN = {
  nav: {
    audit: '审计日志',
  },
  audit: {
    title: '审计日志',
    time: '时间',
    actor: '操作人',
    action: '操作',
    recordType: '记录类型',
    recordId: '记录编号',
    timeRange: '时间范围',
    ip: 'IP 地址',
    before: '变更前',
    after: '变更后',
    field: '字段',
    noChanges: '无字段变更',
    verify: '验证日志完整性',
    verifyOk: '日志完整：已校验 {checked} 条记录',
    verifyBad: '发现异常：第 {seq} 号事件（{id}）{reason}',
    allRecordTypes: '全部记录类型',
    allActions: '全部操作',
    onlyThisRecord: '只看此记录的事件',
    openRecord: '打开此记录',
  },
  auditAction: {
    'audit.viewed': '查看审计日志',
    'history.viewed': '查看变更记录',
  } satisfies Partial<Record<AuditAction, string>>,
};

export type AuditMessages = typeof zhCN;
