import type { AuditAction, KeyTaskStatus } from '@zeren/contracts';

/** Key tasks (三个清单) and their progress: the reference catalogue (en-US has exactly these keys). */
export const zhCN = {
  nav: {
    keyTasks: '三个清单',
  },
  keyTask: {
    title: '任务名称',
    target: '目标任务',
    dueDate: '完成时限',
    responsiblePersons: '责任人员',
    unit: '责任单位',
    domain: '重点领域',
    parent: '上级任务',
    progress: '进度',
    status: '状态',
    workingDaysLeft: '剩余工作日',
    daysLeft: '剩余 {days} 个工作日',
    allDomains: '全部领域',
    allStatuses: '全部状态',
    create: '新增任务',
    createTitle: '新增任务',
    editTitle: '编辑任务',
    detailTitle: '任务详情',
    addChild: '新增子任务',
    children: '子任务',
    updates: '进展记录',
    noUpdates: '尚未报送进展',
    report: '报送进展',
    reportTitle: '报送进展',
    percent: '完成百分比',
    note: '进展说明',
    evidence: '佐证材料',
    uploadEvidence: '上传文件',
    uploadHint: 'PDF、图片或 Office 文档，单个不超过 20 MB',
    reported: '进展已报送',
    reportedAt: '报送时间',
    reporter: '报送人',
    noCampaign: '当前没有进行中的活动，暂不能新增任务。',
    selectUnitFirst: '请先选择责任单位',
    completedAt: '完成时间',
  },
  keyTaskStatus: {
    on_track: '正常',
    due_soon: '即将到期',
    overdue: '已逾期',
    completed: '已完成',
  } satisfies Record<KeyTaskStatus, string>,
  auditAction: {
    'key_task.created': '新增重点任务',
    'key_task.updated': '修改重点任务',
    'key_task.deleted': '删除重点任务',
    'key_task.progress_reported': '报送任务进展',
  } satisfies Partial<Record<AuditAction, string>>,
};

export type KeyTaskMessages = typeof zhCN;
