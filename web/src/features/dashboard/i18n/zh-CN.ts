import type { AuditAction, HeatMeasure } from '@zeren/contracts';

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
    heat: {
      title: '{unit}下属单位 × 重点领域',
      titleShort: '下属单位 × 重点领域',
      failed: '热力表加载失败，请刷新页面重试',
      measureLabel: '统计内容',
      unit: '单位',
      total: '合计',
      noUnits: '没有可查看的下属单位',
      exact: '每行只计该单位本级的记录；点击数字查看对应的记录列表',
      subtree: '每行计该单位及其下级单位的记录；点击数字查看对应的记录列表',
      measure: {
        'supervision.overdue': '超期督办事项',
        'rectification.open': '未销号整改事项',
        'leads.received': '受理线索',
      } satisfies Record<HeatMeasure, string>,
    },
    unitView: {
      title: '单位视图：{unit}',
      lists: '本单位的清单和记录',
      evaluationResults: '评议结果',
      tab: '单位视图',
      tabHint: '本单位在领导驾驶舱中的统计数据、下属单位热力表和各类清单',
      open: '打开单位视图',
    },
  },
  auditAction: {
    'dashboard.viewed': '查看领导驾驶舱',
    'dashboard.heat_viewed': '查看单位热力表',
  } satisfies Partial<Record<AuditAction, string>>,
};

export type DashboardMessages = typeof zhCN;
