import type { ModuleMessages } from '../../platform/i18n';

/** Server messages of the accountability module, zh-CN and en-US with the same keys. */
export const accountabilityMessages: ModuleMessages = {
  'zh-CN': {
    DECISION_LOCKED: '六项要求尚未全部确认（已确认 {confirmed}/{total}）或尚未作出核查结论，不能提出处理意见',
    FOUR_EYES: '不能审批本人承办或本人提出的处理意见，请由另一名审核人员审批',
    RECEIPT_NOT_FOUND: '查询码不正确，未找到对应的举报',
    REPORT_STEP_NOT_OPEN: '当前不能进行此操作：举报办结后方可评价，评价和申诉各限一次',
    REVEAL_PASSWORD_WRONG: '密码不正确，未显示举报人身份',
    'accountability.no_campaign': '当前没有进行中的活动，无法登记问题线索',
    'accountability.received_in_future': '收到日期不能晚于今天',
    'accountability.not_public_report': '只有群众举报的线索可以给举报人留言',
    'accountability.password_wrong': '请重新输入您本人的登录密码',
    'accountability.exemption_pending': '该责任认定已有一项待决定的容错申请',
    'accountability.proof_of_work': '请完成人机验证后再提交（验证已过期或已使用过时需重新验证）',
  },
  'en-US': {
    DECISION_LOCKED:
      'The six requirements are not all confirmed ({confirmed}/{total}) or no conclusion was drawn: no decision can be proposed yet',
    FOUR_EYES: 'You cannot approve a decision you handled or proposed: another reviewer must approve it',
    RECEIPT_NOT_FOUND: 'No report matches this receipt code',
    REPORT_STEP_NOT_OPEN:
      'Not possible now: a report can be rated once it is closed, and rated and appealed once each',
    REVEAL_PASSWORD_WRONG: "Wrong password: the reporter's identity was not shown",
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
