import type { ModuleMessages } from '../../platform/i18n';

/** Server messages of 述责 (errors, field errors, notifications), zh-CN and en-US with the same keys. */
export const statementsMessages: ModuleMessages = {
  'zh-CN': {
    STATEMENT_FOUR_EYES:
      '您起草、修改或签发了这份述责报告，不能再审核它；请由其他有审核权限的人员审核（四眼原则）',
    'statements.no_campaign': '本单位当前没有进行中的活动，无法起草述责报告',
    'statements.body_empty': '述责报告正文不能为空，请填写后再签发',
    'statements.person_not_of_unit': '责任人须为本单位（或下属单位）的人员',
    'statements.beyond_calendar': '期限超出已录入的工作日历，请缩短期限或先录入下一年度的节假日安排',
    'statements.proof_of_work': '人机验证未通过或已过期，请重新验证后提交',
    'notification.statements.submitted': '述责报告“{title}”已签发，请审核',
    'notification.statements.returned': '述责报告“{title}”被退回修改，请查看退回意见',
    'notification.statements.approved': '述责报告“{title}”已审核通过，待公开',
    'notification.statements.published': '述责报告“{title}”已在门户网站公开',
  },
  'en-US': {
    STATEMENT_FOUR_EYES:
      'You drafted, edited or signed this duty statement, so you may not approve it; another approver must (four-eyes rule)',
    'statements.no_campaign': 'The unit has no active campaign: no duty statement can be drafted',
    'statements.body_empty': 'The statement has no text yet: write it before signing',
    'statements.person_not_of_unit': 'The person responsible must belong to the unit (or a unit below it)',
    'statements.beyond_calendar':
      'The deadline falls beyond the working-day calendar entered so far: shorten it, or enter next year’s holidays first',
    'statements.proof_of_work': 'The human check failed or expired; please check again and send',
    'notification.statements.submitted': 'Duty statement "{title}" was signed; please review it',
    'notification.statements.returned':
      'Duty statement "{title}" was returned for changes; see the reason given',
    'notification.statements.approved': 'Duty statement "{title}" was approved and waits to be published',
    'notification.statements.published': 'Duty statement "{title}" is published on the portal',
  },
};
