import { BellOutlined, DownloadOutlined, FileWordOutlined, SettingOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Select, type TableColumnsType, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { ListTable } from '../../../components/list-table';
import { PageHeader } from '../../../components/page-header';
import { format } from '../../../i18n/catalogs';
import { useLocale, useT } from '../../../i18n/use-t';
import { useApiErrorHandler } from '../../../lib/form-errors';
import { formatDate, formatDateTime } from '../../../lib/format';
import { textFilter, useUrlFilters } from '../../../lib/url-filters';
import { useCurrentCampaign } from '../../campaign/api/get-current-campaign';
import { downloadMonthlyReportDigest, exportMonthlyReports } from '../api/export-monthly-reports';
import { useMonthlyReportOverview } from '../api/get-monthly-report-overview';
import { MonthlyProgressTag } from '../components/monthly-report-tags';
import { MonthlySettingsModal } from '../components/monthly-settings-modal';
import { RemindModal } from '../components/remind-modal';
import { monthlyReportHref } from '../module';
import { campaignMonths, monthLabel } from '../months';
import { MONTHLY_REPORT_PROGRESS, type MonthlyReportOverviewRow } from '../types';

const FILTERS = { month: textFilter };

/**
 * 月报报送情况 (the supervision office): for a month of the current campaign, every owing unit —
 * the domains' lead departments and the supervision departments — with where it stands, its due
 * date and reminders; 催报 for those that have not submitted; the month as Excel and as a Word
 * notice; the campaign's report settings.
 */
export function MonthlyOverviewPage() {
  const t = useT();
  const locale = useLocale();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const campaign = useCurrentCampaign();
  const [filters, setFilters] = useUrlFilters(FILTERS);
  const [reminding, setReminding] = useState<MonthlyReportOverviewRow | null>(null);
  const [settings, setSettings] = useState(false);
  const [downloading, setDownloading] = useState<'xlsx' | 'docx' | null>(null);
  const months = campaign.data ? campaignMonths(campaign.data.phases) : [];
  const month = filters.month ?? months[0];
  const overview = useMonthlyReportOverview(campaign.data?.id, month);

  const download = async (kind: 'xlsx' | 'docx') => {
    if (!campaign.data || !month) return;
    setDownloading(kind);
    try {
      await (kind === 'xlsx' ? exportMonthlyReports : downloadMonthlyReportDigest)(campaign.data.id, month);
    } catch (error) {
      onError(error);
    } finally {
      setDownloading(null);
    }
    message.destroy();
  };

  const columns: TableColumnsType<MonthlyReportOverviewRow> = [
    {
      key: 'unit',
      title: t.monthlyReports.unit,
      render: (_, row) =>
        row.reportId ? (
          <Link to={monthlyReportHref(row.reportId)} data-testid="monthly-overview-open">
            {row.unitName}
          </Link>
        ) : (
          row.unitName
        ),
    },
    // On a phone: the unit, its status and the reminder — what the office looks for first.
    {
      key: 'role',
      title: t.monthlyReports.role,
      responsive: ['md'],
      render: (_, row) => t.monthlyReportRole[row.role],
    },
    {
      key: 'progress',
      title: t.monthlyReports.status,
      render: (_, row) => <MonthlyProgressTag progress={row.progress} />,
    },
    {
      key: 'dueDate',
      title: t.monthlyReports.dueDate,
      responsive: ['md'],
      render: (_, row) => formatDate(row.dueDate, locale),
    },
    {
      key: 'submittedAt',
      title: t.monthlyReports.submittedAt,
      responsive: ['sm'],
      render: (_, row) => formatDateTime(row.submittedAt, locale),
    },
    { key: 'reminders', title: t.monthlyReports.reminders, responsive: ['md'], dataIndex: 'reminders' },
    {
      key: 'actions',
      title: '',
      render: (_, row) =>
        row.reportId &&
        row.progress !== 'submitted' &&
        row.progress !== 'submitted_late' && (
          <Button
            size="small"
            icon={<BellOutlined />}
            onClick={() => setReminding(row)}
            data-testid="monthly-overview-remind"
          >
            {t.monthlyReports.remind}
          </Button>
        ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t.nav.monthlyOverview}
        extra={
          campaign.data && (
            <Button
              icon={<SettingOutlined />}
              onClick={() => setSettings(true)}
              data-testid="monthly-settings"
            >
              {t.monthlyReports.settings}
            </Button>
          )
        }
      />
      {campaign.isSuccess && campaign.data === null && (
        <Alert type="info" showIcon title={t.monthlyReports.noCampaign} className="toolbar" />
      )}
      <Flex gap="small" wrap align="center" className="toolbar">
        <Select
          value={month}
          style={{ minWidth: 140 }}
          onChange={(next) => setFilters({ month: next })}
          options={months.map((m) => ({ value: m, label: monthLabel(t, m) }))}
          aria-label={t.monthlyReports.selectMonth}
          data-testid="monthly-overview-month"
        />
        {overview.data && (
          <span data-testid="monthly-overview-due">
            {format(t.common.labelValue, {
              label: t.monthlyReports.dueDate,
              value: formatDate(overview.data.dueDate, locale),
            })}
          </span>
        )}
        <Button
          icon={<DownloadOutlined />}
          disabled={!month}
          loading={downloading === 'xlsx'}
          onClick={() => download('xlsx')}
          data-testid="monthly-overview-export"
        >
          {t.monthlyReports.exportExcel}
        </Button>
        <Button
          icon={<FileWordOutlined />}
          disabled={!month}
          loading={downloading === 'docx'}
          onClick={() => download('docx')}
          data-testid="monthly-overview-digest"
        >
          {t.monthlyReports.exportDigest}
        </Button>
      </Flex>
      {overview.data && (
        <Flex gap="small" wrap className="toolbar" data-testid="monthly-overview-counts">
          {MONTHLY_REPORT_PROGRESS.map((p) => (
            <Tag key={p}>
              {format(t.common.labelValue, {
                label: t.monthlyReportProgress[p],
                value: overview.data.counts[p],
              })}
            </Tag>
          ))}
        </Flex>
      )}
      <ListTable<MonthlyReportOverviewRow>
        rowKey="unitId"
        columns={columns}
        dataSource={overview.data?.rows ?? []}
        loading={overview.isFetching}
        data-testid="monthly-overview-table"
      />
      {reminding?.reportId && (
        <RemindModal
          reportId={reminding.reportId}
          unitName={reminding.unitName}
          onClose={() => setReminding(null)}
        />
      )}
      {settings && campaign.data && (
        <MonthlySettingsModal campaignId={campaign.data.id} onClose={() => setSettings(false)} />
      )}
    </>
  );
}
