/** Types of the monthly reports (月报) come from the contracts. */
import type { QueryOf } from '../../lib/api';

export {
  MONTHLY_REPORT_PROGRESS,
  MONTHLY_REPORT_STATUSES,
  MONTHLY_REPORT_WORKFLOW,
  type MonthlyFigure,
  type MonthlyReport,
  type MonthlyReportAction,
  type MonthlyReportDetail,
  type MonthlyReportOverview,
  type MonthlyReportOverviewRow,
  type MonthlyReportProgress,
  type MonthlyReportSettings,
  type MonthlyReportStatus,
  type UpdateMonthlyReportSettingsInput,
} from '@zeren/contracts';

/** A monthly reports query as the caller writes it (`limit` and `after` optional). */
export type MonthlyReportQuery = QueryOf<'listMonthlyReports'>;
/** The list's filters: the query without its paging. */
export type MonthlyReportFilters = Omit<MonthlyReportQuery, 'limit' | 'after'>;
