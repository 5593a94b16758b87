import { Alert, Flex, Select, type TableColumnsType } from 'antd';
import { Link } from 'react-router';
import { LinkedFiltersNotice } from '../../../components/linked-filters-notice';
import { ListTable } from '../../../components/list-table';
import { PageHeader } from '../../../components/page-header';
import { format } from '../../../i18n/catalogs';
import { useLocale, useT } from '../../../i18n/use-t';
import { formatDate, formatDateTime } from '../../../lib/format';
import { flagFilter, oneOfFilter, textFilter, useUrlFilters } from '../../../lib/url-filters';
import { useCan } from '../../../lib/use-can';
import { useCurrentCampaign } from '../../campaign/api/get-current-campaign';
import { useMonthlyReportsPage } from '../api/list-monthly-reports';
import { MonthlyReportStatusTag } from '../components/monthly-report-tags';
import { monthlyReportHref } from '../module';
import { campaignMonths, monthLabel } from '../months';
import { MONTHLY_REPORT_STATUSES, type MonthlyReport } from '../types';

/**
 * The filters the list reads from its address (the workbench links here with `?owed=true`, the
 * dashboard with months, `submitted` and `overdue`).
 */
const FILTERS = {
  month: textFilter,
  monthFrom: textFilter,
  monthTo: textFilter,
  unitId: textFilter,
  status: oneOfFilter(MONTHLY_REPORT_STATUSES),
  submitted: oneOfFilter(['on_time', 'late'] as const),
  overdue: flagFilter,
  owed: flagFilter,
  toApprove: flagFilter,
};

/** What a dashboard figure adds that the form does not show. */
const LINKED = ['monthFrom', 'monthTo', 'submitted', 'overdue'] as const;

/**
 * 月报: the current campaign's monthly reports in scope, newest month first — a unit's clerk sees
 * what it owes, its leader what waits for approval, the office every unit's.
 */
export function MonthlyReportsPage() {
  const t = useT();
  const locale = useLocale();
  const can = useCan();
  const campaign = useCurrentCampaign(can('campaign.read'));
  const [filters, setFilters] = useUrlFilters(FILTERS);
  const campaignKnown = !can('campaign.read') || campaign.isFetched;
  const reports = useMonthlyReportsPage({ ...filters, campaignId: campaign.data?.id }, campaignKnown);
  const months = campaign.data ? campaignMonths(campaign.data.phases) : [];
  const mine = filters.owed ? 'owed' : filters.toApprove ? 'toApprove' : 'all';

  const columns: TableColumnsType<MonthlyReport> = [
    {
      key: 'month',
      title: t.monthlyReports.month,
      render: (_, r) => (
        <Link to={monthlyReportHref(r.id)} data-testid="monthly-report-open">
          {monthLabel(t, r.month)}
        </Link>
      ),
    },
    { key: 'unit', title: t.monthlyReports.unit, dataIndex: 'unitName' },
    { key: 'role', title: t.monthlyReports.role, render: (_, r) => t.monthlyReportRole[r.role] },
    { key: 'dueDate', title: t.monthlyReports.dueDate, render: (_, r) => formatDate(r.dueDate, locale) },
    {
      key: 'status',
      title: t.monthlyReports.status,
      render: (_, r) => <MonthlyReportStatusTag status={r.status} />,
    },
    {
      key: 'submittedAt',
      title: t.monthlyReports.submittedAt,
      render: (_, r) =>
        r.submittedAt
          ? r.late
            ? format(t.common.withNote, {
                text: formatDateTime(r.submittedAt, locale),
                note: t.monthlyReports.late,
              })
            : formatDateTime(r.submittedAt, locale)
          : r.late
            ? t.monthlyReports.overdue
            : null,
    },
  ];

  return (
    <>
      <PageHeader title={t.nav.monthlyReports} />
      {campaign.isSuccess && campaign.data === null && (
        <Alert type="info" showIcon title={t.monthlyReports.noCampaign} className="toolbar" />
      )}
      <LinkedFiltersNotice
        active={LINKED.some((key) => filters[key] !== undefined)}
        onClear={() =>
          setFilters({
            ...filters,
            monthFrom: undefined,
            monthTo: undefined,
            submitted: undefined,
            overdue: undefined,
          })
        }
      />
      <Flex gap="small" wrap className="toolbar">
        <Select
          value={mine}
          aria-label={t.monthlyReports.mineFilter}
          style={{ minWidth: 160 }}
          onChange={(value) =>
            setFilters({
              ...filters,
              owed: value === 'owed' ? 'true' : undefined,
              toApprove: value === 'toApprove' ? 'true' : undefined,
            })
          }
          options={[
            { value: 'all', label: t.monthlyReports.allStatuses },
            ...(can('monthlyReport.fill') ? [{ value: 'owed', label: t.monthlyReports.owedOnly }] : []),
            ...(can('monthlyReport.approve')
              ? [{ value: 'toApprove', label: t.monthlyReports.toApproveOnly }]
              : []),
          ]}
          data-testid="monthly-reports-mine"
        />
        <Select
          allowClear
          placeholder={t.monthlyReports.selectMonth}
          aria-label={t.monthlyReports.selectMonth}
          value={filters.month}
          style={{ minWidth: 140 }}
          onChange={(month) => setFilters({ ...filters, month })}
          options={months.map((m) => ({ value: m, label: monthLabel(t, m) }))}
          data-testid="monthly-reports-month"
        />
        <Select
          allowClear
          placeholder={t.monthlyReports.allStatuses}
          aria-label={t.monthlyReports.status}
          value={filters.status}
          style={{ minWidth: 140 }}
          onChange={(status) => setFilters({ ...filters, status })}
          options={MONTHLY_REPORT_STATUSES.map((s) => ({ value: s, label: t.monthlyReportStatus[s] }))}
          data-testid="monthly-reports-status"
        />
      </Flex>
      <ListTable<MonthlyReport> columns={columns} pager={reports} data-testid="monthly-reports-table" />
    </>
  );
}
