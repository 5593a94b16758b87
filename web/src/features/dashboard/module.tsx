import { DashboardOutlined } from '@ant-design/icons';
import type { WebModule } from '../../app/module';
import { enUS } from './i18n/en-US';
import { type DashboardMessages, zhCN } from './i18n/zh-CN';
import { DASHBOARD_PATH, UNIT_VIEW_PATH } from './paths';

export { DASHBOARD_PATH, UNIT_VIEW_PATH, unitViewHref } from './paths';

/**
 * 领导驾驶舱: the leader's and the office's figures of a campaign, each opening its list, and the
 * unit view (one unit's). The pages (and echarts with them) load on demand, never with the staff
 * app's first bundle.
 */
export const dashboardModule: WebModule<DashboardMessages> = {
  name: 'dashboard',
  messages: { 'zh-CN': zhCN, 'en-US': enUS },
  records: [{ type: 'dashboard', label: (t) => t.dashboard.record }],
  pages: [
    {
      path: DASHBOARD_PATH,
      permission: 'dashboard.read',
      menu: { icon: <DashboardOutlined />, label: 'dashboard', testId: 'nav-dashboard', order: 1 },
      load: async () => (await import('./pages/dashboard-page')).DashboardPage,
    },
    {
      path: UNIT_VIEW_PATH,
      permission: 'dashboard.read',
      load: async () => (await import('./pages/unit-view-page')).UnitViewPage,
    },
  ],
  unitTabs: [
    {
      key: 'unitView',
      label: (t) => t.dashboard.unitView.tab,
      permission: 'dashboard.read',
      load: async () => (await import('./components/unit-view-tab')).UnitViewTab,
    },
  ],
};
