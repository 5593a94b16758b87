import type { AuditAction } from '@zeren/contracts';

/** 领导驾驶舱: the reference catalogue (en-US has exactly these keys). */
export const zhCN = {
  nav: {
    dashboard: '领导驾驶舱',
  },
  dashboard: {
    record: '领导驾驶舱',
    campaign: '活动',
    period: '统计期间',
    periodHint: '期间只筛选线索（按受理日期）；督办事项和整改台账为活动的当前状态',
    wholeCampaign: '整个活动',
    noCampaign: '没有可查看的活动',
    failed: '统计数据加载失败，请刷新页面重试',
    nothingToShow: '您的权限下没有可统计的数据',
    clickHint: '点击数字或柱形查看对应的记录列表',
    exportBriefing: '导出简报',
    month: '{year}年{month}月',
    rateValue: '{numerator} / {denominator}',
    noRate: '—',
    unnamedDomain: '（未命名领域）',
    previousPeriod: '上期',
    previousCampaign: '上年活动',
    group: {
      'leads.total': '问题线索',
      'leads.bySource': '线索来源',
      'leads.byConduct': '问题类型',
      'leads.byDisposal': '处置方式',
      'leads.byDomain': '重点领域',
      'leads.byMonth': '按月受理',
      'supervision.total': '督办事项',
      'supervision.byColour': '三色督办',
      'supervision.onTime': '按期办结',
      'rectification.total': '整改台账',
    } as Record<string, string>,
    figure: {
      'leads.total': '受理线索',
      'supervision.total': '督办事项',
      'supervision.overdue': '超期件数',
      'supervision.reminded': '已催办事项',
      'supervision.closedOnTime': '按期办结',
      'supervision.closed': '已办结',
      'rectification.total': '整改事项',
      'rectification.overdue': '超期未整改',
      'rectification.signedOff': '已销号',
    } as Record<string, string>,
    rate: {
      'supervision.onTimeRate': '按期办结率',
      'rectification.signOffRate': '办结销号率',
    } as Record<string, string>,
  },
  auditAction: {
    'dashboard.viewed': '查看领导驾驶舱',
    'dashboard.exported': '导出领导驾驶舱简报',
  } satisfies Partial<Record<AuditAction, string>>,
};

export type DashboardMessages = typeof zhCN;
