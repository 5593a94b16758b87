import {
  DISCIPLINE_FORM_LABELS,
  DISCIPLINE_FORMS,
  DISPOSAL_LABELS,
  DISPOSALS,
  LEAD_SOURCE_LABELS,
  LEAD_SOURCES,
  LIABILITIES,
  LIABILITY_LABELS,
  type Locale,
} from '@zeren/contracts';
import type { ModuleMessages } from '../../platform/i18n';

const figure = (key: string) => `monthlyReports.figure.${key}`;

/**
 * The labels of 问责情况 in one language: the groups and totals, and the breakdowns named by the
 * official vocabularies as the contracts hold them (线索来源, 处置方式, 四种形态, 责任类型), verbatim.
 */
function accountabilityLabels(locale: Locale, own: Record<string, string>): Record<string, string> {
  return {
    ...own,
    ...Object.fromEntries(
      LEAD_SOURCES.map((s) => [figure(`leadsReceived.source.${s}`), LEAD_SOURCE_LABELS[s][locale]]),
    ),
    ...Object.fromEntries(
      DISPOSALS.map((d) => [figure(`leadsDisposed.disposal.${d}`), DISPOSAL_LABELS[d][locale]]),
    ),
    ...Object.fromEntries(
      DISCIPLINE_FORMS.map((n) => [
        figure(`heldAccountable.form.${n}`),
        DISCIPLINE_FORM_LABELS[String(n)]![locale],
      ]),
    ),
    ...Object.fromEntries(
      LIABILITIES.map((l) => [figure(`heldAccountable.liability.${l}`), LIABILITY_LABELS[l][locale]]),
    ),
  };
}

