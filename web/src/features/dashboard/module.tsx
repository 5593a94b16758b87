import { DashboardOutlined } from '@ant-design/icons';
import type { WebModule } from '../../app/module';
import { enUS } from './i18n/en-US';
import { type DashboardMessages, zhCN } from './i18n/zh-CN';

export const DASHBOARD_PATH = '/dashboard';

/**
 * 领导驾驶舱: the leader's and the office's figures of a campaign, each opening its list. The page
 * (and echarts with it) loads on demand, never with the staff app's first bundle.
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
  ],
};
