import type { AuditAction, AuditVerifyReason } from '@zeren/contracts';

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
    verifyReason: {
      hash_mismatch: '事件被篡改（哈希与审计密钥不符）',
      reordered: '事件顺序被调换',
      broken_link: '与前一事件的链接断开（此前的事件被替换）',
      gap: '事件缺失（被删除）',
      unkeyed_after_keyed: '链已加密钥后出现未用密钥的事件（被改写）',
      truncated: '日志被截断：自此以后的事件缺失',
      head_missing: '链头记录缺失',
      head_invalid: '链头记录被伪造',
      head_mismatch: '链头记录与最后一条事件不符',
      checkpoint_signature: '检查点签名无效',
      checkpoint_mismatch: '事件与已签名检查点记录的不符（链被改写）',
    } satisfies Record<AuditVerifyReason, string>,
    allRecordTypes: '全部记录类型',
    allActions: '全部操作',
    onlyThisRecord: '只看此记录的事件',
    openRecord: '打开此记录',
  },
  auditAction: {
    'audit.viewed': '查看审计日志',
    'history.viewed': '查看变更记录',
    'audit.chain_keyed': '审计链启用密钥',
  } satisfies Partial<Record<AuditAction, string>>,
};

export type AuditMessages = typeof zhCN;