/** Server messages of this module (field errors, figure labels, exports), zh-CN and en-US with the same keys. */
export const monthlyReportsMessages: ModuleMessages = {
  'zh-CN': {
    'monthlyReports.narrative_required': '请先填写本月工作情况再提交审核',
    'monthlyReports.group.supervision': '督办事项',
    'monthlyReports.group.keyTasks': '重点任务',
    'monthlyReports.group.suggestions': '意见建议',
    'monthlyReports.figure.supervision.opened': '本月立项',
    'monthlyReports.figure.supervision.closed': '本月办结销号',
    'monthlyReports.figure.supervision.overdue': '月末逾期未办结',
    'monthlyReports.figure.supervision.criticised': '通报批评',
    'monthlyReports.figure.supervision.transferred': '移交纪检监察机关',
    'monthlyReports.figure.keyTasks.due': '本月到期',
    'monthlyReports.figure.keyTasks.completed': '本月完成',
    'monthlyReports.figure.suggestions.received': '本月收到',
    'monthlyReports.figure.suggestions.answered': '本月答复',
    'monthlyReports.group.rectification': '整改台账',
    'monthlyReports.figure.rectification.opened': '本月新增整改问题',
    'monthlyReports.figure.rectification.closed': '本月整改销号',
    'monthlyReports.figure.rectification.overdue': '月末逾期未销号',
    'monthlyReports.group.spotChecks': '随机抽查',
    'monthlyReports.figure.spotChecks.checked': '本月抽查对象',
    'monthlyReports.figure.spotChecks.findings': '本月发现问题',
    ...accountabilityLabels('zh-CN', {
      'monthlyReports.group.leadsReceived': '本月受理问题线索',
      'monthlyReports.figure.leadsReceived.total': '合计',
      'monthlyReports.group.leadsDisposed': '本月处置问题线索',
      'monthlyReports.figure.leadsDisposed.total': '合计',
      'monthlyReports.figure.leadsDisposed.onTime': '按时处置',
      'monthlyReports.group.accountabilityCases': '问责案件',
      'monthlyReports.figure.accountabilityCases.opened': '本月立案核查',
      'monthlyReports.figure.accountabilityCases.decided': '本月作出处理决定',
      'monthlyReports.group.heldAccountable': '本月被问责人员',
      'monthlyReports.figure.heldAccountable.total': '合计',
    }),
    'monthlyReports.role.domain_lead': '重点领域牵头部门',
    'monthlyReports.role.supervision': '监察部门',
    'monthlyReports.progress.not_started': '未填报',
    'monthlyReports.progress.draft': '填报中',
    'monthlyReports.progress.awaiting_approval': '待审核',
    'monthlyReports.progress.returned': '退回修改',
    'monthlyReports.progress.submitted': '已报送',
    'monthlyReports.progress.submitted_late': '逾期报送',
    'monthlyReports.excel.sheet': '月报汇总',
    'monthlyReports.excel.title': '{campaign}{year}年{monthNumber}月月报汇总表',
    'monthlyReports.excel.unit': '报送单位',
    'monthlyReports.excel.role': '报送类别',
    'monthlyReports.excel.status': '报送状态',
    'monthlyReports.excel.due_date': '应报日期',
    'monthlyReports.excel.submitted_at': '报送时间',
    'monthlyReports.excel.reminders': '催报次数',
    'monthlyReports.excel.narrative': '工作情况',
    'notification.monthlyReports.submit': '{unit}{year}年{monthNumber}月月报已提交，请审核',
    'notification.monthlyReports.approve': '{unit}{year}年{monthNumber}月月报已审核报送',
    'notification.monthlyReports.return': '{unit}{year}年{monthNumber}月月报被退回修改：{text}',
    'notification.monthlyReports.reminded':
      '催报：{unit}{year}年{monthNumber}月月报应于{dueDate}前报送，请抓紧填报。{text}',
    'notification.monthlyReports.remind_before':
      '提醒：{unit}{year}年{monthNumber}月月报应于{dueDate}前报送，请及时填报',
    'notification.monthlyReports.remind_after':
      '催报：{unit}{year}年{monthNumber}月月报已过报送期限（{dueDate}），请立即报送',
  },
  'en-US': {
    'monthlyReports.narrative_required': "Describe the month's work before handing the report on",
    'monthlyReports.group.supervision': 'Supervision items',
    'monthlyReports.group.keyTasks': 'Key tasks',
    'monthlyReports.group.suggestions': 'Suggestions',
    'monthlyReports.figure.supervision.opened': 'Registered this month',
    'monthlyReports.figure.supervision.closed': 'Closed this month',
    'monthlyReports.figure.supervision.overdue': 'Overdue at month end',
    'monthlyReports.figure.supervision.criticised': 'Circulated criticisms',
    'monthlyReports.figure.supervision.transferred': 'Transferred to the supervision department',
    'monthlyReports.figure.keyTasks.due': 'Due this month',
    'monthlyReports.figure.keyTasks.completed': 'Completed this month',
    'monthlyReports.figure.suggestions.received': 'Received this month',
    'monthlyReports.figure.suggestions.answered': 'Answered this month',
    'monthlyReports.group.rectification': 'Rectification ledger',
    'monthlyReports.figure.rectification.opened': 'Problems entered this month',
    'monthlyReports.figure.rectification.closed': 'Signed off this month',
    'monthlyReports.figure.rectification.overdue': 'Overdue and open at month end',
    'monthlyReports.group.spotChecks': 'Random spot checks',
    'monthlyReports.figure.spotChecks.checked': 'Units checked this month',
    'monthlyReports.figure.spotChecks.findings': 'Problems found this month',
    ...accountabilityLabels('en-US', {
      'monthlyReports.group.leadsReceived': 'Problem leads received this month',
      'monthlyReports.figure.leadsReceived.total': 'Total',
      'monthlyReports.group.leadsDisposed': 'Problem leads disposed of this month',
      'monthlyReports.figure.leadsDisposed.total': 'Total',
      'monthlyReports.figure.leadsDisposed.onTime': 'Disposed of on time',
      'monthlyReports.group.accountabilityCases': 'Accountability cases',
      'monthlyReports.figure.accountabilityCases.opened': 'Opened for verification this month',
      'monthlyReports.figure.accountabilityCases.decided': 'Decided this month',
      'monthlyReports.group.heldAccountable': 'Persons held accountable this month',
      'monthlyReports.figure.heldAccountable.total': 'Total',
    }),
    'monthlyReports.role.domain_lead': 'Lead department of a key domain',
    'monthlyReports.role.supervision': 'Supervision department',
    'monthlyReports.progress.not_started': 'Not started',
    'monthlyReports.progress.draft': 'Being filled in',
    'monthlyReports.progress.awaiting_approval': 'Awaiting approval',
    'monthlyReports.progress.returned': 'Returned',
    'monthlyReports.progress.submitted': 'Submitted',
    'monthlyReports.progress.submitted_late': 'Submitted late',
    'monthlyReports.excel.sheet': 'Monthly reports',
    'monthlyReports.excel.title': '{campaign}: monthly reports of {year}-{monthNumber}',
    'monthlyReports.excel.unit': 'Unit',
    'monthlyReports.excel.role': 'Reports as',
    'monthlyReports.excel.status': 'Status',
    'monthlyReports.excel.due_date': 'Due',
    'monthlyReports.excel.submitted_at': 'Submitted at',
    'monthlyReports.excel.reminders': 'Reminders',
    'monthlyReports.excel.narrative': 'Work of the month',
    'notification.monthlyReports.submit':
      'The {year}-{monthNumber} monthly report of {unit} was handed on: please approve it',
    'notification.monthlyReports.approve':
      'The {year}-{monthNumber} monthly report of {unit} was approved and submitted',
    'notification.monthlyReports.return':
      'The {year}-{monthNumber} monthly report of {unit} was returned: {text}',
    'notification.monthlyReports.reminded':
      'Reminder: the {year}-{monthNumber} monthly report of {unit} is due on {dueDate}. {text}',
    'notification.monthlyReports.remind_before':
      'Reminder: the {year}-{monthNumber} monthly report of {unit} is due on {dueDate}',
    'notification.monthlyReports.remind_after':
      'Overdue: the {year}-{monthNumber} monthly report of {unit} was due on {dueDate}: please submit it now',
  },
};
