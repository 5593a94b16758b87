import type { ModuleMessages } from '../../platform/i18n';

/**
 * Server messages of the dashboard, zh-CN and en-US with the same keys. The briefing's sentences
 * take a group's figures by key, dots written as underscores (`{supervision_overdue}`); a group
 * without a sentence of its own (one a module adds later) is written as its figures in a list.
 */
export const dashboardMessages: ModuleMessages = {
  'zh-CN': {
    'dashboard.period_reversed': '统计期间的结束日期不能早于开始日期',
    'dashboard.briefing.title': '关于{campaign}工作情况的简报',
    'dashboard.briefing.file_name': '领导驾驶舱简报',
    'dashboard.briefing.intro':
      '统计期间：{period}。本简报为本单位权限范围内的数据：问题线索按受理日期统计，督办事项和整改台账为截至{today}的状态。',
    'dashboard.briefing.period': '{from}至{to}',
    'dashboard.briefing.campaign_start': '活动开始',
    'dashboard.briefing.nothing': '本单位权限范围内暂无可统计的数据。',
    'dashboard.briefing.item': '{label}{value}件',
    'dashboard.briefing.item_share': '{label}{value}件（占{share}）',
    'dashboard.briefing.separator': '，',
    'dashboard.briefing.none': '暂无数据',
    'dashboard.briefing.no_rate': '暂无法计算',
    'dashboard.briefing.list': '{heading}：{parts}。',
    'dashboard.briefing.month': '{year}年{month}月',
    'dashboard.briefing.unnamed_domain': '未命名领域',
    'dashboard.briefing.group.leads.total': '问题线索受理情况',
    'dashboard.briefing.group.leads.bySource': '线索来源分布',
    'dashboard.briefing.group.leads.byConduct': '问题类型分布',
    'dashboard.briefing.group.leads.byDisposal': '线索处置情况',
    'dashboard.briefing.group.leads.byDomain': '重点领域分布',
    'dashboard.briefing.group.leads.byMonth': '按月受理情况',
    'dashboard.briefing.group.supervision.total': '督办事项总体情况',
    'dashboard.briefing.group.supervision.byColour': '三色督办情况',
    'dashboard.briefing.group.supervision.onTime': '按期办结情况',
    'dashboard.briefing.group.rectification.total': '整改台账销号情况',
    'dashboard.briefing.sentence.leads.total': '共受理问题线索{leads_total}件。',
    'dashboard.briefing.sentence.leads.bySource': '共受理问题线索{total}件，其中{parts}。',
    'dashboard.briefing.sentence.leads.byConduct': '按问题类型分，{parts}。',
    'dashboard.briefing.sentence.leads.byDisposal': '已处置问题线索中，{parts}。',
    'dashboard.briefing.sentence.leads.byDomain': '按重点领域分，{parts}。',
    'dashboard.briefing.sentence.leads.byMonth': '按受理月份分，{parts}。',
    'dashboard.briefing.sentence.supervision.total':
      '督办事项共{supervision_total}件，其中超期{supervision_overdue}件，经催办{supervision_reminded}件。',
    'dashboard.briefing.sentence.supervision.byColour': '按三色督办分，{parts}。',
    'dashboard.briefing.sentence.supervision.onTime':
      '已办结督办事项{supervision_closed}件，其中按期办结{supervision_closedOnTime}件，按期办结率{supervision_onTimeRate}。',
    'dashboard.briefing.sentence.rectification.total':
      '整改台账共有整改事项{rectification_total}件，其中超期未整改{rectification_overdue}件，已销号{rectification_signedOff}件，办结销号率{rectification_signOffRate}。',
  },
  'en-US': {
    'dashboard.period_reversed': 'The end of the period cannot be before its start',
    'dashboard.briefing.title': 'Briefing on {campaign}',
    'dashboard.briefing.file_name': 'dashboard-briefing',
    'dashboard.briefing.intro':
      "Period: {period}. The figures cover the records within your unit's reach: leads by the day received, supervision items and the rectification ledger as they stand on {today}.",
    'dashboard.briefing.period': '{from} to {to}',
    'dashboard.briefing.campaign_start': 'the start of the campaign',
    'dashboard.briefing.nothing': "There are no figures within your unit's reach.",
    'dashboard.briefing.item': '{label} {value}',
    'dashboard.briefing.item_share': '{label} {value} ({share})',
    'dashboard.briefing.separator': ', ',
    'dashboard.briefing.none': 'none yet',
    'dashboard.briefing.no_rate': 'not yet computable',
    'dashboard.briefing.list': '{heading}: {parts}.',
    'dashboard.briefing.month': '{month}/{year}',
    'dashboard.briefing.unnamed_domain': 'unnamed domain',
    'dashboard.briefing.group.leads.total': 'Leads received',
    'dashboard.briefing.group.leads.bySource': 'Leads by source',
    'dashboard.briefing.group.leads.byConduct': 'Leads by conduct type',
    'dashboard.briefing.group.leads.byDisposal': 'Disposal of leads',
    'dashboard.briefing.group.leads.byDomain': 'Leads by key domain',
    'dashboard.briefing.group.leads.byMonth': 'Leads received by month',
    'dashboard.briefing.group.supervision.total': 'Supervision items',
    'dashboard.briefing.group.supervision.byColour': 'Three-colour supervision',
    'dashboard.briefing.group.supervision.onTime': 'Closure on time',
    'dashboard.briefing.group.rectification.total': 'Rectification ledger and sign-off',
    'dashboard.briefing.sentence.leads.total': '{leads_total} leads were received.',
    'dashboard.briefing.sentence.leads.bySource': '{total} leads were received, of which {parts}.',
    'dashboard.briefing.sentence.leads.byConduct': 'By conduct type: {parts}.',
    'dashboard.briefing.sentence.leads.byDisposal': 'Of the leads disposed of: {parts}.',
    'dashboard.briefing.sentence.leads.byDomain': 'By key domain: {parts}.',
    'dashboard.briefing.sentence.leads.byMonth': 'By month received: {parts}.',
    'dashboard.briefing.sentence.supervision.total':
      '{supervision_total} supervision items, of which {supervision_overdue} overdue and {supervision_reminded} reminded.',
    'dashboard.briefing.sentence.supervision.byColour': 'By colour: {parts}.',
    'dashboard.briefing.sentence.supervision.onTime':
      '{supervision_closed} supervision items closed, {supervision_closedOnTime} of them on time: an on-time closure rate of {supervision_onTimeRate}.',
    'dashboard.briefing.sentence.rectification.total':
      '{rectification_total} items in the rectification ledger, of which {rectification_overdue} overdue and {rectification_signedOff} signed off: a sign-off rate of {rectification_signOffRate}.',
  },
};
