import type { ModuleMessages } from '../../platform/i18n';

/** Server messages of the dashboard, zh-CN and en-US with the same keys. */
export const dashboardMessages: ModuleMessages = {
  'zh-CN': {
    'dashboard.period_reversed': '统计期间的结束日期不能早于开始日期',
  },
  'en-US': {
    'dashboard.period_reversed': 'The end of the period cannot be before its start',
  },
};
