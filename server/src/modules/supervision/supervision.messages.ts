import type { ModuleMessages } from '../../platform/i18n';

/** Server messages of this module (field errors and details), zh-CN and en-US with the same keys. */
export const supervisionMessages: ModuleMessages = {
  'zh-CN': {
    'supervision.assigned_by_other': '该督办事项由{unit}交办，只能由其修改、审核、办结或催办',
    'supervision.unit_fixed': '牵头单位签收后不能更换；如确需调整，请先中止本事项',
    'supervision.has_children': '该事项已分解给配合单位，进度由子事项汇总，不能直接反馈',
    'supervision.colour_needs_campaign': '按颜色筛选时须指定活动（颜色按活动的预警设置计算）',
    'notification.supervision.assign': '督办事项{code}“{title}”已交办给你单位，请及时签收',
    'notification.supervision.resume': '督办事项{code}“{title}”已恢复督办，请重新签收',
    'notification.supervision.accept': '督办事项{code}“{title}”已签收',
    'notification.supervision.decline': '督办事项{code}“{title}”被退回交办单位：{text}',
    'notification.supervision.submit': '督办事项{code}“{title}”申请办结，请审核',
    'notification.supervision.approve': '督办事项{code}“{title}”办结申请已审核通过',
    'notification.supervision.return': '督办事项{code}“{title}”被驳回重办：{text}',
    'notification.supervision.close': '督办事项{code}“{title}”已办结销号',
    'notification.supervision.suspend': '督办事项{code}“{title}”已中止：{text}',
    'notification.supervision.reminded':
      '催办：督办事项{code}“{title}”完成时限为{dueDate}，请抓紧办理。{text}',
    'notification.supervision.extension_requested': '督办事项{code}“{title}”申请延期，请审批',
    'notification.supervision.extension_approved':
      '督办事项{code}“{title}”延期申请已同意，完成时限调整为{dueDate}',
    'notification.supervision.extension_refused':
      '督办事项{code}“{title}”延期申请未获同意，完成时限仍为{dueDate}',
    'notification.supervision.escalated_reminder':
      '蓝色提醒：督办事项{code}“{title}”将于{dueDate}到期，剩余{days}个工作日',
    'notification.supervision.escalated_warning':
      '黄色预警：督办事项{code}“{title}”已到完成时限{dueDate}，请立即办理',
    'notification.supervision.escalated_criticism':
      '红色督办：督办事项{code}“{title}”已逾期{days}个工作日，予以通报批评',
    'notification.supervision.escalated_transfer':
      '督办事项{code}“{title}”已逾期{days}个工作日，已移交纪检监察机关',
  },
  'en-US': {
    'supervision.assigned_by_other':
      'This item was assigned by {unit}: only it may change, review, close or remind it',
    'supervision.unit_fixed':
      'The lead unit cannot change once it has signed for the item; suspend the item first if it must',
    'supervision.has_children':
      'This item is split among co-operating units; its progress is rolled up from theirs and cannot be reported directly',
    'supervision.colour_needs_campaign':
      "Filtering by colour needs a campaign (colours follow the campaign's thresholds)",
    'notification.supervision.assign':
      'Supervision item {code} “{title}” was assigned to your unit: please sign for it',
    'notification.supervision.resume':
      'Supervision item {code} “{title}” was resumed: please sign for it again',
    'notification.supervision.accept': 'Supervision item {code} “{title}” was signed for',
    'notification.supervision.decline': 'Supervision item {code} “{title}” was sent back: {text}',
    'notification.supervision.submit':
      'Supervision item {code} “{title}” asks for completion: please review it',
    'notification.supervision.approve': 'The completion of supervision item {code} “{title}” was approved',
    'notification.supervision.return': 'Supervision item {code} “{title}” was returned for rework: {text}',
    'notification.supervision.close': 'Supervision item {code} “{title}” was closed',
    'notification.supervision.suspend': 'Supervision item {code} “{title}” was suspended: {text}',
    'notification.supervision.reminded':
      'Reminder: supervision item {code} “{title}” is due on {dueDate}. {text}',
    'notification.supervision.extension_requested':
      'Supervision item {code} “{title}” asks for more time: please decide',
    'notification.supervision.extension_approved':
      'More time for supervision item {code} “{title}” was granted: now due on {dueDate}',
    'notification.supervision.extension_refused':
      'More time for supervision item {code} “{title}” was refused: still due on {dueDate}',
    'notification.supervision.escalated_reminder':
      'Blue: supervision item {code} “{title}” is due on {dueDate}, {days} working days left',
    'notification.supervision.escalated_warning':
      'Yellow: supervision item {code} “{title}” reached its due date {dueDate}',
    'notification.supervision.escalated_criticism':
      'Red: supervision item {code} “{title}” is {days} working days overdue and is circulated for criticism',
    'notification.supervision.escalated_transfer':
      'Supervision item {code} “{title}” is {days} working days overdue and was transferred to the supervision department',
  },
};
