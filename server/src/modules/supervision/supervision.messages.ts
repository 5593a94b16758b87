import type { ModuleMessages } from '../../platform/i18n';

/** Server messages of this module (field errors and details), zh-CN and en-US with the same keys. */
export const supervisionMessages: ModuleMessages = {
  'zh-CN': {
    'supervision.assigned_by_other': '该督办事项由{unit}交办，只能由其修改、审核、办结或催办',
    'supervision.unit_fixed': '牵头单位签收后不能更换；如确需调整，请先中止本事项',
    'supervision.has_children': '该事项已分解给配合单位，进度由子事项汇总，不能直接反馈',
    'supervision.colour_needs_campaign': '按颜色筛选时须指定活动（颜色按活动的预警设置计算）',
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
  },
};
