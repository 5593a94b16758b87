import type { ModuleMessages } from '../../platform/i18n';

/** Server messages of the notices (errors, field errors, notifications), zh-CN and en-US with the same keys. */
export const noticesMessages: ModuleMessages = {
  'zh-CN': {
    NOTICE_FOUR_EYES: '您起草、修改或送审了这份通报，不能再审核它；请由其他有审核权限的人员审核（四眼原则）',
    NOTICE_NUMBER_TAKEN: '发文字号“{number}”已被其他单位使用，请为本单位设置不同的机关代字后再印发',
    'notices.no_campaign': '当前没有进行中的活动，无法起草通报',
    'notices.no_source': '该类通报暂无可引用的来源记录',
    'notices.prefix_invalid': '机关代字不能含空格、六角括号或数字',
    'notification.notices.submitted': '通报“{title}”已送审，请审核',
    'notification.notices.returned': '通报“{title}”被退回修改：{text}',
    'notification.notices.approved': '通报“{title}”已审核同意，可以印发',
  },
  'en-US': {
    NOTICE_FOUR_EYES:
      'You drafted, edited or submitted this notice, so you may not approve it; another approver must (four-eyes rule)',
    NOTICE_NUMBER_TAKEN:
      'Document number "{number}" is already used by another unit; set a different prefix for this unit, then issue',
    'notices.no_campaign': 'There is no active campaign: no notice can be drafted',
    'notices.no_source': 'No records can be quoted for this kind of notice yet',
    'notices.prefix_invalid': 'The prefix may not contain blanks, brackets or digits',
    'notification.notices.submitted': 'Notice "{title}" was submitted; please review it',
    'notification.notices.returned': 'Notice "{title}" was returned for changes: {text}',
    'notification.notices.approved': 'Notice "{title}" was approved and may be issued',
  },
};
