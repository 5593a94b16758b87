import { useI18n } from '../i18n';
import { Link } from '../router';

/** 我要举报 | 举报查询: the two report pages, one link away from each other (the menu has one entry). */
export function ReportTabs({ current }: { current: 'report' | 'reportStatus' }) {
  const { t } = useI18n();
  return (
    <nav className="report-tabs no-print" aria-label={t('report.tabsLabel')}>
      <Link
        to="/report"
        aria-current={current === 'report' ? 'page' : undefined}
        data-testid="report-tab-new"
      >
        {t('report.tabNew')}
      </Link>
      <Link
        to="/report/status"
        aria-current={current === 'reportStatus' ? 'page' : undefined}
        data-testid="report-tab-status"
      >
        {t('report.tabStatus')}
      </Link>
    </nav>
  );
}
