import type { ModuleMessages } from '../../platform/i18n';

/** Server messages of the accountability module, zh-CN and en-US with the same keys. */
export const accountabilityMessages: ModuleMessages = {
  'zh-CN': {
    'notification.accountability.decision_proposed': '问责案件{code}已提出处理意见，请审批',
    'notification.accountability.decision_returned': '问责案件{code}的处理意见被退回，请补充核查后重新提出',
    'notification.accountability.decision_approved': '问责案件{code}的处理意见已审批，处理决定生效',
    'notification.accountability.exemption_requested': '问责案件{code}有容错纠错申请，请审定',
    'notification.accountability.exemption_decided': '问责案件{code}的容错纠错申请已审定',
    'notification.accountability.reporter_replied': '举报人在线索{code}中回复了留言，请及时答复',
    'notification.accountability.reporter_added_evidence': '举报人在线索{code}中补充了材料，请及时答复',
    DECISION_LOCKED: '六项要求尚未全部确认（已确认 {confirmed}/{total}）或尚未作出核查结论，不能提出处理意见',
    FOUR_EYES: '不能审批本人承办或本人提出的处理意见，请由另一名审核人员审批',
    RECEIPT_NOT_FOUND: '查询码不正确，未找到对应的举报',
    REPORT_STEP_NOT_OPEN: '当前不能进行此操作：举报办结后方可评价，评价和申诉各限一次',
    REVEAL_PASSWORD_WRONG: '密码不正确，未显示举报人身份',
    REPORT_NOT_FILED: '举报暂未登记成功，填写的内容仍在，请稍后重新提交',
    'accountability.no_campaign': '当前没有进行中的活动，无法登记问题线索',
    'accountability.received_in_future': '收到日期不能晚于今天',
    'accountability.not_public_report': '只有群众举报的线索可以给举报人留言',
    'accountability.password_wrong': '请重新输入您本人的登录密码',
    'accountability.exemption_pending': '该责任认定已有一项待决定的容错申请',
    'accountability.proof_of_work': '请完成人机验证后再提交（验证已过期或已使用过时需重新验证）',
  },
  'en-US': {
    'notification.accountability.decision_proposed':
      'A decision was proposed on accountability case {code}: please review it',
    'notification.accountability.decision_returned':
      'The decision proposed on accountability case {code} was returned: verify further and propose again',
    'notification.accountability.decision_approved':
      'The decision on accountability case {code} was approved and takes effect',
    'notification.accountability.exemption_requested':
      'Fault tolerance was requested on accountability case {code}: please decide it',
    'notification.accountability.exemption_decided':
      'The fault-tolerance request on accountability case {code} was decided',
    'notification.accountability.reporter_replied': 'The reporter replied on lead {code}: please answer them',
    'notification.accountability.reporter_added_evidence':
      'The reporter added evidence on lead {code}: please answer them',
    DECISION_LOCKED:
      'The six requirements are not all confirmed ({confirmed}/{total}) or no conclusion was drawn: no decision can be proposed yet',
    FOUR_EYES: 'You cannot approve a decision you handled or proposed: another reviewer must approve it',
    RECEIPT_NOT_FOUND: 'No report matches this receipt code',
    REPORT_STEP_NOT_OPEN:
      'Not possible now: a report can be rated once it is closed, and rated and appealed once each',
    REVEAL_PASSWORD_WRONG: "Wrong password: the reporter's identity was not shown",
    REPORT_NOT_FILED:
      'Your report was not filed this time; what you wrote is kept, please send it again in a moment',
    'accountability.no_campaign': 'No campaign is running: leads cannot be registered',
    'accountability.received_in_future': 'The date received cannot be after today',
    'accountability.not_public_report': "Only a public report's reporter can be written to",
    'accountability.password_wrong': 'Enter your own sign-in password again',
    'accountability.exemption_pending':
      'This determination already has a fault-tolerance request waiting for a decision',
    'accountability.proof_of_work':
      'Complete the human check before sending (it expired or was already used)',
  },
};
