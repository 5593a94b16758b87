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
      '统计期间：{period}。本简报为本单位权限范围内的数据：问题线索按受理日期统计，问责人员按决定日期统计，月报按所报月份统计，督办事项、整改台账、重点任务和承诺事项为截至{today}的状态。',
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
    'dashboard.briefing.group.ranking': '{category}评议排名',
    'dashboard.briefing.ranking': '{heading}：{parts}。',
    'dashboard.briefing.rank': '第{rank}名{unit}',
    'dashboard.briefing.group.keyTasks.total': '重点任务完成情况',
    'dashboard.briefing.group.keyTasks.byDomain': '各重点领域任务进展',
    'dashboard.briefing.group.commitments.total': '公开承诺践诺情况',
    'dashboard.briefing.group.monthlyReports.total': '月报报送情况',
    'dashboard.briefing.group.leads.timeliness': '线索处置时效',
    'dashboard.briefing.group.publicReports.rates': '群众举报“三率”情况',
    'dashboard.briefing.group.publicReports.bySatisfaction': '举报人评价情况',
    'dashboard.briefing.group.determinations.total': '问责人员情况',
    'dashboard.briefing.group.determinations.byLiability': '责任类型分布',
    'dashboard.briefing.group.determinations.byForm': '“四种形态”运用情况',
    'dashboard.briefing.item_share.determinations.byLiability': '{label}{value}人（占{share}）',
    'dashboard.briefing.item_share.determinations.byForm': '{label}{value}人（占{share}）',
    'dashboard.briefing.sentence.keyTasks.total':
      '重点任务共{keyTasks_total}项，其中已完成{keyTasks_status_completed}项，正常推进{keyTasks_status_on_track}项，即将到期{keyTasks_status_due_soon}项，已逾期{keyTasks_status_overdue}项，任务完成率{keyTasks_completionRate}。',
    'dashboard.briefing.sentence.keyTasks.byDomain': '按重点领域分，{parts}。',
    'dashboard.briefing.sentence.commitments.total':
      '公开承诺事项共{commitments_total}项，其中已践诺{commitments_status_fulfilled}项，正常推进{commitments_status_on_track}项，即将到期{commitments_status_due_soon}项，已逾期{commitments_status_overdue}项，未践诺{commitments_status_not_fulfilled}项，践诺率{commitments_fulfilmentRate}。',
    'dashboard.briefing.sentence.monthlyReports.total':
      '应报月报{monthlyReports_total}份，其中按时报送{monthlyReports_onTime}份，逾期报送{monthlyReports_late}份，逾期未报{monthlyReports_overdue}份，待审核{monthlyReports_awaitingApproval}份，已退回{monthlyReports_returned}份，按时报送率{monthlyReports_onTimeRate}。',
    'dashboard.briefing.sentence.leads.timeliness':
      '已处置问题线索{leads_timeliness_disposed}件，其中在处置时限内完成{leads_timeliness_onTime}件，超过时限{leads_timeliness_late}件，按时处置率{leads_timeliness_rate}。',
    'dashboard.briefing.sentence.publicReports.rates':
      '收到群众举报{publicReports_received}件，已响应{publicReports_responded}件，响应率{publicReports_responseRate}；已了结{publicReports_closed}件，其中已办结{publicReports_resolved}件，解决率{publicReports_resolutionRate}；举报人作出评价{publicReports_rated}件，其中满意和基本满意{publicReports_satisfied}件，满意率{publicReports_satisfactionRate}。',
    'dashboard.briefing.sentence.publicReports.bySatisfaction': '按举报人评价分，{parts}。',
    'dashboard.briefing.sentence.determinations.total': '共问责{determinations_total}人。',
    'dashboard.briefing.sentence.determinations.byLiability': '按责任类型分，{parts}。',
    'dashboard.briefing.sentence.determinations.byForm': '按“四种形态”分，{parts}。',
  },
  'en-US': {
    'dashboard.period_reversed': 'The end of the period cannot be before its start',
    'dashboard.briefing.title': 'Briefing on {campaign}',
    'dashboard.briefing.file_name': 'dashboard-briefing',
    'dashboard.briefing.intro':
      "Period: {period}. The figures cover the records within your unit's reach: leads by the day received, persons held accountable by the day decided, monthly reports by the month reported on, supervision items, the rectification ledger, key tasks and commitments as they stand on {today}.",
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
    'dashboard.briefing.group.ranking': 'Evaluation ranking: {category}',
    'dashboard.briefing.ranking': '{heading}: {parts}.',
    'dashboard.briefing.rank': 'No. {rank} {unit}',
    'dashboard.briefing.group.keyTasks.total': 'Key tasks',
    'dashboard.briefing.group.keyTasks.byDomain': 'Key tasks by domain',
    'dashboard.briefing.group.commitments.total': 'Public commitments',
    'dashboard.briefing.group.monthlyReports.total': 'Monthly reports',
    'dashboard.briefing.group.leads.timeliness': 'Timeliness of lead handling',
    'dashboard.briefing.group.publicReports.rates': 'Public reports: response, resolution and satisfaction',
    'dashboard.briefing.group.publicReports.bySatisfaction': "Reporters' satisfaction",
    'dashboard.briefing.group.determinations.total': 'Persons held accountable',
    'dashboard.briefing.group.determinations.byLiability': 'By liability',
    'dashboard.briefing.group.determinations.byForm': 'By the four forms',
    'dashboard.briefing.item_share.determinations.byLiability': '{label} {value} persons ({share})',
    'dashboard.briefing.item_share.determinations.byForm': '{label} {value} persons ({share})',
    'dashboard.briefing.sentence.keyTasks.total':
      '{keyTasks_total} key tasks, of which {keyTasks_status_completed} completed, {keyTasks_status_on_track} on track, {keyTasks_status_due_soon} due soon and {keyTasks_status_overdue} overdue: a completion rate of {keyTasks_completionRate}.',
    'dashboard.briefing.sentence.keyTasks.byDomain': 'By key domain: {parts}.',
    'dashboard.briefing.sentence.commitments.total':
      '{commitments_total} public commitments, of which {commitments_status_fulfilled} fulfilled, {commitments_status_on_track} on track, {commitments_status_due_soon} due soon, {commitments_status_overdue} overdue and {commitments_status_not_fulfilled} not fulfilled: a fulfilment rate of {commitments_fulfilmentRate}.',
    'dashboard.briefing.sentence.monthlyReports.total':
      '{monthlyReports_total} monthly reports due, of which {monthlyReports_onTime} submitted on time, {monthlyReports_late} late, {monthlyReports_overdue} overdue and not submitted, {monthlyReports_awaitingApproval} awaiting approval and {monthlyReports_returned} returned: an on-time rate of {monthlyReports_onTimeRate}.',
    'dashboard.briefing.sentence.leads.timeliness':
      '{leads_timeliness_disposed} leads disposed of, {leads_timeliness_onTime} within their deadline and {leads_timeliness_late} late: an on-time rate of {leads_timeliness_rate}.',
    'dashboard.briefing.sentence.publicReports.rates':
      '{publicReports_received} public reports received, {publicReports_responded} responded to (response rate {publicReports_responseRate}); {publicReports_closed} closed, {publicReports_resolved} of them concluded (resolution rate {publicReports_resolutionRate}); {publicReports_rated} rated by the reporter, {publicReports_satisfied} satisfied or basically satisfied (satisfaction rate {publicReports_satisfactionRate}).',
    'dashboard.briefing.sentence.publicReports.bySatisfaction': "By the reporters' satisfaction: {parts}.",
    'dashboard.briefing.sentence.determinations.total':
      '{determinations_total} persons were held accountable.',
    'dashboard.briefing.sentence.determinations.byLiability': 'By liability: {parts}.',
    'dashboard.briefing.sentence.determinations.byForm': 'By the four forms: {parts}.',
  },
};
