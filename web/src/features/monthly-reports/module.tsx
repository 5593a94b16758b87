import { AuditOutlined, FileDoneOutlined, FormOutlined, ScheduleOutlined } from '@ant-design/icons';
import type { WebModule } from '../../app/module';
import { monthlyReportRecord } from './history';
import { enUS } from './i18n/en-US';
import { type MonthlyReportsMessages, zhCN } from './i18n/zh-CN';

export const MONTHLY_REPORTS_PATH = '/monthly-reports';
export const MONTHLY_OVERVIEW_PATH = '/monthly-reports/overview';

/** The page of one monthly report (linked from notifications, the audit log and histories). */
export function monthlyReportHref(id: string): string {
  return `${MONTHLY_REPORTS_PATH}/${encodeURIComponent(id)}`;
}

/** 月报: monthly reports pre-filled from the records, and the office's view of who has reported. */
export const monthlyReportsModule: WebModule<MonthlyReportsMessages> = {
  name: 'monthlyReports',
  messages: { 'zh-CN': zhCN, 'en-US': enUS },
  records: [{ ...monthlyReportRecord, link: { permission: 'monthlyReport.read', href: monthlyReportHref } }],
  pages: [
    {
      path: MONTHLY_REPORTS_PATH,
      permission: 'monthlyReport.read',
      menu: {
        group: 'duties',
        icon: <FormOutlined />,
        label: 'monthlyReports',
        testId: 'nav-monthly-reports',
        order: 45,
      },
      load: async () => (await import('./pages/monthly-reports-page')).MonthlyReportsPage,
    },
    {
      path: MONTHLY_OVERVIEW_PATH,
      permission: 'monthlyReport.manage',
      menu: {
        group: 'duties',
        icon: <ScheduleOutlined />,
        label: 'monthlyOverview',
        testId: 'nav-monthly-overview',
        order: 46,
      },
      load: async () => (await import('./pages/monthly-overview-page')).MonthlyOverviewPage,
    },
    {
      path: `${MONTHLY_REPORTS_PATH}/:id`,
      permission: 'monthlyReport.read',
      load: async () => (await import('./pages/monthly-report-page')).MonthlyReportPage,
    },
  ],
  // The list reads `month`, `status`, `owed` and `toApprove` from its address; it always lists the
  // current campaign: its id stays out.
  lists: [
    {
      operationId: 'listMonthlyReports',
      path: MONTHLY_REPORTS_PATH,
      search: ({ campaignId: _campaignId, ...query }) =>
        Object.fromEntries(Object.entries(query).map(([key, value]) => [key, String(value)])),
    },
  ],
  workbench: [
    {
      key: 'monthlyReports.owed',
      label: (t) => t.monthlyReportsWorkbench.owed,
      hint: (t) => t.monthlyReportsWorkbench.owedHint,
      icon: <FileDoneOutlined />,
      tone: 'attention',
      order: 44,
    },
    {
      key: 'monthlyReports.toApprove',
      label: (t) => t.monthlyReportsWorkbench.toApprove,
      hint: (t) => t.monthlyReportsWorkbench.toApproveHint,
      icon: <AuditOutlined />,
      tone: 'attention',
      order: 45,
    },
  ],
};
